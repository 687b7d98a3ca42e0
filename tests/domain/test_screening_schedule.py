"""The gentle schedule: which questionnaire to offer whom, when, as a table (no clock read)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from nestling.domain.instruments import registry
from nestling.domain.instruments.base import Respondent
from nestling.domain.screening_schedule import (
    PLAN,
    TOUCHPOINTS,
    BabyDates,
    Done,
    resolve,
    respondent_for,
    suggest,
)

TODAY = date(2026, 6, 1)
M, F, C = Respondent.MOTHER, Respondent.FATHER, Respondent.CAREGIVER


def born(days_ago: int, key: int = 1) -> BabyDates:
    return BabyDates(key, f"baby{key}", birth_date=TODAY - timedelta(days=days_ago))


def due(in_days: int, key: int = 1) -> BabyDates:
    return BabyDates(key, f"baby{key}", due_date=TODAY + timedelta(days=in_days))


def done(code: str, days_ago: int) -> Done:
    return Done(code, TODAY - timedelta(days=days_ago))


def codes(respondent, babies, *, done_=(), snoozed=None, epds=False, in_progress=()):
    found = suggest(
        respondent=respondent,
        babies=babies,
        today=TODAY,
        done=list(done_),
        snoozed=snoozed,
        epds_available=epds,
        in_progress=in_progress,
    )
    return [s.instrument for s in found]


TABLE = [
    # (case, respondent, babies, done, snoozed, epds loaded, expected in order)
    ("2 weeks, mother", M, [born(14)], [], None, False, ["phq9", "mibs"]),
    ("2 weeks, mother, EPDS loaded", M, [born(14)], [], None, True, ["epds", "mibs"]),
    ("2 weeks, father", F, [born(14)], [], None, False, ["phq9"]),
    ("2 weeks, grandparent: nothing yet", C, [born(14)], [], None, False, []),
    ("window opens on day 10", M, [born(10)], [], None, False, ["phq9", "mibs"]),
    ("not yet on day 9", M, [born(9)], [], None, False, []),
    ("still open on day 27", M, [born(27)], [], None, False, ["phq9", "mibs"]),
    ("closed on day 28", M, [born(28)], [], None, False, []),
    ("6-8 weeks, mother", M, [born(45)], [], None, False, ["phq9", "gad7", "pbq"]),
    ("6-8 weeks, mother, EPDS has EPDS-3A", M, [born(45)], [], None, True, ["epds", "pbq"]),
    ("6-8 weeks, father, EPDS", F, [born(45)], [], None, True, ["epds"]),
    ("6-8 weeks, father", F, [born(45)], [], None, False, ["phq9", "gad7"]),
    ("6-8 weeks, grandparent: short screens", C, [born(45)], [], None, False, ["phq2", "gad2"]),
    ("between touchpoints", M, [born(70)], [], None, False, []),
    ("4 months, mother", M, [born(120)], [], None, False, ["phq9", "pbq"]),
    ("4 months, father (paternal peak)", F, [born(120)], [], None, False, ["phq9"]),
    ("4 months, grandparent", C, [born(120)], [], None, False, []),
    ("6 months, mother", M, [born(180)], [], None, False, ["phq9", "pbq"]),
    ("6 months, father", F, [born(180)], [], None, False, ["phq9"]),
    ("6 months, grandparent", C, [born(180)], [], None, False, ["phq2", "gad2"]),
    ("10 months: nothing", M, [born(300)], [], None, False, []),
    ("early pregnancy, mother", M, [due(180)], [], None, False, ["phq9", "gad7", "maas"]),
    ("early pregnancy, father", F, [due(180)], [], None, False, []),
    ("late pregnancy, mother", M, [due(40)], [], None, True, ["epds", "maas"]),
    ("late pregnancy, father", F, [due(40)], [], None, False, ["phq9"]),
    ("two weeks overdue, not yet born", M, [due(-20)], [], None, False, ["phq9", "maas"]),
    ("stale pregnancy data", M, [due(-21)], [], None, False, []),
    ("PHQ-9 done this window", M, [born(45)], [done("phq9", 3)], None, False, ["gad7", "pbq"]),
    ("EPDS counts for mood and anxiety", M, [born(45)], [done("epds", 3)], None, False, ["pbq"]),
    (
        "done within the week before",
        M,
        [born(45)],
        [done("phq9", 10)],
        None,
        False,
        ["gad7", "pbq"],
    ),
    (
        "done too long before",
        M,
        [born(45)],
        [done("phq9", 20)],
        None,
        False,
        ["phq9", "gad7", "pbq"],
    ),
    ("PHQ-9 counts for PHQ-2", C, [born(45)], [done("phq9", 1)], None, False, ["gad2"]),
    (
        "snoozed until tomorrow",
        M,
        [born(45)],
        [],
        {"pbq": TODAY + timedelta(days=1)},
        False,
        ["phq9", "gad7"],
    ),
    ("snooze ends today", M, [born(45)], [], {"pbq": TODAY}, False, ["phq9", "gad7", "pbq"]),
    (
        "siblings: one per instrument, soonest window first",
        M,
        [born(14, 1), born(180, 2)],
        [],
        None,
        False,
        ["phq9", "mibs", "pbq"],
    ),
    ("twins: no duplicates", F, [born(14, 1), born(14, 2)], [], None, False, ["phq9"]),
    ("no babies, no suggestions", M, [], [], None, False, []),
]


@pytest.mark.parametrize(
    ("respondent", "babies", "done_", "snoozed", "epds", "expected"),
    [row[1:] for row in TABLE],
    ids=[row[0] for row in TABLE],
)
def test_schedule_table(respondent, babies, done_, snoozed, epds, expected):
    assert codes(respondent, babies, done_=done_, snoozed=snoozed, epds=epds) == expected


def test_a_suggestion_says_when_and_for_which_baby():
    (first, *_rest) = suggest(respondent=M, babies=[born(45)], today=TODAY)
    assert first.touchpoint.code == "weeks_6_8" and first.baby_name == "baby1"
    assert first.starts_on == TODAY - timedelta(days=45 - 38)
    assert first.ends_on == TODAY + timedelta(days=62 - 45)
    assert not first.antenatal and not first.resume
    (pregnant, *_rest) = suggest(respondent=M, babies=[due(40)], today=TODAY)
    assert pregnant.antenatal and pregnant.touchpoint.code == "pregnancy_late"


def test_one_under_way_is_offered_to_resume():
    found = suggest(respondent=M, babies=[born(14)], today=TODAY, in_progress={"phq9"})
    assert [(s.instrument, s.resume) for s in found] == [("phq9", True), ("mibs", False)]


@pytest.mark.parametrize(
    ("relationship", "respondent"),
    [("mother", M), ("father", F), ("partner", F), ("grandparent", C), ("other", C), (None, C)],
)
def test_respondent_from_relationship(relationship, respondent):
    assert respondent_for(relationship) is respondent


def test_every_planned_instrument_is_meant_for_its_respondent():
    for respondent, plan in PLAN.items():
        for touchpoint, slots in plan.items():
            assert touchpoint in {t.code for t in TOUCHPOINTS}
            for slot in slots:
                for epds in (False, True):
                    code = resolve(slot, respondent, epds)
                    if code is not None:
                        assert respondent in registry.get(code).respondents, (code, respondent)


def test_every_touchpoint_cites_a_source_and_windows_do_not_overlap():
    after_birth = sorted((t.first_day, t.last_day) for t in TOUCHPOINTS if not t.pregnancy)
    assert all(t.source for t in TOUCHPOINTS)
    for (_a, end), (start, _b) in pairwise(after_birth):
        assert end < start
