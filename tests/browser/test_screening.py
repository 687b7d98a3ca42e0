"""On a phone, a mother answers the PHQ-9 one question at a time; an answer above zero to
item 9 brings the crisis panel first, before any score. Then her history, in dark mode too."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households
from nestling.services.access import Actor
from nestling.store.models import EscalationShown
from tests.browser.conftest import shot
from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _mother() -> None:
    maya = make_user("maya")
    member = households.create(
        actor=Actor(user=maya),
        settings=HouseholdSettings("Maya's", "Europe/London", "GB", "metric", time(6)),
        relationship="mother",
        now=timezone.now(),
    )
    babies.create(
        actor=Actor(user=maya),
        household_id=member.household_id,
        values={"name": "Robin", "birth_date": date.today() - timedelta(days=45)},
        now=timezone.now(),
    )


def test_phq9_item9_shows_the_crisis_panel_first(live_server: Any, phone: Any) -> None:
    _mother()
    phone.goto(live_server.url + "/accounts/login/")
    phone.get_by_label("Username").fill("maya")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Log in").click()
    phone.get_by_role("link", name="Wellbeing", exact=True).click()
    assert phone.get_by_role("heading", name="Suggested for you now").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "wellbeing")

    phone.goto(live_server.url + "/wellbeing/start/phq9/")
    phone.get_by_role("button", name="Begin").click()
    for number in range(1, 9):
        assert phone.get_by_text(f"Question {number} of 9").is_visible()
        phone.get_by_label("Not at all").check()
        if number == 2:
            shot(phone, "screening-question")
        phone.get_by_role("button", name="Next").click()
    assert phone.get_by_text("Question 9 of 9").is_visible()
    phone.get_by_label("Several days").check()
    phone.get_by_role("button", name="See my result").click()

    first = phone.locator("main > section").first
    assert "crisis" in (first.get_attribute("class") or "")
    assert first.get_by_role("heading", name="Help right now").is_visible()
    assert first.get_by_role("link", name="Call 999").is_visible()
    panel_top = first.bounding_box()["y"]
    score_top = phone.get_by_role("heading", name="Your result").bounding_box()["y"]
    assert panel_top < score_top
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "screening-result-crisis")
    phone.emulate_media(color_scheme="dark")
    shot(phone, "screening-result-crisis-dark")
    assert EscalationShown.objects.filter(crisis_panel=True, channel="page").count() == 1

    phone.get_by_label("Mark it to show at my next appointment").check()
    phone.get_by_role("button", name="Save", exact=True).click()
    assert phone.get_by_text("Saved.").is_visible()
    phone.get_by_role("link", name="Results over time").click()
    assert phone.locator("svg.chart circle.chart-dot").count() == 1
    assert phone.get_by_text("for my appointment").is_visible()
    # The history shows a result that called for help today: that help comes first (issue 11).
    first = phone.locator("main > section").first
    assert "crisis" in (first.get_attribute("class") or "")
    shot(phone, "screening-history-dark")


def _login(phone: Any, live_server: Any) -> None:
    _mother()
    phone.goto(live_server.url + "/accounts/login/")
    phone.get_by_label("Username").fill("maya")
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Log in").click()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_save_and_finish_later_after_item_9_puts_help_first(
    live_server: Any, phone: Any, scheme: str
) -> None:
    """Issue 11, silence 1: "Save and finish later" after item 9 used to say only "Saved"."""
    phone.emulate_media(color_scheme=scheme)
    _login(phone, live_server)
    phone.goto(live_server.url + "/wellbeing/start/phq9/")
    phone.get_by_role("button", name="Begin").click()
    phone.goto(phone.url + "?item=8")
    assert phone.get_by_text("Question 9 of 9").is_visible()
    phone.get_by_label("Several days").check()
    phone.get_by_role("button", name="Save and finish later").click()
    first = phone.locator("main > section").first
    assert "crisis" in (first.get_attribute("class") or "")
    assert first.get_by_role("link", name="Call 999").is_visible()
    panel_top = first.bounding_box()["y"]
    saved_top = phone.get_by_text("Saved. You can carry on whenever you like.").bounding_box()["y"]
    assert panel_top < saved_top
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, f"screening-saved-crisis-{scheme}")
    assert EscalationShown.objects.filter(crisis_panel=True, channel="page").count() == 1
    phone.get_by_role("link", name="Continue").first.click()  # coming back: help first again
    first = phone.locator("main > section").first
    assert "crisis" in (first.get_attribute("class") or "")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_skipped_item_9_is_named_and_help_is_listed_gently(
    live_server: Any, phone: Any, scheme: str
) -> None:
    """Issue 11, silence 2: item 9 skipped and the rest 0 used to say no support was needed."""
    phone.emulate_media(color_scheme=scheme)
    _login(phone, live_server)
    phone.goto(live_server.url + "/wellbeing/start/phq9/")
    phone.get_by_role("button", name="Begin").click()
    for _number in range(1, 9):
        phone.get_by_label("Not at all").check()
        phone.get_by_role("button", name="Next").click()
    assert phone.get_by_text("Question 9 of 9").is_visible()
    phone.get_by_role("button", name="Skip this question").click()
    assert phone.get_by_role("heading", name="Your result").is_visible()
    assert phone.get_by_text("No extra support needed").count() == 0
    assert phone.get_by_text("Question 9, about thoughts of being better off dead").is_visible()
    assert phone.get_by_text("Worth mentioning at the next appointment").is_visible()
    help_section = phone.get_by_role("region", name="Where to find help")
    assert help_section.get_by_role("link", name="Call 999").is_visible()
    assert phone.locator("section.crisis").count() == 0  # gently: no alarm panel
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, f"screening-skipped-item9-{scheme}")
