"""On a phone, a father is guided through a baby massage and finds it in the journal."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households
from nestling.services.access import Actor
from tests.browser.conftest import shot
from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_guided_massage_lands_in_the_journal(live_server: Any, phone: Any) -> None:
    sam = make_user("sam")
    member = households.create(
        actor=Actor(user=sam),
        settings=HouseholdSettings("Sam's", "Europe/London", "GB", "metric", time(6)),
        relationship="father",
        now=timezone.now(),
    )
    babies.create(
        actor=Actor(user=sam),
        household_id=member.household_id,
        values={"name": "Robin", "birth_date": date.today() - timedelta(days=49)},
        now=timezone.now(),
    ).baby
    phone.goto(live_server.url + "/accounts/login/")
    phone.get_by_label("Username").fill("sam")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Log in").click()

    phone.goto(f"{live_server.url}/practices/baby-massage/")
    phone.get_by_role("link", name="Start with Robin").click()
    assert phone.get_by_role("heading", name="Before you start").is_visible()
    shot(phone, "guide-intro")
    phone.get_by_role("link", name="Begin").click()
    steps = []
    while phone.get_by_text(re.compile(r"^Step \d+ of \d+$")).count():
        steps.append(phone.locator(".step-text").inner_text())
        if len(steps) == 3:
            shot(phone, "guide-step")
        phone.locator(".guide-nav .primary").click()
    order = " ".join(steps).lower()
    assert order.index("leg") < order.index("feet") < order.index("tummy") < order.index("chest")
    phone.get_by_text("Calm").click()
    phone.get_by_role("button", name="Save to the journal").click()
    assert phone.get_by_text(re.compile(r"Logged: Massage")).is_visible()
    phone.get_by_role("main").get_by_role("link", name="Timeline").click()
    entry = phone.locator(".entry").first
    assert "Massage" in entry.inner_text() and "calm" in entry.inner_text()
    shot(phone, "guide-done-timeline")
