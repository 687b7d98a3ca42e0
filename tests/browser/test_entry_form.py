"""A form that changes with the choice: a bottle feed asks for an amount, a breast feed for
sides."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households
from nestling.services.access import Actor
from nestling.store.models import Entry
from tests.browser.conftest import shot
from tests.conftest import PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _signed_in_with_a_baby(live_server: Any, phone: Any) -> Any:
    """Maya, a household and a 7-week-old, signed in on the phone."""
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
    return baby


def test_the_feed_form_shows_only_what_the_method_needs(live_server: Any, phone: Any) -> None:
    baby = _signed_in_with_a_baby(live_server, phone)
    phone.goto(f"{live_server.url}/babies/{baby.pk}/log/feed/")

    phone.get_by_label("How").select_option("breast")
    assert phone.get_by_label("Left (minutes)").is_visible()
    assert not phone.get_by_label("Amount (ml)").is_visible()
    phone.get_by_label("How").select_option("bottle")
    assert phone.get_by_label("Amount (ml)").is_visible()
    assert not phone.get_by_label("Left (minutes)").is_visible()
    assert not phone.get_by_label("Foods (comma-separated)").is_visible()
    shot(phone, "feed-form-bottle")
    phone.get_by_label("Amount (ml)").fill("90")
    # Time chips count from the household's clock: "30 min ago" is half an hour before "Now".
    when = phone.get_by_label("When")
    phone.get_by_role("button", name="Now").first.click()
    now_value = when.input_value()
    phone.get_by_role("button", name="30 min ago").first.click()
    assert datetime.fromisoformat(when.input_value()) == datetime.fromisoformat(
        now_value
    ) - timedelta(minutes=30)
    for chip in phone.locator(".time-chips .chip").all():
        box = chip.bounding_box()
        assert box is not None and box["height"] >= 44
    phone.get_by_role("button", name="Save").click()
    assert phone.get_by_text("Logged: Feed").is_visible()
    entry = Entry.objects.get()
    assert entry.details == {"method": "bottle", "amount_ml": 90.0}
    assert timezone.now() - entry.started_at >= timedelta(minutes=29)


def test_the_crying_form_is_a_short_list_of_big_toggles(live_server: Any, phone: Any) -> None:
    baby = _signed_in_with_a_baby(live_server, phone)
    phone.goto(f"{live_server.url}/babies/{baby.pk}/log/cry/")
    for name in ("What you tried", "What helped"):
        group = phone.get_by_role("group", name=name).bounding_box()
        # Two columns of toggles: 17 choices took about 1,000 px as a list of checkboxes.
        assert group is not None and group["height"] < 560, (name, group)
    toggle = phone.get_by_role("group", name="What helped").get_by_text("Rocking")
    box = toggle.locator("xpath=..").bounding_box()
    assert box is not None and box["height"] >= 44
    shot(phone, "cry-form")
