"""`GET /households/{id}/audit` and the "Who changed what" page: parents read the trail,
newest first and paginated; caregivers and viewers are refused; strangers see nothing."""

from __future__ import annotations

from django.test import Client

from tests.conftest import World, api_client

JSON = "application/json"


def _edit_and_delete(world: World) -> int:
    carl = api_client(world.carl)
    created = carl.post(
        f"/api/v1/babies/{world.baby_id}/entries",
        {"kind": "diaper", "details": {"contents": "wet"}},
        content_type=JSON,
    ).json()
    bob = api_client(world.bob)
    edited = bob.patch(
        f"/api/v1/entries/{created['id']}",
        {"version": created["version"], "note": "after the bath"},
        content_type=JSON,
    )
    assert edited.status_code == 200
    assert bob.delete(f"/api/v1/entries/{created['id']}").status_code == 204
    return int(created["id"])


def test_parents_read_who_changed_what_newest_first(world: World) -> None:
    entry_id = _edit_and_delete(world)
    page = api_client(world.alice).get(f"/api/v1/households/{world.home_id}/audit?limit=2")
    assert page.status_code == 200
    body = page.json()
    deleted, edited = body["items"]
    assert deleted["action"] == "entry.deleted" and deleted["target_id"] == entry_id
    assert deleted["actor"]["name"] == "Bob" and deleted["actor"]["id"] == world.bob.pk
    assert deleted["text"].startswith("Bob deleted Ada's ") and " entry from " in deleted["text"]
    assert edited["action"] == "entry.edited" and edited["changes"] == ["note"]
    assert body["next_offset"] == 2
    rest = (
        api_client(world.bob)
        .get(f"/api/v1/households/{world.home_id}/audit?offset=2&limit=200")
        .json()
    )
    assert rest["next_offset"] is None
    assert rest["items"][-1]["action"] == "household.created"
    assert "no-store" in page["Cache-Control"]


def test_caregivers_viewers_and_strangers_cannot_read_it(world: World) -> None:
    path = f"/api/v1/households/{world.home_id}/audit"
    assert api_client(world.vera).get(path).status_code == 403
    assert api_client(world.carl).get(path).status_code == 403
    refused = api_client(world.charlie).get(path)
    assert refused.status_code == 404 and refused.json()["code"] == "not_found"
    assert Client().get(path).status_code == 401
    # Charlie's own trail does not include anything of Alice's household.
    _edit_and_delete(world)
    own = api_client(world.charlie).get(f"/api/v1/households/{world.other_home_id}/audit")
    items = own.json()["items"]
    assert [e["action"] for e in items] == ["baby.added", "household.created"]
    assert {e["actor"]["name"] for e in items} == {"Charlie"}


def test_bad_paging_is_refused_with_the_field(world: World) -> None:
    client = api_client(world.alice)
    for query, field in (("limit=0", "limit"), ("limit=999", "limit"), ("offset=-1", "offset")):
        response = client.get(f"/api/v1/households/{world.home_id}/audit?{query}")
        assert response.status_code == 422 and response.json()["field"] == field


def test_the_page_shows_the_trail_to_parents_only(world: World) -> None:
    _edit_and_delete(world)
    path = f"/households/{world.home_id}/changes/"
    alice = Client()
    alice.force_login(world.alice)
    page = alice.get(path)
    text = page.content.decode()
    assert page.status_code == 200 and "Who changed what" in text
    assert "Bob deleted Ada&#x27;s" in text and "Changed: note" in text
    assert "no-store" in page["Cache-Control"]
    assert f'href="{path}"' in alice.get(f"/households/{world.home_id}/").content.decode()
    for user, status in ((world.vera, 403), (world.carl, 403), (world.charlie, 404)):
        other = Client()
        other.force_login(user)
        assert other.get(path).status_code == status, user
    assert f'href="{path}"' not in _page_of(world.carl, f"/households/{world.home_id}/")


def _page_of(user: object, path: str) -> str:
    client = Client()
    client.force_login(user)
    return client.get(path).content.decode()
