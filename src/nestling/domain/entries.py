"""Journal entries: the rules every entry obeys whatever its kind (times, notes, overlaps).

One `Entry` table holds every kind; what differs per kind lives in `details`, declared by the
kind's own module in the registry (`nestling.domain.kinds`). Amounts are stored in metric units
(ml, g, cm, °C); `nestling.domain.units` converts them for imperial households.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from nestling.domain import inputs
from nestling.domain.babies import GESTATION_MAX_DAYS
from nestling.domain.errors import ValidationError
from nestling.domain.kinds import kind_spec
from nestling.domain.text import gettext_noop as _

CLOCK_SKEW = timedelta(minutes=2)  # phones' clocks differ a little; the future starts after this
NOTE_MAX = 2000


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
        field = "started_at" if start.tzinfo is None else "ended_at"
        raise ValidationError(inputs.NEEDS_ZONE, field=field)
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


BEFORE_PREGNANCY = _(
    "That is before this pregnancy could have begun (more than %(weeks)s weeks before the "
    "birth or the due date): please check the date."
)


def validate_not_before(started: datetime, earliest: datetime | None) -> None:
    """Nothing about a baby happens before their pregnancy began (see babies.earliest_record)."""
    if earliest is not None and started < earliest:
        raise ValidationError(
            BEFORE_PREGNANCY, field="started_at", params={"weeks": GESTATION_MAX_DAYS // 7}
        )


def _minutes_text(minutes: int) -> str:
    return f"{minutes // 60} h" if minutes % 60 == 0 else f"{minutes} min"


def validate_note(kind: str, note: str) -> None:
    if len(note) > NOTE_MAX:
        raise ValidationError(
            _("The note is too long (%(max)s characters at most)."),
            field="note",
            params={"max": NOTE_MAX},
        )
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
