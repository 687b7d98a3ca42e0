"""Pages answer a sign of danger the moment it is saved (issue 11, silences 4 and 8): a sign
picked with one tap on the symptom form, danger words in a note or a check-in, a very hard
check-in, fewer fetal movements; and the baby's page reads the journal's warning signs."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from nestling.services import babies, journal
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import Entry
from tests.conftest import World, page_client


def _when() -> str:
    return timezone.localtime(timezone.now()).strftime("%Y-%m-%dT%H:%M")


def test_a_sign_picked_on_the_symptom_form_shows_what_to_do_at_once(world: World) -> None:
    client = page_client(world.alice)
    form = client.get(f"/babies/{world.baby_id}/log/symptom/").content.decode()
    assert 'type="checkbox" name="signs" value="breathing_pauses"' in form
    assert "Pauses in breathing, or stopped breathing" in form
    saved = client.post(
        f"/babies/{world.baby_id}/log/symptom/",
        {"started_at": _when(), "caregiver": world.alice.pk, "signs": ["breathing_pauses"]},
    )
    assert saved.status_code == 302, saved.content.decode()[:2000]
    entry = Entry.objects.get(kind="symptom")
    assert entry.details == {"signs": ["breathing_pauses"]}
    page = client.get(saved["Location"]).content.decode()
    assert "Call for help now: Pauses in breathing" in page
    assert page.index('role="alert"') < page.index("Logged: Symptom")
    assert 'href="tel:999"' in page


def test_a_symptom_needs_a_sign_or_words_on_the_form(world: World) -> None:
    client = page_client(world.alice)
    page = client.post(
        f"/babies/{world.baby_id}/log/symptom/",
        {"started_at": _when(), "caregiver": world.alice.pk},
    ).content.decode()
    assert "Pick a warning sign, or say in a few words what you noticed." in page
    assert not Entry.objects.filter(kind="symptom").exists()


def test_the_issues_check_in_shows_crisis_help_and_offers_a_wellbeing_check(world: World) -> None:
    client = page_client(world.alice)
    saved = client.post(
        f"/babies/{world.baby_id}/log/checkin/",
        {
            "started_at": _when(),
            "mood": "1",
            "stress": "5",
            "note": "I feel like hurting the baby and I want to die",
        },
    )
    assert saved.status_code == 302
    page = client.get(saved["Location"]).content.decode()
    assert "You don&#x27;t have to carry this alone" in page
    assert 'href="tel:116123"' in page  # Samaritans, the verified crisis line for GB
    assert "put them down somewhere safe" in page
    assert "That sounds like a hard day" in page and 'href="/wellbeing/"' in page
    assert page.index("You don&#x27;t have to carry this alone") < page.index("That sounds like")


def test_a_plain_entry_shows_no_alert(world: World) -> None:
    client = page_client(world.alice)
    tapped = client.post(f"/babies/{world.baby_id}/log/", {"tap": "log:diaper:wet"})
    page = client.get(tapped["Location"]).content.decode()
    assert "Logged: Diaper" in page and 'class="alert-box' not in page


def test_an_edit_that_adds_danger_words_shows_the_help_on_the_timeline(world: World) -> None:
    now = timezone.now()
    entry = journal.record(
        actor=Actor(user=world.alice),
        baby_id=world.baby_id,
        data=EntryData(kind="note", note="Quiet afternoon"),
        now=now,
    )[0]
    client = page_client(world.alice)
    saved = client.post(
        f"/entries/{entry.pk}/edit/",
        {
            "started_at": timezone.localtime(entry.started_at).strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.alice.pk,
            "note": "She had a fit in the bath",
            "version": entry.version,
        },
    )
    assert saved.status_code == 302 and f"saved={entry.pk}" in saved["Location"]
    page = client.get(saved["Location"]).content.decode()
    assert "Call for help now: A fit (seizure)" in page


def test_the_babys_page_reads_a_sign_logged_in_the_journal(world: World) -> None:
    client = page_client(world.bob)
    calm = client.get(f"/babies/{world.baby_id}/").content.decode()
    assert 'class="alert-box' not in calm
    now = timezone.now()
    journal.record(
        actor=Actor(user=world.alice),
        baby_id=world.baby_id,
        data=EntryData(
            kind="symptom",
            started_at=now - timedelta(minutes=5),
            details={"description": "weak high-pitched cry, won't settle"},
        ),
        now=now,
    )
    page = client.get(f"/babies/{world.baby_id}/").content.decode()
    assert "Get medical help now: An unusual cry" in page
    assert "weak high-pitched cry, won&#x27;t settle" in page
    assert page.index('role="alert"') < page.index("Quick log")
    assert 'href="tel:111"' in page


def test_fewer_fetal_movements_are_answered_on_every_page(world: World) -> None:
    bump = babies.create(
        actor=Actor(user=world.alice),
        household_id=world.home_id,
        values={"name": "Bump", "due_date": date.today() + timedelta(days=60)},
        now=timezone.now(),
    ).baby
    client = page_client(world.alice)
    words = "call your midwife or maternity unit now — do not wait until tomorrow"
    assert words in client.get(f"/babies/{bump.pk}/").content.decode()
    assert words in client.get(f"/babies/{bump.pk}/log/fetal_movement/").content.decode()
    tapped = client.post(f"/babies/{bump.pk}/log/", {"tap": "log:fetal_movement:less"})
    page = client.get(tapped["Location"]).content.decode()
    assert "Call your midwife or maternity unit now" in page and 'role="alert"' in page
    assert words in client.get(f"/babies/{bump.pk}/timeline/").content.decode()
