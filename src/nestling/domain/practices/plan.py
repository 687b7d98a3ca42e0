"""Today's few bonding moments for one caregiver and one baby: chosen, explained, deterministic.

Each eligible practice gets a score from plain rules (age, variety over the last days, the
caregiver's challenges, their role, the time of day and the baby's likely state); the best ones
from different categories are suggested, each with the one reason that weighed most. The rules
follow the issue's brief and the seed articles; the practices carry their own sources.
No streaks and nothing about what did not happen: variety is offered as "something different".
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from nestling.domain.caregivers import Challenge
from nestling.domain.practices.library import PRACTICES
from nestling.domain.practices.practice import (
    AdaptationFor,
    Category,
    Energy,
    JournalKind,
    Practice,
    Stage,
)
from nestling.domain.text import gettext_noop as _

# Which category a journal entry counts for, so logged moments shape tomorrow's variety: the
# category of the practices that log that kind (a plain note says nothing about a category).
KIND_CATEGORY: dict[str, Category] = {
    p.journal_kind.value: p.category for p in PRACTICES if p.journal_kind is not JournalKind.NOTE
}
TIRED = frozenset(
    {Challenge.SLEEP_DEPRIVATION, Challenge.PHYSICAL_EXHAUSTION, Challenge.MEDICAL_COMPLICATIONS}
)
LOW = frozenset(
    {
        Challenge.LOW_MOOD,
        Challenge.ANXIETY,
        Challenge.STRESS,
        Challenge.FEAR,
        Challenge.PRESSURE_ON_SELF,
        Challenge.HORMONAL_CHANGES,
        Challenge.TRAUMATIC_BIRTH,
    }
)
HANDS_ON = frozenset({"bath-time-together", "baby-massage", "skin-to-skin", "calm-bedtime-routine"})
# Care for the caregiver that fits pregnancy as well (the rest are about a baby in arms).
PREGNANCY_SELF_CARE = frozenset({"check-in-with-yourself", "ask-for-help", "accept-help"})
CATEGORY_REASON = {
    Category.TOUCH: _("A moment of closeness for you both."),
    Category.VOICE: _("A chance for the baby to hear your voice."),
    Category.MOVEMENT: _("Gentle movement many babies find soothing."),
    Category.FACE: _("Time face to face, at the baby's pace."),
    Category.ROUTINE: _("A familiar routine that can help the day feel calmer."),
    Category.PREGNANCY: _("A way to connect with the baby during pregnancy."),
    Category.SELF_CARE: _("A moment that is about you."),
}
# Not suggested between 22:00 and 06:00: outings, baths, lively play, tummy time and reading
# aloud wake a baby up when the night is for settling.
NOT_AT_NIGHT = frozenset(
    {
        "walk-together",
        "bath-time-together",
        "sway-and-dance",
        "tummy-time-on-your-chest",
        "read-together",
    }
)
NEEDS_AWAKE_CATEGORIES = frozenset({Category.FACE})
NEEDS_AWAKE_BABY = frozenset({"baby-massage", "read-together"})
# Practices the rules below single out by name.
SINGLED_OUT = frozenset(
    {
        "kangaroo-care",
        "baby-massage",
        "skin-to-skin",
        "rest-while-baby-sleeps",
        "check-in-with-yourself",
        "ask-for-help",
        "accept-help",
    }
)


def _check_library() -> None:
    """Fail at import when a rule names a practice the library lacks, or when practices that
    log the same journal kind disagree on its category (KIND_CATEGORY would be ambiguous)."""
    known = {p.slug for p in PRACTICES}
    named = HANDS_ON | PREGNANCY_SELF_CARE | NOT_AT_NIGHT | NEEDS_AWAKE_BABY | SINGLED_OUT
    if unknown := sorted(named - known):
        raise ValueError(f"the plan's rules name practices the library lacks: {unknown}")
    clashes = sorted(
        {
            p.journal_kind.value
            for p in PRACTICES
            if p.journal_kind is not JournalKind.NOTE
            and KIND_CATEGORY[p.journal_kind.value] is not p.category
        }
    )
    if clashes:
        raise ValueError(f"journal kinds logged by practices of two categories: {clashes}")


_check_library()


@dataclass(frozen=True)
class PlanInput:
    """Everything the plan looks at; built by the service from the profile and the journal."""

    day: date
    caregiver_id: int
    stage: Stage
    weeks: int  # pregnancy week, or the baby's corrected age in weeks
    relationship: str = "mother"
    challenges: frozenset[Challenge] = frozenset()
    preterm: bool = False
    in_nicu: bool = False
    twins: bool = False
    hour: int = 12  # local hour now
    baby_asleep: bool = False
    baby_awake_minutes: int | None = None
    just_fed: bool = False
    unwell: bool = False
    recent: tuple[tuple[str, int], ...] = ()  # (journal kind, days ago) for the last week
    done_today: frozenset[str] = frozenset()  # practice slugs finished from today's plan
    set_aside: frozenset[str] = frozenset()  # slugs swapped or dismissed today


@dataclass(frozen=True)
class Suggestion:
    practice: Practice
    why_today: str  # untranslated; the edges translate it
    score: float = 0.0


@dataclass(frozen=True)
class Plan:
    suggestions: tuple[Suggestion, ...]
    notes: tuple[str, ...]


@dataclass
class _Score:
    total: float = 1.0
    reasons: list[tuple[float, str]] = field(default_factory=list)

    def add(self, points: float, reason: str | None = None) -> None:
        self.total += points
        if reason is not None and points > 0:
            self.reasons.append((points, reason))


def eligible(practice: Practice, given: PlanInput) -> bool:
    """In the age range, not set aside, and nothing about today that says "not now"."""
    if not practice.age.includes(given.stage, given.weeks) and not (
        given.stage is Stage.PREGNANCY and practice.slug in PREGNANCY_SELF_CARE
    ):
        return False
    if practice.slug in given.set_aside or practice.slug in given.done_today:
        return False
    if practice.slug == "kangaroo-care" and not (given.preterm or given.in_nicu):
        return False
    if practice.slug == "baby-massage" and (given.unwell or given.just_fed):
        return False  # massage: not when unwell or just fed (reference §9, practicalities)
    return not (_night(given.hour) and practice.slug in NOT_AT_NIGHT)


def _night(hour: int) -> bool:
    return hour >= 22 or hour < 6


class _Recent(NamedTuple):
    """Moments logged per category (None: a kind of no category) in the last days, and today."""

    lately: Counter[Category | None]  # today and the two days before
    today: Counter[Category | None]

    @classmethod
    def of(cls, given: PlanInput) -> _Recent:
        return cls(
            Counter(KIND_CATEGORY.get(kind) for kind, ago in given.recent if ago <= 2),
            Counter(KIND_CATEGORY.get(kind) for kind, ago in given.recent if ago == 0),
        )


def _variety(practice: Practice, given: PlanInput, recent: _Recent, score: _Score) -> None:
    category = practice.category
    if category in (Category.SELF_CARE, Category.PREGNANCY):
        return
    if recent.lately[category] == 0:
        # Offered as something new, only when there is a history to differ from.
        score.add(1.0, _("Something different from the last few days.") if given.recent else None)
    score.add(-0.6 * recent.today[category])
    score.add(-0.2 * recent.lately[category])


def _challenges(practice: Practice, given: PlanInput, score: _Score) -> None:
    found = given.challenges
    if Challenge.SEPARATION_NICU in found or given.in_nicu or given.preterm:
        _after_separation(practice, score)
    if found & TIRED:
        _for_tiredness(practice, score)
    if found & LOW:
        _for_low_days(practice, score)
    if Challenge.LOW_MOOD in found and practice.slug == "ask-for-help":
        score.add(1.6, _("Talking to someone you trust can lighten the load."))
    if Challenge.LACK_OF_SUPPORT in found:
        _for_little_support(practice, score)


def _after_separation(practice: Practice, score: _Score) -> None:
    if practice.slug == "kangaroo-care":
        score.add(3.0, _("Close skin-to-skin helps babies born early; the hours can be shared."))
    elif practice.slug == "skin-to-skin":
        score.add(2.0, _("Skin-to-skin is a way to be close again after time apart."))
    elif practice.category is Category.VOICE:
        score.add(1.0, _("Your voice is something your baby already knows."))


def _for_tiredness(practice: Practice, score: _Score) -> None:
    if practice.energy is Energy.LOW and practice.typical_minutes[0] <= 5:
        score.add(1.2, _("Short and gentle, for a tired day."))
    if practice.energy is Energy.MEDIUM:
        score.add(-1.5)
    if practice.slug == "rest-while-baby-sleeps":
        score.add(2.5, _("Rest counts too. A rested you is good for both of you."))


def _for_low_days(practice: Practice, score: _Score) -> None:
    if practice.slug == "check-in-with-yourself":
        score.add(2.2, _("A few quiet minutes to notice how you are doing."))
    elif practice.category is Category.SELF_CARE and practice.slug != "accept-help":
        score.add(1.0, _("A small moment just for you."))
    if practice.typical_minutes[0] <= 5 and practice.category is not Category.SELF_CARE:
        score.add(0.6, _("A tiny step is plenty today."))


def _for_little_support(practice: Practice, score: _Score) -> None:
    if practice.slug == "accept-help":
        score.add(2.5, _("Let someone else carry a little of today."))
    elif practice.slug == "ask-for-help":
        score.add(1.0, _("Support is out there; it is fine to ask for it."))


def _role(practice: Practice, given: PlanInput, score: _Score) -> None:
    if given.relationship in ("father", "partner") and practice.slug in HANDS_ON:
        score.add(1.5, _("Hands-on time that is yours with the baby."))
    if given.relationship in ("grandparent", "other") and practice.category in (
        Category.VOICE,
        Category.MOVEMENT,
    ):
        score.add(0.5, _("A lovely way for the wider family to connect."))


def _moment(practice: Practice, given: PlanInput, score: _Score) -> None:
    evening, night = 18 <= given.hour < 22, _night(given.hour)
    if evening and practice.category is Category.ROUTINE:
        score.add(1.5, _("A calm way into the evening."))
    if night and practice.energy is Energy.LOW and practice.typical_minutes[0] <= 10:
        score.add(0.8, _("Easy to do in the night, in the dark."))
    if given.baby_asleep:
        if practice.slug == "rest-while-baby-sleeps":
            score.add(1.5, _("The baby is asleep: a moment for you."))
        if practice.category in NEEDS_AWAKE_CATEGORIES or practice.slug in NEEDS_AWAKE_BABY:
            score.add(-2.0)
    elif (
        given.baby_awake_minutes is not None
        and given.baby_awake_minutes <= 60
        and practice.category is Category.FACE
        and not night
    ):
        score.add(1.4, _("The baby is awake and may be ready to look at you."))


def _score(practice: Practice, given: PlanInput, recent: _Recent) -> _Score:
    score = _Score()
    score.add(0.1 if given.stage is Stage.BABY else 0.5, CATEGORY_REASON[practice.category])
    if practice.category is Category.SELF_CARE and not given.challenges & (
        TIRED | LOW | {Challenge.LACK_OF_SUPPORT}
    ):
        score.add(-1.2)  # offered, but after the moments with the baby, on an easier day
    _variety(practice, given, recent, score)
    for rule in (_challenges, _role, _moment):
        rule(practice, given, score)
    if given.twins and practice.adaptation(AdaptationFor.TWINS) is not None:
        score.add(0.2)
    # A small, stable nudge so that equal scores rotate from day to day and person to person.
    digest = hashlib.sha256(f"{practice.slug}|{given.day}|{given.caregiver_id}".encode()).digest()
    score.add(digest[0] / 255 * 0.3)
    return score


def how_many(given: PlanInput) -> int:
    """Fewer, smaller suggestions on hard days: 3 when tired or low, else 4 (5 in pregnancy)."""
    if given.challenges & (TIRED | {Challenge.LOW_MOOD}):
        return 3
    return 5 if given.stage is Stage.PREGNANCY else 4


def plan(given: PlanInput) -> Plan:
    recent = _Recent.of(given)
    scored = sorted(
        ((p, _score(p, given, recent)) for p in PRACTICES if eligible(p, given)),
        key=lambda pair: (-pair[1].total, pair[0].slug),
    )
    wanted = how_many(given)
    chosen: list[tuple[Practice, _Score]] = []
    for practice, score in scored:  # one per category first, for variety
        if len(chosen) < wanted and all(p.category != practice.category for p, _s in chosen):
            chosen.append((practice, score))
    for practice, score in scored:  # then fill up with the next best
        if len(chosen) < wanted and all(p.slug != practice.slug for p, _s in chosen):
            chosen.append((practice, score))
    chosen.sort(key=lambda pair: -pair[1].total)
    suggestions = tuple(
        Suggestion(
            practice,
            max(score.reasons)[1] if score.reasons else _("Suited to today."),
            score=round(score.total, 3),
        )
        for practice, score in chosen
    )
    return Plan(suggestions, _notes(given))


def _notes(given: PlanInput) -> tuple[str, ...]:
    notes = []
    if given.challenges & {Challenge.LOW_MOOD, Challenge.ANXIETY}:
        notes.append(
            _(
                "If low or anxious feelings stay with you, a short wellbeing check can "
                "help you decide whether to talk to your midwife, health visitor or "
                "doctor."
            )
        )
    if given.challenges & TIRED:
        notes.append(_("Three small moments are plenty. Resting is part of caring."))
    return tuple(notes)
