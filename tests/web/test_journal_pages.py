"""Journal pages: one-tap logging, undo, timers, the detail form in household units, the
timeline's family day, edit conflicts and who may do what."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from django.utils import timezone

from nestling.store.models import Entry, Household
from tests.conftest import World, page_client


def test_one_tap_logs_now_and_can_be_undone(world: World) -> None:
    client = page_client(world.alice)
    response = client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:diaper:dirty"})
    entry = Entry.objects.get()
    assert response["Location"] == f"/babies/{world.baby_id}/log/?logged={entry.pk}"
    assert entry.details == {"contents": "dirty"} and entry.caregiver == world.alice
    page = client.get(response["Location"]).content.decode()
    assert "Logged: Diaper" in page and "Undo" in page
    client.post(f"/babies/{world.baby_id}/undo/")
    assert not Entry.objects.exists()
    nothing = client.post(f"/babies/{world.baby_id}/undo/", follow=True).content.decode()
    assert "nothing of yours" in nothing


def test_bob_cannot_undo_alices_entry(world: World) -> None:
    page_client(world.alice).post(f"/babies/{world.baby_id}/log/", {"tap": "log:smile"})
    page_client(world.bob).post(f"/babies/{world.baby_id}/undo/")
    assert Entry.objects.count() == 1


def test_timer_started_by_one_is_stopped_by_the_other(world: World) -> None:
    page_client(world.alice).post(f"/babies/{world.baby_id}/log/", {"tap": "timer:feed:left"})
    timer = Entry.objects.get(running=True)
    bob = page_client(world.bob)
    page = bob.get(f"/babies/{world.baby_id}/log/").content.decode()
    assert "Running now" in page and "started by Alice" in page
    bob.post(f"/timers/{timer.pk}/switch/")
    stop = bob.post(f"/timers/{timer.pk}/stop/")
    assert stop.status_code == 302
    timer.refresh_from_db()
    assert not timer.running and timer.stopped_by == world.bob
    again = page_client(world.alice).post(f"/timers/{timer.pk}/stop/", follow=True)
    assert "Bob already stopped this timer" in again.content.decode()


def test_twins_in_one_tap(world: World) -> None:
    client = page_client(world.alice)
    client.post(
        f"/households/{world.home_id}/babies/new/", {"name": "Bea", "birth_date": "2026-10-04"}
    )
    twin = world.baby_id + 2  # after Ada and charlie's Cleo
    page = client.get(f"/babies/{world.baby_id}/log/").content.decode()
    assert "Also log for" in page and "Bea" in page
    client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:reading", "also": [str(twin)]})
    assert sorted(Entry.objects.values_list("baby_id", flat=True)) == [world.baby_id, twin]


@pytest.mark.parametrize(
    ("units", "typed", "stored"), [("metric", "38.2", 38.2), ("imperial", "100.4", 38.0)]
)
def test_temperature_in_household_units(
    world: World, units: str, typed: str, stored: float
) -> None:
    Household.objects.filter(pk=world.home_id).update(units=units)
    client = page_client(world.alice)
    form = client.get(f"/babies/{world.baby_id}/log/temperature/").content.decode()
    assert ("°F" in form) is (units == "imperial")
    now = timezone.localtime(timezone.now(), timezone=timezone.get_fixed_timezone(0))
    response = client.post(
        f"/babies/{world.baby_id}/log/temperature/",
        {
            "started_at": now.astimezone(timezone.get_current_timezone()).strftime(
                "%Y-%m-%dT%H:%M"
            ),
            "caregiver": world.alice.pk,
            "celsius": typed,
            "method": "armpit",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert Entry.objects.get().details["celsius"] == stored
    timeline = client.get(f"/babies/{world.baby_id}/timeline/").content.decode()
    assert ("100.4 °F" if units == "imperial" else "38.2 °C") in timeline


def test_detail_form_shows_errors_next_to_fields(world: World) -> None:
    client = page_client(world.alice)
    page = client.post(
        f"/babies/{world.baby_id}/log/temperature/",
        {"started_at": "2026-11-20T10:00", "caregiver": world.alice.pk, "celsius": "47"},
    )
    assert page.status_code == 200
    assert "less than or equal to 45" in page.content.decode()
    assert not Entry.objects.exists()


def test_timeline_day_starts_at_the_household_hour(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(time_zone="UTC", day_starts_at=time(6))
    now = timezone.now()
    yesterday = (now - timedelta(days=1)).date()
    night_feed = datetime.combine(yesterday + timedelta(days=1), time(3, 0), tzinfo=UTC)
    evening = datetime.combine(yesterday, time(21, 0), tzinfo=UTC)
    for moment in (night_feed, evening):
        Entry.objects.create(
            baby_id=world.baby_id,
            kind="smile",
            started_at=moment,
            caregiver=world.alice,
            created_at=now,
            updated_at=now,
        )
    page = (
        page_client(world.vera)
        .get(f"/babies/{world.baby_id}/timeline/?day={yesterday.isoformat()}")
        .content.decode()
    )
    assert "03:00" in page and "21:00" in page
    assert page.index("03:00") < page.index("21:00")  # newest first


def test_timeline_filters(world: World) -> None:
    client = page_client(world.alice)
    client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:smile"})
    page_client(world.bob).post(f"/babies/{world.baby_id}/log/", {"tap": "log:babble"})
    by_kind = client.get(f"/babies/{world.baby_id}/timeline/?kind=babble").content.decode()
    assert "<strong>Babbling" in by_kind and "<strong>Smiling" not in by_kind
    by_who = client.get(
        f"/babies/{world.baby_id}/timeline/?caregiver={world.alice.pk}"
    ).content.decode()
    assert "<strong>Smiling" in by_who and "<strong>Babbling" not in by_who


def test_edit_conflict_is_explained(world: World) -> None:
    client = page_client(world.alice)
    client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:diaper:wet"})
    entry = Entry.objects.get()
    started = timezone.localtime(entry.started_at).strftime("%Y-%m-%dT%H:%M")
    Entry.objects.filter(pk=entry.pk).update(version=2)  # bob saved in between
    page = client.post(
        f"/entries/{entry.pk}/edit/",
        {"started_at": started, "caregiver": world.alice.pk, "contents": "dirty", "version": 1},
    )
    text = page.content.decode()
    assert "Someone else changed this entry" in text, text[text.find("novalidate") :][:2500]
    assert Entry.objects.get().details == {"contents": "wet"}


def test_delete_asks_first(world: World) -> None:
    client = page_client(world.alice)
    client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:smile"})
    entry = Entry.objects.get()
    assert "Delete this entry?" in client.get(f"/entries/{entry.pk}/delete/").content.decode()
    client.post(f"/entries/{entry.pk}/delete/")
    assert not Entry.objects.exists()


@pytest.mark.parametrize(("persona", "status"), [("vera", 403), ("charlie", 404)])
def test_viewers_and_strangers_cannot_log(world: World, persona: str, status: int) -> None:
    page_client(world.alice).post(f"/babies/{world.baby_id}/log/", {"tap": "log:smile"})
    entry = Entry.objects.get()
    client = page_client(getattr(world, persona))
    assert (
        client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:smile"}).status_code
        in (status, 302)
        or Entry.objects.count() == 1
    )
    assert Entry.objects.count() == 1
    assert client.get(f"/babies/{world.baby_id}/log/temperature/").status_code == status
    assert client.get(f"/entries/{entry.pk}/edit/").status_code == status
    assert client.post(f"/entries/{entry.pk}/delete/").status_code == status
    assert client.post(f"/babies/{world.baby_id}/undo/").status_code == status
    reads = client.get(f"/babies/{world.baby_id}/timeline/").status_code
    assert reads == (200 if persona == "vera" else 404)


def test_anonymous_is_sent_to_login(db: None) -> None:
    client = page_client(None)
    for url in ("/babies/1/log/", "/babies/1/timeline/", "/entries/1/edit/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_form_keeps_only_details_that_apply_to_the_choice(world: World) -> None:
    client = page_client(world.alice)
    form = client.get(f"/babies/{world.baby_id}/log/feed/").content.decode()
    assert 'data-when="method:breast"' in form  # pages can hide what does not apply
    response = client.post(
        f"/babies/{world.baby_id}/log/feed/",
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.alice.pk,
            "method": "bottle",
            "amount_ml": "90",
            "milk": "formula",
            "left_minutes": "12",  # typed before switching to a bottle: not a bottle's detail
        },
    )
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert Entry.objects.get().details == {"method": "bottle", "amount_ml": 90.0, "milk": "formula"}


def test_an_imperial_weight_is_typed_in_pounds_and_ounces(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(units="imperial")
    client = page_client(world.alice)
    response = client.post(
        f"/babies/{world.baby_id}/log/weight/",
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.alice.pk,
            "grams_lb": "7",
            "grams_oz": "2",
        },
    )
    assert response.status_code == 302, response.content.decode()[-1500:]
    entry = Entry.objects.get()
    assert entry.details == {"grams": 3232.0}
    edit = client.get(f"/entries/{entry.pk}/edit/").content.decode()
    assert 'name="grams_lb" value="7.0"' in edit and 'name="grams_oz" value="2.0"' in edit


def test_the_usual_bottle_is_one_tap_once_one_was_logged(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(units="imperial")
    client = page_client(world.alice)
    page = client.get(f"/babies/{world.baby_id}/log/").content.decode()
    assert "log:feed:bottle" not in page  # nothing to remember yet: the detail form first
    page_client(world.bob).post(
        f"/babies/{world.baby_id}/log/feed/",
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.bob.pk,
            "method": "bottle",
            "amount_ml": "4",
            "milk": "formula",
        },
    )
    page = client.get(f"/babies/{world.baby_id}/log/").content.decode()
    assert 'value="log:feed:bottle">Bottle · 4.0 oz formula<' in page
    client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:feed:bottle"})
    latest = Entry.objects.filter(kind="feed").order_by("-id").first()
    assert latest is not None and latest.caregiver_id == world.alice.pk
    assert latest.details == {"method": "bottle", "amount_ml": 118.3, "milk": "formula"}


def test_a_stranger_cannot_use_another_family_s_usual_bottle(world: World) -> None:
    client = page_client(world.charlie)
    response = client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:feed:bottle"})
    assert response.status_code == 404
    assert not Entry.objects.exists()
