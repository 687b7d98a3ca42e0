"""Babies' ages: chronological and corrected age for preterm babies, pregnancy week, life stage.

Corrected (adjusted) age subtracts the weeks a baby was born early from their chronological age,
counting from 40 weeks of gestation. It is the age used for development until about 2 years
(AAP, "Corrected age for preemies", healthychildren.org; NHS Bliss guidance).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from nestling.domain.errors import ValidationError
from nestling.domain.text import gettext_noop as _

TERM_DAYS = 280  # 40 weeks: the reference point for due dates and corrected age
PRETERM_BELOW_DAYS = 37 * 7  # born before 37+0 weeks is preterm (WHO definition)
CORRECT_AGE_UNTIL_DAYS = 2 * 365  # correct for prematurity until about 2 years of age
GESTATION_MIN_DAYS = 22 * 7
GESTATION_MAX_DAYS = 44 * 7 + 6
NAME_MAX = 100
# Nestling follows a child from pregnancy to their fifth birthday, the span of the WHO Child
# Growth Standards (0-5 years); an older date of birth is a slip of the keyboard (1900 for 2026).
MAX_AGE_YEARS = 5
MAX_AGE_DAYS = MAX_AGE_YEARS * 365 + 2  # leap days included


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"


class FeedingMethod(enum.StrEnum):
    BREAST = "breast"
    FORMULA = "formula"
    MIXED = "mixed"
    EXPRESSED = "expressed"
    TUBE = "tube"
    SOLIDS_AND_MILK = "solids_and_milk"


class Stage(enum.StrEnum):
    PREGNANCY = "pregnancy"
    NEWBORN = "newborn"  # the first 4 weeks (corrected)
    YOUNG_INFANT = "young_infant"  # 1–3 months
    INFANT = "infant"  # 3–12 months
    TODDLER = "toddler"  # past the first year


@dataclass(frozen=True)
class BabyFacts:
    """What the rules need to know about a baby; all dates are in the household's calendar."""

    name: str
    birth_date: date | None = None
    due_date: date | None = None
    gestation_days: int | None = None  # gestational age at birth, in days (weeks * 7 + days)
    nicu_from: date | None = None
    nicu_until: date | None = None


@dataclass(frozen=True)
class Age:
    """An age in days, with a corrected age when the baby was born preterm."""

    days: int
    corrected_days: int | None  # None when no correction applies

    @property
    def weeks(self) -> int:
        return self.days // 7

    @property
    def effective_days(self) -> int:
        """The age that development advice should use: corrected when that applies."""
        return self.corrected_days if self.corrected_days is not None else self.days


def gestation_from(weeks: int | None, days: int | None) -> int | None:
    """Weeks+days of gestation as a number of days; None when the weeks are not known."""
    if weeks is None:
        return None
    return weeks * 7 + (days or 0)


def birth_gestation_days(facts: BabyFacts) -> int | None:
    """Gestation at birth: as entered, or derived from the due date and the birth date."""
    if facts.gestation_days is not None:
        return facts.gestation_days
    if facts.birth_date and facts.due_date:
        derived = TERM_DAYS - (facts.due_date - facts.birth_date).days
        if GESTATION_MIN_DAYS <= derived <= GESTATION_MAX_DAYS:
            return derived
    return None


def age_on(facts: BabyFacts, today: date) -> Age | None:
    """The baby's age on `today`; None while the baby is not born yet."""
    if facts.birth_date is None or today < facts.birth_date:
        return None
    days = (today - facts.birth_date).days
    gestation = birth_gestation_days(facts)
    corrected = None
    if gestation is not None and gestation < PRETERM_BELOW_DAYS and days < CORRECT_AGE_UNTIL_DAYS:
        corrected = days - (TERM_DAYS - gestation)
    return Age(days=days, corrected_days=corrected)


