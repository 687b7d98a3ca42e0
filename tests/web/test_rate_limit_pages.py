"""Rate limits on pages: logging in per account and per address, signing up, joining with a
code and the current password; each refusal is the 429 page with Retry-After."""

from __future__ import annotations

from typing import Any

from django.test import Client

from nestling.domain import limits as rules
from tests.conftest import PASSWORD, World


def _login(username: str, password: str, address: str = "127.0.0.1") -> Any:
    return Client(REMOTE_ADDR=address).post(
        "/accounts/login/", {"username": username, "password": password}
    )


def test_one_account_guessed_from_many_addresses_is_paused(world: World) -> None:
    limit = rules.LOGIN_ACCOUNT.attempts
    statuses = [_login("alice", "wrong", f"198.51.100.{i}").status_code for i in range(limit)]
    assert statuses == [200] * (limit - 1) + [429]
    paused = _login("alice", PASSWORD, "203.0.113.50")
    assert paused.status_code == 429 and int(paused["Retry-After"]) <= 3600
    assert "logging in to it is paused" in paused.content.decode()
    assert _login("bob", PASSWORD, "203.0.113.50").status_code == 302


def test_many_accounts_tried_from_one_address_are_paused(world: World, settings: Any) -> None:
    limit = rules.LOGIN_ADDRESS.attempts
    statuses = [_login(f"someone{i}", "wrong", "198.51.100.9").status_code for i in range(limit)]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {200}
    assert _login("bob", PASSWORD, "198.51.100.9").status_code == 429
    assert _login("bob", PASSWORD, "198.51.100.10").status_code == 302


def test_a_right_password_forgets_the_persons_own_typos(world: World, settings: Any) -> None:
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert _login("alice", "wrong").status_code == 200
    assert _login("alice", PASSWORD).status_code == 302
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert _login("alice", "wrong").status_code == 200


def test_signing_up_is_paused_per_address(db: Any) -> None:
    statuses = [
        Client(REMOTE_ADDR="198.51.100.20")
        .post("/accounts/signup/", {"username": f"new{i}", "password": "x"})
        .status_code
        for i in range(rules.SIGNUP_ADDRESS.attempts)
    ]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {200}
    other = Client(REMOTE_ADDR="198.51.100.21").post(
        "/accounts/signup/", {"username": "maya", "password": "a-long-passphrase-1"}
    )
    assert other.status_code == 302


def test_joining_with_wrong_codes_is_paused(world: World) -> None:
    client = Client()
    client.force_login(world.charlie)
    limit = rules.INVITATION_ACCOUNT.attempts
    statuses = [
        client.post("/join/", {"code": "AAAAA-BBBBB", "relationship": "other"}).status_code
        for _ in range(limit - 1)
    ]
    assert statuses == [200] * (limit - 1)
    assert client.get("/join/AAAAA-CCCCC/").status_code == 429  # a code in a link counts too
    refused = client.post("/join/", {"code": "AAAAA-BBBBB", "relationship": "other"})
    assert refused.status_code == 429 and refused["Retry-After"]


def test_the_password_page_pauses_wrong_current_passwords(world: World) -> None:
    client = Client()
    client.force_login(world.alice)
    data = {
        "old_password": "guess",
        "new_password1": "a-much-better-passphrase",
        "new_password2": "a-much-better-passphrase",
    }
    for _ in range(rules.PASSWORD_ACCOUNT.attempts - 1):
        page = client.post("/accounts/password/", data)
        assert page.status_code == 200 and "not right" in page.content.decode()
    assert client.post("/accounts/password/", data).status_code == 429
    right = client.post("/accounts/password/", {**data, "old_password": PASSWORD})
    assert right.status_code == 429
