"""The sign-in and security pages on a phone, light and dark: where you're signed in, who
changed what, and the forgotten-password page; nothing scrolls sideways; the keyboard alone
signs out the other devices."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from nestling.services import demo
from tests.browser.conftest import PHONE, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _signed_in(browser: Any, base: str, login: Any, scheme: str) -> tuple[Any, Any]:
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(base + "/accounts/login/")
    page.get_by_label("Username").fill(login.username)
    page.get_by_label("Password").fill(login.password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    return context, page


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_security_pages_on_a_phone(live_server: Any, browser: Any, scheme: str) -> None:
    result = demo.build(reset=True, now=timezone.now())
    base = live_server.url
    login = result.logins[0]
    other, _other_page = _signed_in(browser, base, login, scheme)  # a second device
    context, page = _signed_in(browser, base, login, scheme)
    try:
        page.goto(base + "/settings/")
        page.get_by_role("link", name="Where you're signed in").click()
        assert page.get_by_text("this device", exact=True).is_visible()
        shot(page, f"sessions-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        button = page.get_by_role("button", name="Sign out everywhere else")
        focused = False
        for _ in range(60):  # Tab until the button has focus, as someone without a mouse would
            page.keyboard.press("Tab")
            focused = button.evaluate("b => b === document.activeElement")
            if focused:
                break
        assert focused
        page.keyboard.press("Enter")
        page.get_by_text("1 other device is signed out.").wait_for()

        page.goto(base + f"/households/{result.household_id}/")
        page.get_by_role("link", name="Who changed what").click()
        assert page.get_by_role("heading", name="Who changed what").is_visible()
        shot(page, f"changes-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

        page.get_by_role("button", name="Log out").click()
        page.get_by_role("link", name="Forgot your password?").click()
        assert page.get_by_text("nestling changepassword").is_visible()
        shot(page, f"reset-unavailable-{scheme}")
    finally:
        context.close()
        other.close()
