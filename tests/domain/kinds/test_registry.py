"""The kind registry: every kind is found, declares itself completely, and checks its details."""

from __future__ import annotations

import typing
from typing import Any

import pytest

from nestling.domain.errors import ValidationError
from nestling.domain.kinds import KINDS, TIMER_KINDS, Category, parse_details, taps

ISSUE_KINDS = [
    "skin_to_skin",
    "massage",
    "reading",
    "talking",
    "singing",
    "rocking",
    "eye_contact_play",
    "bath",
    "tummy_time",
    "walk",
    "feed",
    "diaper",
    "sleep",
    "pumping",
    "cry",
    "babble",
    "smile",
    "eye_contact",
    "cue",
    "temperature",
    "weight",
    "length",
    "head_circumference",
    "medication",
    "symptom",
    "checkin",
    "note",
    "bump_talk",
    "fetal_movement",
]


def test_every_kind_of_the_issue_exists_in_menu_order() -> None:
    assert [k for k in KINDS if k in ISSUE_KINDS] == ISSUE_KINDS
    assert {"feed", "sleep", "skin_to_skin", "massage", "cry"} <= set(TIMER_KINDS)


@pytest.mark.parametrize(
    ("kind", "details", "field"),
    [
        ("temperature", {"celsius": 29.9}, "details.celsius"),
        ("temperature", {"celsius": 45.1}, "details.celsius"),
        ("temperature", {}, "details.celsius"),
        ("feed", {"method": "bottle", "amount_ml": 800}, "details.amount_ml"),
        ("feed", {"method": "bottle", "amount_ml": 0}, "details.amount_ml"),
        ("feed", {"method": "spoon"}, "details.method"),
        ("feed", {}, "details.method"),
        ("pumping", {"left_ml": -1}, "details.left_ml"),
        ("weight", {"grams": 100}, "details.grams"),
        ("weight", {"grams": 50000}, "details.grams"),
        ("length", {"cm": 200}, "details.cm"),
        ("head_circumference", {"cm": 5}, "details.cm"),
        ("diaper", {"contents": "wet", "amount_ml": 5}, "details.amount_ml"),
        ("smile", {"celsius": 37}, "details.celsius"),
        ("checkin", {"mood": 6}, "details.mood"),
        ("checkin", {"stress": 0}, "details.stress"),
        ("checkin", {"hours_slept": 25}, "details.hours_slept"),
        ("cry", {"tried": ["yelling"]}, "details.tried.0"),
        ("cue", {}, "details.description"),
        ("medication", {"dose": "5 ml"}, "details.name"),
    ],
)
def test_bad_details_name_the_field(kind: str, details: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_details(kind, details)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("kind", "details"),
    [
        ("temperature", {"celsius": 30}),
        ("temperature", {"celsius": 45, "method": "rectal"}),
        (
            "feed",
            {
                "method": "breast",
                "side": "both",
                "left_minutes": 10,
                "right_minutes": 7,
                "last_side": "right",
                "eye_contact": True,
            },
        ),
        ("feed", {"method": "bottle", "amount_ml": 120, "milk": "both"}),
        ("feed", {"method": "supplemental", "amount_ml": 15}),
        ("feed", {"method": "tube", "amount_ml": 30}),
        ("feed", {"method": "solids", "foods": ["carrot", "pear"], "reaction": "none"}),
        ("sleep", {"type": "night", "place": "cot"}),
        ("cry", {"intensity": "high", "tried": ["feed", "rocking"], "soothed_by": ["rocking"]}),
        ("checkin", {"hours_slept": 4.5, "mood": 2, "stress": 4, "supported": False}),
        ("reading", {"response": "calm"}),
        ("note", {}),
    ],
)
def test_good_details(kind: str, details: dict) -> None:
    parse_details(kind, details)


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({"method": "bottle", "amount_ml": 90, "left_minutes": 10}, "details.left_minutes"),
        ({"method": "bottle", "side": "left"}, "details.side"),
        ({"method": "breast", "amount_ml": 60}, "details.amount_ml"),
        ({"method": "breast", "foods": ["pear"]}, "details.foods"),
        ({"method": "solids", "milk": "formula"}, "details.milk"),
    ],
)
def test_details_that_do_not_apply_to_the_choice_are_refused(details: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_details("feed", details)
    assert caught.value.field == field


@pytest.mark.parametrize("code", list(KINDS))
def test_each_kind_declares_itself_completely(code: str) -> None:
    kind = KINDS[code]
    assert kind.label and isinstance(kind.category, Category)
    model_fields = kind.details.model_fields
    for field in kind.fields:
        assert field.name in model_fields, f"{code}: form field {field.name} is not a detail"
        if field.when is not None:
            other, values = field.when
            other_field = kind.field(other)
            assert other_field is not None, f"{code}: {field.name} depends on unknown {other}"
            offered = {value for value, _label in other_field.choices}
            assert set(values) <= offered, f"{code}: {field.name} when {values}"
        for value, label in field.choices:
            assert value and label, f"{code}: {field.name} has an unlabelled choice"
    if kind.timed:
        assert kind.max_minutes, f"{code}: a timed kind needs a plausible longest duration"
    assert (code in TIMER_KINDS) is kind.timed


def _literal_values(annotation: Any) -> set[str]:
    found: set[str] = set()
    for arg in typing.get_args(annotation) or ():
        found |= _literal_values(arg)
    if typing.get_origin(annotation) is typing.Literal:
        found |= set(typing.get_args(annotation))
    return found


@pytest.mark.parametrize("code", list(KINDS))
def test_form_choices_are_exactly_the_allowed_values(code: str) -> None:
    """The allowed values are written once: a choice the model refuses, or a value the form
    cannot offer, fails here."""
    kind = KINDS[code]
    for field in kind.fields:
        if field.type not in ("choice", "multi"):
            continue
        allowed = _literal_values(kind.details.model_fields[field.name].annotation)
        if allowed:
            assert {value for value, _label in field.choices} <= allowed, (code, field.name)


def test_quick_log_taps_come_from_the_kinds() -> None:
    timer = [(kind.code, tap.variant) for kind, tap in taps("timer")]
    assert timer[:3] == [("feed", "left"), ("feed", "right"), ("sleep", "")]
    assert all(KINDS[code].timed for code, _variant in timer)
    care = [(kind.code, tap.variant) for kind, tap in taps("care")]
    assert care[:4] == [
        ("feed", "bottle"),  # the usual bottle, once there is one to remember
        ("diaper", "wet"),
        ("diaper", "dirty"),
        ("diaper", "both"),
    ]
    for section in ("care", "bonding", "prenatal"):
        for kind, tap in taps(section):
            parse_details(kind.code, dict(tap.details))  # every tap logs valid details
