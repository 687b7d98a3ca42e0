"""Escalation: the table of what a parent sees per help level (the crisis data: test_crisis.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nestling.domain.escalation import (
    ResourceKind,
    escalate,
    load_crisis_resources,
)
from nestling.domain.instruments import registry
from nestling.domain.instruments.base import HelpLevel, Respondent
from nestling.domain.instruments.scoring import Flag, FlagKind, ScoreResult, score

DATA_FILE = Path(__file__).parents[2] / "src" / "nestling" / "data" / "crisis_resources.json"


@pytest.fixture(scope="module")
def raw():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def directory(raw):
    return load_crisis_resources(raw)


def run(code, answers, respondent="mother"):
    return score(registry.get(code), answers, respondent=respondent)


# --- the escalation table, line by line -------------------------------------------------------

TABLE = [
    # (instrument, answers, country, help level, crisis panel, message keys in order)
    ("phq9", [0] * 9, "US", "none", False, ["level.none", "about.screen"]),
    (
        "phq9",
        [3, 2, 0, 0, 0, 0, 0, 0, 0],
        "US",
        "talk_soon",
        False,
        ["level.talk_soon", "about.screen"],
    ),
    (
        "phq9",
        [3, 3, 3, 1, 0, 0, 0, 0, 0],
        "US",
        "contact_provider",
        False,
        ["level.contact_provider", "about.screen"],
    ),
    (
        "phq9",
        [0] * 8 + [1],
        "US",
        "urgent",
        True,
        ["crisis.panel", "level.urgent", "flag.phq9.item9", "about.screen"],
    ),
    (
        "phq9",
        [0] * 8 + [3],
        "GB",
        "emergency",
        True,
        [
            "crisis.panel",
            "level.emergency",
            "flag.phq9.item9_daily",
            "flag.phq9.item9",
            "about.screen",
        ],
    ),
    (
        "phq9",
        [0] * 8 + [2],
        "JP",
        "urgent",
        True,
        [
            "crisis.panel",
            "crisis.local_emergency",
            "level.urgent",
            "flag.phq9.item9",
            "about.screen",
        ],
    ),
    (
        "phq9",
        [None] * 8 + [1],
        "US",
        "urgent",
        True,
        [
            "crisis.panel",
            "level.urgent",
            "flag.phq9.item9",
            "flag.unanswered.total",
            "about.screen",
        ],
    ),
    (
        "phq9",
        [0] * 8 + [None],
        "US",
        "talk_soon",
        False,
        ["level.talk_soon", "flag.unanswered.item9", "flag.unanswered.total", "about.screen"],
    ),
    (
        "phq9",
        [3] * 7 + [0, 0],
        "GB",
        "contact_within_days",
        False,
        ["level.contact_within_days", "band.phq9_standard.severe", "about.screen"],
    ),
    (
        "gad7",
        [3] * 7,
        "GB",
        "contact_within_days",
        False,
        ["level.contact_within_days", "band.gad7_standard.severe", "about.screen"],
    ),
    (
        "phq2",
        [2, 2],
        "US",
        "talk_soon",
        False,
        ["level.talk_soon", "flag.follow_up.phq9", "about.screen"],
    ),
    (
        "mibs",
        [0, 3, 3, 0, 3, 0, 3, 2],
        "GB",
        "urgent",
        True,
        ["crisis.panel", "level.urgent", "flag.mibs.aggressive", "about.trend", "about.screen"],
    ),
    (
        "mibs",
        [0, 3, 3, 0, 3, 0, 3, 3],
        "GB",
        "none",
        False,
        ["level.trend", "about.trend", "about.screen"],
    ),
    (
        "mibs",
        [3, 0, 0, 3, 0, 3, 0, 3],
        "GB",
        "talk_soon",
        False,
        [
            "level.talk_soon",
            *(f"flag.mibs.item{n}" for n in range(1, 8)),
            "about.trend",
            "about.screen",
        ],
    ),
    (
        "epds",
        [0] * 10,
        None,
        "emergency",
        True,
        [
            "crisis.panel",
            "crisis.local_emergency",
            "level.emergency",
            "flag.epds.item10_highest",
            "flag.epds.item10",
            "about.screen",
        ],
    ),
]


@pytest.mark.parametrize(
    ("code", "answers", "country", "level", "panel", "keys"),
    TABLE,
    ids=[f"{row[0]}-{row[3]}-{row[2]}" for row in TABLE],
)
def test_escalation_table(code, answers, country, level, panel, keys, directory):
    shown = escalate(run(code, answers), country=country, resources=directory)
    assert shown.help_level == level
    assert shown.crisis_panel is panel
    assert [m.key for m in shown.messages] == keys
    assert all(m.text.strip() for m in shown.messages)


@pytest.mark.parametrize(
    ("code", "answers", "shown"),
    [
        ("phq9", [0] * 9, False),
        ("phq9", [0] * 8 + [None], True),  # a skipped critical question: help, gently
        ("gad7", [0, 0, 0, None, 0, 0, 0], True),  # no total: the result can't reassure
        ("gad7", [3] * 7, True),  # contact within a day or two, "or use the services here"
        ("phq9", [0] * 8 + [1], True),  # crisis
        ("phq2", [2, 2], False),
    ],
)
def test_resources_are_listed_whenever_the_result_cannot_reassure(code, answers, shown, directory):
    escalation = escalate(run(code, answers), country="GB", resources=directory)
    assert escalation.show_resources is shown


@pytest.mark.parametrize("code", ["mibs", "maas"])
def test_scales_without_a_pass_mark_never_say_no_support_is_needed(code, directory):
    instrument = registry.get(code)
    sign = 1 if instrument.higher_is_worse else -1
    warmest = [
        min(range(len(i.options)), key=lambda k: sign * i.options[k].score)
        for i in instrument.items
    ]
    result = score(instrument, warmest, respondent="mother")
    assert result.help_level is HelpLevel.NONE  # nothing to raise, and still no reassurance:
    shown = escalate(result, country="GB", resources=directory)
    keys = [m.key for m in shown.messages]
    assert "level.none" not in keys and keys[0] == "level.trend"
    assert "don't suggest" not in " ".join(m.text for m in shown.messages)


def test_messages_fill_in_the_numbers_of_the_rule_that_fired(directory):
    shown = escalate(run("phq9", [3] * 7 + [0, 0]), country="GB", resources=directory)
    band = next(m for m in shown.messages if m.key == "band.phq9_standard.severe")
    assert "(20 to 27)" in band.shown(str)
    skipped = escalate(run("phq9", [0] * 8 + [None]), country="GB", resources=directory)
    question = next(m for m in skipped.messages if m.key == "flag.unanswered.item9")
    assert question.shown(str).startswith("Question 9, about thoughts")
    total = next(m for m in skipped.messages if m.key == "flag.unanswered.total")
    assert "You answered 8 of 9 questions (not answered: 9)" in total.shown(str)


def test_every_result_says_it_is_a_screen_not_a_diagnosis(directory):
    shown = escalate(run("gad7", [0] * 7), country="US", resources=directory)
    assert "a screen, not a diagnosis" in shown.messages[-1].text


def test_resources_come_with_every_level_so_they_are_never_hidden(directory):
    shown = escalate(run("gad7", [0] * 7), country="GB", resources=directory)
    assert shown.resources.country == "GB"
    assert shown.resources.resources[0].kind is ResourceKind.EMERGENCY


def test_critical_flags_come_before_prompts_and_follow_ups(directory):
    def flag(code, kind, level):
        return Flag(code=code, kind=kind, help_level=level, message=code)

    result = ScoreResult(
        instrument="test",
        respondent=Respondent.MOTHER,
        language=None,
        antenatal=False,
        item_scores=(1,),
        total=1,
        subscales={},
        bands=(),
        trend_only=False,
        help_level=HelpLevel.EMERGENCY,
        flags=(
            flag("f", FlagKind.FOLLOW_UP, HelpLevel.TALK_SOON),
            flag("p", FlagKind.PROMPT, HelpLevel.TALK_SOON),
            flag("u", FlagKind.CRITICAL, HelpLevel.URGENT),
            flag("e", FlagKind.CRITICAL, HelpLevel.EMERGENCY),
        ),
    )
    shown = escalate(result, country="US", resources=directory)
    assert [m.key for m in shown.messages] == [
        "crisis.panel",
        "level.emergency",
        "flag.e",
        "flag.u",
        "flag.p",
        "flag.f",
        "about.screen",
    ]
