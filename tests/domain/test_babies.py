"""Ages, corrected age, pregnancy week, life stage and baby validation, as tables."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nestling.domain.babies import (
    GESTATION_MAX_DAYS,
    MAX_AGE_DAYS,
    MAX_AGE_YEARS,
    TERM_DAYS,
    BabyFacts,
    Stage,
    age_on,
    earliest_record,
    pregnancy_week,
    stage_on,
    validate,
)
from nestling.domain.errors import ValidationError

TODAY = date(2026, 11, 22)


def born(days_ago: int, gestation: int | None = None, due: date | None = None) -> BabyFacts:
    return BabyFacts("Ada", TODAY - timedelta(days=days_ago), due, gestation)


@pytest.mark.parametrize(
    ("facts", "days", "corrected"),
    [
        (born(0), 0, None),
        (born(49), 49, None),
        (born(49, gestation=39 * 7 + 4), 49, None),  # term: no correction
        (born(49, gestation=37 * 7), 49, None),  # 37+0 is term
        (born(49, gestation=36 * 7 + 6), 49, 27),  # 36+6 is preterm: 22 days early
        (born(84, gestation=30 * 7), 84, 14),  # 10 weeks early, 12 weeks old -> 2 weeks
        (born(30, gestation=28 * 7), 30, -54),  # still before the due date
        (born(800, gestation=30 * 7), 800, None),  # past 2 years: no more correction
        # Gestation derived from the due date when not entered: due 8 weeks after birth.
        (born(70, due=TODAY - timedelta(days=70) + timedelta(days=56)), 70, 14),
    ],
)
def test_age_and_corrected_age(facts: BabyFacts, days: int, corrected: int | None) -> None:
    age = age_on(facts, TODAY)
    assert age is not None
    assert (age.days, age.corrected_days) == (days, corrected)
    assert age.effective_days == (corrected if corrected is not None else days)


def test_no_age_before_birth() -> None:
    assert age_on(BabyFacts("Bump", due_date=TODAY + timedelta(days=30)), TODAY) is None


@pytest.mark.parametrize(
    ("days_to_due", "week"), [(280, 0), (140, 20), (0, 40), (-7, 41), (3, 39), (281, 0)]
)
def test_pregnancy_week(days_to_due: int, week: int) -> None:
    assert pregnancy_week(TODAY + timedelta(days=days_to_due), TODAY) == week


@pytest.mark.parametrize(
    ("facts", "stage"),
    [
        (BabyFacts("Bump", due_date=TODAY + timedelta(days=60)), Stage.PREGNANCY),
        (born(10), Stage.NEWBORN),
        (born(27), Stage.NEWBORN),
        (born(28), Stage.YOUNG_INFANT),
        (born(49), Stage.YOUNG_INFANT),
        (born(91), Stage.INFANT),
        (born(90, gestation=30 * 7), Stage.NEWBORN),  # 90 days old, corrected 20 days
        (born(400), Stage.TODDLER),
    ],
)
def test_stage(facts: BabyFacts, stage: Stage) -> None:
    assert stage_on(facts, TODAY) == stage


def problems(facts: BabyFacts) -> list[tuple[str | None, str]]:
    with pytest.raises(ValidationError) as caught:
        validate(facts, TODAY)
    return caught.value.errors


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        (BabyFacts("", TODAY), "name"),
        (BabyFacts("   ", TODAY), "name"),
        (BabyFacts("x" * 101, TODAY), "name"),
        (BabyFacts("Ada"), "birth_date"),
        (BabyFacts("Ada", TODAY + timedelta(days=1)), "birth_date"),
        (BabyFacts("Ada", TODAY, gestation_days=21 * 7 + 6), "gestational_weeks"),
        (BabyFacts("Ada", TODAY, gestation_days=45 * 7), "gestational_weeks"),
        (BabyFacts("Ada", due_date=TODAY, gestation_days=30 * 7), "gestational_weeks"),
        (BabyFacts("Bump", due_date=TODAY + timedelta(days=281)), "due_date"),
        (BabyFacts("Bump", due_date=TODAY - timedelta(days=43)), "due_date"),
        (
            BabyFacts("Ada", TODAY - timedelta(days=5), nicu_from=TODAY - timedelta(days=6)),
            "nicu_from",
        ),
        (BabyFacts("Ada", TODAY - timedelta(days=5), nicu_until=TODAY), "nicu_from"),
        (
            BabyFacts(
                "Ada",
                TODAY - timedelta(days=5),
                nicu_from=TODAY - timedelta(days=2),
                nicu_until=TODAY - timedelta(days=3),
            ),
            "nicu_until",
        ),
        (
            BabyFacts(
                "Ada",
                TODAY - timedelta(days=5),
                nicu_from=TODAY - timedelta(days=2),
                nicu_until=TODAY + timedelta(days=1),
            ),
            "nicu_until",
        ),
        (BabyFacts("Bump", due_date=TODAY + timedelta(days=9), nicu_from=TODAY), "nicu_from"),
    ],
)
def test_invalid_babies_name_the_field(facts: BabyFacts, field: str) -> None:
    assert field in [f for f, _message in problems(facts)]


@pytest.mark.parametrize(
    "facts",
    [
        BabyFacts("Ada", TODAY),
        BabyFacts("Ada", TODAY, gestation_days=22 * 7),
        BabyFacts("Ada", TODAY, gestation_days=44 * 7 + 6),
        BabyFacts("Bump", due_date=TODAY + timedelta(days=280)),
        BabyFacts("Bump", due_date=TODAY - timedelta(days=42)),
        BabyFacts("Ada", TODAY - timedelta(days=9), nicu_from=TODAY - timedelta(days=9)),
        BabyFacts(
            "Ada", TODAY - timedelta(days=9), nicu_from=TODAY - timedelta(days=9), nicu_until=TODAY
        ),
    ],
)
def test_valid_babies(facts: BabyFacts) -> None:
    validate(facts, TODAY)


def test_all_problems_are_reported_at_once() -> None:
    fields = [f for f, _m in problems(BabyFacts("", TODAY + timedelta(days=2)))]
    assert fields == ["name", "birth_date"]


@pytest.mark.parametrize(
    ("facts", "ok"),
    [
        (born(MAX_AGE_DAYS), True),  # the fifth birthday, give or take a leap day
        (born(MAX_AGE_DAYS + 1), False),
        (BabyFacts("Ada", date(1900, 1, 1)), False),
        # The due date must fit a birth between 22+0 and 44+6 weeks of pregnancy.
        (born(10, due=TODAY - timedelta(days=10) + timedelta(days=TERM_DAYS - 22 * 7)), True),
        (born(10, due=TODAY - timedelta(days=10) + timedelta(days=TERM_DAYS - 22 * 7 + 1)), False),
        (
            born(
                10, due=TODAY - timedelta(days=10) - timedelta(days=GESTATION_MAX_DAYS - TERM_DAYS)
            ),
            True,
        ),
        (born(10, due=date(1900, 1, 1)), False),
    ],
)
def test_plausibility_bounds_of_birth(facts: BabyFacts, ok: bool) -> None:
    if ok:
        validate(facts, TODAY)
    else:
        with pytest.raises(ValidationError) as caught:
            validate(facts, TODAY)
        assert caught.value.field in {"birth_date", "due_date"}


def test_a_birth_too_long_ago_says_the_limit_it_checks() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(born(MAX_AGE_DAYS + 1), TODAY)
    assert f"{MAX_AGE_YEARS} years" in caught.value.message


@pytest.mark.parametrize(
    ("birth", "due", "earliest"),
    [
        (TODAY, None, TODAY - timedelta(days=GESTATION_MAX_DAYS)),
        (None, TODAY + timedelta(days=100), TODAY + timedelta(days=100 - GESTATION_MAX_DAYS)),
        (TODAY, TODAY + timedelta(days=20), TODAY - timedelta(days=GESTATION_MAX_DAYS)),
        (None, None, None),
    ],
)
def test_earliest_record(birth: date | None, due: date | None, earliest: date | None) -> None:
    assert earliest_record(birth, due) == earliest
