"""Households, members and invitations through the API, including bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nestling.store.models import Household, Invitation, Membership
from tests.conftest import World, api_client, make_user


def test_create_household_makes_me_its_parent(db: None) -> None:
    client = api_client(make_user("dana"))
    response = client.post(
        "/api/v1/households",
        {
            "name": " Dana's home ",
            "time_zone": "America/New_York",
            "country": "us",
            "units": "imperial",
            "day_starts_at": "05:00",
            "relationship": "partner",
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["name"], body["country"], body["your_role"]) == ("Dana's home", "US", "parent")
    assert body["day_starts_at"] == "05:00:00"


@pytest.mark.parametrize(
    ("payload", "headers", "country"),
    [
        ({"time_zone": "Europe/Vienna"}, {}, "AT"),  # where the time zone is
        ({"time_zone": "Europe/Vienna"}, {"HTTP_ACCEPT_LANGUAGE": "en-US"}, "AT"),
        ({}, {"HTTP_ACCEPT_LANGUAGE": "pt-BR,pt;q=0.9"}, "BR"),  # else the languages' region
        ({"country": "nz"}, {"HTTP_ACCEPT_LANGUAGE": "pt-BR"}, "NZ"),  # what was sent wins
    ],
)
def test_a_household_without_a_country_gets_the_proposed_one(
    db: None, payload: dict[str, str], headers: dict[str, str], country: str
) -> None:
    response = api_client(make_user("eli")).post(
        "/api/v1/households",
        {"name": "Eli's", **payload},
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 201, response.content
    assert response.json()["country"] == country


def test_a_household_with_no_country_and_no_hint_is_refused_naming_the_field(db: None) -> None:
    response = api_client(make_user("eli")).post(
        "/api/v1/households", {"name": "Eli's"}, content_type="application/json"
    )
    assert response.status_code == 422 and response.json()["field"] == "country"
    assert not Household.objects.exists()  # never a fixed GB


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": "H", "time_zone": "Moon/Base"}, "time_zone"),
        ({"name": "", "time_zone": "UTC"}, "name"),
        ({"name": "H", "country": "Britain"}, "country"),
        ({"name": "H", "country": "GB", "units": "stones"}, "units"),
        ({"name": "H", "country": "GB", "relationship": "uncle-ish"}, "relationship"),
        ({"name": "H", "country": "GB", "colour": "blue"}, "colour"),
        ({"time_zone": "UTC"}, "name"),
        ({"name": "H", "country": "GB", "day_starts_at": "06:30"}, "day_starts_at"),
    ],
)
def test_bad_household_input_names_the_field_and_stores_nothing(
    db: None, payload: dict[str, str], field: str
) -> None:
    response = api_client(make_user("dana")).post(
        "/api/v1/households", payload, content_type="application/json"
    )
    assert response.status_code == 422, response.content
    assert response.json()["field"] == field
    assert response.json()["detail"]
    assert Household.objects.count() == 0


def test_patch_household_keeps_other_settings(world: World) -> None:
    client = api_client(world.alice)
    response = client.patch(
        f"/api/v1/households/{world.home_id}",
        {"units": "imperial"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["units"] == "imperial"
    assert response.json()["time_zone"] == "Europe/London"
    bad = client.patch(
        f"/api/v1/households/{world.home_id}",
        {"time_zone": "Nowhere", "name": "Kept?"},
        content_type="application/json",
    )
    assert bad.status_code == 422 and bad.json()["field"] == "time_zone"
    assert Household.objects.get(pk=world.home_id).name == "Alice and Bob"


def _invite(world: World, role: str = "caregiver", relationship: str = "") -> dict:
    response = api_client(world.alice).post(
        f"/api/v1/households/{world.home_id}/invitations",
        {"role": role, "relationship": relationship},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_invitation_code_is_shown_once_and_stored_hashed(world: World) -> None:
    created = _invite(world)
    assert created["code"] and created["url"].endswith(f"/join/{created['code']}/")
    stored = Invitation.objects.get(pk=created["id"])
    assert created["code"].replace("-", "") not in stored.digest
    listed = api_client(world.alice).get(f"/api/v1/households/{world.home_id}/invitations").json()
    assert "code" not in listed[0] and listed[0]["code_ends_with"] == created["code"][-4:]


def test_join_with_code_then_code_is_used(world: World) -> None:
    code = _invite(world, role="viewer", relationship="grandparent")["code"]
    dan, erin = make_user("dan"), make_user("erin")
    joined = api_client(dan).post(
        "/api/v1/invitations/accept", {"code": code.lower()}, content_type="application/json"
    )
    assert joined.status_code == 201, joined.content
    assert joined.json()["your_role"] == "viewer"
    member = Membership.objects.get(user=dan)
    assert (member.role, member.relationship) == ("viewer", "grandparent")
    again = api_client(erin).post(
        "/api/v1/invitations/accept", {"code": code}, content_type="application/json"
    )
    assert again.status_code == 409
    assert again.json()["field"] == "code" and "already been used" in again.json()["detail"]
    assert not Membership.objects.filter(user=erin).exists()


def test_expired_invitation_is_refused(world: World) -> None:
    created = _invite(world)
    Invitation.objects.filter(pk=created["id"]).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    response = api_client(make_user("dan")).post(
        "/api/v1/invitations/accept",
        {"code": created["code"], "relationship": "other"},
        content_type="application/json",
    )
    assert response.status_code == 409 and "expired" in response.json()["detail"]


def test_withdrawn_invitation_is_refused(world: World) -> None:
    created = _invite(world)
    assert api_client(world.bob).delete(f"/api/v1/invitations/{created['id']}").status_code == 204
    response = api_client(make_user("dan")).post(
        "/api/v1/invitations/accept",
        {"code": created["code"], "relationship": "other"},
        content_type="application/json",
    )
    assert response.status_code == 409 and "withdrawn" in response.json()["detail"]


@pytest.mark.parametrize(("code", "status"), [("", 422), ("AAAAA-AAAAA", 422), ("  ", 422)])
def test_wrong_codes(world: World, code: str, status: int) -> None:
    response = api_client(make_user("dan")).post(
        "/api/v1/invitations/accept",
        {"code": code, "relationship": "other"},
        content_type="application/json",
    )
    assert response.status_code == status and response.json()["field"] == "code"


def test_member_cannot_join_twice(world: World) -> None:
    code = _invite(world)["code"]
    response = api_client(world.bob).post(
        "/api/v1/invitations/accept",
        {"code": code, "relationship": "father"},
        content_type="application/json",
    )
    assert response.status_code == 409 and response.json()["code"] == "duplicate"
    assert Membership.objects.filter(user=world.bob).count() == 1
    assert Invitation.objects.get(digest__isnull=False, accepted_at__isnull=True)


def test_relationship_is_needed_when_invitation_has_none(world: World) -> None:
    code = _invite(world)["code"]
    response = api_client(make_user("dan")).post(
        "/api/v1/invitations/accept", {"code": code}, content_type="application/json"
    )
    assert response.status_code == 422 and response.json()["field"] == "relationship"


def test_parent_changes_role_and_viewer_becomes_caregiver(world: World) -> None:
    response = api_client(world.alice).patch(
        f"/api/v1/households/{world.home_id}/members/{world.vera_member_id}",
        {"role": "caregiver"},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["role"] == "caregiver"


def test_last_parent_cannot_step_down_or_leave(world: World) -> None:
    alice = api_client(world.alice)
    members = alice.get(f"/api/v1/households/{world.home_id}/members").json()
    me = next(m for m in members if m["is_you"])
    assert (
        alice.delete(
            f"/api/v1/households/{world.home_id}/members/{world.bob_member_id}"
        ).status_code
        == 204
    )
    demote = alice.patch(
        f"/api/v1/households/{world.home_id}/members/{me['id']}",
        {"role": "viewer"},
        content_type="application/json",
    )
    assert demote.status_code == 409 and demote.json()["code"] == "last_parent"
    leave = alice.delete(f"/api/v1/households/{world.home_id}/members/{me['id']}")
    assert leave.status_code == 409


def test_anyone_may_leave_and_fix_their_own_relationship(world: World) -> None:
    vera = api_client(world.vera)
    fixed = vera.patch(
        f"/api/v1/households/{world.home_id}/members/{world.vera_member_id}",
        {"relationship": "other"},
        content_type="application/json",
    )
    assert fixed.status_code == 200 and fixed.json()["relationship"] == "other"
    promote = vera.patch(
        f"/api/v1/households/{world.home_id}/members/{world.vera_member_id}",
        {"role": "parent"},
        content_type="application/json",
    )
    assert promote.status_code == 403
    left = vera.delete(f"/api/v1/households/{world.home_id}/members/{world.vera_member_id}")
    assert left.status_code == 204
    assert vera.get(f"/api/v1/households/{world.home_id}").status_code == 404


def test_bad_role_names_the_field(world: World) -> None:
    response = api_client(world.alice).post(
        f"/api/v1/households/{world.home_id}/invitations",
        {"role": "king"},
        content_type="application/json",
    )
    assert response.status_code == 422 and response.json()["field"] == "role"
