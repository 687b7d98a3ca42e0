"""`nestling cry-check`: the same check from the shell, as the operator, in text or JSON."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.management.base import CommandError
from django.utils import timezone

from nestling import cli
from nestling.services import journal
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from tests.conftest import World


def run(*args: str, capsys: Any) -> str:
    cli.main(["nestling", *args])
    return capsys.readouterr().out


def _feed(world: World, minutes_ago: int) -> None:
    now = timezone.now()
    data = EntryData(
        kind="feed", started_at=now - timedelta(minutes=minutes_ago), details={"method": "breast"}
    )
    journal.record(actor=Actor(user=world.alice), baby_id=world.baby_id, data=data, now=now)


def test_the_dashed_name_prints_the_check_red_flags_first(world: World, capsys: Any) -> None:
    _feed(world, 200)
    out = run("cry-check", str(world.baby_id), "--symptom", "blue_or_grey", capsys=capsys)
    assert out.startswith("Call your emergency number now.")
    assert out.index("!! Blue or grey colour") < out.index("Possible reasons")
    assert "Emergency services: 999" in out
    assert "Last feed 3 h 20 min ago" in out and "Crying per day" in out


def test_json_is_the_apis_shape(world: World, capsys: Any) -> None:
    data = json.loads(run("cry-check", str(world.baby_id), "--json", capsys=capsys))
    assert data["help_level"] == "none" and data["reasons"][0]["reason"] == "hunger"
    assert {"red_flags", "reasons", "what_works", "patterns", "help"} <= set(data)


def test_a_time_without_a_zone_is_read_in_the_households(world: World, capsys: Any) -> None:
    _feed(world, 62)
    local = (timezone.now() - timedelta(minutes=30)).astimezone(ZoneInfo("Europe/London"))
    at = local.strftime("%Y-%m-%dT%H:%M")  # to the minute: the feed was 31–32 min before
    data = json.loads(run("cry-check", str(world.baby_id), "--at", at, "--json", capsys=capsys))
    assert data["at"].startswith(local.strftime("%Y-%m-%dT%H:%M"))
    hunger = next(r for r in data["reasons"] if r["reason"] == "hunger")
    assert hunger["evidence"][0].startswith(("Last feed 31 min ago", "Last feed 32 min ago"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("999",), "No such baby"),
        (("{baby}", "--at", "yesterday"), "--at"),
        (("{baby}", "--symptom", "sneezing"), "symptoms"),
    ],
)
def test_mistakes_are_clear(world: World, args: tuple[str, ...], message: str) -> None:
    from django.core.management import call_command

    with pytest.raises(CommandError, match=message):
        call_command(
            "cry_check", *[a.format(baby=world.baby_id) for a in args], stdout=io.StringIO()
        )


def test_help_says_it_needs_no_user(capsys: Any) -> None:
    with pytest.raises(SystemExit):
        run("cry-check", "--help", capsys=capsys)
    out = capsys.readouterr().out
    assert "usage: nestling cry-check" in out and "no user needed" in out
    assert sys.argv  # untouched


def test_a_sign_logged_in_the_journal_comes_first(world: World, capsys: Any) -> None:
    now = timezone.now()
    data = EntryData(
        kind="symptom",
        started_at=now - timedelta(minutes=5),
        details={"signs": ["cry_unusual"], "description": "weak high-pitched cry, won't settle"},
    )
    journal.record(actor=Actor(user=world.bob), baby_id=world.baby_id, data=data, now=now)
    out = run("cry-check", str(world.baby_id), capsys=capsys)
    assert out.startswith("Get medical help now.")
    assert out.index("!! An unusual cry") < out.index("Possible reasons")
    assert "weak high-pitched cry, won't settle" in out
