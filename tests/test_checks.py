"""`nestling check`: a broken crisis file is an error; numbers not checked for a year warn."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

from django.core.checks import run_checks

from nestling.services import instruments


def _stale_warnings() -> list[Any]:
    return [m for m in run_checks() if m.id == "nestling.W011"]


def _at(day: str) -> Any:
    return mock.patch(
        "django.utils.timezone.now", return_value=datetime.fromisoformat(day).replace(tzinfo=UTC)
    )


def test_the_packaged_directory_is_fresh_for_a_year_then_warns(db: None) -> None:
    with _at("2027-11-25T12:00:00"):
        assert _stale_warnings() == []
    with _at("2027-11-26T12:00:00"):
        (warning,) = _stale_warnings()
    assert "last checked more than 12 months ago" in warning.msg
    assert "us-988 (2026-11-26)" in warning.msg and "more." in warning.msg
    assert "'checked'" in warning.hint


def test_an_operator_line_without_a_date_warns_at_once(
    db: None, settings: Any, tmp_path: Path
) -> None:
    data = json.loads(instruments.PACKAGED_CRISIS_FILE.read_text())
    data["version"] = 1  # an older file: `checked` is optional, so it loads...
    del data["countries"]["US"]["resources"][1]["checked"]
    mine = tmp_path / "crisis.json"
    mine.write_text(json.dumps(data))
    settings.CRISIS_RESOURCES = mine
    with _at("2026-11-27T12:00:00"):
        (warning,) = _stale_warnings()  # ...but the check asks when it was checked
    assert "or never (1): us-988 (no date)." in warning.msg
    assert not [m for m in run_checks() if m.id == "nestling.E010"]
