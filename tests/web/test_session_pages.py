"""Settings → where you're signed in: every browser session listed with its device, address
and last use; ending one signs that browser out at once; nobody sees or ends anyone else's."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.utils import timezone

from nestling.services import sessions
from nestling.store.models import UserSession
from tests.conftest import PASSWORD, World, api_client

PHONE_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)
LAPTOP_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def signed_in(username: str, agent: str, address: str = "127.0.0.1") -> Client:
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_the_list_shows_each_device_and_marks_this_one(world: World) -> None:
    phone = signed_in("alice", PHONE_UA, "198.51.100.7")
    signed_in("alice", LAPTOP_UA, "203.0.113.9")
    page = phone.get("/settings/sessions/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "Mobile Safari on iOS" in text and "Firefox on Linux" in text
    assert "198.51.100.7" in text and "203.0.113.9" in text
    assert text.count('<span class="tag">this device</span>') == 1
    rows = UserSession.objects.filter(user=world.alice)
    assert rows.count() == 2 and all(r.last_seen and r.created_at for r in rows)
    assert "Cache-Control" in page and "no-store" in page["Cache-Control"]


def test_ending_another_session_signs_that_browser_out_at_once(world: World) -> None:
    phone = signed_in("alice", PHONE_UA)
    laptop = signed_in("alice", LAPTOP_UA)
    assert laptop.get(f"/households/{world.home_id}/").status_code == 200
    mine = sessions.of(
        actor=_actor(world.alice), current_key=phone.session.session_key, now=timezone.now()
    )
    other = next(s for s in mine if not s.current)
    ended = phone.post(f"/settings/sessions/{other.id}/end/")
    assert ended.status_code == 302
    gone = laptop.get(f"/households/{world.home_id}/")
    assert gone.status_code == 302 and "/accounts/login/" in gone["Location"]
    assert phone.get(f"/households/{world.home_id}/").status_code == 200


def test_sign_out_everywhere_else_and_ending_this_one(world: World) -> None:
    phone = signed_in("alice", PHONE_UA)
    others = [signed_in("alice", LAPTOP_UA) for _ in range(2)]
    bobs = signed_in("bob", LAPTOP_UA)
    page = phone.post("/settings/sessions/end-others/", follow=True)
    assert "2 other devices are signed out." in page.content.decode()
    for client in others:
        assert client.get("/settings/").status_code == 302
    assert bobs.get("/settings/").status_code == 200  # only alice's own
    mine = sessions.of(
        actor=_actor(world.alice), current_key=phone.session.session_key, now=timezone.now()
    )
    assert len(mine) == 1 and mine[0].current
    out = phone.post(f"/settings/sessions/{mine[0].id}/end/")
    assert out.status_code == 302 and "/accounts/login/" in out["Location"]
    assert phone.get("/settings/").status_code == 302


def test_a_stranger_cannot_see_or_end_alices_sessions(world: World) -> None:
    alice = signed_in("alice", PHONE_UA, "198.51.100.7")
    charlie = signed_in("charlie", LAPTOP_UA, "203.0.113.66")
    page = charlie.get("/settings/sessions/").content.decode()
    assert "198.51.100.7" not in page and "Mobile Safari" not in page
    alices = sessions.of(
        actor=_actor(world.alice), current_key=alice.session.session_key, now=timezone.now()
    )[0]
    assert charlie.post(f"/settings/sessions/{alices.id}/end/").status_code == 404
    assert alice.get("/settings/").status_code == 200
    # The session key (the cookie's secret) is never shown.
    assert alice.session.session_key not in alice.get("/settings/sessions/").content.decode()


def test_last_use_is_written_at_most_every_few_minutes(world: World, settings: Any) -> None:
    client = signed_in("alice", PHONE_UA)
    row = UserSession.objects.get(user=world.alice)
    client.get("/settings/")
    assert UserSession.objects.get(pk=row.pk).last_seen == row.last_seen
    # Five minutes later the next request notes the new time.
    session = client.session
    session["_nestling_seen"] -= settings.SESSION_TOUCH_SECONDS
    session.save()
    before = UserSession.objects.get(pk=row.pk).last_seen
    assert before == row.last_seen - timedelta(seconds=settings.SESSION_TOUCH_SECONDS)
    client.get("/settings/")
    assert UserSession.objects.get(pk=row.pk).last_seen > before


def test_api_tokens_do_not_create_sessions(world: World) -> None:
    client = api_client(world.alice)
    for _ in range(3):
        assert client.get("/api/v1/me").status_code == 200
    assert not UserSession.objects.filter(user=world.alice).exists()


def test_changing_the_password_signs_out_the_other_devices(world: World) -> None:
    phone = signed_in("alice", PHONE_UA)
    laptop = signed_in("alice", LAPTOP_UA)
    done = phone.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "a-much-better-passphrase",
            "new_password2": "a-much-better-passphrase",
        },
    )
    assert done.status_code == 302
    assert phone.get("/settings/").status_code == 200
    assert laptop.get("/settings/").status_code == 302
    assert UserSession.objects.filter(user=world.alice).count() == 1


def _actor(user: Any) -> Any:
    from nestling.services.access import Actor

    return Actor(user=user)
