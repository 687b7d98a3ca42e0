"""A family starts on a phone: sign up, create a household, add a baby, invite a caregiver."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest

from tests.browser.conftest import shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_up(page: Any, base: str, username: str, name: str) -> None:
    page.get_by_label("Username").fill(username)
    page.get_by_label("Your name (as others in the household see it)").fill(name)
    page.get_by_label("Password").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Create account").click()


def test_new_family_on_a_phone(live_server: Any, phone: Any, browser: Any) -> None:
    base = live_server.url
    phone.goto(base + "/")
    shot(phone, "welcome")
    phone.get_by_role("link", name="Create an account").click()
    sign_up(phone, base, "maya", "Maya")

    phone.wait_for_url(re.compile(r"/households/new/$"))
    phone.get_by_label("Household name").fill("Maya and Sam")
    phone.get_by_label("Time zone").select_option("Europe/London")
    phone.get_by_label("Country").select_option("GB")
    phone.get_by_label("You are the baby's…").select_option("mother")
    shot(phone, "household-new")
    phone.get_by_role("button", name="Create household").click()

    phone.wait_for_url(re.compile(r"/babies/new/$"))
    born = (date.today() - timedelta(days=49)).isoformat()
    phone.get_by_label("Name or nickname").fill("Robin")
    phone.get_by_label("Date of birth").fill(born)
    shot(phone, "baby-new")
    phone.get_by_role("button", name="Add baby").click()

    phone.wait_for_url(re.compile(r"/babies/\d+/$"))
    assert phone.get_by_role("heading", name="Robin", exact=True).is_visible()
    assert phone.get_by_text("7 weeks old").is_visible()
    shot(phone, "baby-home")
    # Nothing is wider than the phone: no sideways scrolling.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # Invite Sam as a parent, then Sam joins on their own phone.
    phone.get_by_role("link", name="Maya and Sam").click()
    phone.get_by_text("Parent — can do everything").click()
    phone.get_by_label("They are the baby's… (they can change this)").select_option("father")
    phone.get_by_role("button", name="Create invitation").click()
    link = phone.locator("#invite-link").inner_text().strip()
    shot(phone, "invitation")

    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    sam = context.new_page()
    sam.goto(link)
    sam.get_by_role("link", name="Create an account").click()
    sign_up(sam, base, "sam", "Sam")
    sam.wait_for_url(re.compile(r"/join/"))
    assert sam.get_by_role("heading", name="Join Maya and Sam").is_visible()
    sam.get_by_role("button", name="Join").click()
    sam.wait_for_url(re.compile(r"/households/\d+/$"))
    assert sam.get_by_text("Welcome to Maya and Sam!").is_visible()
    sam.get_by_role("link", name=re.compile("^Robin")).click()
    assert sam.get_by_text("7 weeks old").is_visible()
    context.close()


def test_dark_mode_follows_the_system_and_can_be_forced(live_server: Any, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(22, 23, 29)"
    shot(page, "login-dark")
    context.close()


def test_keyboard_reaches_the_form_and_errors_are_announced(live_server: Any, phone: Any) -> None:
    phone.goto(live_server.url + "/accounts/signup/")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.textContent") == "Skip to content"
    phone.get_by_label("Username").fill("x y")
    phone.get_by_label("Password").fill("short")
    phone.get_by_role("button", name="Create account").click()
    alerts = phone.get_by_role("alert")
    assert alerts.count() >= 1
    shot(phone, "signup-errors")


@pytest.mark.parametrize(
    ("locale", "zone", "country"),
    [
        ("de-AT", "Europe/Vienna", "AT"),  # languages and time zone agree
        ("en-US", "Europe/Berlin", "DE"),  # an English browser in Berlin: where you are wins
    ],
)
def test_a_new_household_proposes_the_browsers_country_and_time_zone(
    live_server: Any, browser: Any, locale: str, zone: str, country: str
) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale=locale, timezone_id=zone, is_mobile=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/accounts/signup/")
    sign_up(page, live_server.url, f"parent-{country.lower()}", "Alex")
    page.wait_for_url(re.compile(r"/households/new/$"))
    assert page.get_by_label("Country").input_value() == country
    assert page.get_by_label("Time zone").input_value() == zone
    assert page.get_by_text("We guessed your country and time zone").is_visible()
    shot(page, f"household-new-proposed-{country.lower()}")
    # The person can change the proposal; what they chose is kept.
    page.get_by_label("Household name").fill("Alex's")
    page.get_by_label("Country").select_option("CH")
    page.get_by_label("Time zone").select_option("Europe/Zurich")
    page.get_by_label("You are the baby's…").select_option("father")
    page.get_by_role("button", name="Create household").click()
    page.wait_for_url(re.compile(r"/babies/new/$"))
    context.close()
    assert not errors, errors  # no script errors, no CSP violations
