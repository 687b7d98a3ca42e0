"""`/sessions`: my browser sessions through the API, listed and ended; tokens cannot end
anyone else's, and read-only tokens end nothing."""

from __future__ import annotations

from django.test import Client

from tests.conftest import World, api_client
from tests.web.test_session_pages import LAPTOP_UA, PHONE_UA, signed_in


def test_a_token_lists_and_ends_my_browser_sessions(world: World) -> None:
    phone = signed_in("alice", PHONE_UA, "198.51.100.7")
    token = api_client(world.alice)
    listed = token.get("/api/v1/sessions")
    assert listed.status_code == 200
    (only,) = listed.json()
    assert only["browser"] == "Mobile Safari" and only["system"] == "iOS"
    assert only["device"] == "iPhone" and only["address"] == "198.51.100.7"
    assert only["current"] is False  # a token is not a browser session
    assert only["last_seen"] and only["created_at"] and only["expires_at"]
    assert phone.session.session_key not in listed.content.decode()
    assert token.delete(f"/api/v1/sessions/{only['id']}").status_code == 204
    assert phone.get("/settings/").status_code == 302  # signed out at once
    assert token.get("/api/v1/sessions").json() == []
    assert token.delete(f"/api/v1/sessions/{only['id']}").status_code == 404


def test_the_browser_itself_sees_which_session_is_current(world: World) -> None:
    phone = signed_in("alice", PHONE_UA)
    signed_in("alice", LAPTOP_UA)
    listed = phone.get("/api/v1/sessions").json()
    assert [s["current"] for s in listed] == [True, False]
    csrf = _csrf(phone)
    ended = phone.post("/api/v1/sessions/end-others", HTTP_X_CSRFTOKEN=csrf)
    assert ended.status_code == 200 and ended.json() == {"ended": 1}
    assert len(phone.get("/api/v1/sessions").json()) == 1
    mine = phone.get("/api/v1/sessions").json()[0]["id"]
    assert phone.delete(f"/api/v1/sessions/{mine}", HTTP_X_CSRFTOKEN=csrf).status_code == 204
    assert phone.get("/api/v1/sessions").status_code == 401  # that was this browser


def test_strangers_and_read_only_tokens_cannot_end_alices_sessions(world: World) -> None:
    phone = signed_in("alice", PHONE_UA)
    alices = api_client(world.alice).get("/api/v1/sessions").json()[0]["id"]
    charlie = api_client(world.charlie)
    assert charlie.get("/api/v1/sessions").json() == []
    assert charlie.delete(f"/api/v1/sessions/{alices}").status_code == 404
    reader = api_client(world.alice, scope="read")
    assert reader.get("/api/v1/sessions").status_code == 200
    assert reader.delete(f"/api/v1/sessions/{alices}").status_code == 403
    assert reader.post("/api/v1/sessions/end-others").status_code == 403
    assert phone.get("/settings/").status_code == 200


def _csrf(client: Client) -> str:
    client.get("/settings/")
    return client.cookies["csrftoken"].value
