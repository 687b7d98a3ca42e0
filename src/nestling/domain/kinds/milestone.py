"""Milestones: the firsts a family wants to remember (a smile, a laugh, rolling over, sitting,
a first word), in their own words. A record to treasure, never a test the baby passes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field as Limit
from pydantic import model_validator

from nestling.domain.errors import ValidationError
from nestling.domain.kinds.base import Category, Details, Field, Kind, Words, choices
from nestling.domain.text import gettext_noop as _

First = Literal[
    "smile", "laugh", "roll", "sit", "crawl", "stand", "word", "steps", "tooth", "other"
]
FIRSTS = choices(
    First,
    {
        "smile": _("First smile"),
        "laugh": _("First laugh"),
        "roll": _("Rolled over"),
        "sit": _("Sat up"),
        "crawl": _("Crawled"),
        "stand": _("Stood up"),
        "word": _("First word"),
        "steps": _("First steps"),
        "tooth": _("First tooth"),
        "other": _("Another first"),
    },
)


class MilestoneDetails(Details):
    first: First
    description: Annotated[str, Limit(max_length=200)] | None = None

    @model_validator(mode="after")
    def _other_is_described(self) -> MilestoneDetails:
        if self.first == "other" and not (self.description or "").strip():
            raise ValidationError(_("Say what the first was."), field="details.description")
        return self


FIELDS = (
    Field("first", _("Which first"), "choice", FIRSTS, required=True),
    Field("description", _("In your words"), "text"),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    first = words.choice(FIELDS[0], d.get("first")) if d.get("first") != "other" else ""
    return [first, d.get("description") or ""]


KIND = Kind(
    code="milestone",
    category=Category.CUES,
    label=_("Milestone"),
    details=MilestoneDetails,
    order=35,
    fields=FIELDS,
    summarise=summarise,
)
