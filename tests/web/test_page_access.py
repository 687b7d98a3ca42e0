"""Every page against every persona: anonymous -> login, strangers -> 404, viewers -> 403."""

from __future__ import annotations

import pytest

from tests.conftest import World, page_client

READ = dict(alice=200, bob=200, carl=200, vera=200, charlie=404)
MANAGE = dict(alice=200, bob=200, carl=403, vera=403, charlie=404)

GET_PAGES = [
    ("/households/{home}/", READ),
    ("/households/{home}/settings/", MANAGE),
    ("/households/{home}/members/{bob_member}/", MANAGE),
    ("/households/{home}/babies/new/", MANAGE),
    ("/babies/{baby}/", READ),
    ("/babies/{baby}/edit/", MANAGE),
    ("/babies/{baby}/delete/", MANAGE),
]
POST_PAGES = [
    (
        "/households/{home}/settings/",
        {"name": "X", "time_zone": "UTC", "country": "GB", "units": "metric", "day_starts_at": "6"},
        MANAGE,
        302,
    ),
    ("/households/{home}/invite/", {"role": "viewer"}, MANAGE, 200),
    ("/households/{home}/members/{bob_member}/remove/", {}, MANAGE, 302),
    ("/households/{home}/babies/new/", {"name": "Twin", "birth_date": "2026-10-01"}, MANAGE, 302),
    ("/babies/{baby}/edit/", {"name": "Ada B", "birth_date": "2026-10-01"}, MANAGE, 302),
    ("/babies/{baby}/delete/", {}, MANAGE, 302),
]


def _values(world: World) -> dict[str, int]:
    return {"home": world.home_id, "baby": world.baby_id, "bob_member": world.bob_member_id}


@pytest.mark.parametrize("persona", ["alice", "bob", "carl", "vera", "charlie", "anon"])
@pytest.mark.parametrize(("path", "expected"), GET_PAGES, ids=[p for p, _e in GET_PAGES])
def test_get_pages(world: World, persona: str, path: str, expected: dict[str, int]) -> None:
    url = path.format(**_values(world))
    response = page_client(getattr(world, persona, None)).get(url)
    if persona == "anon":
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == expected[persona]


@pytest.mark.parametrize("persona", ["alice", "carl", "vera", "charlie", "anon"])
@pytest.mark.parametrize(
    ("path", "data", "expected", "ok"), POST_PAGES, ids=[p for p, *_rest in POST_PAGES]
)
def test_post_pages(
    world: World, persona: str, path: str, data: dict[str, str], expected: dict[str, int], ok: int
) -> None:
    url = path.format(**_values(world))
    response = page_client(getattr(world, persona, None)).post(url, data)
    if persona == "anon":
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    elif expected[persona] == 200:
        assert response.status_code == ok, response.content[:500]
    else:
        assert response.status_code == expected[persona]


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/accounts/signup/", "/healthz"])
def test_public_pages(db: None, path: str) -> None:
    assert page_client(None).get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/settings/",
        "/settings/tokens/new/",
        "/households/new/",
        "/join/",
        "/join/ABCDE-FGHJK/",
        "/accounts/password/",
    ],
)
def test_personal_pages_need_login(db: None, path: str) -> None:
    response = page_client(None).get(path)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_strangers_cannot_revoke_others_invitations_or_tokens(world: World) -> None:
    from django.utils import timezone

    from nestling.services import invitations, tokens
    from nestling.services.access import Actor

    invitation, _code = invitations.create(
        actor=Actor(user=world.alice), household_id=world.home_id, role="viewer", now=timezone.now()
    )
    token, _raw = tokens.create_for(user=world.alice, name="t", scope="read", now=timezone.now())
    charlie = page_client(world.charlie)
    url = f"/households/{world.other_home_id}/invitations/{invitation.pk}/revoke/"
    assert charlie.post(url).status_code == 404
    assert charlie.post(f"/settings/tokens/{token.pk}/revoke/").status_code == 404
    invitation.refresh_from_db()
    token.refresh_from_db()
    assert invitation.revoked_at is None and token.revoked_at is None
