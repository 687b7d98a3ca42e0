"""Every API endpoint against every persona: strangers get 404, viewers 403 on writes,
read-only tokens 403 on writes, anonymous callers 401."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.utils import timezone

from nestling.services import invitations, tokens
from nestling.services.access import Actor
from tests.conftest import World, api_client

PERSONAS = ("alice", "bob", "carl", "vera", "charlie", "alice_read", "anon")

# Shorthand for the common expectation rows.
READ_HOUSEHOLD = dict(alice=200, bob=200, carl=200, vera=200, charlie=404, alice_read=200, anon=401)
MANAGE = dict(alice=200, bob=200, carl=403, vera=403, charlie=404, alice_read=403, anon=401)
PERSONAL_READ = dict(alice=200, bob=200, carl=200, vera=200, charlie=200, alice_read=200, anon=401)
PERSONAL_WRITE = dict(alice=200, bob=200, carl=200, vera=200, charlie=200, alice_read=403, anon=401)


def _with(base: dict[str, int], **changes: int) -> dict[str, int]:
    return {**base, **changes}


CASES: list[tuple[str, str, str, dict[str, Any] | None, dict[str, int]]] = [
    ("me", "GET", "/api/v1/me", None, PERSONAL_READ),
    ("update me", "PATCH", "/api/v1/me", {"theme": "dark"}, PERSONAL_WRITE),
    ("profile", "GET", "/api/v1/me/profile", None, PERSONAL_READ),
    ("set profile", "PUT", "/api/v1/me/profile", {"challenges": ["stress"]}, PERSONAL_WRITE),
    (
        "password",
        "POST",
        "/api/v1/me/password",
        {"old_password": "wrong-password", "new_password": "a-new-long-passphrase"},
        _with(PERSONAL_WRITE, alice=422, bob=422, carl=422, vera=422, charlie=422),
    ),
    ("list households", "GET", "/api/v1/households", None, PERSONAL_READ),
    (
        "create household",
        "POST",
        "/api/v1/households",
        {"name": "New", "time_zone": "Europe/Paris", "country": "FR"},
        _with(PERSONAL_WRITE, alice=201, bob=201, carl=201, vera=201, charlie=201),
    ),
    ("get household", "GET", "/api/v1/households/{home}", None, READ_HOUSEHOLD),
    ("patch household", "PATCH", "/api/v1/households/{home}", {"name": "Renamed"}, MANAGE),
    ("members", "GET", "/api/v1/households/{home}/members", None, READ_HOUSEHOLD),
    (
        "change member",
        "PATCH",
        "/api/v1/households/{home}/members/{vera_member}",
        {"role": "caregiver"},
        MANAGE,
    ),
    (
        "remove member",
        "DELETE",
        "/api/v1/households/{home}/members/{bob_member}",
        None,
        _with(MANAGE, alice=204, bob=204),
    ),
    (
        "invitations",
        "GET",
        "/api/v1/households/{home}/invitations",
        None,
        _with(MANAGE, alice_read=200),
    ),
    (
        "invite",
        "POST",
        "/api/v1/households/{home}/invitations",
        {"role": "viewer"},
        _with(MANAGE, alice=201, bob=201),
    ),
    (
        "revoke invitation",
        "DELETE",
        "/api/v1/invitations/{invitation}",
        None,
        _with(MANAGE, alice=204, bob=204),
    ),
    (
        "accept invitation",
        "POST",
        "/api/v1/invitations/accept",
        {"code": "{code}", "relationship": "other"},
        dict(alice=409, bob=409, carl=409, vera=409, charlie=201, alice_read=403, anon=401),
    ),
    ("babies", "GET", "/api/v1/households/{home}/babies", None, READ_HOUSEHOLD),
    (
        "add baby",
        "POST",
        "/api/v1/households/{home}/babies",
        {"name": "Twin", "birth_date": "2026-10-01"},
        _with(MANAGE, alice=201, bob=201),
    ),
    ("get baby", "GET", "/api/v1/babies/{baby}", None, READ_HOUSEHOLD),
    ("patch baby", "PATCH", "/api/v1/babies/{baby}", {"name": "Ada Rose"}, MANAGE),
    ("delete baby", "DELETE", "/api/v1/babies/{baby}", None, _with(MANAGE, alice=204, bob=204)),
    ("tokens", "GET", "/api/v1/tokens", None, PERSONAL_READ),
    (
        "create token",
        "POST",
        "/api/v1/tokens",
        {"name": "HA", "scope": "read"},
        _with(PERSONAL_WRITE, alice=201, bob=201, carl=201, vera=201, charlie=201),
    ),
    (
        "revoke alice's token",
        "DELETE",
        "/api/v1/tokens/{alice_token}",
        None,
        dict(alice=204, bob=404, carl=404, vera=404, charlie=404, alice_read=403, anon=401),
    ),
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
    now = timezone.now()
    invitation, code = invitations.create(
        actor=Actor(user=world.alice), household_id=world.home_id, role="caregiver", now=now
    )
    alice_token, _raw = tokens.create_for(user=world.alice, name="x", scope="read", now=now)
    values = {
        "home": world.home_id,
        "baby": world.baby_id,
        "bob_member": world.bob_member_id,
        "vera_member": world.vera_member_id,
        "invitation": invitation.pk,
        "code": code,
        "alice_token": alice_token.pk,
    }
    user = None if persona == "anon" else getattr(world, persona.removesuffix("_read"))
    client = api_client(user, scope="read" if persona.endswith("_read") else "write")
    data = json.dumps(body).replace("{code}", code) if body is not None else None
    response = client.generic(
        method, path.format(**values), data or "", content_type="application/json"
    )
    assert response.status_code == expected[persona], response.content


def test_strangers_list_only_their_own(world: World) -> None:
    listed = api_client(world.charlie).get("/api/v1/households").json()
    assert [h["id"] for h in listed] == [world.other_home_id]
    me = api_client(world.charlie).get("/api/v1/me").json()
    assert [h["id"] for h in me["households"]] == [world.other_home_id]
