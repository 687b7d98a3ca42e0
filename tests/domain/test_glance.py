"""The baby at a glance, from a few rows: last feed and next side, diapers, sleep, moments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nestling.domain.glance import Row, glance, next_side

NOW = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)
DAY_START = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.mark.parametrize(
    ("details", "side"),
    [
        ({"method": "breast", "side": "left"}, "right"),
        ({"method": "breast", "side": "both", "last_side": "right"}, "left"),
        ({"method": "breast", "side": "both"}, None),  # which came last is not known
        ({"method": "bottle", "amount_ml": 90}, None),
        ({"method": "breast"}, None),
    ],
)
def test_next_side(details: dict, side: str | None) -> None:
    assert next_side(details) == side


def _row(kind: str, at: datetime, **details: object) -> Row:
    return Row(kind, at, None, False, details)


def test_diapers_count_from_the_family_day_and_find_the_last_of_each() -> None:
    diapers = [
        _row("diaper", NOW - H, contents="wet"),
        _row("diaper", NOW - 3 * H, contents="both"),
        _row("diaper", DAY_START - H, contents="dirty"),  # yesterday, family-wise
    ]
    found = glance(feeds=[], diapers=diapers, sleeps=[], moments=[], day_start=DAY_START)
    assert (found.last_wet, found.last_dirty) == (NOW - H, NOW - 3 * H)
    assert (found.wet_today, found.dirty_today) == (2, 1)


def test_asleep_or_awake_and_since_when() -> None:
    running = Row("sleep", NOW - 2 * H, None, True, {})
    assert (
        glance(feeds=[], diapers=[], sleeps=[running], moments=[], day_start=DAY_START).asleep_since
        == NOW - 2 * H
    )
    ended = Row("sleep", NOW - 4 * H, NOW - H, False, {})
    found = glance(feeds=[], diapers=[], sleeps=[ended], moments=[], day_start=DAY_START)
    assert (found.asleep_since, found.awake_since) == (None, NOW - H)


def test_moments_by_caregiver_most_first() -> None:
    moments = [
        Row("reading", NOW - H, None, False, {}, "Tom"),
        Row("singing", NOW - 2 * H, None, False, {}, "Amara"),
        Row("massage", NOW - 3 * H, None, False, {}, "Tom"),
    ]
    found = glance(feeds=[], diapers=[], sleeps=[], moments=moments, day_start=DAY_START)
    assert found.moments_by_caregiver == (("Tom", 2), ("Amara", 1))


def test_nothing_logged_says_nothing() -> None:
    found = glance(feeds=[], diapers=[], sleeps=[], moments=[], day_start=DAY_START)
    assert found.last_feed is None and found.next_side is None and found.wet_today == 0
