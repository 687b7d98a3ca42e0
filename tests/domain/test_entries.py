"""Entry kinds, details and time rules as tables; family days across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from nestling.domain import days
from nestling.domain.entries import (
    KINDS,
    TIMER_KINDS,
    EntryTimes,
    overlapping,
    parse_details,
    per_side_minutes,
    validate_note,
    validate_times,
)
from nestling.domain.errors import ValidationError

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
M = timedelta(minutes=1)

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


def test_every_kind_of_the_issue_exists() -> None:
    assert list(KINDS) == ISSUE_KINDS
    assert {"feed", "sleep", "skin_to_skin", "massage", "cry"} <= set(TIMER_KINDS)


@pytest.mark.parametrize(
    ("kind", "start", "end", "field"),
    [
        ("feed", NOW - H, NOW - 2 * H, "ended_at"),  # end before start
        ("feed", NOW + 3 * M, None, "started_at"),  # in the future beyond skew
        ("feed", NOW - H, NOW + 5 * M, "ended_at"),
        ("feed", NOW - 3 * H - M, NOW, "ended_at"),  # a feed over 3 h
        ("sleep", NOW - 24 * H - M, NOW, "ended_at"),  # sleep over 24 h
        ("cry", NOW - 7 * H, NOW, "ended_at"),
        ("pumping", NOW - 3 * H, NOW, "ended_at"),
        ("diaper", NOW - H, NOW, "ended_at"),  # a moment has no end
        ("teleport", NOW, None, "kind"),
    ],
)
def test_bad_times_name_the_field(
    kind: str, start: datetime, end: datetime | None, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_times(kind, EntryTimes(start, end), NOW)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("kind", "start", "end"),
    [
        ("feed", NOW - 3 * H, NOW),  # exactly the limit
        ("sleep", NOW - 24 * H, NOW),
        ("feed", NOW + M, None),  # within clock skew
        ("diaper", NOW, None),
        ("skin_to_skin", NOW - 2 * H, NOW - H),
        ("feed", NOW - H, NOW - H),  # zero minutes is allowed
    ],
)
def test_good_times(kind: str, start: datetime, end: datetime | None) -> None:
    validate_times(kind, EntryTimes(start, end), NOW)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValidationError):
        validate_times("feed", EntryTimes(datetime(2026, 1, 1), None), NOW)


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


def test_note_rules() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_note("note", "   ")
    assert caught.value.field == "note"
    with pytest.raises(ValidationError):
        validate_note("feed", "x" * 2001)
    validate_note("feed", "")


def test_per_side_minutes() -> None:
    start = NOW - 30 * M
    segments = [("left", start), ("right", start + 12 * M), ("left", start + 20 * M)]
    assert per_side_minutes(segments, NOW) == {"left": 22, "right": 8}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 60), (60, 120), False),  # touching is not overlapping
        ((0, 60), (59, 120), True),
        ((0, None), (30, 40), True),  # a running sleep lasts until now
        ((0, 10), (20, None), False),
    ],
)
def test_overlapping(a: tuple, b: tuple, expected: bool) -> None:
    base = NOW - 5 * H

    def at(minutes: int | None) -> datetime | None:
        return None if minutes is None else base + minutes * M

    assert overlapping(at(a[0]), at(a[1]), at(b[0]), at(b[1]), NOW) is expected


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ("2026-11-22T05:59", date(2026, 11, 21)),  # a night feed belongs to the day before
        ("2026-11-22T06:00", date(2026, 11, 22)),
        ("2026-11-22T23:30", date(2026, 11, 22)),
        ("2026-11-23T02:10", date(2026, 11, 22)),
    ],
)
def test_family_day_starts_at_six(local: str, expected: date) -> None:
    from zoneinfo import ZoneInfo

    moment = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo("America/New_York"))
    assert days.day_of(moment, "America/New_York", time(6, 0)) == expected


def test_day_windows_across_daylight_saving() -> None:
    # UK clocks change in the small hours of a Sunday, inside Saturday's family day.
    expected = {
        date(2026, 3, 28): 23,
        date(2026, 3, 29): 24,
        date(2026, 10, 24): 25,
        date(2026, 10, 25): 24,
    }
    for day, hours in expected.items():
        start, end = days.day_window(day, "Europe/London", time(6, 0))
        assert end - start == timedelta(hours=hours), day
    start, _end = days.day_window(date(2026, 7, 1), "Europe/London", time(6, 0))
    assert start == datetime(2026, 7, 1, 5, 0, tzinfo=UTC)  # 06:00 BST
