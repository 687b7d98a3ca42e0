"""Tokens are hashed, shown once, scoped and revocable; sessions need CSRF on the API."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from nestling.store.models import ApiToken
from tests.conftest import PASSWORD, World, api_client


def test_token_lifecycle(world: World) -> None:
    client = api_client(world.alice)
    created = client.post(
        "/api/v1/tokens",
        {"name": "Home Assistant", "scope": "write"},
        content_type="application/json",
    )
    assert created.status_code == 201
    raw = created.json()["token"]
    stored = ApiToken.objects.get(pk=created.json()["id"])
    assert raw not in (stored.digest, stored.prefix) and raw.startswith(stored.prefix)
    listed = client.get("/api/v1/tokens").json()
    assert all("token" not in t for t in listed)
    mine = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert mine.get("/api/v1/me").status_code == 200
    assert ApiToken.objects.get(pk=stored.pk).last_used_at is not None
    assert client.delete(f"/api/v1/tokens/{stored.pk}").status_code == 204
    assert mine.get("/api/v1/me").status_code == 401


def test_last_use_is_recorded_at_most_once_a_minute(world: World) -> None:
    client = api_client(world.alice)
    token = ApiToken.objects.get(user=world.alice, name="test")
    client.get("/api/v1/me")
    first = ApiToken.objects.get(pk=token.pk).last_used_at
    client.get("/api/v1/me")
    assert ApiToken.objects.get(pk=token.pk).last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=2))
    client.get("/api/v1/me")
    assert ApiToken.objects.get(pk=token.pk).last_used_at > first - timedelta(minutes=2)


def test_bad_tokens_are_401(world: World) -> None:
    for header in ("Bearer nst_not-a-token", "Bearer ", "Basic abc", "Bearer garbage"):
        response = Client(HTTP_AUTHORIZATION=header).get("/api/v1/me")
        assert response.status_code == 401
        assert response.json()["code"] == "unauthenticated"


def test_inactive_users_tokens_stop_working(world: World) -> None:
    client = api_client(world.alice)
    world.alice.is_active = False
    world.alice.save()
    assert client.get("/api/v1/me").status_code == 401


def test_token_input_is_checked(world: World) -> None:
    client = api_client(world.alice)
    for payload, field in (
        ({"name": "", "scope": "read"}, "name"),
        ({"name": "x", "scope": "admin"}, "scope"),
    ):
        response = client.post("/api/v1/tokens", payload, content_type="application/json")
        assert response.status_code == 422 and response.json()["field"] == field


def test_session_api_writes_need_csrf(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    assert client.get("/api/v1/me").status_code == 200
    refused = client.patch("/api/v1/me", {"theme": "dark"}, content_type="application/json")
    assert refused.status_code == 403
    client.get("/settings/")  # a page with a form sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    allowed = client.patch(
        "/api/v1/me", {"theme": "dark"}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert allowed.status_code == 200 and allowed.json()["theme"] == "dark"


def test_profile_of_challenges(world: World) -> None:
    client = api_client(world.bob)
    response = client.put(
        "/api/v1/me/profile",
        {"challenges": ["sleep_deprivation", "lack_of_support"]},
        content_type="application/json",
    )
    assert response.json()["challenges"] == ["sleep_deprivation", "lack_of_support"]
    assert client.get("/api/v1/me").json()["challenges"] == ["sleep_deprivation", "lack_of_support"]
    bad = client.put(
        "/api/v1/me/profile", {"challenges": ["stress", "nope"]}, content_type="application/json"
    )
    assert bad.status_code == 422 and bad.json()["field"] == "challenges[1]"
    # Nobody else sees it.
    assert api_client(world.alice).get("/api/v1/me").json()["challenges"] == []


def test_change_password_via_api(world: World) -> None:
    client = api_client(world.alice)
    weak = client.post(
        "/api/v1/me/password",
        {"old_password": PASSWORD, "new_password": "123"},
        content_type="application/json",
    )
    assert weak.status_code == 422 and weak.json()["field"] == "new_password"
    ok = client.post(
        "/api/v1/me/password",
        {"old_password": PASSWORD, "new_password": "a-much-better-passphrase"},
        content_type="application/json",
    )
    assert ok.status_code == 204
    login = Client().post(
        "/accounts/login/", {"username": "alice", "password": "a-much-better-passphrase"}
    )
    assert login.status_code == 302


def test_openapi_document_lists_the_endpoints(db: None) -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/me",
        "/api/v1/households",
        "/api/v1/households/{household_id}",
        "/api/v1/households/{household_id}/invitations",
        "/api/v1/invitations/accept",
        "/api/v1/households/{household_id}/babies",
        "/api/v1/babies/{baby_id}",
        "/api/v1/tokens",
        "/api/v1/households/{household_id}/members",
    ):
        assert path in paths, path
    assert Client().get("/api/v1/docs").status_code == 200
    assert timezone.now()
