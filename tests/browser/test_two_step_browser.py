"""Two-step sign-in on a phone, in light and dark: turn it on by scanning (here: typing) the
key, save the recovery codes, log out, and sign in again with the password and a code."""

from __future__ import annotations

import re
import time
from base64 import b32decode
from typing import Any

import pytest
from django_otp.oath import TOTP

from tests.browser.conftest import PHONE, shot
from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _code(key: str, ahead: int) -> str:
    totp = TOTP(b32decode(key.replace(" ", "") + "=" * (-len(key.replace(" ", "")) % 8)))
    totp.time = time.time() + ahead * 30
    return f"{totp.token():06d}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_turn_on_and_sign_in_with_a_code(live_server: Any, browser: Any, scheme: str) -> None:
    make_user("maya")
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    base = live_server.url
    try:
        page.goto(base + "/accounts/login/")
        page.get_by_label("Username").fill("maya")
        page.get_by_label("Password").fill(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url: "/accounts/login/" not in url)

        page.goto(base + "/settings/")
        page.get_by_role("link", name="Two-step sign-in").click()
        shot(page, f"two-step-off-{scheme}")
        page.get_by_role("link", name="Turn on two-step sign-in").click()
        assert page.get_by_role("img", name=re.compile("QR code")).is_visible()
        key = page.locator("#key").inner_text()
        shot(page, f"two-step-setup-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.get_by_label("Code", exact=True).fill(_code(key, 0))
        page.get_by_role("button", name="Turn it on").click()
        assert page.get_by_role("heading", name="Your recovery codes").is_visible()
        assert page.locator(".codes code").count() == 10
        shot(page, f"two-step-codes-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

        page.get_by_role("button", name="Log out").click()
        page.wait_for_url("**/accounts/login/")
        page.get_by_label("Username").fill("maya")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url("**/accounts/login/code/")
        assert page.get_by_role("heading", name="Enter your code").is_visible()
        code_field = page.get_by_label("Code", exact=True)
        code_field.fill(_code(key, 1))
        shot(page, f"two-step-sign-in-{scheme}")
        code_field.press("Enter")  # the keyboard alone is enough
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        page.goto(base + "/settings/two-step/")
        assert page.get_by_role("heading", name="On").is_visible()
    finally:
        context.close()
    assert not errors, errors
