"""Bad input anywhere in the API gets a 4xx that names the field, and nothing is stored
(issue 10: each of these answered 500, or was stored as sent)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client

from nestling.store.models import Baby, Entry, Household
from tests.conftest import World, api_client

HUGE = "99999999999999999999"  # past 64 bits


def _send(client: Client, method: str, path: str, body: Any) -> Any:
    return getattr(client, method)(path, body, content_type="application/json")


def _refused(response: Any, status: int, field: str | None) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert body["field"] == field, body
    assert body["detail"] and body["code"], body
    return body


@pytest.mark.parametrize("field", ["name", "time_zone", "country", "units", "day_starts_at"])
def test_patch_household_with_null_names_the_field(world: World, field: str) -> None:
    before = Household.objects.values().get(pk=world.home_id)
    response = _send(
        api_client(world.alice), "patch", f"/api/v1/households/{world.home_id}", {field: None}
    )
    _refused(response, 422, field)
    assert Household.objects.values().get(pk=world.home_id) == before


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("patch", "/api/v1/babies/{baby}", {"name": None}, "name"),
        ("patch", "/api/v1/me", {"display_name": None}, "display_name"),
        ("patch", "/api/v1/me", {"theme": None}, "theme"),
        ("patch", "/api/v1/households/{home}/members/{bob}", {"role": None}, "role"),
        ("patch", "/api/v1/entries/{entry}", {"version": 1, "kind": None}, "kind"),
        ("patch", "/api/v1/entries/{entry}", {"version": 1, "note": None}, "note"),
    ],
)
def test_other_partial_updates_refuse_null_where_a_value_is_needed(
    world: World, method: str, path: str, body: dict[str, Any], field: str
) -> None:
    client = api_client(world.alice)
    entry = _send(
        client, "post", f"/api/v1/babies/{world.baby_id}/entries", {"kind": "smile"}
    ).json()
    url = path.format(
        baby=world.baby_id, home=world.home_id, bob=world.bob_member_id, entry=entry["id"]
    )
    _refused(_send(client, method, url, body), 422, field)


@pytest.mark.parametrize("value", ["06:00:00Z", "06:00+02:00", "06:00:00-05:00"])
def test_a_day_start_with_an_offset_is_refused(world: World, value: str) -> None:
    response = _send(
        api_client(world.alice),
        "patch",
        f"/api/v1/households/{world.home_id}",
        {"day_starts_at": value},
    )
    body = _refused(response, 422, "day_starts_at")
    assert "time zone" in body["detail"]


def test_a_birth_time_with_an_offset_is_refused_and_a_local_one_kept(world: World) -> None:
    client = api_client(world.alice)
    url = f"/api/v1/babies/{world.baby_id}"
    _refused(_send(client, "patch", url, {"birth_time": "08:00:00+02:00"}), 422, "birth_time")
    ok = _send(client, "patch", url, {"birth_time": "08:00"})
    assert ok.status_code == 200 and ok.json()["birth_time"] == "08:00:00"


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (f"/api/v1/babies/{HUGE}", "baby_id"),
        (f"/api/v1/households/{HUGE}", "household_id"),
        (f"/api/v1/entries/{HUGE}", "entry_id"),
        (f"/api/v1/screenings/{HUGE}", "screening_id"),
        ("/api/v1/babies/{baby}/entries?offset=" + HUGE, "offset"),
        ("/api/v1/babies/{baby}/entries?limit=" + HUGE, "limit"),
        ("/api/v1/babies/{baby}/entries?caregiver=" + HUGE, "caregiver"),
        ("/api/v1/babies/{baby}/plan?caregiver=" + HUGE, "caregiver"),
    ],
)
def test_integers_past_64_bits_are_refused(world: World, path: str, field: str) -> None:
    response = api_client(world.alice).get(path.format(baby=world.baby_id))
    _refused(response, 422, field)


def test_ids_past_64_bits_in_a_body_are_refused(world: World) -> None:
    client = api_client(world.alice)
    url = f"/api/v1/babies/{world.baby_id}/entries"
    for body, field in (
        ({"kind": "smile", "caregiver": int(HUGE)}, "caregiver"),
        ({"kind": "smile", "also_babies": [int(HUGE)]}, "also_babies[0]"),
    ):
        _refused(_send(client, "post", url, body), 422, field)
    assert not Entry.objects.exists()


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("post", "/api/v1/babies/{baby}/entries", {"kind": "note", "note": "a\x00b"}, "note"),
        (
            "post",
            "/api/v1/babies/{baby}/entries",
            {"kind": "symptom", "details": {"description": "rash\x00"}},
            "details.description",
        ),
        ("patch", "/api/v1/babies/{baby}", {"name": "Ada\x00"}, "name"),
        ("patch", "/api/v1/households/{home}", {"name": "\x00"}, "name"),
        ("post", "/api/v1/tokens", {"name": "x\x00y", "scope": "read"}, "name"),
        ("post", "/api/v1/households", {"name": "Home", "country": "G\x00"}, "country"),
    ],
)
def test_a_nul_character_in_any_text_is_refused(
    world: World, method: str, path: str, body: dict[str, Any], field: str
) -> None:
    before = (Entry.objects.count(), Baby.objects.get(pk=world.baby_id).name)
    url = path.format(baby=world.baby_id, home=world.home_id)
    response = _send(api_client(world.alice), method, url, body)
    assert "NUL" in _refused(response, 422, field)["detail"]
    assert (Entry.objects.count(), Baby.objects.get(pk=world.baby_id).name) == before


def test_a_nul_character_in_a_query_is_refused(world: World) -> None:
    response = api_client(world.alice).get("/api/v1/screenings?instrument=phq9%00")
    _refused(response, 422, "instrument")


def test_unencodable_text_is_refused(world: World) -> None:
    raw = b'{"kind": "note", "note": "\\ud800"}'
    response = api_client(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries", raw, content_type="application/json"
    )
    _refused(response, 422, "note")


def test_an_entry_before_the_pregnancy_could_have_begun_is_refused(world: World) -> None:
    client = api_client(world.alice)
    url = f"/api/v1/babies/{world.baby_id}/entries"
    old = {"kind": "diaper", "details": {"contents": "wet"}, "started_at": "1900-01-01T08:00:00Z"}
    body = _refused(_send(client, "post", url, old), 422, "started_at")
    assert "44 weeks" in body["detail"]
    birth = Baby.objects.get(pk=world.baby_id).birth_date
    # Late in a long pregnancy is fine: a bump talk 40 weeks before the birth.
    fine = {"kind": "bump_talk", "started_at": f"{birth - timedelta(weeks=40)}T12:00:00Z"}
    assert _send(client, "post", url, fine).status_code == 201
    entry = Entry.objects.get()
    patch = {"version": entry.version, "started_at": "1999-12-31T23:00:00Z"}
    _refused(_send(client, "patch", f"/api/v1/entries/{entry.pk}", patch), 422, "started_at")


def test_an_entry_before_an_unborn_babys_pregnancy_is_refused(world: World) -> None:
    client = api_client(world.alice)
    due = date.today() + timedelta(weeks=20)
    baby = _send(
        client,
        "post",
        f"/api/v1/households/{world.home_id}/babies",
        {"name": "B", "due_date": str(due)},
    ).json()
    url = f"/api/v1/babies/{baby['id']}/entries"
    too_early = {"kind": "bump_talk", "started_at": f"{due - timedelta(weeks=46)}T12:00:00Z"}
    _refused(_send(client, "post", url, too_early), 422, "started_at")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Old", "birth_date": "1900-01-01"}, "birth_date"),
        ({"name": "Old", "birth_date": "2000-06-01"}, "birth_date"),
        (
            {"name": "Odd", "birth_date": str(date.today()), "due_date": "1900-01-01"},
            "due_date",
        ),
    ],
)
def test_implausible_birth_dates_are_refused(
    world: World, body: dict[str, Any], field: str
) -> None:
    response = _send(
        api_client(world.alice), "post", f"/api/v1/households/{world.home_id}/babies", body
    )
    _refused(response, 422, field)
    assert Baby.objects.filter(name__in=["Old", "Odd"]).count() == 0


def test_a_four_year_old_can_still_be_added(world: World) -> None:
    body = {"name": "Big sister", "birth_date": str(date.today() - timedelta(days=4 * 365))}
    response = _send(
        api_client(world.alice), "post", f"/api/v1/households/{world.home_id}/babies", body
    )
    assert response.status_code == 201, response.content


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_a_body_that_is_not_json_gets_415(world: World, content_type: str) -> None:
    response = api_client(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries",
        '{"kind": "smile"}',
        content_type=content_type,
    )
    body = _refused(response, 415, "body")
    assert "application/json" in body["detail"]
    assert not Entry.objects.exists()


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        (b'{"kind": "smile",', "line 1"),
        (b"{'kind': 'smile'}", "line 1"),
        (b'{"kind": NaN}', "NaN"),
        (b'{"kind": "\xff"}', "UTF-8"),
        (b"[" * 5000 + b"]" * 5000, "deeply"),
    ],
    ids=["truncated", "single-quotes", "nan", "not-utf8", "nested-5000-deep"],
)
def test_malformed_json_names_the_body(world: World, raw: bytes, hint: str) -> None:
    response = api_client(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries", raw, content_type="application/json"
    )
    assert hint in _refused(response, 400, "body")["detail"]


def test_a_missing_body_names_the_body(world: World) -> None:
    response = api_client(world.alice).generic(
        "POST", "/api/v1/households", b"", content_type="application/json"
    )
    _refused(response, 422, "body")


def test_a_body_over_the_limit_gets_413(world: World, settings: Any) -> None:
    settings.MAX_BODY_BYTES = 1000
    client = api_client(world.alice)
    url = f"/api/v1/babies/{world.baby_id}/entries"
    big = _send(client, "post", url, {"kind": "note", "note": "x" * 1200})
    body = _refused(big, 413, "body")
    assert "1000 bytes" in body["detail"]
    assert _send(client, "post", url, {"kind": "note", "note": "x" * 900}).status_code == 201


def test_an_anonymous_write_gets_401_not_a_csrf_error(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    for method, path in (
        ("post", "/api/v1/households"),
        ("patch", "/api/v1/me"),
        ("delete", f"/api/v1/babies/{world.baby_id}"),
    ):
        response = _send(client, method, path, {"name": "x"})
        assert _refused(response, 401, None)["code"] == "unauthenticated"


def test_a_signed_in_browser_without_its_csrf_token_gets_403(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    response = _send(client, "patch", "/api/v1/me", {"theme": "dark"})
    body = _refused(response, 403, "X-CSRFToken")
    assert body["code"] == "csrf"
