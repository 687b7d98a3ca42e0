"""What the cry helper knows: the baby's age and the journal facts around `now`, as plain data.

The service layer fills a `CryContext` from the journal with a few bounded queries (the last 24
hours of entries, the last 10 days of temperatures, the last 14 family days of cry episodes, the
caregiver's own recent check-ins); everything here is immutable and free of Django, so the rules
are easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from nestling.domain.thresholds import temperature

RECENT = timedelta(hours=24)  # the window for feeds, diapers, sleep, temperatures and notes
FEVER_WINDOW = timedelta(days=10)  # temperatures kept, to see a fever that has lasted 5 days
HISTORY_DAYS = 14  # family days of cry episodes used for patterns and "what works"
MOMENT_MINUTES = 10


@dataclass(frozen=True)
class Feed:
    started_at: datetime
    ended_at: datetime | None = None
    method: str = "breast"  # breast, bottle, supplemental, tube, solids
    amount_ml: float | None = None
    minutes: int | None = None  # breast minutes on both sides together, when known
    milk: str | None = None  # breast_milk, formula, both
    running: bool = False


@dataclass(frozen=True)
class Diaper:
    at: datetime
    contents: str  # wet, dirty, both

    @property
    def wet(self) -> bool:
        return self.contents in ("wet", "both")


@dataclass(frozen=True)
class Sleep:
    started_at: datetime
    ended_at: datetime | None = None  # None while the sleep timer runs


@dataclass(frozen=True)
class Reading:
    """A logged temperature."""

    at: datetime
    celsius: float
    method: str | None = None  # rectal, armpit, ear, forehead, oral


@dataclass(frozen=True)
class Note:
    """A symptom or a cue written in the journal (free text)."""

    at: datetime
    text: str
    kind: str = "symptom"  # symptom or cue


@dataclass(frozen=True)
class LoggedSign:
    """A warning sign in the journal: picked on a symptom entry, or named by a danger phrase in
    an entry's words (`text`, the words that were written, for the evidence)."""

    at: datetime
    code: str  # a nestling.domain.safety.signs.Sign value
    text: str = ""


@dataclass(frozen=True)
class Episode:
    """A crying episode: a `cry` entry, running or ended, and what was tried and what helped."""

    started_at: datetime
    ended_at: datetime | None = None
    tried: tuple[str, ...] = ()
    soothed_by: tuple[str, ...] = ()
    running: bool = False


@dataclass(frozen=True)
class Activity:
    """A bonding moment or play (skin-to-skin, rocking, tummy time, bath, ...)."""

    kind: str
    started_at: datetime
    ended_at: datetime | None = None
    running: bool = False

    def end(self, now: datetime) -> datetime:
        """When it ended: now while it runs; a moment logged without a duration counts
        as MOMENT_MINUTES ([P] a one-tap "rocked" or "read together" is rarely instant)."""
        if self.ended_at is not None:
            return self.ended_at
        if self.running:
            return now
        return min(now, self.started_at + timedelta(minutes=MOMENT_MINUTES))


@dataclass(frozen=True)
class CheckIn:
    """The caregiver's own check-in: hours slept, mood 1 (very low)–5, stress 1–5 (very)."""

    at: datetime
    hours_slept: float | None = None
    mood: int | None = None
    stress: int | None = None
    supported: bool | None = None


@dataclass(frozen=True)
class CryContext:
    """Everything the assessment reads. Lists may be in any order; the rules sort them."""

    now: datetime
    age_days: int | None  # corrected age when the baby was born preterm; None before birth
    chronological_days: int | None = None
    feeding: str | None = None  # the baby's usual feeding method: breast, formula, mixed, ...
    zone: str = "UTC"  # the household's time zone
    day_starts_at: time = time(6, 0)  # the household's family day start
    feeds: tuple[Feed, ...] = ()
    diapers: tuple[Diaper, ...] = ()
    sleeps: tuple[Sleep, ...] = ()
    temperatures: tuple[Reading, ...] = ()  # up to FEVER_WINDOW back; most rules read RECENT
    notes: tuple[Note, ...] = ()
    logged_signs: tuple[LoggedSign, ...] = ()  # warning signs in the journal (the last RECENT)
    episodes: tuple[Episode, ...] = ()  # the last HISTORY_DAYS family days, running one included
    activities: tuple[Activity, ...] = ()
    checkins: tuple[CheckIn, ...] = ()

    @property
    def born(self) -> bool:
        return self.age_days is not None

    @property
    def corrected(self) -> bool:
        """Whether `age` is a corrected age (a baby born early), not the age since birth."""
        return self.chronological_days is not None and self.chronological_days != self.age

    @property
    def age(self) -> int:
        """The age (corrected when that applies) that age-dependent advice uses."""
        return max(0, self.age_days or 0)

    # Cached per context (the dataclass is frozen, and equality and hashing read fields only).
    @cached_property
    def current(self) -> Episode | None:
        """The crying episode going on now, if one was started."""
        running = [e for e in self.episodes if e.running and e.started_at <= self.now]
        return max(running, key=lambda e: e.started_at, default=None)

    @cached_property
    def recent_readings(self) -> tuple[Reading, ...]:
        """The temperatures of the last RECENT (24 h), newest first."""
        return tuple(
            sorted(
                (r for r in self.temperatures if self.recent(r.at)),
                key=lambda r: r.at,
                reverse=True,
            )
        )

    @cached_property
    def has_fever(self) -> bool:
        """A fever (temperature.FEVER_C or more) in the last RECENT (24 h)."""
        return any(r.celsius >= temperature.FEVER_C for r in self.recent_readings)

    def local_hour(self, moment: datetime | None = None) -> int:
        return (moment or self.now).astimezone(ZoneInfo(self.zone)).hour

    def since(self, moment: datetime) -> int:
        """Whole minutes from `moment` to now (never negative)."""
        return max(0, int((self.now - moment).total_seconds() // 60))

    def recent(self, moment: datetime, window: timedelta = RECENT) -> bool:
        return self.now - window <= moment <= self.now

    def last_feed(self) -> Feed | None:
        return max(
            (f for f in self.feeds if f.started_at <= self.now),
            key=lambda f: f.started_at,
            default=None,
        )

    def last_diaper(self) -> Diaper | None:
        return max((d for d in self.diapers if d.at <= self.now), key=lambda d: d.at, default=None)

    def last_sleep(self) -> Sleep | None:
        return max(
            (s for s in self.sleeps if s.started_at <= self.now),
            key=lambda s: s.started_at,
            default=None,
        )
