"""When to offer which questionnaire: touchpoints by the baby's age or the pregnancy, per parent.

Sources (clinical-reference §10.2):
- AAP (Earls MF et al. and Rafferty J et al., Pediatrics 2019;143(1):e20183259, e20183260):
  screen mothers for postpartum depression at the 1-, 2-, 4- and 6-month well-child visits [V].
- NICE CG192: ask at booking and postnatally, usually at 4-6 weeks and 3-4 months [V2].
- ACOG Clinical Practice Guideline No. 4 (2023): screen for depression AND anxiety at the initial
  prenatal visit, later in pregnancy and at postpartum visits [V].
- clinical-reference §10.2 [P]: offer the EPDS to both parents at about 2, 6-8, 16 and 26 weeks,
  and antenatally at booking and in the third trimester.
- Fathers: paternal depression is highest 3-6 months after the birth (Paulson & Bazemore, JAMA
  2010;303(19):1961-1969, §10.1), so fathers are offered a mood screen at 4 and 6 months too.
- Which scale for whom (issues 4 and 11): PBQ (§4, validated in mothers only), MIBS (Taylor 2005,
  developed with mothers) and MAAS (§6.1, pregnancy) are suggested to mothers; the EPDS, which
  has published cut-offs for fathers (§1.4), to mothers and fathers; PHQ and GAD screens to
  anyone. Fathers are not offered the MIBS: Kitamura et al. 2015 studied the Japanese MIBS-J in
  fathers, not Taylor's English 8-item form that Nestling ships (they can still take it).

Project choices [P]: the width of each window; the short MIBS at 2 weeks, when parents are most
tired, and the PBQ later; other caregivers (grandparents, friends) get the two-question PHQ-2 and
GAD-2 at 6-8 weeks and 6 months only; the PHQ-9 stands in for the EPDS until an operator loads
the EPDS wording, with the GAD-7 beside it for anxiety (the EPDS carries its own anxiety
subscale, EPDS-3A). Windows use the baby's chronological age, not the corrected age: what
matters for a parent's wellbeing is the time since the birth. Nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from nestling.domain.babies import TERM_DAYS
from nestling.domain.instruments.base import Respondent
from nestling.domain.text import gettext_noop as _

# A questionnaire taken up to this long before a window opens still counts for that window.
LEAD = timedelta(days=7)
# Pregnancy data older than this past the due date is stale: no pregnancy suggestions then.
PREGNANCY_LAST_DAY = 42 * 7 + 6

MOOD = "mood"  # the EPDS when its wording is loaded, else the PHQ-9
ANXIETY = "anxiety"  # the GAD-7, unless the mood screen is the EPDS (it has EPDS-3A)


@dataclass(frozen=True)
class Touchpoint:
    """A window in days: of the baby's age after birth, or of the pregnancy (gestation days)."""

    code: str
    label: str
    pregnancy: bool
    first_day: int
    last_day: int
    source: str


TOUCHPOINTS = (
    Touchpoint(
        "pregnancy_early",
        _("Earlier in pregnancy"),
        pregnancy=True,
        first_day=0,
        last_day=27 * 7 + 6,
        source="ACOG CPG No. 4 (initial prenatal visit); NICE CG192 (booking)",
    ),
    Touchpoint(
        "pregnancy_late",
        _("Later in pregnancy"),
        pregnancy=True,
        first_day=28 * 7,
        last_day=PREGNANCY_LAST_DAY,
        source="ACOG CPG No. 4 (later in pregnancy); clinical-reference §10.2 [P] third trimester",
    ),
    Touchpoint(
        "week_2",
        _("About two weeks after the birth"),
        pregnancy=False,
        first_day=10,
        last_day=27,
        source="clinical-reference §10.2 [P] (about 2 weeks); AAP 1-month visit",
    ),
    Touchpoint(
        "weeks_6_8",
        _("Six to eight weeks after the birth"),
        pregnancy=False,
        first_day=38,
        last_day=62,
        source="NICE CG192 (4-6 weeks); AAP 2-month visit; clinical-reference §10.2 [P] 6-8 weeks",
    ),
    Touchpoint(
        "month_4",
        _("Around four months"),
        pregnancy=False,
        first_day=105,
        last_day=133,
        source="AAP 4-month visit; NICE CG192 (3-4 months); clinical-reference §10.2 [P] 16 weeks",
    ),
    Touchpoint(
        "month_6",
        _("Around six months"),
        pregnancy=False,
        first_day=175,
        last_day=203,
        source="AAP 6-month visit; clinical-reference §10.2 [P] 26 weeks",
    ),
)

