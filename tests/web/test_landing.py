"""Land on the baby: after signing in (and from the logo) the baby's page, a picker when there
are several, and a tab bar that keeps the baby one tap away on every page."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from nestling.services import babies
from nestling.services.access import Actor
from nestling.store.models import Entry
from tests.conftest import World, page_client


def test_one_baby_lands_on_its_page(world: World) -> None:
    response = page_client(world.bob).get("/")
    assert response.status_code == 302 and response["Location"] == f"/babies/{world.baby_id}/"


def test_twins_get_a_picker_of_babies(world: World) -> None:
    twin = babies.create(
        actor=Actor(user=world.alice),
        household_id=world.home_id,
        values={"name": "Bea", "birth_date": date.today() - timedelta(days=49)},
        now=timezone.now(),
    ).baby
    page = page_client(world.alice).get("/").content.decode()
    assert f'href="/babies/{world.baby_id}/"' in page and f'href="/babies/{twin.pk}/"' in page
    assert "Who are you looking after?" in page


def test_a_household_without_a_baby_lands_on_the_household(world: World) -> None:
    from nestling.store.models import Baby

    Baby.objects.filter(pk=world.other_baby_id).delete()
    response = page_client(world.charlie).get("/")
    assert response["Location"] == f"/households/{world.other_home_id}/"


def test_the_tab_bar_follows_the_baby_last_looked_at(world: World) -> None:
    client = page_client(world.alice)
    client.get(f"/babies/{world.baby_id}/timeline/")
    page = client.get("/practices/").content.decode()
    tabs = page[page.index('class="tabbar"') :]
    assert f'href="/babies/{world.baby_id}/"' in tabs
    assert f'href="/babies/{world.baby_id}/log/"' in tabs
    assert 'href="/practices/" aria-current="page"' in tabs


def test_a_stranger_following_the_tab_bar_finds_nothing(world: World) -> None:
    client = page_client(world.charlie)
    client.get(f"/babies/{world.other_baby_id}/")
    assert client.get(f"/babies/{world.baby_id}/").status_code == 404
    page = client.get("/practices/").content.decode()
    assert f"/babies/{world.baby_id}/" not in page


def test_the_baby_page_answers_the_questions_asked_most(world: World) -> None:
    alice, bob = page_client(world.alice), page_client(world.bob)
    bob.post(f"/babies/{world.baby_id}/log/", {"tap": "timer:feed:left"})
    alice.post(f"/babies/{world.baby_id}/log/", {"tap": "log:diaper:wet"})
    alice.post(f"/babies/{world.baby_id}/log/", {"tap": "log:reading"})
    page = alice.get(f"/babies/{world.baby_id}/").content.decode()
    glance = page[page.index('id="glance-h"') : page.index("Today's moments")]
    assert "feeding now" in glance and "Next: Right side" in glance
    assert "Today: 1 wet, 0 dirty" in glance and "Alice: 1" in glance
    assert "started by Bob" in glance  # the other parent's running timer, stoppable here
    timer = Entry.objects.get(kind="feed", running=True)
    stopped = alice.post(f"/timers/{timer.pk}/stop/", {"next": f"/babies/{world.baby_id}/"})
    assert stopped["Location"] == f"/babies/{world.baby_id}/"
    assert not Entry.objects.filter(running=True).exists()
    outside = alice.post(f"/timers/{timer.pk}/stop/", {"next": "https://evil.example/"})
    assert outside["Location"].startswith(f"/babies/{world.baby_id}/log/")


def test_a_stranger_sees_no_glance(world: World) -> None:
    assert page_client(world.charlie).get(f"/babies/{world.baby_id}/").status_code == 404
