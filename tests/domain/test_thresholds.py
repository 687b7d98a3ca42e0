"""One home for every clinical number of the baby side: change a threshold and both the rule
that checks it and the text that states it follow (in the household's units)."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nestling.domain import cry
from nestling.domain.cry import CryContext, render
from nestling.domain.cry.context import Diaper, Episode, Feed, Reading
from nestling.domain.thresholds import ages, crying, feeding, temperature

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
SRC = Path(__file__).parents[2] / "src" / "nestling"


def ago(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


def baby(age: int, **lists: object) -> CryContext:
    return CryContext(now=NOW, age_days=age, chronological_days=age, **lists)  # type: ignore[arg-type]


def flag(ctx: CryContext, code: str, ticked: tuple[str, ...] = ()) -> cry.RedFlag:
    return next(f for f in cry.assess(ctx, ticked).red_flags if f.code == code)


def codes(ctx: CryContext) -> list[str]:
    return [f.code for f in cry.assess(ctx).red_flags]


def all_text(item: cry.RedFlag, units: str = "metric") -> str:
    parts = [item.title, *item.instructions, *item.evidence]
    return " | ".join(render(p, units=units) for p in parts)


def test_fever_under_3_months(monkeypatch: pytest.MonkeyPatch) -> None:
    warm = baby(42, temperatures=(Reading(ago(0.5), 37.9),))
    assert codes(warm) == []
    monkeypatch.setattr(temperature, "FEVER_C", 37.8)
    found = flag(warm, "fever_under_3_months")
    assert render(found.title) == "A temperature of 37.8 °C or more under 3 months"
    assert render(found.title, units="imperial") == (
        "A temperature of 100.0 °F or more under 3 months"
    )
    assert "temperature of 37.8 °C or more should be seen" in all_text(found)


def test_fever_at_3_to_6_months_and_the_feels_hot_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = baby(120, temperatures=(Reading(ago(0.5), 38.6),))
    assert codes(ctx) == []
    monkeypatch.setattr(temperature, "FEVER_3_TO_6_MONTHS_C", 38.5)
    assert "38.5 °C or more at 3 months to 6 months" in all_text(flag(ctx, "fever_3_to_6_months"))
    advice = cry.assess(baby(120), ["feels_hot"]).advice[0]
    assert "38.5 °C or more needs medical help now" in render(advice.text)


def test_low_temperature(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = baby(200, temperatures=(Reading(ago(0.5), 35.3),))
    assert codes(ctx) == []
    monkeypatch.setattr(temperature, "LOW_C", 35.5)
    assert render(flag(ctx, "low_temperature").title) == "A low temperature: below 35.5 °C"


def test_how_long_a_fever_may_last(monkeypatch: pytest.MonkeyPatch) -> None:
    readings = tuple(Reading(ago(h), 38.4) for h in (74, 50, 26, 2))
    ctx = baby(300, temperatures=readings)
    assert "fever_5_days" not in codes(ctx)
    monkeypatch.setattr(temperature, "FEVER_DAYS", 4)
    found = flag(ctx, "fever_5_days")
    assert "A fever that lasts 4 days or more needs a doctor" in all_text(found)
    advice = cry.assess(baby(300, temperatures=(Reading(ago(1), 38.4),))).advice[0]
    assert "if the fever lasts 4 days or more" in render(advice.text)


def test_not_fed(monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = (Feed(ago(7), ago(6.8)), Feed(ago(10), ago(9.8)))
    ctx = baby(30, feeds=feeds)
    assert "not_fed_8_hours" not in codes(ctx)
    monkeypatch.setattr(feeding, "NOT_FED_HOURS", 6)
    assert "has not fed for 6 hours or more" in all_text(flag(ctx, "not_fed_8_hours"))


def test_dry_diapers(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = baby(30, diapers=(Diaper(ago(7), "wet"), Diaper(ago(10), "wet")))
    assert "dry_diapers" not in codes(ctx)
    monkeypatch.setattr(feeding, "DRY_DIAPER_HOURS_UNDER_3_MONTHS", 6)
    assert "dry for 6 hours or more" in all_text(flag(ctx, "dry_diapers"))


def test_a_long_crying_day(monkeypatch: pytest.MonkeyPatch) -> None:
    spells = tuple(Episode(ago(24 * d + 3), ago(24 * d + 0.5)) for d in (1, 2, 3))
    ctx = baby(40, episodes=spells)
    assert not cry.assess(ctx).patterns.rule_of_threes
    monkeypatch.setattr(crying, "LONG_DAY_HOURS", 2)
    patterns = cry.assess(ctx).patterns
    assert patterns.rule_of_threes
    assert "cried for 2 hours or more on 3 of the last 7 days" in render(patterns.messages[0])


def test_an_age_band(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = baby(100, temperatures=(Reading(ago(0.5), 38.2),))
    assert codes(ctx) == []
    monkeypatch.setattr(ages, "THREE_MONTHS", 120)
    found = flag(ctx, "fever_under_3_months")
    assert render(found.title) == "A temperature of 38.0 °C or more under 4 months"


UNIT = re.compile(r"\d\s*°\s*[CF]|\d+(\.\d+)?\s*(°|degrees)")


def _marked_strings(path: Path) -> list[str]:
    """Every string marked for translation (`_("...")`) in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    ]


@pytest.mark.parametrize(
    "path",
    sorted([*(SRC / "domain" / "cry").glob("*.py"), *(SRC / "domain" / "safety").glob("*.py")]),
    ids=lambda p: p.name,
)
def test_no_text_types_a_temperature_of_its_own(path: Path) -> None:
    typed = [text for text in _marked_strings(path) if UNIT.search(text)]
    assert typed == [], "state temperatures as Celsius(...) from nestling.domain.thresholds"
