"""No silent path in the API (issue 11): create, patch, get and list put crisis help first
(`crisis_first`, `resources`) whenever a stored answer calls for it, even before the
questionnaire is finished; a skipped critical item or a missing total never reassures; scales
without a pass mark never say "no extra support needed"; bands carry plain words for parents
and published names for clinicians; and the words state the numbers the rules check."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client
from django.utils import timezone

from nestling.domain.instruments import phq9, registry
from nestling.services import screenings
from nestling.services.access import Actor
from nestling.store.models import EscalationShown
from tests.conftest import World, api_client


def send(client: Client, method: str, path: str, body: Any = None) -> Any:
    data = json.dumps(body) if body is not None else ""
    return client.generic(method, path, data, content_type="application/json")


def keys(escalation: dict[str, Any]) -> list[str]:
    return [m["key"] for m in escalation["messages"]]


def texts(escalation: dict[str, Any]) -> str:
    return " ".join(m["text"] for m in escalation["messages"])


def test_a_questionnaire_under_way_with_a_critical_answer_puts_help_first(world: World) -> None:
    alice = Actor(user=world.alice)
    screening = screenings.start(actor=alice, instrument="phq9", now=timezone.now())
    screenings.save_answer(
        actor=alice, screening_id=screening.pk, item=8, answer=1, now=timezone.now()
    )
    client = api_client(world.alice)
    body = client.get(f"/api/v1/screenings/{screening.pk}").json()
    assert body["status"] == "in_progress" and body["result"] is None
    escalation = body["escalation"]
    assert escalation["crisis_first"] is True and escalation["help_level"] == "urgent"
    assert keys(escalation)[0] == "crisis.panel"
    assert escalation["resources"]["items"][0]["id"] == "gb-999"
    shown = EscalationShown.objects.get(screening=screening)
    assert shown.channel == "api" and shown.crisis_panel
    listed = client.get("/api/v1/screenings").json()
    assert listed[0]["crisis_first"] is True and listed[0]["help_level"] == "urgent"


def test_a_questionnaire_under_way_without_one_is_not_alarming(world: World) -> None:
    alice = Actor(user=world.alice)
    screening = screenings.start(actor=alice, instrument="phq9", now=timezone.now())
    screenings.save_answer(
        actor=alice, screening_id=screening.pk, item=0, answer=1, now=timezone.now()
    )
    body = api_client(world.alice).get(f"/api/v1/screenings/{screening.pk}").json()
    assert body["escalation"]["crisis_first"] is False
    assert "flag.unanswered.total" not in keys(body["escalation"])  # not skipped: not reached yet
    assert not EscalationShown.objects.exists()


def test_create_patch_and_get_all_put_crisis_help_first(world: World) -> None:
    client = api_client(world.alice)
    created = send(
        client, "POST", "/api/v1/screenings", {"instrument": "pbq", "answers": [5] * 23 + [3, 5]}
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["escalation"]["crisis_first"] is True
    assert body["result"]["escalation"]["crisis_first"] is True
    patched = send(
        client, "PATCH", f"/api/v1/screenings/{body['id']}", {"include_in_report": True}
    ).json()
    assert patched["escalation"]["crisis_first"] and patched["include_in_report"]
    again = client.get(f"/api/v1/screenings/{body['id']}").json()
    assert again["escalation"]["crisis_first"] and keys(again["escalation"])[0] == "crisis.panel"


def test_a_skipped_item_9_is_named_and_shows_where_help_is(world: World) -> None:
    created = send(
        api_client(world.alice),
        "POST",
        "/api/v1/screenings",
        {"instrument": "phq9", "answers": [0] * 8 + [None]},
    ).json()
    result, escalation = created["result"], created["escalation"]
    assert result["help_level"] == "talk_soon" and result["total"] is None
    assert [f["code"] for f in result["flags"]] == ["unanswered.item9", "unanswered.total"]
    assert result["flags"][0]["message"].startswith("Question 9, about thoughts")
    assert escalation["crisis_first"] is False and escalation["show_resources"] is True
    assert "level.none" not in keys(escalation)
    assert "can't say much" in texts(escalation)
    assert escalation["resources"]["items"][0]["phone"] == "999"


def test_scales_without_a_pass_mark_never_reassure(world: World) -> None:
    client = api_client(world.alice)
    calm = send(
        client,
        "POST",
        "/api/v1/screenings/score",
        {"instrument": "mibs", "answers": [0, 3, 3, 0, 3, 0, 3, 3]},
    ).json()
    assert calm["trend_only"] and calm["help_level"] == "none"
    assert keys(calm["escalation"])[0] == "level.trend"
    assert "don't suggest" not in texts(calm["escalation"])
    worst = send(
        client,
        "POST",
        "/api/v1/screenings/score",
        {"instrument": "mibs", "answers": [3, 0, 0, 3, 0, 3, 0, 3]},
    ).json()
    assert worst["total"] == 21 and worst["help_level"] == "talk_soon"
    assert [f["kind"] for f in worst["flags"]] == ["prompt"] * 7
    angry = send(
        client,
        "POST",
        "/api/v1/screenings/score",
        {"instrument": "mibs", "answers": [0, 3, 3, 0, 3, 0, 3, 2]},
    ).json()
    assert angry["help_level"] == "urgent" and angry["escalation"]["crisis_first"]


def test_bands_carry_plain_words_and_the_published_name(world: World) -> None:
    body = send(
        api_client(world.alice),
        "POST",
        "/api/v1/screenings/score",
        {"instrument": "phq9", "answers": [3] * 7 + [0, 0]},
    ).json()
    (band,) = body["bands"]
    assert (band["label"], band["plain"]) == ("Severe", "A great many signs of depression")
    assert body["help_level"] == "contact_within_days"
    assert "within the next day or two" in texts(body["escalation"])
    assert body["escalation"]["show_resources"] is True
    definition = api_client(world.alice).get("/api/v1/instruments/phq9").json()
    severe = definition["cutoff_sets"][0]["bands"][-1]
    assert (severe["label"], severe["plain"], severe["help_level"]) == (
        "Severe",
        "A great many signs of depression",
        "contact_within_days",
    )


def test_a_changed_cut_off_moves_the_rule_and_the_words_in_the_api(
    world: World, monkeypatch: Any
) -> None:
    monkeypatch.setattr(phq9, "SEVERE_FROM", 19)
    monkeypatch.setitem(registry._BY_CODE, "phq9", phq9.build())
    body = send(
        api_client(world.alice),
        "POST",
        "/api/v1/screenings/score",
        {"instrument": "phq9", "answers": [3] * 6 + [1, 0, 0]},
    ).json()
    assert body["total"] == 19 and body["help_level"] == "contact_within_days"
    band = next(m for m in body["escalation"]["messages"] if m["key"].startswith("band."))
    assert "(19 to 27)" in band["text"]
    definition = api_client(world.alice).get("/api/v1/instruments/phq9").json()
    assert definition["cutoff_sets"][0]["bands"][-1]["min_score"] == 19
