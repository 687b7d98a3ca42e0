"""Journal entries: the kinds, each kind's details (a pydantic model), and the rules they obey.

One `Entry` table holds every kind; what differs per kind lives in `details`, validated here.
Adding a kind = one details model + one line in KINDS (+ its form fields on the page).
Amounts are stored in metric units (ml, g, cm, °C); pages convert for imperial households.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticError

from nestling.domain.errors import ValidationError
from nestling.domain.text import gettext_noop as _

CLOCK_SKEW = timedelta(minutes=2)  # phones' clocks differ a little; the future starts after this


class Group(enum.StrEnum):
    BONDING = "bonding"
    CARE = "care"
    CUES = "cues"
    HEALTH = "health"
    PARENT = "parent"
    NOTE = "note"
    PRENATAL = "prenatal"


class Details(BaseModel):
    """Base for every kind's details: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Response = Literal["calm", "alert", "smiling", "fussing", "asleep"]


class BondingDetails(Details):
    response: Response | None = Field(None, description="How the baby responded.")


class FeedDetails(Details):
    method: Literal["breast", "bottle", "supplemental", "tube", "solids"]
    side: Literal["left", "right", "both"] | None = None
    left_minutes: Annotated[int, Field(ge=0, le=180)] | None = None
    right_minutes: Annotated[int, Field(ge=0, le=180)] | None = None
    last_side: Literal["left", "right"] | None = None
    amount_ml: Annotated[float, Field(gt=0, le=500)] | None = None
    milk: Literal["breast_milk", "formula", "both"] | None = None
    foods: list[Annotated[str, Field(min_length=1, max_length=60)]] = Field(
        default_factory=list, max_length=20
    )
    reaction: Annotated[str, Field(max_length=200)] | None = None
    eye_contact: bool | None = None
    # Running breast-feed timers remember when each side began (ISO times), for per-side minutes.
    segments: list[tuple[Literal["left", "right"], datetime]] = Field(
        default_factory=list, max_length=50
    )


class DiaperDetails(Details):
    contents: Literal["wet", "dirty", "both"]
    colour: Annotated[str, Field(max_length=100)] | None = None


class SleepDetails(Details):
    type: Literal["nap", "night"] | None = None
    place: (
        Literal["cot", "crib", "bassinet", "pram", "arms", "carrier", "car", "bed", "other"] | None
    ) = None


class PumpingDetails(Details):
    left_ml: Annotated[float, Field(ge=0, le=500)] | None = None
    right_ml: Annotated[float, Field(ge=0, le=500)] | None = None


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


class CryDetails(Details):
    intensity: Literal["low", "medium", "high"] | None = None
    tried: list[Soothing] = Field(default_factory=list, max_length=20)
    soothed_by: list[Soothing] = Field(default_factory=list, max_length=20)


class EmptyDetails(Details):
    pass


class CueDetails(Details):
    description: Annotated[str, Field(min_length=1, max_length=200)]


class TemperatureDetails(Details):
    celsius: Annotated[float, Field(ge=30, le=45)]
    method: Literal["rectal", "armpit", "ear", "forehead", "oral"] | None = None


class WeightDetails(Details):
    grams: Annotated[float, Field(ge=300, le=25000)]


class LengthDetails(Details):
    cm: Annotated[float, Field(ge=20, le=120)]


class HeadDetails(Details):
    cm: Annotated[float, Field(ge=20, le=60)]


class MedicationDetails(Details):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    dose: Annotated[str, Field(max_length=100)] | None = None


class SymptomDetails(Details):
    description: Annotated[str, Field(min_length=1, max_length=500)]


class CheckinDetails(Details):
    hours_slept: Annotated[float, Field(ge=0, le=24)] | None = None
    mood: Annotated[int, Field(ge=1, le=5)] | None = None
    stress: Annotated[int, Field(ge=1, le=5)] | None = None
    supported: bool | None = None
    shared: bool = Field(False, description="Show this check-in to the household.")


class BumpTalkDetails(Details):
    how: Literal["talking", "singing", "reading", "touch"] | None = None


class FetalMovementDetails(Details):
    pattern: Literal["usual", "more", "less", "changed", "none"] | None = None


@dataclass(frozen=True)
class KindSpec:
    code: str
    group: Group
    label: str
    details: type[Details]
    timed: bool  # has a duration (start–end) and can run as a timer
    max_minutes: int | None = None
    needs_note: bool = False


def _spec(
    code: str,
    group: Group,
    label: str,
    details: type[Details] = EmptyDetails,
    *,
    timed: bool = False,
    max_minutes: int | None = None,
    needs_note: bool = False,
) -> KindSpec:
    return KindSpec(code, group, label, details, timed, max_minutes, needs_note)


def _bonding(code: str, label: str) -> KindSpec:
    return _spec(code, Group.BONDING, label, BondingDetails, timed=True, max_minutes=12 * 60)


