"""The public help page on a phone: any country by name, digits first, light and night."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import PHONE, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_anyone_picks_a_country_by_name_and_gets_digits(
    live_server: Any, browser: Any, scheme: str
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/wellbeing/help/?country=JP")
    assert page.get_by_role("link", name="Call 119").is_visible()
    assert page.get_by_role("link", name="Find a helpline").is_visible()
    shot(page, f"help-japan-{scheme}")
    # With the keyboard only: choose another country and show its lines.
    page.get_by_label("Show help lines for").focus()
    page.get_by_label("Show help lines for").select_option("IE")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**country=IE")
    assert page.get_by_text("Help lines in Ireland").is_visible()
    assert page.get_by_role("link", name="Call 112 or 999").is_visible()
    assert page.get_by_role("link", name="Call 1800 247 247").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, f"help-ireland-{scheme}")
    context.close()
    assert not errors, errors
