"""On a phone, a mother with a crying baby gets the safety check first, works down the checklist
one tap at a time, and the crying spell lands in the journal for the father to see."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households, journal
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import Entry
from tests.browser.conftest import PHONE, shot
from tests.conftest import PASSWORD, join, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _family() -> tuple[Any, Any, int]:
    maya, leo = make_user("maya"), make_user("leo")
    member = households.create(
        actor=Actor(user=maya),
        settings=HouseholdSettings("Maya's", "Europe/London", "GB", "metric", time(6)),
        relationship="mother",
        now=timezone.now(),
    )
    join(leo, member.household_id, maya, "parent", "father")
    baby = babies.create(
        actor=Actor(user=maya),
        household_id=member.household_id,
        values={"name": "Robin", "birth_date": date.today() - timedelta(days=49)},
        now=timezone.now(),
    ).baby
    return maya, leo, baby.pk


def _history(maya: Any, baby_id: int) -> None:
    """A feed over three hours ago, a nap, and past crying spells that rocking settled."""
    now = timezone.now()
    who = Actor(user=maya)

    def log(kind: str, ago: int, minutes: int | None = None, **details: Any) -> None:
        start = now - timedelta(minutes=ago)
        end = start + timedelta(minutes=minutes) if minutes else None
        data = EntryData(kind=kind, started_at=start, ended_at=end, details=details)
        data.set_fields = {"started_at", "ended_at"}
        journal.record(actor=who, baby_id=baby_id, data=data, now=now)

    log("feed", 200, 20, method="breast", side="left", left_minutes=18)
    log("diaper", 150, contents="wet")
    log("sleep", 130, 80)
    for day in range(1, 7):
        log("cry", day * 1440 + 5, 25, tried=["feed", "rocking"], soothed_by=["rocking"])


def _login(page: Any, url: str, username: str) -> None:
    page.goto(url + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_a_crying_spell_end_to_end(live_server: Any, phone: Any, browser: Any) -> None:
    maya, _leo, baby_id = _family()
    _history(maya, baby_id)
    _login(phone, live_server.url, "maya")
    phone.goto(f"{live_server.url}/babies/{baby_id}/")
    phone.get_by_role("button", name=re.compile("Baby's crying")).click()

    assert phone.get_by_role("heading", name="Baby's crying").is_visible()
    assert phone.get_by_text(re.compile(r"Crying since \d\d:\d\d")).is_visible()
    first = phone.locator(".cry-reason").first
    assert "Hungry?" in first.inner_text()  # last feed over 3 h ago at 7 weeks
    assert "rule of thumb, not medical guidance" in phone.locator("#reasons").text_content()
    assert "Rocking settled 6 of the last 6" in phone.content()
    shot(phone, "cry-helper")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    first.get_by_role("button", name="A feed: tried, no change").click()
    assert phone.get_by_text("Noted: A feed, no change yet.").is_visible()
    assert "Hungry?" not in phone.locator(".cry-reason").first.inner_text()

    phone.locator("#check summary").click()
    phone.get_by_role(
        "button", name="Breathing fast, grunting, or sucking in under the ribs"
    ).click()
    flag = phone.get_by_role("alert").first
    assert "Get medical help now" in flag.inner_text()
    assert flag.get_by_role("link", name=re.compile("Call 111")).is_visible()
    box = flag.bounding_box()
    assert box is not None and box["y"] < phone.locator("#check").bounding_box()["y"]
    shot(phone, "cry-red-flag")

    phone.get_by_role("button", name="Rocking: that helped").first.click()
    assert phone.get_by_text(re.compile("Noted: Rocking helped")).is_visible()
    undo = phone.get_by_role("button", name=re.compile("Still crying"))
    assert undo.is_visible()
    box = undo.bounding_box()
    assert box is not None and box["y"] < 844  # the page does not jump to the top
    shot(phone, "cry-logged")

    spell = Entry.objects.filter(kind="cry", running=False).order_by("-started_at").first()
    assert spell is not None and spell.ended_at is not None
    assert spell.details["tried"] == ["feed", "rocking"]
    assert spell.details["soothed_by"] == ["rocking"]
    assert Entry.objects.filter(kind="symptom", baby_id=baby_id).count() == 1

    # The father sees the spell and the ticked sign in the shared timeline, in the dark.
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, color_scheme="dark"
    )
    dad = context.new_page()
    _login(dad, live_server.url, "leo")
    dad.goto(f"{live_server.url}/babies/{baby_id}/timeline/")
    text = dad.locator("main").inner_text()
    assert "Crying" in text and "Breathing fast" in text
    dad.goto(f"{live_server.url}/babies/{baby_id}/cry/?s=breathing_hard")
    shot(dad, "cry-helper-dark")
    context.close()
