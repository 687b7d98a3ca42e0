"""Sharing through the API (issue 10): preview each choice, then share with one; the household
reads exactly the previewed result, and lists show nothing more than it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from nestling.services import screenings
from nestling.services.access import Actor
from nestling.store.models import Screening
from tests.conftest import World, api_client

ITEM9 = [0] * 8 + [1]


def send(client: Client, method: str, path: str, body: Any = None) -> Any:
    data = json.dumps(body) if body is not None else ""
    return client.generic(method, path, data, content_type="application/json")


def alices(world: World, code: str = "phq9", answers: list[int | None] = ITEM9) -> Screening:
    return screenings.record(
        actor=Actor(user=world.alice), instrument=code, answers=answers, now=timezone.now()
    ).screening


def test_preview_then_share_and_the_household_sees_what_was_previewed(world: World) -> None:
    screening = alices(world)
    alice, bob = api_client(world.alice), api_client(world.bob)
    preview = alice.get(f"/api/v1/screenings/{screening.pk}/share-preview").json()
    assert preview["people"] == ["Bob", "Vera", "Carl"] and preview["current_scope"] is None
    choices = {c["share_scope"]: c["result"] for c in preview["choices"]}
    assert list(choices) == ["score", "score_and_help"]
    assert choices["score"]["help_level"] == "none" and choices["score"]["flags"] == []
    assert choices["score"]["escalation"]["crisis_first"] is False
    assert choices["score_and_help"]["help_level"] == "urgent"
    assert choices["score_and_help"]["escalation"]["crisis_first"] is True
    assert choices["score_and_help"]["flags"] == []

    refused = send(
        alice, "PATCH", f"/api/v1/screenings/{screening.pk}", {"shared_with_household": True}
    )
    assert refused.status_code == 422 and refused.json()["field"] == "share_scope"
    unknown = send(
        alice,
        "PATCH",
        f"/api/v1/screenings/{screening.pk}",
        {"shared_with_household": True, "share_scope": "everything"},
    )
    assert unknown.status_code == 422 and unknown.json()["field"] == "share_scope"
    shared = send(
        alice,
        "PATCH",
        f"/api/v1/screenings/{screening.pk}",
        {"shared_with_household": True, "share_scope": "score"},
    )
    assert shared.status_code == 200 and shared.json()["share_scope"] == "score"

    seen = bob.get(f"/api/v1/screenings/{screening.pk}").json()
    assert seen["mine"] is False and seen["answers"] is None
    assert seen["result"] == choices["score"]
    assert seen["escalation"]["crisis_first"] is False
    listed = bob.get("/api/v1/screenings?shared=true").json()
    assert [(s["help_level"], s["crisis_first"]) for s in listed] == [("none", False)]

    send(alice, "PATCH", f"/api/v1/screenings/{screening.pk}", {"share_scope": "score_and_help"})
    told = bob.get(f"/api/v1/screenings/{screening.pk}").json()
    assert told["result"] == choices["score_and_help"]
    assert told["escalation"]["crisis_first"] is True
    assert (
        alice.get(f"/api/v1/screenings/{screening.pk}/share-preview").json()["current_scope"]
        == "score_and_help"
    )

    send(alice, "PATCH", f"/api/v1/screenings/{screening.pk}", {"shared_with_household": False})
    assert bob.get(f"/api/v1/screenings/{screening.pk}").status_code == 404
    assert Screening.objects.get().share_scope == ""


def test_a_subscale_made_of_critical_items_is_never_shared(world: World) -> None:
    # PBQ item 24 "Sometimes": scale 4 ("risk of abuse", items 18 and 24) is that answer.
    answers = [5] * 23 + [3, 5]
    screening = alices(world, "pbq", answers)
    preview = api_client(world.alice).get(f"/api/v1/screenings/{screening.pk}/share-preview")
    for choice in preview.json()["choices"]:
        result = choice["result"]
        assert "risk_of_abuse" not in result["subscales"]
        assert all(b["target"] != "risk_of_abuse" for b in result["bands"])


@pytest.mark.parametrize("persona", ["bob", "vera", "carl", "charlie"])
def test_only_the_respondent_may_preview(world: World, persona: str) -> None:
    screening = alices(world)
    client = api_client(getattr(world, persona))
    assert client.get(f"/api/v1/screenings/{screening.pk}/share-preview").status_code == 404


def test_sharing_at_creation_needs_a_choice(world: World) -> None:
    client = api_client(world.alice)
    body = {"instrument": "phq9", "answers": ITEM9, "shared_with_household": True}
    refused = send(client, "POST", "/api/v1/screenings", body)
    assert refused.status_code == 422 and refused.json()["field"] == "share_scope"
    assert not Screening.objects.exists()
    created = send(client, "POST", "/api/v1/screenings", {**body, "share_scope": "score"})
    assert created.status_code == 201 and created.json()["share_scope"] == "score"


def test_an_unfinished_one_cannot_be_previewed(world: World) -> None:
    screening = screenings.start(
        actor=Actor(user=world.alice), instrument="gad2", now=timezone.now()
    )
    response = api_client(world.alice).get(f"/api/v1/screenings/{screening.pk}/share-preview")
    assert response.status_code == 409 and response.json()["field"] == "status"
