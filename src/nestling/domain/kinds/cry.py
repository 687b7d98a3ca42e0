"""Crying spells: how intense, what was tried and what helped. A spell runs as a timer that
every caregiver sees; the cry helper adds to `tried` and `soothed_by` as they go."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words, choices
from nestling.domain.text import gettext_noop as _

Intensity = Literal["low", "medium", "high"]
Soothing = Literal[
    "feed",
    "diaper",
    "sleep",
    "wind",
    "cuddle",
    "rocking",
    "skin_to_skin",
    "walk",
    "singing",
    "talking",
    "white_noise",
    "bath",
    "massage",
    "temperature",
    "quiet",
    "dummy",
    "other",
]
MAX_MINUTES = 6 * 60
MAX_METHODS = 20
# One set of words for the form, the timeline and the cry helper, so they always agree.
SOOTHING_LABELS = {
    "feed": _("A feed"),
    "diaper": _("A diaper change"),
    "sleep": _("Sleep"),
    "wind": _("Winding"),
    "cuddle": _("A cuddle"),
    "rocking": _("Rocking"),
    "skin_to_skin": _("Skin-to-skin"),
    "walk": _("A walk or carrier"),
    "singing": _("Singing"),
    "talking": _("Talking"),
    "white_noise": _("White noise"),
    "bath": _("A bath"),
    "massage": _("Massage"),
    "temperature": _("Cooler or warmer"),
    "quiet": _("A quiet, dim room"),
    "dummy": _("A dummy (pacifier)"),
    "other": _("Something else"),
}
SOOTHING = choices(Soothing, SOOTHING_LABELS)
INTENSITY_WORDS = {"low": _("low"), "medium": _("medium"), "high": _("high")}


class CryDetails(Details):
    intensity: Intensity | None = None
    tried: list[Soothing] = Limit(default_factory=list, max_length=MAX_METHODS)
    soothed_by: list[Soothing] = Limit(default_factory=list, max_length=MAX_METHODS)


FIELDS = (
    Field(
        "intensity",
        _("How intense"),
        "choice",
        choices(Intensity, {"low": _("Low"), "medium": _("Medium"), "high": _("High")}),
    ),
    Field("tried", _("What you tried"), "multi", SOOTHING),
    Field("soothed_by", _("What helped"), "multi", SOOTHING),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    parts = []
    if d.get("intensity"):
        level = words.translate(INTENSITY_WORDS[d["intensity"]])
        parts.append(words(_("intensity %(level)s"), level=level))
    if d.get("soothed_by"):
        soothed = ", ".join(words.translate(SOOTHING_LABELS[c]).lower() for c in d["soothed_by"])
        parts.append(words(_("soothed by %(what)s"), what=soothed))
    return parts


def tried_of(details: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(details.get("tried") or ())


def soothed_by_of(details: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(details.get("soothed_by") or ())


def marked(details: Mapping[str, Any], code: str, *, helped: bool) -> dict[str, Any]:
    """A spell's details after trying `code`: always tried, and soothed by it when it helped."""
    tried = _with(list(tried_of(details)), code)
    soothed = list(soothed_by_of(details))
    return {**details, "tried": tried, "soothed_by": _with(soothed, code) if helped else soothed}


def _with(codes: list[str], code: str) -> list[str]:
    return codes if code in codes else [*codes, code]


KIND = Kind(
    code="cry",
    category=Category.CUES,
    label=_("Crying"),
    details=CryDetails,
    order=30,
    timed=True,
    max_minutes=MAX_MINUTES,
    fields=FIELDS,
    # No quick-log timer: "Baby's crying" on the log starts the same spell, with the helper.
    summarise=summarise,
)
