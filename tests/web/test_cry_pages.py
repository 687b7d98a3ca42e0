"""Cry helper pages: one tap to start, warning signs on top, tried/helped on each suggestion,
"stopped crying" logs the spell; who may see and do what; the household's units."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nestling.services import babies, journal, timers
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import Entry, Household
from tests.conftest import World, page_client


def test_a_crying_spell_from_start_to_stop(world: World) -> None:
    client = page_client(world.alice)
    start = client.post(f"/babies/{world.baby_id}/cry/start/")
    assert start["Location"] == f"/babies/{world.baby_id}/cry/"
    spell = Entry.objects.get(kind="cry", running=True)
    page = client.get(start["Location"]).content.decode()
    assert "Crying since" in page and "Stopped crying" in page
    assert page.index("Quick safety check") < page.index("What might it be?")

    ticked = client.post(f"/babies/{world.baby_id}/cry/symptom/", {"symptom": "seizure"})
    assert ticked["Location"] == f"/babies/{world.baby_id}/cry/?s=seizure"
    page = client.get(ticked["Location"]).content.decode()
    assert page.index("Call for help now") < page.index("Quick safety check")
    assert 'href="tel:999"' in page and 'role="alert"' in page
    assert Entry.objects.get(kind="symptom").details == {"signs": ["seizure"]}

    tried = client.post(
        f"/cry/{spell.pk}/tried/", {"soothing": "feed", "helped": "0", "s": ["seizure"]}
    )
    assert tried["Location"] == f"/babies/{world.baby_id}/cry/?s=seizure#reasons"
    page = client.get(tried["Location"]).content.decode()
    assert "Noted: A feed, no change yet." in page and "tried, no change" in page
    # "That helped" ends the spell in one tap, and offers to undo it on the same spot.
    helped = client.post(f"/cry/{spell.pk}/tried/", {"soothing": "rocking", "helped": "1"})
    assert helped["Location"].endswith("#spell")
    page = client.get(helped["Location"]).content.decode()
    assert "Noted: Rocking helped, and the crying spell is logged." in page
    assert f'action="/cry/{spell.pk}/resume/"' in page
    spell.refresh_from_db()
    assert not spell.running and spell.details["soothed_by"] == ["rocking"]
    client.post(f"/cry/{spell.pk}/resume/", {"soothing": "rocking"})  # still crying after all
    spell.refresh_from_db()
    assert spell.running and spell.ended_at is None and spell.details["soothed_by"] == []

    client.post(f"/cry/{spell.pk}/tried/", {"soothing": "rocking", "helped": "1"})
    logged = client.get(f"/babies/{world.baby_id}/timeline/").content.decode()
    assert "soothed by rocking" in logged
    spell.refresh_from_db()
    assert not spell.running and spell.details == {
        "tried": ["feed", "rocking"],
        "soothed_by": ["rocking"],
    }


def test_the_other_parent_sees_and_ends_the_same_spell(world: World) -> None:
    page_client(world.alice).post(f"/babies/{world.baby_id}/cry/start/")
    bob = page_client(world.bob)
    bob.post(f"/babies/{world.baby_id}/cry/start/")  # Bob's tap joins Alice's spell
    spell = Entry.objects.get(kind="cry")
    assert "Crying since" in bob.get(f"/babies/{world.baby_id}/cry/").content.decode()
    bob.post(f"/cry/{spell.pk}/stop/")
    again = page_client(world.alice).post(f"/cry/{spell.pk}/stop/", follow=True)
    assert "Bob already stopped this timer" in again.content.decode()


def test_the_big_button_is_on_the_baby_page_and_the_quick_log(world: World) -> None:
    for path in (f"/babies/{world.baby_id}/", f"/babies/{world.baby_id}/log/"):
        page = page_client(world.alice).get(path).content.decode()
        assert f'action="/babies/{world.baby_id}/cry/start/"' in page
        viewer = page_client(world.vera).get(f"/babies/{world.baby_id}/").content.decode()
        assert f'href="/babies/{world.baby_id}/cry/"' in viewer and "cry/start" not in viewer
    bump = babies.create(
        actor=Actor(user=world.alice),
        household_id=world.home_id,
        values={"name": "Bump", "due_date": timezone.now().date() + timedelta(days=90)},
        now=timezone.now(),
    ).baby
    assert "cry/start" not in page_client(world.alice).get(f"/babies/{bump.pk}/").content.decode()
    not_yet = page_client(world.alice).get(f"/babies/{bump.pk}/cry/", follow=True)
    assert "for after the birth" in not_yet.content.decode()


def test_a_viewer_reads_the_check_but_records_nothing(world: World) -> None:
    spell = timers.start_timer(
        actor=Actor(user=world.alice), baby_id=world.baby_id, kind="cry", now=timezone.now()
    )
    vera = page_client(world.vera)
    page = vera.get(f"/babies/{world.baby_id}/cry/").content.decode()
    assert "What might it be?" in page and "Crying since" in page
    assert "Stopped crying" not in page and "That helped" not in page
    assert f'href="/babies/{world.baby_id}/cry/?s=seizure"' in page  # ticking only reads
    assert (
        "Call for help now" in vera.get(f"/babies/{world.baby_id}/cry/?s=seizure").content.decode()
    )
    assert vera.post(f"/babies/{world.baby_id}/cry/start/").status_code == 403
    assert (
        vera.post(f"/babies/{world.baby_id}/cry/symptom/", {"symptom": "seizure"}).status_code
        == 403
    )
    assert vera.post(f"/cry/{spell.pk}/tried/", {"soothing": "feed"}).status_code == 403
    assert vera.post(f"/cry/{spell.pk}/stop/").status_code == 403
    assert Entry.objects.count() == 1


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/babies/{baby}/cry/"),
        ("post", "/babies/{baby}/cry/start/"),
        ("post", "/babies/{baby}/cry/symptom/"),
        ("post", "/cry/{spell}/tried/"),
        ("post", "/cry/{spell}/stop/"),
    ],
)
def test_strangers_get_404_and_anonymous_visitors_the_login(
    world: World, method: str, path: str
) -> None:
    spell = timers.start_timer(
        actor=Actor(user=world.alice), baby_id=world.baby_id, kind="cry", now=timezone.now()
    )
    url = path.format(baby=world.baby_id, spell=spell.pk)
    assert getattr(page_client(world.charlie), method)(url).status_code == 404
    anonymous = getattr(page_client(None), method)(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
    if method == "post":
        assert page_client(world.alice).get(url).status_code == 405


def test_the_page_uses_the_households_units_and_time_zone(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(units="imperial", time_zone="Asia/Tokyo")
    now = timezone.now()
    journal.record(
        actor=Actor(user=world.alice),
        baby_id=world.baby_id,
        data=EntryData(kind="temperature", details={"celsius": 38.5}, started_at=now),
        now=now,
    )
    page = page_client(world.alice).get(f"/babies/{world.baby_id}/cry/").content.decode()
    local = timezone.localtime(now, timezone=timezone.get_fixed_timezone(9 * 60))
    assert f"101.3 °F at {local:%H:%M}" in page


def test_unknown_signs_in_the_address_are_ignored(world: World) -> None:
    page = page_client(world.alice).get(f"/babies/{world.baby_id}/cry/?s=sneezing&s=<b>")
    assert page.status_code == 200 and "Call for help now" not in page.content.decode()
