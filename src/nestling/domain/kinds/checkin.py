"""A caregiver's own check-in: sleep, mood, stress, feeling supported. Private to the person who
logged it unless they choose to share it with the household."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words
from nestling.domain.text import gettext_noop as _

SCALE = (1, 5)
MOODS = (
    ("1", _("1 — very low")),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("5", _("5 — very good")),
)
STRESS = (
    ("1", _("1 — calm")),
    ("2", "2"),
    ("3", "3"),
    ("4", "4"),
    ("5", _("5 — very stressed")),
)


class CheckinDetails(Details):
    hours_slept: Annotated[float, Limit(ge=0, le=24)] | None = None
    mood: Annotated[int, Limit(ge=SCALE[0], le=SCALE[1])] | None = None
    stress: Annotated[int, Limit(ge=SCALE[0], le=SCALE[1])] | None = None
    supported: bool | None = None
    shared: bool = Limit(False, description="Show this check-in to the household.")


FIELDS = (
    Field("hours_slept", _("Hours slept (last 24 h)"), "number", minimum=0, maximum=24),
    Field("mood", _("Mood"), "choice", MOODS),
    Field("stress", _("Stress"), "choice", STRESS),
    Field("supported", _("Did you feel supported?"), "yesno"),
    Field("shared", _("Share this check-in with the household"), "flag"),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    parts = []
    if d.get("mood"):
        parts.append(words(_("mood %(n)s/5"), n=d["mood"]))
    if d.get("hours_slept") is not None:
        parts.append(words(_("slept %(n)s h"), n=d["hours_slept"]))
    return parts


def is_private(details: Mapping[str, Any]) -> bool:
    return not details.get("shared", False)


def mood_of(details: Mapping[str, Any]) -> int | None:
    value = details.get("mood")
    return None if value is None else int(value)


def stress_of(details: Mapping[str, Any]) -> int | None:
    value = details.get("stress")
    return None if value is None else int(value)


KIND = Kind(
    code="checkin",
    category=Category.PARENT,
    label=_("My check-in"),
    details=CheckinDetails,
    order=50,
    personal=True,
    fields=FIELDS,
    summarise=summarise,
    is_private=is_private,
)
