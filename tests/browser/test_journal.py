"""On a phone, a parent times a feed, switches side, stops it and finds it in the timeline."""

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


def test_feed_timer_lands_in_the_timeline(live_server: Any, phone: Any) -> None:
    maya = make_user("maya")
    member = households.create(
        actor=Actor(user=maya),
        settings=HouseholdSettings("Maya's", "Europe/London", "GB", "metric", time(6)),
        relationship="mother",
        now=timezone.now(),
    )
    baby = babies.create(
        actor=Actor(user=maya),
        household_id=member.household_id,
        values={"name": "Robin", "birth_date": date.today() - timedelta(days=49)},
        now=timezone.now(),
    ).baby
    phone.goto(live_server.url + "/accounts/login/")
    phone.get_by_label("Username").fill("maya")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Log in").click()
    phone.goto(f"{live_server.url}/babies/{baby.pk}/")
    phone.get_by_role("link", name="Quick log").click()

    phone.get_by_role("button", name="Feed · left").click()
    assert phone.get_by_role("heading", name="Running now").is_visible()
    phone.get_by_role("button", name="Switch side").click()
    assert phone.get_by_text("right side").is_visible()
    shot(phone, "quick-log-timer")
    phone.get_by_role("button", name="Stop Feed").click()
    assert phone.get_by_text(re.compile(r"Logged: Feed")).is_visible()

    phone.get_by_role("button", name="Wet diaper").click()
    assert phone.get_by_text(re.compile(r"Logged: Diaper")).is_visible()
    shot(phone, "quick-log")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    phone.get_by_role("main").get_by_role("link", name="Timeline").click()
    entries = phone.locator(".entry")
    assert entries.count() == 2
    assert "Diaper" in entries.nth(0).inner_text() and "Feed" in entries.nth(1).inner_text()
    assert "Breast" in entries.nth(1).inner_text()
    shot(phone, "timeline")
