"""Feeds: breast (per side, as a timer that switches sides), bottle, supplement, tube, solids.

Which details apply depends on the method: a breast feed has sides and minutes, a bottle,
supplement or tube feed has an amount and the milk, solids have the foods and any reaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Tap, Words, choices
from nestling.domain.text import gettext_noop as _
from nestling.domain.units import Dimension

Method = Literal["breast", "bottle", "supplemental", "tube", "solids"]
Side = Literal["left", "right", "both"]
Milk = Literal["breast_milk", "formula", "both"]
MAX_MINUTES = 180
SIDE_MAX_MINUTES = 180
MAX_ML = 500

METHODS = choices(
    Method,
    {
        "breast": _("Breast"),
        "bottle": _("Bottle"),
        "supplemental": _("Supplement"),
        "tube": _("Tube"),
        "solids": _("Solids"),
    },
)
SIDE_LABELS = {"left": _("Left"), "right": _("Right"), "both": _("Both")}
SIDE_WORDS = {"left": _("left"), "right": _("right"), "both": _("both")}
MILKS = choices(Milk, {"breast_milk": _("Breast milk"), "formula": _("Formula"), "both": _("Both")})
MILK_WORDS = {"breast_milk": _("breast milk"), "formula": _("formula"), "both": _("both")}
BREAST = ("breast",)
LIQUID = ("bottle", "supplemental", "tube")
SOLIDS = ("solids",)


class FeedDetails(Details):
    method: Method
    side: Side | None = None
    left_minutes: Annotated[int, Limit(ge=0, le=SIDE_MAX_MINUTES)] | None = None
    right_minutes: Annotated[int, Limit(ge=0, le=SIDE_MAX_MINUTES)] | None = None
    last_side: Literal["left", "right"] | None = None
    amount_ml: Annotated[float, Limit(gt=0, le=MAX_ML)] | None = None
    milk: Milk | None = None
    foods: list[Annotated[str, Limit(min_length=1, max_length=60)]] = Limit(
        default_factory=list, max_length=20
    )
    reaction: Annotated[str, Limit(max_length=200)] | None = None
    eye_contact: bool | None = None
    # Running breast-feed timers remember when each side began (ISO times), for per-side minutes.
    segments: list[tuple[Literal["left", "right"], datetime]] = Limit(
        default_factory=list, max_length=50
    )


FIELDS = (
    Field("method", _("How"), "choice", METHODS, required=True),
    Field("side", _("Side"), "choice", choices(Side, SIDE_LABELS), when=("method", BREAST)),
    Field(
        "left_minutes",
        _("Left (minutes)"),
        "integer",
        minimum=0,
        maximum=SIDE_MAX_MINUTES,
        when=("method", BREAST),
    ),
    Field(
        "right_minutes",
        _("Right (minutes)"),
        "integer",
        minimum=0,
        maximum=SIDE_MAX_MINUTES,
        when=("method", BREAST),
    ),
    Field(
        "last_side",
        _("Last side"),
        "choice",
        (("left", SIDE_LABELS["left"]), ("right", SIDE_LABELS["right"])),
        when=("method", BREAST),
    ),
    Field(
        "amount_ml",
        _("Amount"),
        "number",
        dimension=Dimension.VOLUME,
        minimum=0,
        maximum=MAX_ML,
        when=("method", LIQUID),
    ),
    Field("milk", _("Milk"), "choice", MILKS, when=("method", LIQUID)),
    Field("foods", _("Foods (comma-separated)"), "list", when=("method", SOLIDS)),
    Field("reaction", _("Any reaction?"), "text", when=("method", SOLIDS)),
    Field("eye_contact", _("Eye contact during the feed?"), "yesno"),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    parts = [words.choice(FIELDS[0], d.get("method"))]
    sides = [
        f"{words.translate(SIDE_WORDS[s])} {d[s + '_minutes']} min"
        for s in ("left", "right")
        if d.get(s + "_minutes")
    ]
    parts += sides or ([words.translate(SIDE_WORDS[d["side"]])] if d.get("side") else [])
    if d.get("amount_ml"):
        milk = f" {words.translate(MILK_WORDS[d['milk']])}" if d.get("milk") else ""
        parts.append(words.amount(d["amount_ml"], Dimension.VOLUME) + milk)
    if d.get("foods"):
        parts.append(", ".join(d["foods"]))
    return parts


def start_timer(details: dict[str, Any], at: datetime) -> dict[str, Any]:
    """A feed timer is a breast feed unless said otherwise; it remembers when each side began."""
    raw = dict(details)
    raw.setdefault("method", "breast")
    side = raw.pop("side", None) or "left"
    if raw["method"] == "breast" and side in ("left", "right"):
        raw["segments"] = [(side, at.isoformat())]
        raw["last_side"] = side
    return raw


def stop_timer(details: dict[str, Any], at: datetime) -> dict[str, Any]:
    """A stopped breast feed: its side segments become minutes per side."""
    raw = dict(details)
    if not raw.get("segments"):
        return raw
    segments = [(side, _moment(began)) for side, began in raw.pop("segments")]
    minutes = per_side_minutes(segments, at)
    sides = [s for s in ("left", "right") if minutes[s] > 0] or [segments[-1][0]]
    raw.update(
        left_minutes=minutes["left"],
        right_minutes=minutes["right"],
        side="both" if len(sides) == 2 else sides[0],
        last_side=segments[-1][0],
    )
    return raw


def switch_side(details: Mapping[str, Any], at: datetime) -> dict[str, Any] | None:
    """A running breast feed's details after moving to the other side; None if it cannot."""
    segments = list(details.get("segments") or [])
    if not segments:
        return None
    side = "right" if segments[-1][0] == "left" else "left"
    return {**details, "segments": [*segments, (side, at.isoformat())], "last_side": side}


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def per_side_minutes(segments: list[tuple[str, datetime]], end: datetime) -> dict[str, int]:
    """Minutes on each breast from a running feed's side switches."""
    totals = {"left": 0.0, "right": 0.0}
    for index, (side, began) in enumerate(segments):
        until = segments[index + 1][1] if index + 1 < len(segments) else end
        totals[side] += max(0.0, (until - began).total_seconds() / 60)
    return {side: round(value) for side, value in totals.items()}


def method_of(details: Mapping[str, Any]) -> str:
    return str(details.get("method", "breast"))


def amount_ml_of(details: Mapping[str, Any]) -> float | None:
    value = details.get("amount_ml")
    return None if value is None else float(value)


def side_minutes_of(details: Mapping[str, Any]) -> int | None:
    """Minutes at the breast from the per-side totals, when they were logged."""
    given = [details.get("left_minutes"), details.get("right_minutes")]
    if all(m is None for m in given):
        return None
    return sum(int(m or 0) for m in given)


def segments_of(details: Mapping[str, Any]) -> list[Any]:
    return list(details.get("segments") or [])


KIND = Kind(
    code="feed",
    category=Category.CARE,
    label=_("Feed"),
    details=FeedDetails,
    order=20,
    timed=True,
    max_minutes=MAX_MINUTES,
    fields=FIELDS,
    taps=(
        Tap("timer", _("Feed · left"), "left", {"side": "left"}, order=1),
        Tap("timer", _("Feed · right"), "right", {"side": "right"}, order=2),
        Tap(
            "care",
            _("Bottle"),
            "bottle",
            {"method": "bottle"},
            order=0,
            remember=("amount_ml", "milk"),
        ),
    ),
    summarise=summarise,
    on_start=start_timer,
    on_stop=stop_timer,
)
