"""How entries read on a page: a kind's label and one-line summary (written by the kind's own
module in the registry), durations, and the words for a detail's value."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nestling.domain import kinds
from nestling.domain.cry.text import duration, render

# Every value any kind offers as a choice, with its label: "left" -> "Left".
CHOICE_LABELS = {
    value: gettext_lazy(label)
    for kind in reversed(kinds.KINDS.values())
    for field in kind.fields
    for value, label in field.choices
}


def words(units_name: str) -> kinds.Words:
    """What a kind's summary needs: the household's units and the reader's language."""
    return kinds.Words(units=units_name, translate=_)


def summary(
    kind: str, details: dict[str, Any], units_name: str, said: kinds.Words | None = None
) -> str:
    """One line about an entry's details, e.g. "Bottle · 120 ml formula"."""
    spec = kinds.KINDS.get(kind)
    return spec.summary(details, said or words(units_name)) if spec else ""


def minutes(total: int | None) -> str:
    """'45 min', '3 h', '3 h 10 min' (the cry helper's wording), or '' for no duration."""
    return "" if total is None else render(duration(total), translate=_)


def label(code: str | None) -> str:
    return str(CHOICE_LABELS.get(code or "", code or ""))


def kind_label(kind: str) -> str:
    spec = kinds.KINDS.get(kind)
    return _(spec.label) if spec else kind