# What each kind of respondent is offered at each touchpoint, in the order shown.
PLAN: Mapping[Respondent, Mapping[str, tuple[str, ...]]] = {
    Respondent.MOTHER: {
        "pregnancy_early": (MOOD, ANXIETY, "maas"),
        "pregnancy_late": (MOOD, "maas"),
        "week_2": (MOOD, "mibs"),
        "weeks_6_8": (MOOD, ANXIETY, "pbq"),
        "month_4": (MOOD, "pbq"),
        "month_6": (MOOD, "pbq"),
    },
    Respondent.FATHER: {
        "pregnancy_late": (MOOD,),
        "week_2": (MOOD,),
        "weeks_6_8": (MOOD, ANXIETY),
        "month_4": (MOOD,),
        "month_6": (MOOD,),
    },
    Respondent.CAREGIVER: {
        "weeks_6_8": ("phq2", "gad2"),
        "month_6": ("phq2", "gad2"),
    },
}

# A fuller or equivalent questionnaire taken in the window counts for a shorter one.
COUNTS_FOR: Mapping[str, frozenset[str]] = {
    "epds": frozenset({"epds", "phq9"}),
    "phq9": frozenset({"phq9", "epds"}),
    "gad7": frozenset({"gad7", "epds"}),
    "phq2": frozenset({"phq2", "phq9", "epds"}),
    "gad2": frozenset({"gad2", "gad7", "epds"}),
}

RELATIONSHIP_RESPONDENT = {
    "mother": Respondent.MOTHER,
    "father": Respondent.FATHER,
    "partner": Respondent.FATHER,  # the non-birthing partner (Respondent's own definition)
}


def respondent_for(relationship: str | None) -> Respondent:
    """Who answers, from a household relationship: mothers, fathers and partners, the others."""
    return RELATIONSHIP_RESPONDENT.get(relationship or "", Respondent.CAREGIVER)


@dataclass(frozen=True)
class BabyDates:
    """What the schedule needs to know about a baby (dates in the household's calendar)."""

    key: int
    name: str
    birth_date: date | None = None
    due_date: date | None = None


@dataclass(frozen=True)
class Done:
    """A completed questionnaire of the respondent's, on a date in the household's calendar."""

    instrument: str
    on: date


@dataclass(frozen=True)
class Suggestion:
    instrument: str
    touchpoint: Touchpoint
    baby_key: int
    baby_name: str
    starts_on: date
    ends_on: date
    antenatal: bool
    resume: bool = False  # one is already under way: carry on with it


def window(touchpoint: Touchpoint, baby: BabyDates) -> tuple[date, date] | None:
    """The touchpoint's first and last dates for this baby; None when it does not apply."""
    if touchpoint.pregnancy:
        if baby.birth_date is not None or baby.due_date is None:
            return None
        # Gestation day 0 (counted from the last period, as due dates are).
        anchor = baby.due_date - timedelta(days=TERM_DAYS)
    else:
        if baby.birth_date is None:
            return None
        anchor = baby.birth_date
    return (
        anchor + timedelta(days=touchpoint.first_day),
        anchor + timedelta(days=touchpoint.last_day),
    )


def resolve(slot: str, respondent: Respondent, epds_available: bool) -> str | None:
    """The instrument for a plan slot: MOOD and ANXIETY depend on whether the EPDS is loaded."""
    epds = epds_available and respondent in (Respondent.MOTHER, Respondent.FATHER)
    if slot == MOOD:
        return "epds" if epds else "phq9"
    if slot == ANXIETY:
        return None if epds else "gad7"
    return slot


def _satisfied(instrument: str, starts_on: date, today: date, done: Sequence[Done]) -> bool:
    counts = COUNTS_FOR.get(instrument, frozenset({instrument}))
    return any(d.instrument in counts and starts_on - LEAD <= d.on <= today for d in done)


def suggest(
    *,
    respondent: Respondent,
    babies: Sequence[BabyDates],
    today: date,
    done: Sequence[Done] = (),
    in_progress: Collection[str] = (),
    snoozed: Mapping[str, date] | None = None,
    epds_available: bool = False,
) -> list[Suggestion]:
    """Questionnaires worth offering `today`, soonest-closing window first, one per instrument.

    `snoozed` maps an instrument to the first day it may be suggested again.
    """
    plan = PLAN[respondent]
    found: dict[str, Suggestion] = {}
    candidates = [
        (dates, touchpoint, baby)
        for baby in babies
        for touchpoint in TOUCHPOINTS
        if touchpoint.code in plan and (dates := window(touchpoint, baby)) is not None
    ]
    candidates.sort(key=lambda c: (c[0][1], c[2].key))
    for (starts_on, ends_on), touchpoint, baby in candidates:
        if not starts_on <= today <= ends_on:
            continue
        for slot in plan[touchpoint.code]:
            code = resolve(slot, respondent, epds_available)
            if code is None or code in found or _satisfied(code, starts_on, today, done):
                continue
            if snoozed and code in snoozed and today < snoozed[code]:
                continue
            found[code] = Suggestion(
                instrument=code,
                touchpoint=touchpoint,
                baby_key=baby.key,
                baby_name=baby.name,
                starts_on=starts_on,
                ends_on=ends_on,
                antenatal=touchpoint.pregnancy,
                resume=code in in_progress,
            )
    return list(found.values())