def pregnancy_week(due_date: date, today: date) -> int:
    """Completed weeks of pregnancy on `today`, counted back from a 40-week due date."""
    return max(0, (TERM_DAYS - (due_date - today).days) // 7)


def stage_on(facts: BabyFacts, today: date) -> Stage:
    """Where the family is: pregnancy, or the baby's stage by corrected age."""
    age = age_on(facts, today)
    if age is None:
        return Stage.PREGNANCY
    days = age.effective_days
    if days < 28:
        return Stage.NEWBORN
    if days < 91:
        return Stage.YOUNG_INFANT
    if days < 365:
        return Stage.INFANT
    return Stage.TODDLER


def validate(facts: BabyFacts, today: date) -> None:
    """Reject baby details that cannot be right, naming each field at fault."""
    if facts.birth_date is not None and facts.birth_date < today - timedelta(days=MAX_AGE_DAYS):
        raise ValidationError(
            BIRTH_TOO_LONG_AGO, field="birth_date", params={"years": MAX_AGE_YEARS}
        )
    problems: list[tuple[str | None, str]] = []
    name = facts.name.strip()
    if not name:
        problems.append(("name", _("Please enter the baby's name (a nickname is fine).")))
    elif len(name) > NAME_MAX:
        problems.append(("name", _("The name is too long (100 characters at most).")))
    problems += _date_problems(facts, today)
    if facts.gestation_days is not None and not (
        GESTATION_MIN_DAYS <= facts.gestation_days <= GESTATION_MAX_DAYS
    ):
        problems.append(
            ("gestational_weeks", _("Gestational age at birth must be between 22 and 44 weeks."))
        )
    if facts.gestation_days is not None and facts.birth_date is None:
        problems.append(("gestational_weeks", _("Gestational age at birth needs a date of birth.")))
    problems += _nicu_problems(facts, today)
    if problems:
        raise ValidationError.collect(problems)


def _date_problems(facts: BabyFacts, today: date) -> list[tuple[str | None, str]]:
    birth, due = facts.birth_date, facts.due_date
    if birth is None and due is None:
        return [("birth_date", _("Enter a date of birth, or a due date while pregnant."))]
    if birth is None:
        return _due_date_problems(due, today) if due is not None else []
    problems: list[tuple[str | None, str]] = []
    if birth > today:
        problems.append(("birth_date", _("The date of birth cannot be in the future.")))
    if due is not None:
        problems += _due_date_at_birth_problems(birth, due)
    return problems


BIRTH_TOO_LONG_AGO = _(
    "The date of birth is more than %(years)s years ago: "
    "Nestling is for pregnancy and the first years."
)


def _due_date_at_birth_problems(birth: date, due: date) -> list[tuple[str | None, str]]:
    """A due date must fit the birth: born between 22 and 44+6 weeks of pregnancy."""
    gestation = TERM_DAYS - (due - birth).days
    if GESTATION_MIN_DAYS <= gestation <= GESTATION_MAX_DAYS:
        return []
    return [
        (
            "due_date",
            _(
                "With this date of birth, the baby would have been born before 22 weeks "
                "or after 44 weeks and 6 days of pregnancy: please check the due date."
            ),
        )
    ]


def earliest_record(birth_date: date | None, due_date: date | None) -> date | None:
    """The first day anything about this baby can have happened: no pregnancy lasts longer than
    GESTATION_MAX_DAYS, counted back from the birth (or, before it, from the due date)."""
    anchor = birth_date or due_date
    return anchor - timedelta(days=GESTATION_MAX_DAYS) if anchor else None


def _due_date_problems(due: date, today: date) -> list[tuple[str | None, str]]:
    if due > today + timedelta(days=TERM_DAYS):
        return [("due_date", _("The due date is more than 40 weeks away."))]
    if due < today - timedelta(days=6 * 7):
        return [("due_date", _("That due date has passed: please add the date of birth."))]
    return []


def _nicu_problems(facts: BabyFacts, today: date) -> list[tuple[str | None, str]]:
    problems: list[tuple[str | None, str]] = []
    start, end = facts.nicu_from, facts.nicu_until
    if end is not None and start is None:
        problems.append(("nicu_from", _("Enter when the neonatal unit stay began.")))
    if start is not None:
        if facts.birth_date is None:
            problems.append(("nicu_from", _("A neonatal unit stay needs a date of birth.")))
        elif start < facts.birth_date:
            problems.append(("nicu_from", _("The neonatal unit stay cannot begin before birth.")))
        if start > today:
            problems.append(("nicu_from", _("The neonatal unit stay cannot begin in the future.")))
    if start is not None and end is not None and end < start:
        problems.append(("nicu_until", _("The stay cannot end before it began.")))
    if end is not None and end > today:
        problems.append(("nicu_until", _("Leave the end date empty while the stay goes on.")))
    return problems
