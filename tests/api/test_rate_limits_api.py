"""Rate limits on the API: wrong tokens, password guesses and invitation codes answer 429 with
Retry-After, and a right token or answer never pays for them."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from nestling.domain import limits as rules
from tests.conftest import PASSWORD, World, api_client

JSON = "application/json"


def _retry_after(response: Any, limit: rules.Limit) -> int:
    value = int(response["Retry-After"])
    assert 0 < value <= limit.window.total_seconds()
    return value


def test_wrong_tokens_are_paused_per_address_but_a_right_token_still_works(world: World) -> None:
    good = api_client(world.alice)
    limit = rules.API_TOKEN_ADDRESS.attempts
    statuses = [
        Client(HTTP_AUTHORIZATION=f"Bearer nst_guess{i}").get("/api/v1/me").status_code
        for i in range(limit + 2)
    ]
    assert statuses == [401] * (limit - 1) + [429] * 3
    refused = Client(HTTP_AUTHORIZATION="Bearer nst_guess").get("/api/v1/me")
    assert refused.json()["code"] == "too_many_attempts"
    _retry_after(refused, rules.API_TOKEN_ADDRESS)
    assert good.get("/api/v1/me").status_code == 200  # the address is paused, not the owner
    other = Client(HTTP_AUTHORIZATION="Bearer nst_guess", REMOTE_ADDR="198.51.100.4")
    assert other.get("/api/v1/me").status_code == 401


def test_a_right_token_adds_no_query_for_the_limits(world: World) -> None:
    client = api_client(world.alice)
    client.get("/api/v1/me")  # first use records last_used_at
    with CaptureQueriesContext(connection) as seen:
        assert client.get("/api/v1/me").status_code == 200
    assert not [q for q in seen.captured_queries if "rate_counter" in q["sql"]]


def test_password_guesses_through_a_stolen_token_are_paused(world: World) -> None:
    client = api_client(world.alice)
    limit = rules.PASSWORD_ACCOUNT.attempts
    for _ in range(limit - 1):
        wrong = client.post(
            "/api/v1/me/password",
            {"old_password": "guess", "new_password": "a-much-better-passphrase"},
            content_type=JSON,
        )
        assert wrong.status_code == 422 and wrong.json()["field"] == "old_password"
    last = client.post(
        "/api/v1/me/password",
        {"old_password": "guess", "new_password": "a-much-better-passphrase"},
        content_type=JSON,
    )
    assert last.status_code == 429
    _retry_after(last, rules.PASSWORD_ACCOUNT)
    # Once paused, even the right password is refused: guessing cannot find it.
    right = client.post(
        "/api/v1/me/password",
        {"old_password": PASSWORD, "new_password": "a-much-better-passphrase"},
        content_type=JSON,
    )
    assert right.status_code == 429
    # The pause is the account's, whichever token or session asks.
    assert (
        api_client(world.alice)
        .post(
            "/api/v1/me/password",
            {"old_password": PASSWORD, "new_password": "a-much-better-passphrase"},
            content_type=JSON,
        )
        .status_code
        == 429
    )
    # Someone else's password change is not affected.
    other = api_client(world.bob).post(
        "/api/v1/me/password",
        {"old_password": PASSWORD, "new_password": "a-much-better-passphrase"},
        content_type=JSON,
    )
    assert other.status_code == 204


def _accept(client: Client, code: str) -> Any:
    return client.post(
        "/api/v1/invitations/accept", {"code": code, "relationship": "other"}, content_type=JSON
    )


def test_invitation_codes_are_paused_per_account(world: World) -> None:
    client = api_client(world.charlie)
    limit = rules.INVITATION_ACCOUNT.attempts
    statuses = [_accept(client, f"AAAAA-BBBB{i % 10}").status_code for i in range(limit + 1)]
    assert statuses == [422] * (limit - 1) + [429, 429]
    # A real code is refused too while paused.
    created = api_client(world.alice).post(
        f"/api/v1/households/{world.home_id}/invitations", {"role": "viewer"}, content_type=JSON
    )
    assert _accept(client, created.json()["code"]).status_code == 429


def test_invitation_codes_are_paused_per_address_across_accounts(world: World) -> None:
    per_account = rules.INVITATION_ACCOUNT.attempts - 1  # stay under each account's own limit
    seen = []
    for user in (world.charlie, world.vera, world.carl):
        client = api_client(user)
        seen += [_accept(client, "AAAAA-BBBBB").status_code for _ in range(per_account)]
    assert seen[: rules.INVITATION_ADDRESS.attempts - 1] == [422] * (
        rules.INVITATION_ADDRESS.attempts - 1
    )
    assert seen[rules.INVITATION_ADDRESS.attempts - 1] == 429
