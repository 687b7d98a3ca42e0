"""Screenings through the API: who may do what, stateless scoring with escalation, privacy,
sharing, the EPDS before and after its licensed text, and the log of what was shown."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from nestling.services import instruments, screenings
from nestling.services.access import Actor
from nestling.store.models import Baby, EscalationShown, Screening
from tests.conftest import World, api_client, make_user

PERSONAS = ("alice", "bob", "carl", "vera", "charlie", "alice_read", "anon")
EVERYONE = dict(alice=200, bob=200, carl=200, vera=200, charlie=200, alice_read=200, anon=401)
WRITERS = dict(alice=200, bob=200, carl=200, vera=200, charlie=200, alice_read=403, anon=401)
ALICE_ONLY = dict(alice=200, bob=404, carl=404, vera=404, charlie=404, alice_read=200, anon=401)
ALICE_WRITES = dict(alice=200, bob=404, carl=404, vera=404, charlie=404, alice_read=403, anon=401)
HOUSEHOLD = dict(alice=200, bob=200, carl=200, vera=200, charlie=404, alice_read=200, anon=401)

PHQ9_ITEM9 = [0, 0, 0, 0, 0, 0, 0, 0, 1]
EPDS_ZERO = [0, 0, 3, 0, 3, 3, 3, 3, 3, 3]  # the option scoring 0 on every item
# Made-up wording in the shape of the EPDS file: never the real text.
FAKE_EPDS = {
    "intro": "Pretend introduction.",
    "items": [
        {"text": f"Pretend question {n}", "options": [f"Pretend {n}.{i}" for i in range(4)]}
        for n in range(1, 11)
    ],
}


def _with(base: dict[str, int], **changes: int) -> dict[str, int]:
    return {**base, **changes}


def send(client: Client, method: str, path: str, body: Any = None) -> Any:
    data = json.dumps(body) if body is not None else ""
    return client.generic(method, path, data, content_type="application/json")


def alices_screening(world: World, *, shared: bool = False) -> Screening:
    view = screenings.record(
        actor=Actor(user=world.alice),
        instrument="phq9",
        answers=[1, 1, 0, 0, 0, 0, 0, 0, 0],
        household_id=world.home_id,
        shared_with_household=shared,
        share_scope="score" if shared else None,
        now=timezone.now(),
    )
    return view.screening


CASES: list[tuple[str, str, str, Any, dict[str, int]]] = [
    ("instruments", "GET", "/api/v1/instruments", None, EVERYONE),
    ("instrument", "GET", "/api/v1/instruments/phq9", None, EVERYONE),
    (
        "score",
        "POST",
        "/api/v1/screenings/score",
        {"instrument": "gad2", "answers": [1, 1]},
        EVERYONE,
    ),
    ("suggestions", "GET", "/api/v1/screenings/suggestions", None, EVERYONE),
    (
        "snooze",
        "POST",
        "/api/v1/screenings/suggestions/snooze",
        {"instrument": "pbq", "until": "{tomorrow}"},
        WRITERS,
    ),
    (
        "store in alice's household",
        "POST",
        "/api/v1/screenings",
        {"instrument": "phq2", "answers": [0, 1], "household": "{home}"},
        _with(WRITERS, alice=201, bob=201, carl=201, vera=201, charlie=404),
    ),
    ("list mine", "GET", "/api/v1/screenings", None, EVERYONE),
    ("list shared", "GET", "/api/v1/screenings?shared=true", None, EVERYONE),
    ("alice's private one", "GET", "/api/v1/screenings/{private}", None, ALICE_ONLY),
    ("alice's shared one", "GET", "/api/v1/screenings/{shared}", None, HOUSEHOLD),
    (
        "share alice's",
        "PATCH",
        "/api/v1/screenings/{private}",
        {"shared_with_household": True, "share_scope": "score"},
        ALICE_WRITES,
    ),
    (
        "change alice's shared one",
        "PATCH",
        "/api/v1/screenings/{shared}",
        {"include_in_report": True},
        ALICE_WRITES,
    ),
    (
        "delete alice's",
        "DELETE",
        "/api/v1/screenings/{private}",
        None,
        _with(ALICE_WRITES, alice=204),
    ),
    (
        "delete alice's shared one",
        "DELETE",
        "/api/v1/screenings/{shared}",
        None,
        _with(ALICE_WRITES, alice=204),
    ),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(
    ("name", "method", "path", "body", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_access(
    world: World, persona: str, name: str, method: str, path: str, body: Any, expected: Any
) -> None:
    values = {
        "home": world.home_id,
        "private": alices_screening(world).pk,
        "shared": alices_screening(world, shared=True).pk,
        "tomorrow": (date.today() + timedelta(days=2)).isoformat(),
    }
    text = json.dumps(body) if body is not None else ""
    for key, value in values.items():
        text = text.replace(f'"{{{key}}}"', json.dumps(value))
    user = None if persona == "anon" else getattr(world, persona.removesuffix("_read"))
    client = api_client(user, scope="read" if persona.endswith("_read") else "write")
    response = client.generic(method, path.format(**values), text, content_type="application/json")
    assert response.status_code == expected[persona], response.content


# --- instruments ------------------------------------------------------------------------------


def test_definition_has_options_in_printed_order_with_their_scores(world: World) -> None:
    body = api_client(world.alice).get("/api/v1/instruments/phq9").json()
    assert body["available"] and body["item_count"] == 9
    assert body["items"][0]["options"] == [
        {"label": "Not at all", "score": 0},
        {"label": "Several days", "score": 1},
        {"label": "More than half the days", "score": 2},
        {"label": "Nearly every day", "score": 3},
    ]
    assert [r["item"] for r in body["critical_items"]] == [9, 9]
    assert body["cutoff_sets"][0]["bands"][0]["min_score"] == 0
    assert body["loinc_panel"] == "44249-1" and "Pfizer" in body["licence"]


def test_reverse_items_are_printed_high_first(world: World) -> None:
    body = api_client(world.alice).get("/api/v1/instruments/epds").json()
    assert [o["score"] for o in body["items"][2]["options"]] == [3, 2, 1, 0]  # item 3
    assert [o["score"] for o in body["items"][0]["options"]] == [0, 1, 2, 3]


def test_epds_is_listed_as_waiting_for_its_text_then_worded_once_loaded(world: World) -> None:
    client = api_client(world.alice)
    listed = {i["code"]: i for i in client.get("/api/v1/instruments").json()}
    assert not listed["epds"]["available"]
    assert listed["epds"]["status"] == "Available when your organisation adds the licensed text."
    before = client.get("/api/v1/instruments/epds").json()
    assert before["items"][0]["text"] == "EPDS item 1"
    assert before["items"][0]["options"][0]["label"] == "Option 1"
    instruments.load_text(code="epds", data=FAKE_EPDS, now=timezone.now())
    after = client.get("/api/v1/instruments/epds").json()
    assert after["available"] and after["stem"] == "Pretend introduction."
    assert after["items"][9]["text"] == "Pretend question 10"
    assert after["items"][2]["options"][0] == {"label": "Pretend 3.0", "score": 3}


def test_unknown_instrument_is_404(world: World) -> None:
    response = api_client(world.alice).get("/api/v1/instruments/nope")
    assert response.status_code == 404


# --- stateless scoring ------------------------------------------------------------------------


def score(client: Client, **body: Any) -> Any:
    return send(client, "POST", "/api/v1/screenings/score", body)


def test_score_puts_crisis_resources_first_for_the_household_country(world: World) -> None:
    body = score(api_client(world.alice), instrument="phq9", answers=PHQ9_ITEM9).json()
    assert body["help_level"] == "urgent" and body["total"] == 1
    escalation = body["escalation"]
    assert escalation["crisis_first"] is True
    assert escalation["messages"][0]["key"] == "crisis.panel"
    assert escalation["resources"]["country"] == "GB"
    assert escalation["resources"]["items"][0]["id"] == "gb-999"
    assert {"id", "phone", "verified"} <= set(escalation["resources"]["items"][0])
    assert not Screening.objects.exists() and not EscalationShown.objects.exists()


@pytest.mark.parametrize(
    ("country", "first", "fallback"), [("US", "us-911", False), ("zz", "local-emergency", True)]
)
def test_score_country_can_be_named(world: World, country: str, first: str, fallback: bool) -> None:
    body = score(
        api_client(world.alice), instrument="phq9", answers=PHQ9_ITEM9, country=country
    ).json()
    resources = body["escalation"]["resources"]
    assert resources["items"][0]["id"] == first and resources["fallback"] is fallback
    keys = [m["key"] for m in body["escalation"]["messages"]]
    assert ("crisis.local_emergency" in keys) is fallback


def test_score_has_the_documented_fields(world: World) -> None:
    body = score(
        api_client(world.bob), instrument="epds", answers=EPDS_ZERO, respondent="father"
    ).json()
    assert {"total", "subscales", "bands", "flags", "help_level"} <= set(body)
    assert body["respondent"] == "father" and body["subscales"] == {"epds3a": 0}
    assert body["bands"][0]["cutoff_set"] == "epds_fathers"


def test_score_defaults_the_respondent_from_the_relationship(world: World) -> None:
    body = score(api_client(world.bob), instrument="epds", answers=[0] * 10).json()
    assert body["respondent"] == "father"
    refused = score(api_client(world.vera), instrument="epds", answers=[0] * 10)
    assert refused.status_code == 422 and refused.json()["field"] == "respondent"


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"instrument": "phq9", "answers": [0] * 8}, 422, "answers"),
        ({"instrument": "phq9", "answers": [0, 0, 0, 7, 0, 0, 0, 0, 0]}, 422, "answers[3]"),
        ({"instrument": "phq9", "answers": [0, 0, 0, -1, 0, 0, 0, 0, 0]}, 422, "answers[3]"),
        ({"instrument": "phq9", "answers": ["a"] + [0] * 8}, 422, "answers[0]"),
        ({"instrument": "pbq", "answers": [0] * 25, "respondent": "father"}, 422, "respondent"),
        ({"instrument": "phq9", "answers": [0] * 9, "respondent": "aunt"}, 422, "respondent"),
        ({"instrument": "phq9", "answers": [0] * 9, "country": "Narnia"}, 422, "country"),
        ({"instrument": "nope", "answers": []}, 404, "instrument"),
        ({"instrument": "phq9", "answers": [0] * 9, "colour": "red"}, 422, "colour"),
        ({"answers": [0] * 9}, 422, "instrument"),
    ],
)
def test_score_errors_name_the_field(world: World, body: Any, status: int, field: str) -> None:
    response = score(api_client(world.alice), **body)
    assert response.status_code == status, response.content
    assert response.json()["field"] == field


def test_missing_answers_give_no_total_but_still_escalate(world: World) -> None:
    body = score(api_client(world.alice), instrument="phq9", answers=[None] * 8 + [2]).json()
    assert body["total"] is None and not body["complete"]
    assert body["help_level"] == "urgent" and body["escalation"]["crisis_first"]


# --- stored screenings ------------------------------------------------------------------------


def test_store_read_and_log_what_was_shown(world: World) -> None:
    client = api_client(world.alice)
    created = send(
        client,
        "POST",
        "/api/v1/screenings",
        {"instrument": "phq9", "answers": PHQ9_ITEM9, "baby": world.baby_id},
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "completed" and body["mine"] and body["answers"] == PHQ9_ITEM9
    assert body["household"] == world.home_id and body["respondent"] == "mother"
    assert body["result"]["escalation"]["crisis_first"] is True
    shown = EscalationShown.objects.get()
    assert shown.help_level == "urgent" and shown.crisis_panel and shown.channel == "api"
    assert shown.messages[0] == "crisis.panel" and shown.resources[0] == "gb-999"
    assert shown.country == "GB"
    again = client.get(f"/api/v1/screenings/{body['id']}").json()
    assert len(again["escalations_shown"]) == 2
    listed = client.get("/api/v1/screenings").json()
    assert [s["id"] for s in listed] == [body["id"]] and listed[0]["help_level"] == "urgent"


def test_others_never_see_a_private_screening_or_its_answers(world: World) -> None:
    screening = alices_screening(world)
    bob = api_client(world.bob)
    assert bob.get(f"/api/v1/screenings/{screening.pk}").status_code == 404
    assert bob.get("/api/v1/screenings?shared=true").json() == []
    assert bob.get("/api/v1/screenings").json() == []
    alice = api_client(world.alice)
    shared = send(
        alice,
        "PATCH",
        f"/api/v1/screenings/{screening.pk}",
        {"shared_with_household": True, "share_scope": "score"},
    )
    assert shared.json()["shared_with_household"] is True
    seen = bob.get(f"/api/v1/screenings/{screening.pk}").json()
    assert seen["mine"] is False and seen["answers"] is None
    assert seen["result"]["total"] == 2 and seen["result"]["flags"] == []
    assert seen["escalations_shown"] is None
    assert [s["id"] for s in bob.get("/api/v1/screenings?shared=true").json()] == [screening.pk]
    assert api_client(world.charlie).get(f"/api/v1/screenings/{screening.pk}").status_code == 404
    # Bob reading it is not a showing to the person who answered.
    assert EscalationShown.objects.filter(screening=screening).count() == 2


def test_sharing_needs_a_household(db: Any) -> None:
    loner = make_user("lone")
    client = api_client(loner)
    created = send(client, "POST", "/api/v1/screenings", {"instrument": "gad2", "answers": [0, 0]})
    assert created.status_code == 201 and created.json()["household"] is None
    assert created.json()["result"]["escalation"]["resources"]["fallback"] is True
    response = send(
        client,
        "PATCH",
        f"/api/v1/screenings/{created.json()['id']}",
        {"shared_with_household": True},
    )
    assert response.status_code == 422 and response.json()["field"] == "shared_with_household"


def test_babies_must_be_reachable_and_match_the_household(world: World) -> None:
    client = api_client(world.alice)
    other = send(
        client,
        "POST",
        "/api/v1/screenings",
        {"instrument": "gad2", "answers": [0, 0], "baby": world.other_baby_id},
    )
    assert other.status_code == 404 and other.json()["field"] == "baby"
    mismatch = send(
        client,
        "POST",
        "/api/v1/screenings",
        {
            "instrument": "gad2",
            "answers": [0, 0],
            "baby": world.baby_id,
            "household": world.other_home_id,
        },
    )
    assert mismatch.status_code == 422 and mismatch.json()["field"] == "baby"


def test_antenatal_follows_a_baby_on_the_way(world: World) -> None:
    unborn = Baby.objects.create(
        household_id=world.home_id,
        name="Bump",
        due_date=date.today() + timedelta(days=60),
        created_at=timezone.now(),
        updated_at=timezone.now(),
    )
    body = send(
        api_client(world.alice),
        "POST",
        "/api/v1/screenings",
        {"instrument": "epds", "answers": EPDS_ZERO, "baby": unborn.pk},
    ).json()
    assert body["antenatal"] is True
    assert body["result"]["bands"][0]["cutoff_set"] == "epds_mothers_antenatal"


def test_snooze_validates_the_date(world: World) -> None:
    client = api_client(world.alice)
    past = send(
        client,
        "POST",
        "/api/v1/screenings/suggestions/snooze",
        {"instrument": "pbq", "until": date.today().isoformat()},
    )
    assert past.status_code == 422 and past.json()["field"] == "until"
    unknown = send(
        client,
        "POST",
        "/api/v1/screenings/suggestions/snooze",
        {"instrument": "nope", "until": (date.today() + timedelta(days=3)).isoformat()},
    )
    assert unknown.status_code == 404 and unknown.json()["field"] == "instrument"


def test_suggestions_follow_the_babys_age_and_the_relationship(world: World) -> None:
    # The conftest baby is 7 weeks old: the 6-8 week touchpoint.
    alice = [
        s["instrument"]
        for s in api_client(world.alice).get("/api/v1/screenings/suggestions").json()
    ]
    assert alice == ["phq9", "gad7", "pbq"]
    bob = [
        s["instrument"] for s in api_client(world.bob).get("/api/v1/screenings/suggestions").json()
    ]
    assert bob == ["phq9", "gad7"]  # not the MIBS: not validated for fathers in this form
    vera = [
        s["instrument"] for s in api_client(world.vera).get("/api/v1/screenings/suggestions").json()
    ]
    assert vera == ["phq2", "gad2"]
    send(
        api_client(world.alice),
        "POST",
        "/api/v1/screenings/suggestions/snooze",
        {"instrument": "pbq", "until": (date.today() + timedelta(days=7)).isoformat()},
    )
    alices_screening(world)
    again = api_client(world.alice).get("/api/v1/screenings/suggestions").json()
    assert [s["instrument"] for s in again] == ["gad7"]
    assert again[0]["touchpoint"] == "weeks_6_8" and again[0]["baby"] == world.baby_id


def test_openapi_documents_the_wellbeing_endpoints(world: World) -> None:
    paths = api_client(world.alice).get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/instruments",
        "/api/v1/instruments/{code}",
        "/api/v1/screenings/score",
        "/api/v1/screenings",
        "/api/v1/screenings/{screening_id}",
        "/api/v1/screenings/suggestions",
    ):
        assert path in paths
