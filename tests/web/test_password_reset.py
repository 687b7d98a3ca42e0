"""A forgotten password: a single-use, expiring link by email when the operator set up email
(Django's locmem backend here), the same answer whether or not the address has an account,
and a page that says whom to ask when there is no email."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from nestling.domain import limits as rules
from tests.conftest import PASSWORD, World
from tests.web.test_session_pages import PHONE_UA, signed_in

NEW = "a-fresh-long-passphrase"


@pytest.fixture
def email(settings: Any) -> None:
    settings.EMAIL_ENABLED = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def _link(world: World) -> str:
    world.alice.email = "alice@example.org"
    world.alice.save()
    sent = Client().post("/accounts/reset/", {"email": "ALICE@example.org"})
    assert sent.status_code == 302 and sent["Location"] == "/accounts/reset/sent/"
    (message,) = mail.outbox
    assert message.to == ["alice@example.org"]
    found = re.search(r"http://testserver(/accounts/reset/\S+/)", message.body)
    assert found, message.body
    return found.group(1)


def test_a_reset_link_sets_a_new_password_once_and_signs_out_everywhere(
    world: World, email: None
) -> None:
    phone = signed_in("alice", PHONE_UA)
    link = _link(world)
    client = Client()
    form = client.get(link, follow=True)  # Django moves the token into the session first
    assert form.status_code == 200 and "Set a new password" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": NEW, "new_password2": NEW})
    assert done.status_code == 302 and done["Location"] == "/accounts/reset/done/"
    assert (
        Client().post("/accounts/login/", {"username": "alice", "password": NEW}).status_code == 302
    )
    assert phone.get("/settings/").status_code == 302  # signed out
    # The same link does not work twice.
    again = Client().get(link, follow=True)
    assert "already been used or has expired" in again.content.decode()


def test_a_reset_link_expires(world: World, email: None, settings: Any) -> None:
    link = _link(world)
    from unittest import mock

    from django.contrib.auth.tokens import default_token_generator

    later = default_token_generator._now() + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT + 1)
    with mock.patch.object(default_token_generator, "_now", return_value=later):
        page = Client().get(link, follow=True)
    assert "already been used or has expired" in page.content.decode()


def test_no_way_to_learn_whether_an_address_has_an_account(world: World, email: None) -> None:
    world.alice.email = "alice@example.org"
    world.alice.save()
    known = Client().post("/accounts/reset/", {"email": "alice@example.org"}, follow=True)
    unknown = Client().post("/accounts/reset/", {"email": "nobody@example.org"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain
    assert known.content == unknown.content
    assert len(mail.outbox) == 1


def test_reset_requests_are_paused_per_address(world: World, email: None) -> None:
    statuses = [
        Client(REMOTE_ADDR="198.51.100.30")
        .post("/accounts/reset/", {"email": "x@example.org"})
        .status_code
        for _ in range(rules.RESET_ADDRESS.attempts)
    ]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {302}


def test_without_email_the_page_says_whom_to_ask(world: World, settings: Any) -> None:
    settings.EMAIL_ENABLED = False
    page = Client().get("/accounts/reset/")
    text = page.content.decode()
    assert page.status_code == 200 and "nestling changepassword" in text
    assert 'name="email"' not in text
    posted = Client().post("/accounts/reset/", {"email": "alice@example.org"})
    assert posted.status_code == 200 and not mail.outbox
    assert "Forgot your password?" in Client().get("/accounts/login/").content.decode()


def test_email_is_saved_in_settings_and_checked(world: World) -> None:
    client = Client()
    client.force_login(world.alice)
    bad = client.post("/settings/", {"display_name": "Alice", "theme": "auto", "email": "nope"})
    assert bad.status_code == 200 and "does not look like an email" in bad.content.decode()
    ok = client.post(
        "/settings/", {"display_name": "Alice", "theme": "auto", "email": " a@example.org "}
    )
    assert ok.status_code == 302
    world.alice.refresh_from_db()
    assert world.alice.email == "a@example.org"
    assert world.alice.check_password(PASSWORD)
