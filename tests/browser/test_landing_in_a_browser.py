"""Signing in lands on the baby, and the tab bar keeps Baby, Log, Timeline, Ideas and Me one
thumb away on every page, in light and night mode."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from nestling.services import demo
from tests.browser.conftest import PHONE, SHOTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_sign_in_lands_on_the_baby_and_the_tab_bar_leads_on(
    live_server: Any, browser: Any, scheme: str
) -> None:
    result = demo.build(reset=True, now=timezone.now())
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Username").fill(result.logins[0].username)
        page.get_by_label("Password").fill(result.logins[0].password)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"**/babies/{result.baby_id}/")
        tabs = page.get_by_role("navigation", name="Main")
        assert tabs.is_visible()
        box = tabs.bounding_box()
        assert box is not None and box["y"] + box["height"] >= PHONE["height"] - 2  # at the bottom
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"landing-baby-{scheme}.png"))
        tabs.get_by_role("link", name="Log").click()
        page.wait_for_url(f"**/babies/{result.baby_id}/log/")
        tabs.get_by_role("link", name="Ideas").click()
        page.wait_for_url("**/practices/")
        tabs.get_by_role("link", name="Timeline").click()
        page.wait_for_url(f"**/babies/{result.baby_id}/timeline/")
        for link in tabs.get_by_role("link").all():
            size = link.bounding_box()
            assert size is not None and size["height"] >= 44 and size["width"] >= 44
    finally:
        context.close()
