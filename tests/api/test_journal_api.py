"""The journal through the API: every kind, filters, versions, timers, twins, privacy."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from nestling.store.models import Entry
from tests.conftest import World, api_client

VALID: dict[str, dict[str, Any]] = {
    "skin_to_skin": {"response": "calm"},
    "massage": {},
    "reading": {"response": "alert"},
    "talking": {},
    "singing": {},
    "rocking": {"response": "asleep"},
    "eye_contact_play": {},
    "bath": {},
    "tummy_time": {"response": "fussing"},
    "walk": {},
    "feed": {"method": "bottle", "amount_ml": 90, "milk": "formula", "eye_contact": True},
    "diaper": {"contents": "both", "colour": "mustard"},
    "sleep": {"type": "nap"},
    "pumping": {"left_ml": 60, "right_ml": 45},
    "cry": {"intensity": "medium", "tried": ["feed"], "soothed_by": ["rocking"]},
    "babble": {},
    "smile": {},
    "eye_contact": {},
    "cue": {"description": "rooting"},
    "temperature": {"celsius": 37.1, "method": "armpit"},
    "weight": {"grams": 4800},
    "length": {"cm": 56.5},
    "head_circumference": {"cm": 38.2},
    "medication": {"name": "Vitamin D", "dose": "1 drop"},
    "symptom": {"description": "a little rash on the cheek"},
    "checkin": {"hours_slept": 5, "mood": 3, "stress": 3, "supported": True},
    "note": {},
    "bump_talk": {"how": "singing"},
    "fetal_movement": {"pattern": "usual"},
}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def post(client: Client, baby_id: int, **body: Any) -> Any:
    return client.post(
        f"/api/v1/babies/{baby_id}/entries", json.dumps(body), content_type="application/json"
    )


@pytest.mark.parametrize("kind", list(VALID))
def test_every_kind_can_be_logged_read_edited_and_deleted(world: World, kind: str) -> None:
    client = api_client(world.alice)
    start = timezone.now() - timedelta(minutes=30)
    body: dict[str, Any] = {
        "kind": kind,
        "started_at": iso(start),
        "details": VALID[kind],
        "note": "a note" if kind == "note" else "",
    }
    created = post(client, world.baby_id, **body)
    assert created.status_code == 201, created.content
    entry = created.json()
    assert entry["details"] == {k: v for k, v in VALID[kind].items()}
    assert entry["caregiver"] == world.alice.pk and entry["version"] == 1
    got = client.get(f"/api/v1/entries/{entry['id']}").json()
    assert got["kind"] == kind
    edited = client.patch(
        f"/api/v1/entries/{entry['id']}",
        json.dumps({"version": 1, "note": "changed"}),
        content_type="application/json",
    )
    assert edited.status_code == 200 and edited.json()["version"] == 2
    assert client.delete(f"/api/v1/entries/{entry['id']}").status_code == 204
    assert client.get(f"/api/v1/entries/{entry['id']}").status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            {
                "kind": "feed",
                "details": {"method": "breast"},
                "started_at": "2026-01-01T10:00:00Z",
                "ended_at": "2026-01-01T09:00:00Z",
            },
            "ended_at",
        ),
        (
            {"kind": "feed", "details": {"method": "breast"}, "started_at": "2999-01-01T10:00:00Z"},
            "started_at",
        ),
        (
            {
                "kind": "feed",
                "details": {"method": "breast"},
                "started_at": "2026-01-01T10:00:00Z",
                "ended_at": "2026-01-01T13:30:00Z",
            },
            "ended_at",
        ),
        (
            {
                "kind": "sleep",
                "started_at": "2026-01-01T10:00:00Z",
                "ended_at": "2026-01-02T10:30:00Z",
            },
            "ended_at",
        ),
        ({"kind": "temperature", "details": {"celsius": 46}}, "details.celsius"),
        ({"kind": "temperature", "details": {"celsius": 29}}, "details.celsius"),
        ({"kind": "feed", "details": {"method": "bottle", "amount_ml": 2000}}, "details.amount_ml"),
        ({"kind": "diaper", "details": {"contents": "wet", "side": "left"}}, "details.side"),
        ({"kind": "magic"}, "kind"),
        ({"kind": "note"}, "note"),
        ({"kind": "feed", "details": {"method": "breast"}, "colour": "red"}, "colour"),
        ({"kind": "feed", "details": {"method": "breast"}, "caregiver": 999999}, "caregiver"),
    ],
)
def test_bad_entries_name_the_field_and_store_nothing(
    world: World, body: dict[str, Any], field: str
) -> None:
    response = post(api_client(world.alice), world.baby_id, **body)
    assert response.status_code == 422, response.content
    assert response.json()["field"] == field, response.json()
    assert not Entry.objects.exists()


def test_listing_is_newest_first_filtered_and_paginated(world: World) -> None:
    client = api_client(world.alice)
    now = timezone.now()
    for minutes, kind in ((50, "diaper"), (40, "smile"), (30, "diaper"), (20, "babble")):
        post(
            client,
            world.baby_id,
            kind=kind,
            started_at=iso(now - timedelta(minutes=minutes)),
            details={"contents": "wet"} if kind == "diaper" else {},
        )
    post(api_client(world.bob), world.baby_id, kind="smile", started_at=iso(now))
    items = client.get(f"/api/v1/babies/{world.baby_id}/entries").json()["items"]
    assert [i["kind"] for i in items] == ["smile", "babble", "diaper", "smile", "diaper"]
    only = client.get(f"/api/v1/babies/{world.baby_id}/entries?kind=diaper&kind=babble").json()
    assert [i["kind"] for i in only["items"]] == ["babble", "diaper", "diaper"]
    bobs = client.get(f"/api/v1/babies/{world.baby_id}/entries?caregiver={world.bob.pk}").json()
    assert [i["caregiver_name"] for i in bobs["items"]] == ["Bob"]
    window = client.get(
        f"/api/v1/babies/{world.baby_id}/entries",
        {"from": iso(now - timedelta(minutes=45)), "to": iso(now - timedelta(minutes=25))},
    ).json()
    assert [i["kind"] for i in window["items"]] == ["diaper", "smile"]
    page = client.get(f"/api/v1/babies/{world.baby_id}/entries?limit=2&offset=2").json()
    assert [i["kind"] for i in page["items"]] == ["diaper", "smile"] and page["next_offset"] == 4
    last = client.get(f"/api/v1/babies/{world.baby_id}/entries?limit=2&offset=4").json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    bad = client.get(f"/api/v1/babies/{world.baby_id}/entries?limit=0")
    assert bad.status_code == 422 and bad.json()["field"] == "limit"


def test_listing_costs_the_same_queries_whatever_the_page(world: World) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = api_client(world.alice)
    now = timezone.now()
    Entry.objects.bulk_create(
        [
            Entry(
                baby_id=world.baby_id,
                kind="smile",
                started_at=now - timedelta(minutes=i),
                caregiver=world.alice if i % 2 else world.bob,
                created_at=now,
                updated_at=now,
            )
            for i in range(150)
        ]
    )
    client.get(f"/api/v1/babies/{world.baby_id}/entries?limit=1")  # records the token's use
    counts = []
    for limit in (10, 100):
        with CaptureQueriesContext(connection) as queries:
            url = f"/api/v1/babies/{world.baby_id}/entries?limit={limit}"
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 6


def test_stale_edit_gets_a_conflict_instead_of_overwriting(world: World) -> None:
    alice, bob = api_client(world.alice), api_client(world.bob)
    entry = post(alice, world.baby_id, kind="diaper", details={"contents": "wet"}).json()
    first = bob.patch(
        f"/api/v1/entries/{entry['id']}",
        json.dumps({"version": 1, "details": {"contents": "dirty"}}),
        content_type="application/json",
    )
    assert first.status_code == 200
    stale = alice.patch(
        f"/api/v1/entries/{entry['id']}",
        json.dumps({"version": 1, "note": "mine"}),
        content_type="application/json",
    )
    assert stale.status_code == 409 and stale.json()["field"] == "version"
    assert "Someone else changed this entry" in stale.json()["detail"]
    kept = alice.get(f"/api/v1/entries/{entry['id']}").json()
    assert kept["details"] == {"contents": "dirty"} and kept["note"] == ""


def test_timers_any_caregiver_can_stop_and_a_second_stop_says_who(world: World) -> None:
    alice, bob = api_client(world.alice), api_client(world.bob)
    timer = alice.post(
        f"/api/v1/babies/{world.baby_id}/timers",
        json.dumps({"kind": "sleep", "details": {"type": "nap"}}),
        content_type="application/json",
    ).json()
    assert timer["running"] and timer["ended_at"] is None
    assert [t["id"] for t in bob.get(f"/api/v1/babies/{world.baby_id}/timers").json()] == [
        timer["id"]
    ]
    twice = alice.post(
        f"/api/v1/babies/{world.baby_id}/timers",
        json.dumps({"kind": "sleep"}),
        content_type="application/json",
    )
    assert twice.status_code == 409
    stopped = bob.post(f"/api/v1/timers/{timer['id']}/stop", "{}", content_type="application/json")
    assert stopped.status_code == 200 and not stopped.json()["running"]
    again = alice.post(f"/api/v1/timers/{timer['id']}/stop", "{}", content_type="application/json")
    assert again.status_code == 409 and again.json()["detail"].startswith("Bob already stopped")
    history = alice.get(f"/api/v1/babies/{world.baby_id}/entries?kind=sleep").json()["items"]
    assert [e["id"] for e in history] == [timer["id"]]


def test_feed_timer_switches_sides_and_records_minutes(world: World) -> None:
    client = api_client(world.alice)
    start = timezone.now() - timedelta(minutes=25)
    timer = client.post(
        f"/api/v1/babies/{world.baby_id}/timers",
        json.dumps({"kind": "feed", "started_at": iso(start), "details": {"side": "right"}}),
        content_type="application/json",
    ).json()
    entry = Entry.objects.get(pk=timer["id"])
    entry.details["segments"].append(["left", (start + timedelta(minutes=15)).isoformat()])
    entry.save()
    switched = client.post(f"/api/v1/timers/{timer['id']}/switch-side").json()
    assert switched["details"]["last_side"] == "right"
    done = client.post(
        f"/api/v1/timers/{timer['id']}/stop",
        json.dumps({"ended_at": iso(start + timedelta(minutes=25))}),
        content_type="application/json",
    ).json()
    details = done["details"]
    assert (details["right_minutes"], details["left_minutes"]) == (15, 10)
    assert details["side"] == "both" and "segments" not in details
    assert done["duration_minutes"] == 25


def test_forgotten_timer_can_be_corrected(world: World) -> None:
    client = api_client(world.alice)
    start = timezone.now() - timedelta(hours=5)
    timer = client.post(
        f"/api/v1/babies/{world.baby_id}/timers",
        json.dumps({"kind": "feed", "started_at": iso(start)}),
        content_type="application/json",
    ).json()
    too_long = client.post(
        f"/api/v1/timers/{timer['id']}/stop", "{}", content_type="application/json"
    )
    assert too_long.status_code == 422 and "timer left running" in too_long.json()["detail"]
    fixed = client.post(
        f"/api/v1/timers/{timer['id']}/stop",
        json.dumps({"ended_at": iso(start + timedelta(minutes=20))}),
        content_type="application/json",
    )
    assert fixed.status_code == 200 and fixed.json()["duration_minutes"] == 20


def test_overlapping_sleep_is_refused(world: World) -> None:
    client = api_client(world.alice)
    now = timezone.now()
    post(
        client,
        world.baby_id,
        kind="sleep",
        started_at=iso(now - timedelta(hours=3)),
        ended_at=iso(now - timedelta(hours=1)),
    )
    clash = post(
        client,
        world.baby_id,
        kind="sleep",
        started_at=iso(now - timedelta(hours=2)),
        ended_at=iso(now - timedelta(minutes=30)),
    )
    assert clash.status_code == 422 and "overlaps" in clash.json()["detail"]
    after = post(
        client,
        world.baby_id,
        kind="sleep",
        started_at=iso(now - timedelta(hours=1)),
        ended_at=iso(now),
    )
    assert after.status_code == 201


def test_one_tap_for_twins(world: World) -> None:
    client = api_client(world.alice)
    twin = client.post(
        f"/api/v1/households/{world.home_id}/babies",
        json.dumps({"name": "Bea", "birth_date": "2026-10-04"}),
        content_type="application/json",
    ).json()
    both = post(
        client, world.baby_id, kind="diaper", details={"contents": "wet"}, also_babies=[twin["id"]]
    )
    assert both.status_code == 201 and both.json()["also"][0]["baby_id"] == twin["id"]
    stranger = post(client, world.baby_id, kind="smile", also_babies=[world.other_baby_id])
    assert stranger.status_code == 404
    assert Entry.objects.filter(kind="smile").count() == 0


def test_checkins_are_private_unless_shared(world: World) -> None:
    bob, alice = api_client(world.bob), api_client(world.alice)
    private = post(bob, world.baby_id, kind="checkin", details={"mood": 2}).json()
    shared = post(bob, world.baby_id, kind="checkin", details={"mood": 4, "shared": True}).json()
    seen = [e["id"] for e in alice.get(f"/api/v1/babies/{world.baby_id}/entries").json()["items"]]
    assert shared["id"] in seen and private["id"] not in seen
    assert alice.get(f"/api/v1/entries/{private['id']}").status_code == 404
    mine = [e["id"] for e in bob.get(f"/api/v1/babies/{world.baby_id}/entries").json()["items"]]
    assert private["id"] in mine
    for_alice = post(bob, world.baby_id, kind="checkin", caregiver=world.alice.pk)
    assert for_alice.status_code == 422 and for_alice.json()["field"] == "caregiver"


def test_log_on_behalf_of_another_caregiver(world: World) -> None:
    entry = post(
        api_client(world.alice), world.baby_id, kind="skin_to_skin", caregiver=world.bob.pk
    ).json()
    assert entry["caregiver"] == world.bob.pk


def test_openapi_documents_every_kind(db: None) -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    components = schema["components"]["schemas"]
    for name in ("FeedDetails", "DiaperDetails", "TemperatureDetails", "CheckinDetails"):
        assert name in components
    assert "oneOf" in components["EntryIn"]["properties"]["details"]
    for path in (
        "/api/v1/babies/{baby_id}/entries",
        "/api/v1/entries/{entry_id}",
        "/api/v1/babies/{baby_id}/timers",
        "/api/v1/timers/{timer_id}/stop",
    ):
        assert path in schema["paths"]


READ = dict(alice=200, carl=200, vera=200, charlie=404, alice_read=200, anon=401)
LOG = dict(alice=200, carl=200, vera=403, charlie=404, alice_read=403, anon=401)


@pytest.mark.parametrize("persona", list(READ))
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [
        ("GET", "/api/v1/babies/{baby}/entries", None, READ),
        (
            "POST",
            "/api/v1/babies/{baby}/entries",
            {"kind": "smile"},
            {**LOG, "alice": 201, "carl": 201},
        ),
        ("GET", "/api/v1/entries/{entry}", None, READ),
        ("PATCH", "/api/v1/entries/{entry}", {"version": 1, "note": "x"}, LOG),
        ("DELETE", "/api/v1/entries/{entry}", None, {**LOG, "alice": 204, "carl": 204}),
        ("GET", "/api/v1/babies/{baby}/timers", None, READ),
        (
            "POST",
            "/api/v1/babies/{baby}/timers",
            {"kind": "massage"},
            {**LOG, "alice": 201, "carl": 201},
        ),
        ("POST", "/api/v1/timers/{timer}/stop", {}, LOG),
        ("POST", "/api/v1/timers/{timer}/switch-side", None, LOG),
    ],
)
def test_journal_access(
    world: World,
    persona: str,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    expected: dict[str, int],
) -> None:
    alice = api_client(world.alice)
    entry = post(alice, world.baby_id, kind="diaper", details={"contents": "wet"}).json()
    timer = alice.post(
        f"/api/v1/babies/{world.baby_id}/timers",
        json.dumps({"kind": "feed", "details": {"side": "left"}}),
        content_type="application/json",
    ).json()
    user = None if persona == "anon" else getattr(world, persona.removesuffix("_read"))
    client = api_client(user, scope="read" if persona.endswith("_read") else "write")
    url = path.format(baby=world.baby_id, entry=entry["id"], timer=timer["id"])
    response = client.generic(
        method, url, json.dumps(body) if body is not None else "", content_type="application/json"
    )
    assert response.status_code == expected[persona], response.content


def test_the_fast_entry_json_is_exactly_what_the_documented_schema_sends(world: World) -> None:
    """Lists and inserts build entry JSON by hand for speed (api/entries.py `entry_dict`); it
    must say field for field what ninja would send through the documented `EntryOut`."""
    from pydantic_core import to_json

    from nestling.api.entries import EntryOut, entry_dict

    client = api_client(world.alice)
    for kind, details in VALID.items():
        client.post(
            f"/api/v1/babies/{world.baby_id}/entries",
            {"kind": kind, "details": details, **({"note": "n"} if kind == "note" else {})},
            content_type="application/json",
        )
    client.post(
        f"/api/v1/babies/{world.baby_id}/timers", {"kind": "sleep"}, content_type="application/json"
    )
    entries = list(Entry.objects.select_related("caregiver"))
    assert len(entries) == len(VALID) + 1
    for entry in entries:
        fast = json.loads(to_json(entry_dict(entry)))
        documented = json.loads(EntryOut.model_validate(entry_dict(entry)).model_dump_json())
        assert fast.keys() == documented.keys() == set(EntryOut.model_fields), entry.kind
        for name, value in documented.items():
            if name.endswith("_at") and value is not None:
                # Same instant; the fast path writes milliseconds and "Z" like the rest of the API.
                assert datetime.fromisoformat(fast[name]) == datetime.fromisoformat(value), name
            else:
                assert fast[name] == value, (entry.kind, name)
