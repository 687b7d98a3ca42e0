"""Wellbeing pages: who may open what, one question per screen with back/skip/save and resume,
the crisis panel first, sharing, the history chart, snoozing and the public help page."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from nestling.services import instruments, screenings
from nestling.services.access import Actor
from nestling.store.models import EscalationShown, Screening, ScreeningSnooze
from tests.conftest import World, page_client

PERSONAS = ("alice", "bob", "carl", "vera", "charlie")
EVERYONE = dict(alice=200, bob=200, carl=200, vera=200, charlie=200)
ALICE = dict(alice=200, bob=404, carl=404, vera=404, charlie=404)
HOUSEHOLD = dict(alice=200, bob=200, carl=200, vera=200, charlie=404)
FAKE_EPDS = {
    "intro": "Pretend introduction.",
    "items": [
        {"text": f"Pretend question {n}", "options": [f"Pretend {n}.{i}" for i in range(4)]}
        for n in range(1, 11)
    ],
}


def completed(
    world: World, answers: list[int | None], *, shared: bool = False, instrument: str = "phq9"
) -> Screening:
    return screenings.record(
        actor=Actor(user=world.alice),
        instrument=instrument,
        answers=answers,
        shared_with_household=shared,
        share_scope="score" if shared else None,
        now=timezone.now(),
    ).screening


def under_way(world: World) -> Screening:
    return screenings.start(actor=Actor(user=world.alice), instrument="gad7", now=timezone.now())


def _values(world: World) -> dict[str, int]:
    return {
        "open": under_way(world).pk,
        "done": completed(world, [0] * 9).pk,
        "shared": completed(world, [1] * 9, shared=True).pk,
    }


GET_PAGES = [
    ("/wellbeing/", EVERYONE),
    ("/wellbeing/history/", EVERYONE),
    ("/wellbeing/start/phq9/", EVERYONE),
    ("/wellbeing/start/epds/", EVERYONE),
    ("/wellbeing/start/nope/", dict.fromkeys(PERSONAS, 404)),
    ("/wellbeing/screenings/{open}/", ALICE),
    ("/wellbeing/screenings/{done}/result/", ALICE),
    ("/wellbeing/screenings/{shared}/result/", HOUSEHOLD),
    ("/wellbeing/screenings/{shared}/", {**ALICE, "alice": 302}),  # finished: to the result
    ("/wellbeing/screenings/{done}/delete/", ALICE),
    ("/wellbeing/screenings/{shared}/delete/", ALICE),
    ("/wellbeing/screenings/{done}/share/", ALICE),
    ("/wellbeing/screenings/{shared}/share/", ALICE),
]
POST_PAGES = [
    ("/wellbeing/snooze/", {"instrument": "pbq", "until": "2099-01-01"}, EVERYONE),
    ("/wellbeing/start/phq2/", {"respondent": "caregiver"}, EVERYONE),
    ("/wellbeing/screenings/{open}/", {"item": "0", "answer": "1", "action": "next"}, ALICE),
    ("/wellbeing/screenings/{shared}/appointment/", {"include_in_report": "on"}, ALICE),
    ("/wellbeing/screenings/{done}/share/", {"share_scope": "score"}, ALICE),
    ("/wellbeing/screenings/{shared}/unshare/", {}, ALICE),
    ("/wellbeing/screenings/{done}/delete/", {}, ALICE),
    ("/wellbeing/screenings/{shared}/delete/", {}, ALICE),
]


@pytest.mark.parametrize("persona", [*PERSONAS, "anon"])
@pytest.mark.parametrize(("path", "expected"), GET_PAGES, ids=[p for p, _e in GET_PAGES])
def test_get_pages(world: World, persona: str, path: str, expected: dict[str, int]) -> None:
    url = path.format(**_values(world))
    response = page_client(getattr(world, persona, None)).get(url)
    if persona == "anon":
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == expected[persona], response.content[:300]


@pytest.mark.parametrize("persona", [*PERSONAS, "anon"])
@pytest.mark.parametrize(("path", "data", "expected"), POST_PAGES, ids=[p[0] for p in POST_PAGES])
def test_post_pages(
    world: World, persona: str, path: str, data: dict[str, Any], expected: dict[str, int]
) -> None:
    url = path.format(**_values(world))
    response = page_client(getattr(world, persona, None)).post(url, data)
    if persona == "anon":
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    elif expected[persona] == 200:
        assert response.status_code == 302, response.content[:500]
    else:
        assert response.status_code == expected[persona]


def test_help_needs_no_account(db: Any) -> None:
    anyone = Client()
    gb = anyone.get("/wellbeing/help/?country=GB").content.decode()
    assert "Help right now" in gb and 'href="tel:999"' in gb
    assert 'href="tel:116123"' in gb and "Samaritans" in gb
    elsewhere = anyone.get("/wellbeing/help/?country=ZZ").content.decode()
    assert "Your local emergency number" in elsewhere
    us = anyone.get("/wellbeing/help/?country=us").content.decode()
    assert 'href="tel:911"' in us and "sms:18338526262" in us
    assert 'href="tel:988"' in us and 'href="sms:988"' in us
    assert us.index('href="tel:911"') < us.index('href="tel:988"')


def test_a_line_the_operator_has_not_checked_stays_off_the_page(
    db: Any, settings: Any, tmp_path: Any
) -> None:
    data = json.loads(instruments.PACKAGED_CRISIS_FILE.read_text())
    for line in data["countries"]["GB"]["resources"]:
        if line["id"] == "gb-samaritans":
            line.update(verified=False, note="Check the number before release.")
    mine = tmp_path / "crisis.json"
    mine.write_text(json.dumps(data))
    settings.CRISIS_RESOURCES = mine
    gb = Client().get("/wellbeing/help/?country=GB").content.decode()
    assert 'href="tel:999"' in gb and "Samaritans" not in gb


def test_help_defaults_to_the_household_country(world: World) -> None:
    page = page_client(world.charlie).get("/wellbeing/help/").content.decode()
    assert "United Kingdom" in page and "tel:999" in page


# --- taking a questionnaire -------------------------------------------------------------------


def question(page: str) -> tuple[int, int]:
    found = re.search(r"Question (\d+) of (\d+)", page)
    assert found, page[:2000]
    return int(found.group(1)), int(found.group(2))


def test_one_question_per_screen_with_back_skip_save_and_resume(world: World) -> None:
    client = page_client(world.alice)
    intro = client.get("/wellbeing/start/phq9/").content.decode()
    assert "There are no right or wrong answers" in intro and "Begin" in intro
    started = client.post("/wellbeing/start/phq9/", {"respondent": "mother"})
    screening = Screening.objects.get()
    take = f"/wellbeing/screenings/{screening.pk}/"
    assert started["Location"] == take
    first = client.get(take).content.decode()
    assert question(first) == (1, 9) and "Over the last 2 weeks" in first
    assert "Little interest or pleasure in doing things" in first
    assert 'progress class="progress" max="9" value="1"' in first

    moved = client.post(take, {"item": "0", "answer": "2", "action": "next"})
    assert moved["Location"] == f"{take}?item=1"
    assert question(client.get(moved["Location"]).content.decode()) == (2, 9)
    empty = client.post(take, {"item": "1", "action": "next"}).content.decode()
    assert "Choose the answer closest to how you feel, or skip this question." in empty
    skipped = client.post(take, {"item": "1", "action": "skip"})
    assert skipped["Location"] == f"{take}?item=2"
    back = client.post(take, {"item": "2", "action": "back"})
    assert back["Location"] == f"{take}?item=1"
    again = client.get(f"{take}?item=0").content.decode()
    assert re.search(r'value="2"[^>]*checked', again)  # her first answer is still chosen

    client.post(take, {"item": "2", "answer": "1", "action": "save"})
    home = client.get("/wellbeing/").content.decode()
    assert "Carry on where you left off" in home and "2 of 9 answered" in home
    screening.refresh_from_db()
    assert screening.answers[:3] == [2, None, 1] and screening.status == "in_progress"
    # Coming back later: the questionnaire opens where she stopped.
    assert question(client.get(take).content.decode()) == (3, 9)
    restarted = client.post("/wellbeing/start/phq9/", {"respondent": "mother"})
    assert restarted["Location"] == take and Screening.objects.count() == 1


def test_phq9_item9_shows_the_crisis_panel_first_and_logs_it(world: World) -> None:
    client = page_client(world.alice)
    client.post("/wellbeing/start/phq9/", {"respondent": "mother"})
    screening = Screening.objects.get()
    take = f"/wellbeing/screenings/{screening.pk}/"
    for item in range(8):
        client.post(take, {"item": str(item), "answer": "0", "action": "next"})
    finished = client.post(take, {"item": "8", "answer": "1", "action": "finish"})
    assert finished["Location"] == f"/wellbeing/screenings/{screening.pk}/result/"
    page = client.get(finished["Location"]).content.decode()
    main = page[page.index("<main") :]
    assert main.index("Help right now") < main.index("Your result")
    assert 'href="tel:999"' in page and "NHS 111" in page
    assert "Best to talk to someone today" in page
    assert "thoughts that you would be better off dead" in page
    assert "not a diagnosis" in page
    shown = EscalationShown.objects.get(screening=screening)
    assert shown.channel == "page" and shown.help_level == "urgent" and shown.crisis_panel
    assert shown.resources[0] == "gb-999" and "gb-samaritans" in shown.resources


def test_a_calm_result_has_no_panel_and_explains_itself(world: World) -> None:
    screening = completed(world, [0] * 9)
    page = page_client(world.alice).get(f"/wellbeing/screenings/{screening.pk}/result/")
    text = page.content.decode()
    assert "Help right now" not in text
    assert "0</strong>" in text and "out of 27" in text
    assert "What this means, and what it does not" in text and "not a diagnosis" in text
    assert "No extra support needed right now" in text
    assert "For your next appointment" in text and "Where to find help" not in text


def test_a_critical_pbq_answer_interrupts_with_the_panel(world: World) -> None:
    client = page_client(world.alice)
    client.post("/wellbeing/start/pbq/", {"respondent": "mother"})
    screening = Screening.objects.get()
    take = f"/wellbeing/screenings/{screening.pk}/"
    response = client.post(take, {"item": "16", "answer": "4", "action": "next"})
    assert response["Location"] == f"{take}?item=17&help=1"
    page = client.get(response["Location"]).content.decode()
    assert page.index("Help right now") < page.index("Question 18 of 25")
    assert EscalationShown.objects.filter(screening=screening).count() == 1
    later = client.get(f"{take}?item=18").content.decode()
    assert "Help is available now: see who you can call." in later  # a gentle strip after


def test_marking_for_the_appointment_says_only_what_is_true(world: World) -> None:
    screening = completed(world, [1, 1, 1, 1, 1, 1, 1, 1, 0])
    alice = page_client(world.alice)
    result = alice.get(f"/wellbeing/screenings/{screening.pk}/result/").content.decode()
    words = re.sub(r"<[^>]+>", " ", result).lower()
    assert "report" not in words  # the visit report does not exist yet (issue 11)
    assert "Mark it to show at my next appointment" in result
    assert "Your result is saved here. At the visit, open it on your phone" in result
    alice.post(f"/wellbeing/screenings/{screening.pk}/appointment/", {"include_in_report": "on"})
    screening.refresh_from_db()
    assert screening.include_in_report and not screening.shared_with_household
    assert "for my appointment" in alice.get("/wellbeing/history/").content.decode()
    alice.post(f"/wellbeing/screenings/{screening.pk}/appointment/", {})
    screening.refresh_from_db()
    assert not screening.include_in_report


def test_history_draws_scores_over_time(world: World) -> None:
    completed(world, [0] * 9)
    completed(world, [2, 2, 1, 1, 1, 1, 0, 0, 0])
    page = page_client(world.alice).get("/wellbeing/history/").content.decode()
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count('class="chart-dot"') == 2 and 'class="chart-line"' in svg
    assert svg.count('class="chart-cutoff"') == 4  # PHQ-9 bands start at 5, 10, 15 and 20
    assert "Score 8" in page and "Score 0" in page
    assert " style=" not in page and "<script>" not in page  # CSP: nothing inline


def test_delete_removes_it(world: World) -> None:
    screening = completed(world, [0] * 9)
    client = page_client(world.alice)
    assert (
        "Delete this result?"
        in client.get(f"/wellbeing/screenings/{screening.pk}/delete/").content.decode()
    )
    client.post(f"/wellbeing/screenings/{screening.pk}/delete/")
    assert not Screening.objects.exists()


# --- the wellbeing page -----------------------------------------------------------------------


def test_suggestions_are_gentle_and_can_be_snoozed(world: World) -> None:
    client = page_client(world.alice)
    page = client.get("/wellbeing/").content.decode()
    assert "Suggested for you now" in page and "Six to eight weeks after the birth" in page
    assert "Postpartum Bonding Questionnaire" in page and "Remind me in a week" in page
    assert "It is entirely up to you" in page
    until = re.search(r'name="until" value="([\d-]+)"', page)
    assert until
    client.post("/wellbeing/snooze/", {"instrument": "phq9", "until": until.group(1)})
    assert ScreeningSnooze.objects.get().instrument == "phq9"
    offered = client.get("/wellbeing/").content.decode()
    section = offered[offered.index("Suggested for you now") : offered.index("All questionnaires")]
    assert "Patient Health Questionnaire (PHQ-9)" not in section
    bad = client.post("/wellbeing/snooze/", {"instrument": "phq9", "until": "soon"}, follow=True)
    assert "Choose when to be reminded." in bad.content.decode()


def test_epds_waits_for_its_licensed_text(world: World) -> None:
    client = page_client(world.alice)
    listed = client.get("/wellbeing/").content.decode()
    assert "Available when your organisation adds the licensed text." in listed
    start = client.get("/wellbeing/start/epds/").content.decode()
    assert "Begin" not in start and "Try the PHQ-9 instead" in start
    refused = client.post("/wellbeing/start/epds/", {"respondent": "mother"})
    assert refused.status_code == 200 and not Screening.objects.exists()
    instruments.load_text(code="epds", data=FAKE_EPDS, now=timezone.now())
    client.post("/wellbeing/start/epds/", {"respondent": "mother"})
    screening = Screening.objects.get()
    first = client.get(f"/wellbeing/screenings/{screening.pk}/").content.decode()
    assert "Pretend introduction." in first and "Pretend question 1" in first
    assert "Pretend 1.3" in first


def test_respondent_choice_follows_the_instrument(world: World) -> None:
    client = page_client(world.bob)
    epds_less = client.get("/wellbeing/start/phq9/").content.decode()
    assert "I am the baby&#x27;s father or partner" in epds_less
    assert re.search(r'value="father"[^>]*checked', epds_less)
    pbq = client.get("/wellbeing/start/pbq/").content.decode()
    assert 'type="hidden" name="respondent" value="mother"' in pbq


def test_the_wellbeing_area_is_linked_from_every_page(world: World) -> None:
    page = page_client(world.alice).get(f"/babies/{world.baby_id}/").content.decode()
    assert 'href="/wellbeing/"' in page
