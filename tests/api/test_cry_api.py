"""The cry helper through the API: the check's shape, what it reads from the journal, the crying
spell shared by both parents, who may do what, and a cost that stays flat as history grows."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nestling.domain import history
from nestling.services import babies, journal, timers
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import Baby, Entry, Household
from tests.conftest import World, api_client


def check_url(baby_id: int) -> str:
    return f"/api/v1/babies/{baby_id}/cry-check"


def post(client: Client, path: str, body: dict[str, Any] | None = None) -> Any:
    return client.post(path, json.dumps(body or {}), content_type="application/json")


def log(user: Any, baby_id: int, kind: str, minutes_ago: int, **details: Any) -> None:
    now = timezone.now()
    data = EntryData(kind=kind, started_at=now - timedelta(minutes=minutes_ago), details=details)
    journal.record(actor=Actor(user=user), baby_id=baby_id, data=data, now=now)


def test_a_fever_logged_over_5_days_reaches_back_past_the_last_24_hours(world: World) -> None:
    for hours_ago, celsius in ((100, 38.3), (60, 38.6), (20, 38.4), (1, 38.1)):
        log(world.bob, world.baby_id, "temperature", hours_ago * 60, celsius=celsius)
    log(world.bob, world.baby_id, "temperature", 12 * 24 * 60, celsius=39.0)  # long before
    body = api_client(world.alice).get(check_url(world.baby_id)).json()
    codes = [f["code"] for f in body["red_flags"]]
    assert codes == ["fever_under_3_months", "fever_5_days"]
    lasting = body["red_flags"][1]
    assert lasting["title"] == "A fever logged for 5 days"
    assert "logged 4 days ago: 38.3 °C" in lasting["evidence"][0]


def test_the_check_has_red_flags_first_then_ranked_reasons(world: World) -> None:
    log(world.alice, world.baby_id, "feed", 200, method="breast")
    log(world.bob, world.baby_id, "temperature", 20, celsius=38.4, method="armpit")
    body = api_client(world.alice).get(check_url(world.baby_id)).json()
    assert body["help_level"] == "urgent"
    assert [f["code"] for f in body["red_flags"]] == ["fever_under_3_months"]
    assert "38.4 °C (under the arm)" in body["red_flags"][0]["evidence"][0]
    first = body["reasons"][0]
    assert set(first) >= {"reason", "score", "evidence", "try", "actions", "state"}
    assert first["reason"] == "unwell"
    hunger = next(r for r in body["reasons"] if r["reason"] == "hunger")
    assert hunger["evidence"][0].startswith("Last feed 3 h 20 min ago")
    assert {"soothing": "feed", "label": "A feed"} in hunger["actions"]
    assert [r["score"] for r in body["reasons"]] == sorted(
        (r["score"] for r in body["reasons"]), reverse=True
    )
    assert set(body["patterns"]) >= {"days", "rule_of_threes", "long_days", "typical", "strain"}
    assert len(body["patterns"]["days"]) == 7
    assert body["what_works"] == [] and body["episode"] is None
    assert {h["phone"] for h in body["help"] if h["kind"] == "emergency"} == {"999"}
    assert any("shake" in line for line in body["safety"])


def test_ticked_signs_by_post_give_the_same_shape(world: World) -> None:
    client = api_client(world.alice)
    body = post(client, check_url(world.baby_id), {"symptoms": ["green_vomit"]}).json()
    assert body["help_level"] == "emergency"
    assert body["red_flags"][0]["code"] == "green_vomit"
    assert body.keys() == client.get(check_url(world.baby_id)).json().keys()
    assert not Entry.objects.filter(kind="symptom").exists()  # checking is not logging


def test_ticked_signs_can_be_logged_for_the_household(world: World) -> None:
    post(api_client(world.alice), check_url(world.baby_id), {"symptoms": ["seizure"], "log": True})
    entry = Entry.objects.get(kind="symptom")
    assert entry.details == {"signs": ["seizure"]}
    bob_sees = api_client(world.bob).get(check_url(world.baby_id)).json()
    seizure = next(s for s in bob_sees["symptoms"] if s["code"] == "seizure")
    assert seizure["hint"].startswith("Logged") and not seizure["ticked"]
    assert bob_sees["red_flags"][0]["code"] == "seizure"  # logged: a warning sign for Bob too


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"symptoms": ["sneezing"]}, "symptoms"),
        ({"at": "2999-01-01T10:00:00Z"}, "at"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_input_names_the_field(world: World, body: dict[str, Any], field: str) -> None:
    response = post(api_client(world.alice), check_url(world.baby_id), body)
    assert response.status_code == 422
    assert response.json()["field"] == field


def test_no_check_before_the_birth(world: World) -> None:
    view = babies.create(
        actor=Actor(user=world.alice),
        household_id=world.home_id,
        values={"name": "Bump", "due_date": timezone.now().date() + timedelta(days=60)},
        now=timezone.now(),
    )
    response = api_client(world.alice).get(check_url(view.baby.pk))
    assert response.status_code == 422 and response.json()["field"] == "baby"


def test_a_check_in_the_past_sees_the_journal_as_it_was(world: World) -> None:
    log(world.alice, world.baby_id, "feed", 300, method="breast")
    log(world.alice, world.baby_id, "feed", 10, method="breast")
    client = api_client(world.alice)
    at = (timezone.now() - timedelta(minutes=60)).astimezone(UTC).isoformat()
    body = client.get(check_url(world.baby_id), {"at": at}).json()
    hunger = next(r for r in body["reasons"] if r["reason"] == "hunger")
    assert hunger["evidence"][0].startswith("Last feed 4 h")


def test_units_and_time_zone_follow_the_household(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(
        units="imperial", time_zone="America/New_York"
    )
    now = timezone.now()
    log(world.alice, world.baby_id, "temperature", 5, celsius=38.0)
    body = api_client(world.alice).get(check_url(world.baby_id)).json()
    local = (now - timedelta(minutes=5)).astimezone(ZoneInfo("America/New_York"))
    assert f"100.4 °F at {local:%H:%M}" in body["red_flags"][0]["evidence"][0]


def test_a_crying_spell_shared_by_both_parents(world: World) -> None:
    alice, bob = api_client(world.alice), api_client(world.bob)
    started = post(alice, f"/api/v1/babies/{world.baby_id}/cry-episodes")
    assert started.status_code == 201 and started.json()["running"]
    spell = started.json()["id"]
    again = post(bob, f"/api/v1/babies/{world.baby_id}/cry-episodes")
    assert again.json()["id"] == spell  # Bob joins the spell going on, not a second one
    post(bob, f"/api/v1/cry-episodes/{spell}/tried", {"soothing": "feed"})
    marked = post(
        alice, f"/api/v1/cry-episodes/{spell}/tried", {"soothing": "rocking", "helped": True}
    )
    assert marked.json()["details"] == {"tried": ["feed", "rocking"], "soothed_by": ["rocking"]}
    check = alice.get(check_url(world.baby_id)).json()
    assert check["episode"]["id"] == spell and check["episode"]["soothed_by"] == ["rocking"]
    hunger = next(r for r in check["reasons"] if r["reason"] == "hunger")
    assert hunger["state"] == "tried"
    stopped = post(bob, f"/api/v1/cry-episodes/{spell}/stop", {"soothed_by": "white_noise"})
    assert stopped.status_code == 200 and not stopped.json()["running"]
    assert stopped.json()["duration_minutes"] == 0
    assert stopped.json()["details"]["soothed_by"] == ["rocking", "white_noise"]
    late = post(alice, f"/api/v1/cry-episodes/{spell}/tried", {"soothing": "walk"})
    assert late.status_code == 409 and late.json()["code"] == "episode_ended"
    twice = post(alice, f"/api/v1/cry-episodes/{spell}/stop")
    assert twice.status_code == 409 and "Bob already stopped" in twice.json()["detail"]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v1/cry-episodes/{spell}/tried", {"soothing": "magic"}, "soothing"),
        ("/api/v1/cry-episodes/{feed}/tried", {"soothing": "feed"}, "episode"),
    ],
)
def test_marking_a_spell_checks_what_and_where(
    world: World, path: str, body: dict[str, Any], field: str
) -> None:
    client = api_client(world.alice)
    spell = post(client, f"/api/v1/babies/{world.baby_id}/cry-episodes").json()["id"]
    log(world.alice, world.baby_id, "feed", 5, method="breast")
    feed = Entry.objects.get(kind="feed").pk
    response = post(client, path.format(spell=spell, feed=feed), body)
    assert response.status_code == 422 and response.json()["field"] == field


def test_only_your_own_check_ins_count_towards_strain(world: World) -> None:
    now = timezone.now()
    for days in (1, 2, 3):
        start = now - timedelta(days=days)
        data = EntryData(
            kind="cry",
            started_at=start,
            ended_at=start + timedelta(minutes=200),
            details={},
            set_fields={"ended_at"},
        )
        journal.record(actor=Actor(user=world.alice), baby_id=world.baby_id, data=data, now=now)
    log(world.bob, world.baby_id, "checkin", 60, hours_slept=2, mood=1)  # private to Bob
    alice = api_client(world.alice).get(check_url(world.baby_id)).json()["patterns"]["strain"]
    bob = api_client(world.bob).get(check_url(world.baby_id)).json()["patterns"]["strain"]
    assert alice["under_strain"] is False and alice["signals"] == []
    assert bob["under_strain"] is True and "You slept 2 hours" in bob["signals"][0]


# --- who may do what ------------------------------------------------------------------------

PERSONAS = ("alice", "bob", "carl", "vera", "charlie", "alice_read", "anon")
READ = dict(alice=200, bob=200, carl=200, vera=200, charlie=404, alice_read=200, anon=401)
LOG = dict(alice=200, bob=200, carl=200, vera=403, charlie=404, alice_read=403, anon=401)
CASES = [
    ("check", "GET", "/api/v1/babies/{baby}/cry-check", None, READ),
    (
        "check with signs",
        "POST",
        "/api/v1/babies/{baby}/cry-check",
        {"symptoms": ["rash_not_fading"]},
        READ,
    ),
    (
        "log signs",
        "POST",
        "/api/v1/babies/{baby}/cry-check",
        {"symptoms": ["seizure"], "log": True},
        LOG,
    ),
    (
        "start spell",
        "POST",
        "/api/v1/babies/{baby}/cry-episodes",
        None,
        {**LOG, "alice": 201, "bob": 201, "carl": 201},
    ),
    ("tried", "POST", "/api/v1/cry-episodes/{spell}/tried", {"soothing": "walk"}, LOG),
    ("stop", "POST", "/api/v1/cry-episodes/{spell}/stop", {}, LOG),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(
    ("name", "method", "path", "body", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_access(
    world: World,
    persona: str,
    name: str,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    expected: dict[str, int],
) -> None:
    spell = timers.start_timer(
        actor=Actor(user=world.alice), baby_id=world.baby_id, kind="cry", now=timezone.now()
    )
    url = path.format(baby=world.baby_id, spell=spell.pk)
    user = None if persona == "anon" else getattr(world, persona.removesuffix("_read"))
    client = api_client(user, scope="read" if persona.endswith("_read") else "write")
    response = client.generic(
        method, url, json.dumps(body) if body is not None else "", content_type="application/json"
    )
    assert response.status_code == expected[persona], response.content


# --- cost -----------------------------------------------------------------------------------


def _history(baby: Baby, days: int, caregiver: int) -> None:
    """`days` of seeded journal ending now, written in bulk (like the demo)."""
    now = timezone.now()
    zone = ZoneInfo("Europe/London")
    birth = datetime.combine(
        now.astimezone(zone).date() - timedelta(days=days), datetime.min.time(), tzinfo=zone
    )
    Baby.objects.filter(pk=baby.pk).update(birth_date=birth.date())
    rows = [
        Entry(
            baby_id=baby.pk,
            kind=r.kind,
            started_at=r.started_at,
            ended_at=r.ended_at,
            caregiver_id=caregiver,
            created_by_id=caregiver,
            details=r.details,
            private=r.kind == "checkin",
            created_at=r.started_at,
            updated_at=r.started_at,
        )
        for r in history.generate(birth=birth, start_day=0, days=days + 1, seed=3)
        if (r.ended_at or r.started_at) <= now
    ]
    Entry.objects.bulk_create(rows, batch_size=500)


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_a_check_costs_the_same_few_queries_however_long_the_history(world: World) -> None:
    client = api_client(world.alice)
    client.get("/api/v1/me")  # the token's first use is recorded once: not part of the cost
    baby = Baby.objects.get(pk=world.baby_id)
    _history(baby, 36, world.alice.pk)
    short = _queries(client, check_url(world.baby_id))
    listed = _queries(client, f"/api/v1/babies/{world.baby_id}/entries?limit=100")
    Entry.objects.filter(baby_id=world.baby_id).delete()
    _history(baby, 360, world.alice.pk)
    assert Entry.objects.filter(baby_id=world.baby_id).count() > 10_000
    long = _queries(client, check_url(world.baby_id))
    assert long == short
    assert short <= 2 * listed


# --- warning signs written in the journal (issue 11, silence 4) ---------------------------------


def test_a_sign_picked_on_a_symptom_entry_is_the_first_red_flag(world: World) -> None:
    client = api_client(world.bob)
    five_ago = (timezone.now() - timedelta(minutes=5)).isoformat()
    logged = post(
        client,
        f"/api/v1/babies/{world.baby_id}/entries",
        {
            "kind": "symptom",
            "started_at": five_ago,
            "details": {
                "signs": ["cry_unusual"],
                "description": "weak high-pitched cry, won't settle",
            },
        },
    )
    assert logged.status_code == 201, logged.content
    body = api_client(world.alice).get(check_url(world.baby_id)).json()
    assert body["help_level"] == "urgent"
    flag = body["red_flags"][0]
    assert flag["code"] == "cry_unusual" and "within 2 hours" in " ".join(flag["instructions"])
    assert "“weak high-pitched cry, won't settle”" in flag["evidence"][0]
    assert "5 min ago" in flag["evidence"][0]
    assert next(s for s in body["symptoms"] if s["code"] == "cry_unusual")["ticked"] is False


@pytest.mark.parametrize(
    ("words", "code", "level"),
    [
        ("weak high-pitched cry, won't settle", "cry_unusual", "urgent"),
        ("She went floppy after the feed", "floppy_or_drowsy", "urgent"),
        ("Turned blue around the lips for a few seconds", "blue_or_grey", "emergency"),
        ("couldn't wake him for his feed", "wont_wake", "emergency"),
    ],
)
def test_danger_words_in_a_symptom_are_read_as_the_sign(
    world: World, words: str, code: str, level: str
) -> None:
    log(world.bob, world.baby_id, "symptom", 5, description=words)
    body = api_client(world.alice).get(check_url(world.baby_id)).json()
    assert (body["help_level"], body["red_flags"][0]["code"]) == (level, code)


def test_a_sign_logged_and_ticked_is_one_flag(world: World) -> None:
    log(world.bob, world.baby_id, "symptom", 5, signs=["seizure"])
    body = post(api_client(world.alice), check_url(world.baby_id), {"symptoms": ["seizure"]}).json()
    assert [f["code"] for f in body["red_flags"]] == ["seizure"]
    evidence = " ".join(body["red_flags"][0]["evidence"])
    assert "You ticked" in evidence and "Logged at" in evidence


def test_a_sign_logged_yesterday_no_longer_counts(world: World) -> None:
    log(world.bob, world.baby_id, "symptom", 25 * 60, signs=["seizure"])
    body = api_client(world.alice).get(check_url(world.baby_id)).json()
    assert body["help_level"] == "none"


def test_new_signs_can_be_ticked(world: World) -> None:
    client = api_client(world.alice)
    body = post(client, check_url(world.baby_id), {"symptoms": ["wont_wake"]}).json()
    assert body["help_level"] == "emergency" and body["red_flags"][0]["code"] == "wont_wake"
    body = post(client, check_url(world.baby_id), {"symptoms": ["feels_hot"]}).json()
    assert body["red_flags"][0]["code"] == "feels_hot"  # 7 weeks: under 3 months
    assert body["age_used"] == {"days": 49, "corrected": False}


@pytest.mark.parametrize(
    ("country", "emergency", "urgent", "absent"),
    [
        ("US", "Call 911 now.", "call your doctor or your doctor's out-of-hours line", "NHS"),
        ("GB", "Call 999 now.", "call your doctor or NHS 111", "911"),
        ("AU", "Call 000 now.", "call your doctor or healthdirect on 1800 022 222", "NHS"),
        ("DE", "Call 112 now.", "call your doctor or 116 117", "NHS"),
        ("PL", "Call 112 now.", "call your doctor or your doctor's out-of-hours line", "NHS"),
        ("ZZ", "Call your local emergency number now.", "out-of-hours line", "NHS"),
    ],
)
def test_red_flag_advice_names_the_households_own_services(
    world: World, country: str, emergency: str, urgent: str, absent: str
) -> None:
    """Issue 11 item 6: a US household never reads "NHS 111"; every country gets its digits."""
    Household.objects.filter(pk=world.home_id).update(country=country)
    client = api_client(world.alice)
    body = post(client, check_url(world.baby_id), {"symptoms": ["seizure", "cry_unusual"]}).json()
    fit, cry = body["red_flags"]
    assert fit["instructions"][0] == emergency
    assert urgent in cry["instructions"][0]
    shown = [f["title"] for f in body["red_flags"]]  # what parents read (not the citations)
    shown += [line for f in body["red_flags"] for line in f["instructions"] + f["evidence"]]
    assert not [line for line in shown if absent in line]
    phones = [h["phone"] for h in body["help"] if h["kind"] == "emergency" and h["phone"]]
    assert phones == ([] if country == "ZZ" else [emergency.split()[1].rstrip(".")])
