"""Saving an entry answers a sign of danger at once, in the API response (issue 11, silences 4
and 8): warning signs picked or written, words about harm, a very hard check-in, fewer fetal
movements. The usual insert carries an empty list."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from nestling.services import babies
from nestling.services.access import Actor
from tests.conftest import World, api_client


def create(client: Client, baby_id: int, body: dict[str, Any]) -> Any:
    response = client.post(
        f"/api/v1/babies/{baby_id}/entries", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_the_usual_insert_has_no_alerts(world: World) -> None:
    body = create(
        api_client(world.alice), world.baby_id, {"kind": "diaper", "details": {"contents": "wet"}}
    )
    assert body["alerts"] == []


def test_a_picked_sign_gets_the_red_flag_and_the_emergency_lines(world: World) -> None:
    body = create(
        api_client(world.alice),
        world.baby_id,
        {"kind": "symptom", "details": {"signs": ["breathing_pauses"]}},
    )
    alert = body["alerts"][0]
    assert (alert["code"], alert["concern"], alert["help_level"]) == (
        "breathing_pauses",
        "baby",
        "emergency",
    )
    assert alert["instructions"][0] == "Call 999 now."  # the household's own number (GB)
    assert alert["help"][0]["kind"] == "emergency" and alert["help"][0]["phone"] == "999"
    assert "NHS" in alert["source"]


def test_a_sign_in_words_is_read_too(world: World) -> None:
    body = create(
        api_client(world.alice),
        world.baby_id,
        {"kind": "note", "note": "He went floppy and we couldn't wake him properly"},
    )
    codes = [a["code"] for a in body["alerts"]]
    assert codes == ["wont_wake", "floppy_or_drowsy"]  # the emergency first
    assert [h["kind"] for h in body["alerts"][1]["help"]][:2] == ["urgent_advice", "emergency"]


def test_the_issues_check_in_gets_crisis_help_and_a_wellbeing_check(world: World) -> None:
    body = create(
        api_client(world.alice),
        world.baby_id,
        {
            "kind": "checkin",
            "note": "I feel like hurting the baby and I want to die",
            "details": {"mood": 1, "stress": 5},
        },
    )
    codes = [a["code"] for a in body["alerts"]]
    assert codes == ["harm_baby", "wellbeing_check"]
    harm = body["alerts"][0]
    assert harm["concern"] == "parent" and harm["help_level"] == "urgent"
    assert any("put them down somewhere safe" in line for line in harm["instructions"])
    assert any("call your emergency number now" in line for line in harm["instructions"])
    assert len(harm["evidence"]) == 2  # thoughts of harming the baby, and oneself
    ids = [h["id"] for h in harm["help"]]
    assert ids[0] == "gb-samaritans" and ids[-1] == "gb-999"  # crisis lines first, then 999
    wellbeing = body["alerts"][1]
    assert wellbeing["action"] == "wellbeing_check" and wellbeing["help_level"] == "talk_soon"
    assert wellbeing["evidence"] == ["Your mood: 1 of 5.", "Your stress: 5 of 5."]


@pytest.mark.parametrize(
    ("details", "offered"),
    [({"mood": 2, "stress": 4}, False), ({"mood": 1}, True), ({"stress": 5}, True), ({}, False)],
)
def test_only_a_very_hard_check_in_offers_the_wellbeing_check(
    world: World, details: dict[str, int], offered: bool
) -> None:
    body = create(api_client(world.alice), world.baby_id, {"kind": "checkin", "details": details})
    assert ("wellbeing_check" in [a["code"] for a in body["alerts"]]) is offered


def test_an_edit_that_adds_danger_words_answers_too(world: World) -> None:
    client = api_client(world.alice)
    body = create(client, world.baby_id, {"kind": "note", "note": "Quiet afternoon"})
    assert body["alerts"] == []
    patched = client.patch(
        f"/api/v1/entries/{body['id']}",
        json.dumps({"version": body["version"], "note": "she had a fit in the bath"}),
        content_type="application/json",
    ).json()
    assert patched["alerts"][0]["code"] == "seizure"


def test_fewer_fetal_movements_say_call_the_maternity_unit_now(world: World) -> None:
    pregnancy = babies.create(
        actor=Actor(user=world.alice),
        household_id=world.home_id,
        values={"name": "Bump", "due_date": date.today() + timedelta(days=60)},
        now=timezone.now(),
    ).baby
    client = api_client(world.alice)
    body = create(client, pregnancy.pk, {"kind": "fetal_movement", "details": {"pattern": "less"}})
    alert = body["alerts"][0]
    assert (alert["code"], alert["concern"], alert["help_level"]) == (
        "fetal_movements",
        "pregnancy",
        "urgent",
    )
    assert "do not wait until tomorrow" in alert["instructions"][0]
    usual = create(
        client, pregnancy.pk, {"kind": "fetal_movement", "details": {"pattern": "usual"}}
    )
    assert usual["alerts"] == []
    kinds = client.get("/api/v1/entry-kinds").json()
    notice = next(k for k in kinds if k["code"] == "fetal_movement")["notice"]
    assert "call your midwife or maternity unit now" in notice[0]


def test_a_symptom_needs_a_sign_or_words(world: World) -> None:
    response = api_client(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries",
        json.dumps({"kind": "symptom", "details": {}}),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert response.json()["field"] == "details.description"
    unknown = api_client(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries",
        json.dumps({"kind": "symptom", "details": {"signs": ["sneezing"]}}),
        content_type="application/json",
    )
    assert unknown.status_code == 422 and unknown.json()["field"].startswith("details.signs")
