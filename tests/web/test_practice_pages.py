"""Bonding pages: library, practice detail, today's moments and a guided session."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from nestling.store.models import Entry
from tests.conftest import World, page_client


def test_library_and_detail(world: World) -> None:
    client = page_client(world.carl)
    page = client.get("/practices/?q=massage").content.decode()
    assert "Gentle baby massage" in page
    detail = client.get("/practices/baby-massage/").content.decode()
    assert "Keeping it safe" in detail and "Cochrane" in detail and "Start with Ada" in detail
    assert client.get("/practices/not-a-thing/").status_code == 404


def test_home_page_shows_todays_moments_with_reasons(world: World) -> None:
    page = page_client(world.bob).get(f"/babies/{world.baby_id}/").content.decode()
    assert "Today's moments" in page and "Hands-on time" in page


def test_swap_from_the_home_page(world: World) -> None:
    client = page_client(world.alice)
    page = client.get(f"/babies/{world.baby_id}/").content.decode()
    first = page.split("/plan/")[1].split("/")[0]
    client.post(f"/babies/{world.baby_id}/plan/{first}/", {"action": "swap"})
    assert f"/plan/{first}/" not in client.get(f"/babies/{world.baby_id}/").content.decode()


def test_guided_session_logs_the_entry(world: World) -> None:
    client = page_client(world.alice)
    started = (timezone.now() - timedelta(minutes=10)).isoformat()
    intro = client.get(f"/babies/{world.baby_id}/practices/skin-to-skin/guide/").content.decode()
    assert "Before you start" in intro and "awake" in intro
    step = client.get(f"/babies/{world.baby_id}/practices/skin-to-skin/guide/?step=1").content
    assert "Step 1 of" in step.decode()
    response = client.post(
        f"/babies/{world.baby_id}/practices/skin-to-skin/finish/",
        {"started": started, "response": "asleep", "note": "so peaceful"},
    )
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert (entry.kind, entry.details, entry.note) == (
        "skin_to_skin",
        {"response": "asleep"},
        "so peaceful",
    )
    assert round((entry.ended_at - entry.started_at).total_seconds() / 60) == 10


def test_strangers_cannot_guide_with_someone_elses_baby(world: World) -> None:
    client = page_client(world.charlie)
    assert client.get(f"/babies/{world.baby_id}/practices/skin-to-skin/guide/").status_code == 404
    finish = client.post(
        f"/babies/{world.baby_id}/practices/skin-to-skin/finish/",
        {"started": timezone.now().isoformat()},
    )
    assert finish.status_code == 404
    assert (
        client.post(f"/babies/{world.baby_id}/plan/skin-to-skin/", {"action": "swap"}).status_code
        == 404
    )
    assert not Entry.objects.exists()


def test_viewer_cannot_log_a_session(world: World) -> None:
    response = page_client(world.vera).post(
        f"/babies/{world.baby_id}/practices/skin-to-skin/finish/",
        {"started": timezone.now().isoformat()},
    )
    assert response.status_code == 403 and not Entry.objects.exists()


def test_the_week_celebrates_only_what_happened(world: World) -> None:
    client = page_client(world.alice)
    page = client.get(f"/babies/{world.baby_id}/").content.decode()
    assert "This week you and" not in page  # nothing yet, and nothing said about it
    for _ in range(3):
        client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:singing"})
    client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:reading"})
    page_client(world.bob).post(f"/babies/{world.baby_id}/log/", {"tap": "log:bath"})
    page = client.get(f"/babies/{world.baby_id}/").content.decode()
    assert "This week you and Ada shared: 3 songs, read together once." in page
    assert "bath" not in page.split("This week")[1].split("</p>")[0]  # only her own moments


def test_the_library_opens_on_the_baby_s_stage(world: World) -> None:
    client = page_client(world.alice)
    client.get(f"/babies/{world.baby_id}/")  # a 7-week-old, looked at last
    page = client.get("/practices/").content.decode()
    first_pregnancy = page.index("/practices/talk-to-your-bump/")
    assert page.index("/practices/skin-to-skin/") < first_pregnancy
    assert page.index("/practices/baby-massage/") < first_pregnancy
