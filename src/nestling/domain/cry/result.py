"""What the cry helper answers: red flags first, then ranked reasons, what works, patterns."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Literal

from nestling.domain.cry.text import Text
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.thresholds import crying


class Reason(enum.StrEnum):
    """Why a baby may be crying, in the usual checklist order (clinical-reference §7.1 [P])."""

    HUNGER = "hunger"
    DIAPER = "diaper"
    TIRED = "tired"
    WIND = "wind"
    TOO_HOT_OR_COLD = "too_hot_or_cold"
    OVERSTIMULATED = "overstimulated"
    WANTS_CLOSENESS = "wants_closeness"
    UNWELL = "unwell"
    TEETHING = "teething"
    COLIC_PATTERN = "colic_pattern"


@dataclass(frozen=True)
class Suggestion:
    """Something to check or try; `soothing` is the journal code a parent can mark on it."""

    text: Text
    soothing: str | None = None


@dataclass(frozen=True)
class RankedReason:
    reason: Reason
    score: float  # 0–1: how well the log supports this reason right now
    title: Text
    evidence: tuple[Text, ...]
    tries: tuple[Suggestion, ...]
    # In the episode going on now: tried without change, or it helped.
    state: Literal["tried", "helped"] | None = None


@dataclass(frozen=True)
class RedFlag:
    """A sign that needs medical help now; shown above everything else."""

    code: str
    help_level: HelpLevel  # URGENT or EMERGENCY
    title: Text
    instructions: tuple[Text, ...]
    evidence: tuple[Text, ...]
    source: str


@dataclass(frozen=True)
class Advice:
    """Something to act on that is not an emergency (a fever at 8 months, long crying days)."""

    code: str
    help_level: HelpLevel
    text: Text
    source: str


@dataclass(frozen=True)
class SymptomCheck:
    """One line of the symptom check, ticked or not; `hint` points at the log when it helps."""

    code: str
    label: Text
    ticked: bool
    hint: Text | None = None


@dataclass(frozen=True)
class WhatWorks:
    soothing: str
    settled: int
    of: int
    period: str  # night, morning, afternoon, evening or any
    text: Text


@dataclass(frozen=True)
class DayMinutes:
    day: date
    minutes: int
    complete: bool  # False for today, still going on

    @property
    def long(self) -> bool:
        return self.minutes >= crying.LONG_DAY_HOURS * 60


@dataclass(frozen=True)
class Strain:
    """A caregiver finding it hard: offered a check-in and help, warmly, never as a verdict."""

    under_strain: bool  # long crying days and poor sleep or low mood in their own check-ins
    signals: tuple[Text, ...]
    messages: tuple[Text, ...]


@dataclass(frozen=True)
class Patterns:
    days: tuple[DayMinutes, ...]  # the last 7 family days, oldest first, today last
    mean_minutes: int | None  # typical fuss/cry minutes a day at this age (Wolke 2017)
    sd_minutes: int | None
    typical: Text | None
    long_days: int  # days with 3 hours or more
    rule_of_threes: bool
    messages: tuple[Text, ...]
    strain: Strain | None


@dataclass(frozen=True)
class AgeUsed:
    """The age the age-dependent rules used: corrected for a baby born early (the stricter)."""

    days: int
    corrected: bool


@dataclass(frozen=True)
class Assessment:
    help_level: HelpLevel
    age: AgeUsed
    red_flags: tuple[RedFlag, ...]
    advice: tuple[Advice, ...]
    symptoms: tuple[SymptomCheck, ...]
    reasons: tuple[RankedReason, ...]
    what_works: tuple[WhatWorks, ...]
    patterns: Patterns
    safety: tuple[Text, ...]  # ICON: always shown
    notes: tuple[Text, ...]  # what the helper is and is not
