"""The rules every entry obeys as tables (times, notes, overlaps); family days across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from nestling.domain import days
from nestling.domain.babies import GESTATION_MAX_DAYS
from nestling.domain.entries import (
    EntryTimes,
    overlapping,
    validate_not_before,
    validate_note,
    validate_times,
)
from nestling.domain.errors import ValidationError

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
M = timedelta(minutes=1)


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


def test_note_rules() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_note("note", "   ")
    assert caught.value.field == "note"
    with pytest.raises(ValidationError):
        validate_note("feed", "x" * 2001)
    validate_note("feed", "")


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


def test_nothing_is_logged_before_the_pregnancy_could_have_begun() -> None:
    earliest = datetime(2026, 1, 10, tzinfo=UTC)
    validate_not_before(earliest, earliest)
    validate_not_before(earliest + timedelta(seconds=1), None)
    with pytest.raises(ValidationError) as caught:
        validate_not_before(earliest - timedelta(seconds=1), earliest)
    assert caught.value.field == "started_at"
    assert f"{GESTATION_MAX_DAYS // 7} weeks" in caught.value.message
