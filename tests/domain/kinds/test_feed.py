"""The feed kind: timers that switch sides, minutes per side, and what a feed says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nestling.domain.kinds import Words, feed

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
M = timedelta(minutes=1)


def test_per_side_minutes() -> None:
    start = NOW - 30 * M
    segments = [("left", start), ("right", start + 12 * M), ("left", start + 20 * M)]
    assert feed.per_side_minutes(segments, NOW) == {"left": 22, "right": 8}


def test_a_breast_feed_timer_remembers_sides_and_ends_as_minutes_per_side() -> None:
    start = NOW - 30 * M
    running = feed.start_timer({"side": "left"}, start)
    assert running == {
        "method": "breast",
        "segments": [("left", start.isoformat())],
        "last_side": "left",
    }
    switched = feed.switch_side(running, start + 12 * M)
    assert switched is not None and switched["last_side"] == "right"
    stopped = feed.stop_timer(switched, NOW)
    assert "segments" not in stopped
    assert (stopped["left_minutes"], stopped["right_minutes"], stopped["side"]) == (12, 18, "both")


def test_a_bottle_feed_timer_has_no_sides() -> None:
    running = feed.start_timer({"method": "bottle"}, NOW)
    assert running == {"method": "bottle"}
    assert feed.switch_side(running, NOW) is None


def test_summary_in_household_units() -> None:
    bottle = {"method": "bottle", "amount_ml": 120, "milk": "formula"}
    assert feed.KIND.summary(bottle, Words("metric")) == "Bottle · 120 ml formula"
    assert feed.KIND.summary(bottle, Words("imperial")) == "Bottle · 4.1 oz formula"
    breast = {"method": "breast", "left_minutes": 10, "right_minutes": 0, "side": "left"}
    assert feed.KIND.summary(breast, Words("metric")) == "Breast · left 10 min"
