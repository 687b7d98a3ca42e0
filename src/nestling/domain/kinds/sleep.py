"""Sleep: a nap or night sleep, where the baby slept; it runs as a timer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from nestling.domain.kinds.base import Category, Details, Field, Kind, Tap, Words, choices
from nestling.domain.text import gettext_noop as _

SleepType = Literal["nap", "night"]
Place = Literal["cot", "crib", "bassinet", "pram", "arms", "carrier", "car", "bed", "other"]
MAX_MINUTES = 24 * 60
TYPES = choices(SleepType, {"nap": _("Nap"), "night": _("Night sleep")})
PLACES = choices(
    Place,
    {
        "cot": _("Cot"),
        "crib": _("Crib"),
        "bassinet": _("Bassinet"),
        "pram": _("Pram"),
        "arms": _("Arms"),
        "carrier": _("Carrier"),
        "car": _("Car"),
        "bed": _("Bed"),
        "other": _("Other"),
    },
)


class SleepDetails(Details):
    type: SleepType | None = None
    place: Place | None = None


FIELDS = (
    Field("type", _("Nap or night"), "choice", TYPES),
    Field("place", _("Where"), "choice", PLACES),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    return [
        words.choice(FIELDS[0], d["type"]) if d.get("type") else "",
        words.choice(FIELDS[1], d["place"]).lower() if d.get("place") else "",
    ]


KIND = Kind(
    code="sleep",
    category=Category.CARE,
    label=_("Sleep"),
    details=SleepDetails,
    order=22,
    timed=True,
    max_minutes=MAX_MINUTES,
    exclusive=True,
    fields=FIELDS,
    taps=(Tap("timer", _("Sleep"), order=3),),
    summarise=summarise,
)
