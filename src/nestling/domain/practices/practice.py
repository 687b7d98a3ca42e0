"""The shape of a bonding practice: category, ages, steps, safety, adaptations and sources.

The models validate themselves when the library is imported, so a practice with two steps, an
unknown source key or a pregnancy practice with a baby age range cannot be loaded at all.
"""

from __future__ import annotations

import enum
import re
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from nestling.domain.practices.sources import SOURCES

PREGNANCY_WEEKS = (4, 42)  # weeks of pregnancy a practice may name
CORRECTED_WEEKS = (0, 60)  # corrected age in weeks a practice may name
STEPS = (3, 8)
SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
TAG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Category(enum.StrEnum):
    TOUCH = "touch"
    VOICE = "voice"
    MOVEMENT = "movement"
    FACE = "face"
    ROUTINE = "routine"
    PREGNANCY = "pregnancy"
    SELF_CARE = "self_care"


# Practices that handle or move a baby must say how to do them safely.
NEEDS_SAFETY_NOTES = frozenset({Category.TOUCH, Category.MOVEMENT, Category.ROUTINE})


class Energy(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"


class JournalKind(enum.StrEnum):
    """The journal entry kind that finishing a practice logs (only what happened, never a gap)."""

    SKIN_TO_SKIN = "skin_to_skin"
    MASSAGE = "massage"
    READING = "reading"
    TALKING = "talking"
    SINGING = "singing"
    ROCKING = "rocking"
    EYE_CONTACT_PLAY = "eye_contact_play"
    BATH = "bath"
    TUMMY_TIME = "tummy_time"
    WALK = "walk"
    BUMP_TALK = "bump_talk"
    FETAL_MOVEMENT = "fetal_movement"
    CHECKIN = "checkin"
    NOTE = "note"


class AdaptationFor(enum.StrEnum):
    PRETERM_NICU = "preterm_nicu"
    TWINS = "twins"
    CAESAREAN = "caesarean"
    PARTNER_FATHER = "partner_father"
    FEELING_LOW = "feeling_low"


class Stage(enum.StrEnum):
    PREGNANCY = "pregnancy"
    BABY = "baby"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Step(_Frozen):
    """One short instruction; `seconds` suggests a pace for guided sessions."""

    text: str = Field(min_length=1)
    seconds: int | None = Field(default=None, gt=0)


class AgeRange(_Frozen):
    """Weeks of pregnancy, or the baby's corrected age in weeks (max None: the whole first year)."""

    stage: Stage
    min_weeks: int
    max_weeks: int | None = None

    @classmethod
    def pregnancy(cls, min_weeks: int, max_weeks: int = PREGNANCY_WEEKS[1]) -> AgeRange:
        return cls(stage=Stage.PREGNANCY, min_weeks=min_weeks, max_weeks=max_weeks)

    @classmethod
    def baby(cls, min_weeks: int = 0, max_weeks: int | None = None) -> AgeRange:
        return cls(stage=Stage.BABY, min_weeks=min_weeks, max_weeks=max_weeks)

    @model_validator(mode="after")
    def _within_bounds(self) -> Self:
        low, high = PREGNANCY_WEEKS if self.stage is Stage.PREGNANCY else CORRECTED_WEEKS
        if self.stage is Stage.PREGNANCY and self.max_weeks is None:
            raise ValueError("a pregnancy range needs an upper week")
        upper = high if self.max_weeks is None else self.max_weeks
        if not low <= self.min_weeks <= upper <= high:
            raise ValueError(f"weeks must satisfy {low} <= min <= max <= {high}")
        return self

    def includes(self, stage: Stage, weeks: int) -> bool:
        """Whether a family at `weeks` of `stage` is in range.

        A preterm baby's corrected age is negative until their due date; they count as week 0 so
        that newborn practices (kangaroo care above all) are offered from birth.
        """
        if stage is not self.stage:
            return False
        if stage is Stage.BABY:
            weeks = max(weeks, 0)
        return self.min_weeks <= weeks and (self.max_weeks is None or weeks <= self.max_weeks)


class Adaptation(_Frozen):
    """How to change the practice for one situation."""

    audience: AdaptationFor
    text: str = Field(min_length=1)


class Practice(_Frozen):
    """One bonding practice, as shown to a parent and as logged in the journal when done."""

    slug: str = Field(pattern=SLUG_PATTERN)
    category: Category
    title: str = Field(min_length=1)
    why: str = Field(min_length=1)  # one or two sentences; the claim rests on `source_keys`
    source_keys: tuple[str, ...] = Field(min_length=1)
    steps: tuple[Step, ...] = Field(min_length=STEPS[0], max_length=STEPS[1])
    age: AgeRange
    typical_minutes: tuple[int, int]
    duration_label: str = Field(min_length=1)
    energy: Energy
    safety_notes: tuple[str, ...] = ()
    when_not: tuple[str, ...] = ()
    adaptations: tuple[Adaptation, ...] = Field(min_length=2)
    tags: tuple[str, ...] = Field(min_length=1)
    journal_kind: JournalKind

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = [
            *_unknown_sources(self.source_keys),
            *_minute_problems(self.typical_minutes),
            *_tag_problems(self.tags),
        ]
        audiences = [adaptation.audience for adaptation in self.adaptations]
        if len(set(audiences)) != len(audiences):
            problems.append("an adaptation audience appears twice")
        if (self.category is Category.PREGNANCY) != (self.age.stage is Stage.PREGNANCY):
            problems.append("pregnancy practices, and only they, use a pregnancy age range")
        if self.category in NEEDS_SAFETY_NOTES and not self.safety_notes:
            problems.append(f"{self.category} practices need at least one safety note")
        if problems:
            raise ValueError(f"{self.slug}: " + "; ".join(problems))
        return self

    def adaptation(self, audience: AdaptationFor) -> str | None:
        """The adapted advice for `audience`, or None when the practice has none."""
        for adaptation in self.adaptations:
            if adaptation.audience is audience:
                return adaptation.text
        return None

    def texts(self) -> tuple[str, ...]:
        """Every user-facing string of the practice, for search and for content checks."""
        return (
            self.title,
            self.why,
            *(step.text for step in self.steps),
            self.duration_label,
            *self.safety_notes,
            *self.when_not,
            *(adaptation.text for adaptation in self.adaptations),
        )


def _unknown_sources(keys: tuple[str, ...]) -> list[str]:
    return [f"unknown source key {key!r}" for key in keys if key not in SOURCES]


def _minute_problems(minutes: tuple[int, int]) -> list[str]:
    low, high = minutes
    return [] if 1 <= low <= high else [f"typical minutes {minutes} must be 1 <= min <= max"]


def _tag_problems(tags: tuple[str, ...]) -> list[str]:
    bad = [tag for tag in tags if not re.fullmatch(TAG_PATTERN, tag)]
    problems = [f"tag {tag!r} is not lower-case-with-hyphens" for tag in bad]
    if len(set(tags)) != len(tags):
        problems.append("a tag appears twice")
    return problems


def steps(*items: str | Step) -> tuple[Step, ...]:
    """Steps from plain texts (or ready-made `Step`s for timed ones), in order."""
    return tuple(item if isinstance(item, Step) else Step(text=item) for item in items)


def adapt(**texts: str) -> tuple[Adaptation, ...]:
    """Adaptations keyed by audience name: adapt(twins=..., feeling_low=...)."""
    return tuple(Adaptation(audience=AdaptationFor(key), text=text) for key, text in texts.items())
