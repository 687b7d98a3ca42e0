"""The practice library, daily plans and guided sessions through the API."""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta

import pytest
from django.utils import timezone

from nestling.store.models import Baby, Entry
from tests.conftest import World, api_client


def test_library_lists_searches_and_describes(world: World) -> None:
    client = api_client(world.vera)
    everything = client.get("/api/v1/practices").json()
    assert len(everything) >= 30
    found = client.get("/api/v1/practices?q=sing").json()
    assert found and all("sing" in (p["title"] + " ".join(p["tags"])).lower() or p for p in found)
    voice = client.get("/api/v1/practices?category=voice").json()
    assert voice and {p["category"] for p in voice} == {"voice"}
    bad = client.get("/api/v1/practices?category=juggling")
    assert bad.status_code == 422 and bad.json()["field"] == "category"
    massage = client.get("/api/v1/practices/baby-massage").json()
    assert massage["sources"][0]["citation"] and len(massage["steps"]) >= 3
    assert client.get("/api/v1/practices/flying").status_code == 404


def test_plan_for_me_is_personal(world: World) -> None:
    client = api_client(world.bob)
    client.put(
        "/api/v1/me/profile",
        json.dumps({"challenges": ["sleep_deprivation"]}),
        content_type="application/json",
    )
    mine = client.get(f"/api/v1/babies/{world.baby_id}/plan").json()
    assert mine["personal"] and mine["caregiver"] == world.bob.pk
    assert len(mine["suggestions"]) == 3 and mine["notes"]
    assert all(s["why_today"] for s in mine["suggestions"])
    # Alice may look at Bob's plan, but it is built without his private profile.
    seen = (
        api_client(world.alice)
        .get(f"/api/v1/babies/{world.baby_id}/plan?caregiver={world.bob.pk}")
        .json()
    )
    assert not seen["personal"] and not seen["notes"] and len(seen["suggestions"]) == 4


def test_swap_and_dismiss_change_todays_plan(world: World) -> None:
    client = api_client(world.alice)
    first = [
        s["practice"]
        for s in client.get(f"/api/v1/babies/{world.baby_id}/plan").json()["suggestions"]
    ]
    for slug, action in ((first[0], "swap"), (first[1], "dismiss")):
        response = client.post(
            f"/api/v1/babies/{world.baby_id}/plan/{slug}",
            json.dumps({"action": action}),
            content_type="application/json",
        )
        assert response.status_code == 204
    after = [
        s["practice"]
        for s in client.get(f"/api/v1/babies/{world.baby_id}/plan").json()["suggestions"]
    ]
    assert first[0] not in after and first[1] not in after and len(after) == len(first)
    bad = client.post(
        f"/api/v1/babies/{world.baby_id}/plan/{first[2]}",
        json.dumps({"action": "forget"}),
        content_type="application/json",
    )
    assert bad.status_code == 422 and bad.json()["field"] == "action"


def test_finishing_a_session_logs_the_journal_entry(world: World) -> None:
    client = api_client(world.bob)
    started = (timezone.now() - timedelta(minutes=12)).astimezone(UTC).isoformat()
    response = client.post(
        f"/api/v1/babies/{world.baby_id}/practices/baby-massage/sessions",
        json.dumps({"started_at": started, "response": "calm"}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    entry = response.json()
    assert entry["kind"] == "massage" and entry["duration_minutes"] == 12
    assert entry["details"] == {"response": "calm"} and entry["caregiver"] == world.bob.pk
    plan = client.get(f"/api/v1/babies/{world.baby_id}/plan").json()
    assert "baby-massage" not in [s["practice"] for s in plan["suggestions"]]


def test_self_care_practice_logs_a_note(world: World) -> None:
    started = timezone.now().astimezone(UTC).isoformat()
    entry = (
        api_client(world.alice)
        .post(
            f"/api/v1/babies/{world.baby_id}/practices/accept-help/sessions",
            json.dumps({"started_at": started}),
            content_type="application/json",
        )
        .json()
    )
    assert entry["kind"] == "note" and entry["note"]


def test_expecting_family_gets_a_pregnancy_plan(world: World) -> None:
    Baby.objects.filter(pk=world.baby_id).update(
        birth_date=None, due_date=date.today() + timedelta(days=70)
    )
    plan = api_client(world.alice).get(f"/api/v1/babies/{world.baby_id}/plan").json()
    categories = [s["category"] for s in plan["suggestions"]]
    assert categories.count("pregnancy") >= 3


def test_recent_moments_shape_the_plan(world: World) -> None:
    now = timezone.now()
    Entry.objects.bulk_create(
        [
            Entry(
                baby_id=world.baby_id,
                kind=kind,
                caregiver=world.alice,
                started_at=now - timedelta(hours=h),
                created_at=now,
                updated_at=now,
            )
            for h, kind in enumerate(["reading", "singing", "talking", "reading", "singing"])
        ]
    )
    plan = api_client(world.alice).get(f"/api/v1/babies/{world.baby_id}/plan").json()
    assert "voice" not in [s["category"] for s in plan["suggestions"]][:3]


READ = dict(alice=200, vera=200, charlie=404, alice_read=200, anon=401)


@pytest.mark.parametrize("persona", list(READ))
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [
        ("GET", "/api/v1/babies/{baby}/plan", None, READ),
        (
            "POST",
            "/api/v1/babies/{baby}/plan/sing-to-baby",
            {"action": "dismiss"},
            {**READ, "alice": 204, "vera": 204, "alice_read": 403},
        ),
        (
            "POST",
            "/api/v1/babies/{baby}/practices/sing-to-baby/sessions",
            {"started_at": "2026-01-01T10:00:00Z"},
            {**READ, "alice": 201, "vera": 403, "alice_read": 403},
        ),
        ("GET", "/api/v1/practices", None, {**READ, "charlie": 200}),
    ],
)
def test_plan_access(
    world: World, persona: str, method: str, path: str, body: dict | None, expected: dict[str, int]
) -> None:
    user = None if persona == "anon" else getattr(world, persona.removesuffix("_read"))
    client = api_client(user, scope="read" if persona.endswith("_read") else "write")
    if body and "started_at" in body:
        body = {"started_at": (timezone.now() - timedelta(minutes=5)).isoformat()}
    response = client.generic(
        method,
        path.format(baby=world.baby_id),
        json.dumps(body) if body else "",
        content_type="application/json",
    )
    assert response.status_code == expected[persona], response.content
