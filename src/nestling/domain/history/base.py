"""The generated journal's plain data, wall-clock helpers and the state every part shares."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from nestling.domain.history.rates import NOTES, Curve, curve

MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Record:
    """One journal entry as plain data; `caregiver` indexes the household's caregivers."""

    kind: str
    started_at: datetime
    ended_at: datetime | None
    caregiver: int | None
    note: str
    details: dict[str, Any] = field(default_factory=dict)


def period(*, birth: datetime, start_day: int, days: int, zone: str) -> tuple[datetime, datetime]:
    """The UTC span covered: local midnight of `start_day` (not before birth) to the midnight
    after the last day. The end is the `now` the journal is valid for."""
    tz = ZoneInfo(zone)
    birth_date = birth.astimezone(tz).date()
    start = wall(birth_date + timedelta(days=start_day), 0, tz)
    end = wall(birth_date + timedelta(days=start_day + days), 0, tz)
    return max(start, ceil_minute(birth.astimezone(UTC))), end


def wall(day: date, minutes: float, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a local day, as UTC (DST days have 23 or 25 hours)."""
    whole = int(minutes)
    clock = time(whole // 60 % 24, whole % 60)
    local = datetime.combine(day + timedelta(days=whole // 1440), clock, tzinfo=tz)
    return local.astimezone(UTC)


def ceil_minute(moment: datetime) -> datetime:
    floor = moment.replace(second=0, microsecond=0)
    return floor if floor == moment else floor + MINUTE


@dataclass
class Day:
    """What one local day holds in store, used up as the baby's awake windows come along."""

    age: int
    morning: datetime
    bedtime: datetime
    evening_cry: int
    day_cries: list[int]
    bonding: list[tuple[int, str, int]]  # caregiver, kind, minutes
    meals: list[datetime]
    cues: dict[str, int]
    extras: list[tuple[str, dict[str, Any], str]]  # kind, details, note
    bonded: set[int] = field(default_factory=set)  # caregivers with a bonding moment today
    wet: int = 0
    evening_done: bool = False


class Base:
    """What the journal's parts share: the random source, the span, and the records so far."""

    rng: random.Random
    tz: ZoneInfo
    birth_date: date
    start: datetime
    end: datetime
    caregivers: int
    records: list[Record]

    # --- small helpers -----------------------------------------------------------------------

    def _add(
        self,
        kind: str,
        start: datetime,
        end: datetime | None,
        caregiver: int | None,
        details: dict[str, Any],
        note: str = "",
    ) -> datetime:
        """Keep an entry that lies inside the period (a last sleep is cut at its end)."""
        if end is not None and end > self.end and kind == "sleep":
            end = self.end
        if self.start <= start < self.end and (end is None or end <= self.end):
            self.records.append(Record(kind, start, end, caregiver, note, details))
        return end or start

    def _age(self, t: datetime) -> int:
        return (t.astimezone(self.tz).date() - self.birth_date).days

    def _anyone(self) -> int:
        return self.rng.randrange(self.caregivers)

    def _note(self, kind: str) -> str:
        return NOTES[kind] if self.rng.random() < 0.03 else ""

    def _jitter(self, value: float, spread: float) -> float:
        return value * self.rng.uniform(1 - spread, 1 + spread)

    def _jitter_min(self, points: Curve, age: int, spread: float) -> timedelta:
        return round(self._jitter(curve(points, age), spread)) * MINUTE

    def _minutes(self, low: int, high: int) -> timedelta:
        return self.rng.randint(low, high) * MINUTE

    def _minutes_int(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)
