"""`nestling score` and `nestling instruments`: scoring in the shell and the EPDS licensed text."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nestling.store.models import InstrumentText, Screening

FAKE_EPDS = {
    "intro": "Pretend introduction.",
    "items": [
        {"text": f"Pretend question {n}", "options": [f"Pretend {n}.{i}" for i in range(4)]}
        for n in range(1, 11)
    ],
}


def run(*args: str, stdin: str = "") -> str:
    out = io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        call_command(*args, stdout=out)
    finally:
        sys.stdin = old
    return out.getvalue()


def test_score_json_has_the_documented_fields(db: Any) -> None:
    body = json.loads(run("score", "phq9", "--answers", "3,3,2,2,1,1,0,0,0", "--json"))
    assert body["total"] == 12 and body["help_level"] == "contact_provider"
    assert body["bands"][0]["band"] == "moderate"
    assert body["subscales"] == {} and body["flags"] == []
    assert not Screening.objects.exists()


def test_score_epds_for_a_father_with_a_reverse_item(db: Any) -> None:
    # Item 3 is reversed: its top option scores 3.
    body = json.loads(
        run("score", "epds", "--answers", "0,0,0,0,3,3,3,3,3,3", "--respondent", "father", "--json")
    )
    assert body["total"] == 3 and body["subscales"] == {"epds3a": 3}
    assert body["bands"][0]["cutoff_set"] == "epds_fathers"


def test_score_text_puts_crisis_resources_first(db: Any) -> None:
    text = run("score", "phq9", "--answers", "0,0,0,0,0,0,0,0,2", "--country", "US")
    lines = text.splitlines()
    assert lines[0].startswith("*** You don't have to face this alone")
    assert "911" in lines[1]
    assert "help level: urgent" in text
    assert "988" in text and "not yet verified" not in text


def test_score_missing_answers(db: Any) -> None:
    body = json.loads(run("score", "phq9", "--answers", "0,,0,-,0,0,0,0,1", "--json"))
    assert body["total"] is None and body["help_level"] == "urgent"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["phq9", "--answers", "0,0,0,a,0,0,0,0,0"], "answers[3]"),
        (["phq9", "--answers", "0,0,0,9,0,0,0,0,0"], "answers[3]"),
        (["phq9", "--answers", "0,0"], "answers: Expected 9 answers, got 2."),
        (["pbq", "--answers", ",".join(["0"] * 25), "--respondent", "father"], "respondent"),
        (["nope", "--answers", "0"], "instrument"),
    ],
)
def test_score_errors_name_the_field(db: Any, args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message.replace("[", r"\[").replace("]", r"\]")):
        run("score", *args)


def test_instruments_list_shows_the_epds_waiting_for_text(db: Any) -> None:
    listed = run("instruments", "list")
    epds = next(line for line in listed.splitlines() if line.startswith("epds"))
    assert "needs licensed text" in epds
    assert "phq9\t9 items" in listed


def test_load_text_validates_then_stores_outside_the_repository(db: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"items": FAKE_EPDS["items"][:3]}))
    with pytest.raises(CommandError, match="items: Give a list with exactly one entry"):
        run("instruments", "load-text", "epds", str(bad))
    worse = tmp_path / "worse.json"
    worse.write_text(json.dumps({"items": [{"text": "", "options": []}] * 10}))
    with pytest.raises(CommandError, match=r"items\[0\]\.text"):
        run("instruments", "load-text", "epds", str(worse))
    with pytest.raises(CommandError, match="not valid JSON"):
        run("instruments", "load-text", "epds", "-", stdin="{oops")
    with pytest.raises(CommandError, match="Cannot read"):
        run("instruments", "load-text", "epds", str(tmp_path / "missing.json"))
    assert not InstrumentText.objects.exists()
    good = tmp_path / "epds.json"
    good.write_text(json.dumps(FAKE_EPDS))
    assert "Loaded the licensed text for epds (10 questions)" in run(
        "instruments", "load-text", "epds", str(good)
    )
    assert InstrumentText.objects.get(instrument="epds").content == FAKE_EPDS
    assert "available" in next(
        line for line in run("instruments", "list").splitlines() if line.startswith("epds")
    )
    assert "Removed." in run("instruments", "remove-text", "epds")
    assert not InstrumentText.objects.exists()


def test_load_text_refuses_instruments_that_ship_their_wording(db: Any, tmp_path: Path) -> None:
    good = tmp_path / "epds.json"
    good.write_text(json.dumps(FAKE_EPDS))
    with pytest.raises(CommandError, match="code: This questionnaire ships with its own wording"):
        run("instruments", "load-text", "phq9", str(good))
