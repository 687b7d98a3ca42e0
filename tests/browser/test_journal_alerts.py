"""On a phone, a sign of danger written in the journal is answered the moment it is saved
(issue 11, silence 4): a symptom logged with one tap on a warning sign shows what to do and whom
to call; a check-in with words about harm shows the crisis lines first, then offers a wellbeing
check. Light and dark, nothing sideways, and axe finds nothing on either page."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households
from nestling.services.access import Actor
from tests.browser.conftest import PHONE, shot
from tests.browser.test_accessibility import violations
from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _family() -> int:
    maya = make_user("maya")
    member = households.create(
        actor=Actor(user=maya),
        settings=HouseholdSettings("Maya's", "Europe/London", "GB", "metric", time(6)),
        relationship="mother",
        now=timezone.now(),
    )
    return babies.create(
        actor=Actor(user=maya),
        household_id=member.household_id,
        values={"name": "Robin", "birth_date": date.today() - timedelta(days=49)},
        now=timezone.now(),
    ).baby.pk


def _login(page: Any, url: str) -> None:
    page.goto(url + "/accounts/login/")
    page.get_by_label("Username").fill("maya")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda u: "/accounts/login/" not in u)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_danger_in_the_journal_is_answered_at_once(
    live_server: Any, browser: Any, scheme: str
) -> None:
    baby_id = _family()
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        _login(page, live_server.url)
        page.goto(f"{live_server.url}/babies/{baby_id}/log/")
        page.get_by_text("More: log with details").click()
        page.get_by_role("link", name="Symptom").click()
        page.get_by_label("A high-pitched, weak or non-stop cry, not like their usual cry").check()
        page.get_by_label("What did you notice?").fill("weak high-pitched cry, won't settle")
        page.get_by_role("button", name="Save").click()

        flag = page.get_by_role("alert").first
        assert "Get medical help now: An unusual cry" in flag.inner_text()
        assert flag.get_by_role("link", name="Call 111 · NHS 111").is_visible()
        box = flag.bounding_box()
        assert (
            box is not None and box["y"] < page.get_by_text("Logged: Symptom").bounding_box()["y"]
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert violations(page) == []
        shot(page, f"journal-sign-alert-{scheme}")

        page.goto(f"{live_server.url}/babies/{baby_id}/log/checkin/")
        page.get_by_label("Mood").select_option("1")
        page.get_by_label("Stress").select_option("5")
        page.get_by_label("Note").fill("I feel like hurting the baby and I want to die")
        page.get_by_role("button", name="Save").click()

        crisis = page.get_by_role("alert").first
        assert "You don't have to carry this alone" in crisis.inner_text()
        assert crisis.get_by_role("link", name="Call 116 123 · Samaritans").is_visible()
        assert page.get_by_role("link", name="Take a short wellbeing check").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert violations(page) == []
        shot(page, f"journal-harm-alert-{scheme}")

        # The baby's page reads the logged sign for everyone in the household.
        page.goto(f"{live_server.url}/babies/{baby_id}/")
        assert "An unusual cry" in page.get_by_role("alert").first.inner_text()
        shot(page, f"baby-page-sign-{scheme}")
    finally:
        context.close()
