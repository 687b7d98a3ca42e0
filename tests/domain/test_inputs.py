"""Rules every input obeys: storable text, local times of day, instants with an offset."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from nestling.domain import inputs


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Ada", None),
        ("Zoë 👶 مرحبا", None),
        ("", None),
        ("a\x00b", inputs.NUL_TEXT),
        ("\x00", inputs.NUL_TEXT),
        ("bad \ud800 half", inputs.UNENCODABLE_TEXT),
    ],
)
def test_text_problem(value: str, problem: str | None) -> None:
    assert inputs.text_problem(value) == problem


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (time(6, 0), None),
        (time(23, 59, 59), None),
        (time(6, 0, tzinfo=UTC), inputs.LOCAL_TIME),
        (time(8, 0, tzinfo=timezone(timedelta(hours=2))), inputs.LOCAL_TIME),
    ],
)
def test_local_time_problem(value: time, problem: str | None) -> None:
    assert inputs.local_time_problem(value) == problem


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (datetime(2026, 11, 22, 14, 30, tzinfo=UTC), None),
        (datetime(1900, 1, 1, tzinfo=UTC), None),
        (datetime(2026, 11, 22, 14, 30), inputs.NEEDS_ZONE),
        (datetime(1899, 12, 31, 23, 59, tzinfo=UTC), inputs.INSTANT_RANGE),
        (datetime(3000, 1, 1, tzinfo=UTC), inputs.INSTANT_RANGE),
        # Would overflow when turned into UTC (what the databases do).
        (datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))), inputs.INSTANT_RANGE),
        (datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-5))), inputs.INSTANT_RANGE),
    ],
)
def test_moment_problem(value: datetime, problem: str | None) -> None:
    assert inputs.moment_problem(value) == problem