KINDS: dict[str, KindSpec] = {
    s.code: s
    for s in (
        _bonding("skin_to_skin", _("Skin-to-skin")),
        _bonding("massage", _("Massage")),
        _bonding("reading", _("Reading")),
        _bonding("talking", _("Talking and narrating")),
        _bonding("singing", _("Singing")),
        _bonding("rocking", _("Rocking and holding")),
        _bonding("eye_contact_play", _("Eye contact and mirroring")),
        _bonding("bath", _("Bath together")),
        _bonding("tummy_time", _("Tummy time")),
        _bonding("walk", _("Walk or babywearing")),
        _spec("feed", Group.CARE, _("Feed"), FeedDetails, timed=True, max_minutes=180),
        _spec("diaper", Group.CARE, _("Diaper"), DiaperDetails),
        _spec("sleep", Group.CARE, _("Sleep"), SleepDetails, timed=True, max_minutes=24 * 60),
        _spec("pumping", Group.CARE, _("Pumping"), PumpingDetails, timed=True, max_minutes=120),
        _spec("cry", Group.CUES, _("Crying"), CryDetails, timed=True, max_minutes=6 * 60),
        _spec("babble", Group.CUES, _("Babbling or cooing")),
        _spec("smile", Group.CUES, _("Smiling or laughing")),
        _spec("eye_contact", Group.CUES, _("Eye contact")),
        _spec("cue", Group.CUES, _("Other cue"), CueDetails),
        _spec("temperature", Group.HEALTH, _("Temperature"), TemperatureDetails),
        _spec("weight", Group.HEALTH, _("Weight"), WeightDetails),
        _spec("length", Group.HEALTH, _("Length"), LengthDetails),
        _spec("head_circumference", Group.HEALTH, _("Head circumference"), HeadDetails),
        _spec("medication", Group.HEALTH, _("Medication"), MedicationDetails),
        _spec("symptom", Group.HEALTH, _("Symptom"), SymptomDetails),
        _spec("checkin", Group.PARENT, _("My check-in"), CheckinDetails),
        _spec("note", Group.NOTE, _("Note"), needs_note=True),
        _spec(
            "bump_talk",
            Group.PRENATAL,
            _("Talking or singing to the bump"),
            BumpTalkDetails,
            timed=True,
            max_minutes=4 * 60,
        ),
        _spec("fetal_movement", Group.PRENATAL, _("Baby's movements"), FetalMovementDetails),
    )
}
TIMER_KINDS = tuple(code for code, spec in KINDS.items() if spec.timed)
NOTE_MAX = 2000


def kind_spec(code: str) -> KindSpec:
    spec = KINDS.get(code)
    if spec is None:
        raise ValidationError(_("Unknown kind of entry."), field="kind")
    return spec


def parse_details(kind: str, raw: dict[str, Any] | None) -> Details:
    """The kind's details from plain data, or a ValidationError naming `details.<field>`."""
    spec = kind_spec(kind)
    try:
        return spec.details.model_validate(raw or {})
    except PydanticError as exc:
        problems: list[tuple[str | None, str]] = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in error["loc"])
            message = (
                _("This detail does not belong to this kind of entry.")
                if error["type"] == "extra_forbidden"
                else error["msg"]
            )
            problems.append((f"details.{loc}" if loc else "details", message))
        raise ValidationError.collect(problems) from exc


@dataclass(frozen=True)
class EntryTimes:
    started_at: datetime
    ended_at: datetime | None


def duration_minutes(started: datetime, ended: datetime | None) -> int | None:
    """Whole minutes from start to end, rounded; None without an end."""
    if ended is None:
        return None
    return round((ended - started).total_seconds() / 60)


def validate_times(kind: str, times: EntryTimes, now: datetime) -> None:
    """End after start, nothing in the future, and durations within what is plausible."""
    spec = kind_spec(kind)
    start, end = times.started_at, times.ended_at
    if start.tzinfo is None or (end is not None and end.tzinfo is None):
        raise ValidationError(
            _("Times need a time zone (e.g. 2026-11-22T14:30:00Z)."), field="started_at"
        )
    if start > now + CLOCK_SKEW:
        raise ValidationError(_("The start is in the future."), field="started_at")
    if end is None:
        return  # a moment, a running timer, or a duration not given
    if not spec.timed:
        raise ValidationError(_("This kind of entry has no end time."), field="ended_at")
    if end > now + CLOCK_SKEW:
        raise ValidationError(_("The end is in the future."), field="ended_at")
    if end < start:
        raise ValidationError(_("The end is before the start."), field="ended_at")
    if spec.max_minutes is not None and end - start > timedelta(minutes=spec.max_minutes):
        raise ValidationError(
            _(
                "That is longer than seems possible for this kind of entry (%(limit)s at most). "
                "Was a timer left running?"
            ),
            field="ended_at",
            params={"limit": _minutes_text(spec.max_minutes)},
        )


def _minutes_text(minutes: int) -> str:
    return f"{minutes // 60} h" if minutes % 60 == 0 else f"{minutes} min"


def validate_note(kind: str, note: str) -> None:
    if len(note) > NOTE_MAX:
        raise ValidationError(_("The note is too long (2000 characters at most)."), field="note")
    if kind_spec(kind).needs_note and not note.strip():
        raise ValidationError(_("Please write the note."), field="note")


def overlapping(
    start: datetime,
    end: datetime | None,
    other_start: datetime,
    other_end: datetime | None,
    now: datetime,
) -> bool:
    """Whether two periods overlap; a period with no end runs until `now`."""
    return start < (other_end or now) and other_start < (end or now)


def per_side_minutes(segments: list[tuple[str, datetime]], end: datetime) -> dict[str, int]:
    """Minutes on each breast from a running feed's side switches."""
    totals = {"left": 0.0, "right": 0.0}
    for index, (side, began) in enumerate(segments):
        until = segments[index + 1][1] if index + 1 < len(segments) else end
        totals[side] += max(0.0, (until - began).total_seconds() / 60)
    return {side: round(value) for side, value in totals.items()}
