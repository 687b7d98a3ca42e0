"""What saving an entry raises, pure: which kinds can alert at all, a baby's sign by age, the
prenatal case, a very hard check-in, and fewer fetal movements."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from nestling.domain.cry import render
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.safety import alerts
from nestling.domain.safety.alerts import Concern, SavedEntry
from nestling.domain.safety.phrases import compile_matcher

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
MATCHER = compile_matcher()


def saved(kind: str, details: dict[str, Any] | None = None, note: str = "", age: int | None = 49):
    entry = SavedEntry(kind, details or {}, note, NOW, age, age)
    return alerts.entry_alerts(entry, MATCHER, NOW)


@pytest.mark.parametrize(
    ("kind", "details", "note", "may"),
    [
        ("diaper", {"contents": "wet"}, "", False),
        ("feed", {"method": "breast"}, "", False),
        ("feed", {"method": "solids", "reaction": "swollen lips"}, "", True),
        ("diaper", {"contents": "wet"}, "any words", True),
        ("checkin", {}, "", True),
        ("fetal_movement", {"pattern": "usual"}, "", True),
    ],
)
def test_only_entries_with_words_or_a_prompting_kind_are_looked_at(
    kind: str, details: dict[str, Any], note: str, may: bool
) -> None:
    assert alerts.may_alert(kind, details, note) is may


def test_a_reaction_written_on_a_feed_is_read() -> None:
    found = saved("feed", {"method": "solids", "reaction": "swollen lips and tongue swelling"})
    assert [(a.code, a.help_level) for a in found] == [
        ("severe_allergic_reaction", HelpLevel.EMERGENCY)
    ]


def test_a_sign_is_judged_at_the_babys_age() -> None:
    young = saved("symptom", {"signs": ["feels_hot"]}, age=30)
    assert (young[0].concern, young[0].help_level) == (Concern.BABY, HelpLevel.URGENT)
    older = saved("symptom", {"signs": ["feels_hot"]}, age=250)
    assert older[0].help_level is HelpLevel.TALK_SOON
    assert "Take their temperature if you can" in render(older[0].instructions[0])


def test_before_the_birth_a_babys_sign_has_no_age_to_judge_but_harm_is_still_answered() -> None:
    assert saved("note", note="baby went floppy", age=None) == ()
    found = saved("note", note="I want to die", age=None)
    assert [a.code for a in found] == ["harm_self"]


@pytest.mark.parametrize(
    ("pattern", "alerted"),
    [("less", True), ("changed", True), ("none", True), ("usual", False), ("more", False)],
)
def test_fewer_fetal_movements(pattern: str, alerted: bool) -> None:
    found = saved("fetal_movement", {"pattern": pattern}, age=None)
    assert bool(found) is alerted
    if alerted:
        assert found[0].concern is Concern.PREGNANCY
        assert "do not wait until tomorrow" in render(found[0].instructions[0])


def test_the_most_pressing_comes_first() -> None:
    found = saved("checkin", {"mood": 1}, note="he stopped breathing and I can't go on")
    assert [a.code for a in found] == ["breathing_pauses", "harm_self", "wellbeing_check"]


def test_a_severe_reaction_to_a_food_is_an_emergency() -> None:
    found = saved("solids", {"food": "scrambled egg", "allergens": ["egg"], "reaction": "severe"})
    assert [(a.code, a.help_level) for a in found] == [
        ("severe_allergic_reaction", HelpLevel.EMERGENCY)
    ]
    assert saved("solids", {"food": "egg", "reaction": "mild"}) == ()
