"""Two-step sign-in end to end: turning it on with the app, the code after the password,
single-use recovery codes, new codes and turning it off with the password; API tokens keep
working; wrong codes are paused."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from nestling.domain import limits as rules
from tests.conftest import PASSWORD, World, api_client


def code_for(user: Any, ahead: int = 0) -> str:
    """The app's code `ahead` steps from now (each step is used once, so tests step on)."""
    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, 0)
    totp.time = time.time() + ahead * device.step
    return f"{totp.token():06d}"


def turn_on(client: Client, user: Any) -> list[str]:
    page = client.get("/settings/two-step/setup/")
    text = page.content.decode()
    assert page.status_code == 200 and 'src="data:image/svg+xml' in text
    key = re.search(r'<code id="key">([A-Z2-7 ]+)</code>', text)
    assert key and len(key.group(1).replace(" ", "")) >= 32
    wrong = client.post("/settings/two-step/setup/", {"code": "000000"})
    assert "did not match" in wrong.content.decode()
    done = client.post("/settings/two-step/setup/", {"code": code_for(user)})
    assert done.status_code == 200 and "Two-step sign-in is on." in done.content.decode()
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", done.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    return codes


def password_step(username: str = "alice") -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/accounts/login/code/"
    return client


@pytest.fixture
def alice_with_two_step(world: World) -> tuple[Client, list[str]]:
    client = Client()
    client.force_login(world.alice)
    return client, turn_on(client, world.alice)


def test_signing_in_then_asks_for_the_apps_code(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    client = password_step()
    assert client.get("/settings/").status_code == 302  # the password alone is not enough
    wrong = client.post("/accounts/login/code/", {"code": "123456"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    right = client.post("/accounts/login/code/", {"code": code_for(world.alice, ahead=1)})
    assert right.status_code == 302 and right["Location"] == "/"
    assert client.get("/settings/").status_code == 200
    # The same code cannot be used again (someone watching over a shoulder).
    again = password_step()
    replay = again.post("/accounts/login/code/", {"code": code_for(world.alice, ahead=1)})
    assert replay.status_code == 200


def test_a_recovery_code_works_once(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    _client, codes = alice_with_two_step
    first = password_step()
    typed = codes[0].upper().replace("-", " ")  # case and spacing do not matter
    assert first.post("/accounts/login/code/", {"code": typed}).status_code == 302
    second = password_step()
    assert second.post("/accounts/login/code/", {"code": codes[0]}).status_code == 200
    page = first.get("/settings/two-step/").content.decode()
    assert "9 recovery codes left." in page


def test_new_codes_and_turning_off_need_the_password(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    client, old = alice_with_two_step
    refused = client.post("/settings/two-step/codes/", {"password": "wrong"}, follow=True)
    assert "not right" in refused.content.decode()
    fresh = client.post("/settings/two-step/codes/", {"password": PASSWORD})
    new = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", fresh.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert password_step().post("/accounts/login/code/", {"code": old[1]}).status_code == 200
    kept = client.post("/settings/two-step/off/", {"password": "wrong"}, follow=True)
    assert "stays on" in kept.content.decode()
    off = client.post("/settings/two-step/off/", {"password": PASSWORD}, follow=True)
    assert "Two-step sign-in is off." in off.content.decode()
    plain = Client().post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert plain["Location"] == "/"


def test_api_tokens_keep_working(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    assert api_client(world.alice).get("/api/v1/me").status_code == 200


def test_wrong_codes_are_paused(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    client = password_step()
    limit = rules.SECOND_STEP.attempts - 1  # one wrong code was typed while turning it on
    statuses = [
        client.post("/accounts/login/code/", {"code": "000000"}).status_code for _ in range(limit)
    ]
    assert statuses == [200] * (limit - 1) + [429]
    # Even the right code waits now, from a fresh password step too.
    later = password_step()
    paused = later.post("/accounts/login/code/", {"code": code_for(world.alice, ahead=1)})
    assert paused.status_code == 429 and paused["Retry-After"]


def test_the_password_step_is_forgotten_after_a_few_minutes(
    world: World, alice_with_two_step: tuple[Client, list[str]], settings: Any
) -> None:
    client = password_step()
    session = client.session
    session["_nestling_second_step"]["at"] -= settings.SECOND_STEP_SECONDS + 1
    session.save()
    late = client.post("/accounts/login/code/", {"code": code_for(world.alice, ahead=1)})
    assert late.status_code == 302 and late["Location"] == "/accounts/login/"
    assert client.get("/accounts/login/code/")["Location"] == "/accounts/login/"


def test_others_are_not_asked_and_cannot_reach_the_step(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    bob = Client().post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert bob["Location"] == "/"
    stranger = Client()
    assert stranger.get("/accounts/login/code/")["Location"] == "/accounts/login/"
    charlie = Client()
    charlie.force_login(world.charlie)
    assert "Off" in charlie.get("/settings/two-step/").content.decode()


def test_the_operator_can_turn_it_off_for_someone_locked_out(
    world: World, alice_with_two_step: tuple[Client, list[str]]
) -> None:
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("twofactor", "status", "alice", stdout=out)
    call_command("twofactor", "off", "alice", stdout=out)
    call_command("twofactor", "status", "alice", stdout=out)
    assert out.getvalue().splitlines() == [
        "Two-step sign-in is on for alice.",
        "Two-step sign-in is off for alice.",
        "Two-step sign-in is off for alice.",
    ]
    plain = Client().post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert plain["Location"] == "/"
