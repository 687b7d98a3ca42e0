"""Medicines given to the baby: the name and the dose as written on the label."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words
from nestling.domain.text import gettext_noop as _


class MedicationDetails(Details):
    name: Annotated[str, Limit(min_length=1, max_length=100)]
    dose: Annotated[str, Limit(max_length=100)] | None = None


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    return [" ".join(p for p in (d.get("name"), d.get("dose")) if p)]


KIND = Kind(
    code="medication",
    category=Category.HEALTH,
    label=_("Medication"),
    details=MedicationDetails,
    order=44,
    fields=(
        Field("name", _("Medicine"), "text", required=True),
        Field("dose", _("Dose"), "text"),
    ),
    summarise=summarise,
)
