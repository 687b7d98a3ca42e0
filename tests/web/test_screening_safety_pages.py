"""No silent path on the wellbeing pages (issue 11): every page that stores or shows an answer to
a critical item puts crisis help first; a skipped critical item or a missing total never
reassures; scales without a pass mark never say "no extra support needed"; parents read plain
words; and the words state the same numbers the rules check."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from nestling.domain.instruments import gad7, phq9, registry
from nestling.services import instruments, screenings
from nestling.services.access import Actor
from nestling.store.models import EscalationShown, Screening
from tests.conftest import World, page_client

FAKE_EPDS = {
    "intro": "Pretend introduction.",
    "items": [
        {"text": f"Pretend question {n}", "options": [f"Pretend {n}.{i}" for i in range(4)]}
        for n in range(1, 11)
    ],
}


def main(page: str) -> str:
    """The page's content, from <main> on, as text without tags (what a reader meets in order)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page[page.index("<main") :]))


def start(client: Client, code: str, respondent: str = "mother") -> Screening:
    client.post(f"/wellbeing/start/{code}/", {"respondent": respondent})
    return Screening.objects.get(instrument=code)


# --- silence 1: "save and finish later", resume and history put crisis help first --------------

# (instrument, 0-based item, option index that endorses it): PHQ-9 item 9 "Several days", PBQ
# items 17, 18 and 24 "Sometimes", EPDS item 10 at its second option, MIBS "Aggressive" "A little".
CRITICAL_ANSWERS = [
    ("phq9", 8, 1),
    ("pbq", 16, 3),
    ("pbq", 17, 3),
    ("pbq", 23, 3),
    ("epds", 9, 1),
    ("mibs", 7, 2),
]


@pytest.mark.parametrize(("code", "item", "answer"), CRITICAL_ANSWERS)
def test_save_and_finish_later_after_a_critical_answer_puts_help_first(
    world: World, code: str, item: int, answer: int
) -> None:
    if code == "epds":
        instruments.load_text(code="epds", data=FAKE_EPDS, now=timezone.now())
    client = page_client(world.alice)
    screening = start(client, code)
    take = f"/wellbeing/screenings/{screening.pk}/"
    saved = client.post(take, {"item": str(item), "answer": str(answer), "action": "save"})
    assert saved.status_code == 302
    page = client.get(saved["Location"]).content.decode()
    text = main(page)
    assert "Help right now" in text, text[:600]
    assert text.index("Help right now") < text.index("Saved. You can carry on whenever you like.")
    assert text.index("Help right now") < text.index("Your wellbeing")
    assert 'href="tel:999"' in page
    shown = EscalationShown.objects.get(screening=screening)
    assert shown.crisis_panel and shown.channel == "page"


def test_save_and_finish_later_without_a_critical_answer_just_says_saved(world: World) -> None:
    client = page_client(world.alice)
    screening = start(client, "phq9")
    take = f"/wellbeing/screenings/{screening.pk}/"
    saved = client.post(take, {"item": "0", "answer": "3", "action": "save"}, follow=True)
    text = main(saved.content.decode())
    assert "Saved. You can carry on whenever you like." in text and "Help right now" not in text
    assert not EscalationShown.objects.exists()


def test_coming_back_to_a_questionnaire_with_a_critical_answer_shows_help_first(
    world: World,
) -> None:
    client = page_client(world.alice)
    screening = start(client, "pbq")
    take = f"/wellbeing/screenings/{screening.pk}/"
    client.post(take, {"item": "23", "answer": "4", "action": "save"})
    EscalationShown.objects.all().delete()
    resumed = main(client.get(take).content.decode())  # "Continue" links here
    assert resumed.index("Help right now") < resumed.index("Question 24 of 25")
    assert EscalationShown.objects.filter(screening=screening, crisis_panel=True).count() == 1
    moving_on = main(client.get(f"{take}?item=0").content.decode())
    assert "Help is available now: see who you can call." in moving_on  # the strip stays on top


def test_history_shows_help_first_after_a_result_that_called_for_it(world: World) -> None:
    screenings.record(
        actor=Actor(user=world.alice), instrument="phq9", answers=[0] * 8 + [1], now=timezone.now()
    )
    EscalationShown.objects.all().delete()
    page = main(page_client(world.alice).get("/wellbeing/history/").content.decode())
    assert page.index("Help right now") < page.index("Your results over time")
    assert EscalationShown.objects.filter(crisis_panel=True).count() == 1
    calm = page_client(world.bob)
    screenings.record(
        actor=Actor(user=world.bob), instrument="gad2", answers=[0, 0], now=timezone.now()
    )
    assert "Help right now" not in main(calm.get("/wellbeing/history/").content.decode())


# --- silence 2: a skipped critical item, or no total, never reassures ---------------------------


def finish(world: World, code: str, answers: list[int | None]) -> str:
    client = page_client(world.alice)
    view = screenings.record(
        actor=Actor(user=world.alice), instrument=code, answers=answers, now=timezone.now()
    )
    return client.get(f"/wellbeing/screenings/{view.screening.pk}/result/").content.decode()


def test_skipped_item_9_names_the_question_and_shows_where_help_is(world: World) -> None:
    page = finish(world, "phq9", [0] * 8 + [None])
    text = main(page)
    assert "No extra support needed" not in text and "don't suggest" not in text
    assert "Question 9, about thoughts of being better off dead" in text
    assert "can't say much" in text and "You answered 8 of 9 questions" in text
    assert "Worth mentioning at the next appointment" in text
    assert "Where to find help" in text and 'href="tel:999"' in page
    assert "Help right now" not in text  # gently: not the crisis panel


def test_too_few_answers_never_reassure(world: World) -> None:
    text = main(finish(world, "gad7", [0, 0, None, 0, None, 0, 0]))
    assert "No extra support needed" not in text
    assert "You answered 5 of 7 questions (not answered: 3, 5)" in text
    assert "Where to find help" in text


# --- silence 3: scales without a pass mark --------------------------------------------------------


def test_mibs_at_its_worst_without_aggression_prompts_item_by_item(world: World) -> None:
    # Loving, Joyful, Protective "Not at all"; the other words "Very much"; Aggressive "Not at all"
    text = main(finish(world, "mibs", [3, 0, 0, 3, 0, 3, 0, 3]))
    assert "No extra support needed" not in text
    assert "No pass mark" in text
    assert "For “Resentful” you chose “Very much”" in text
    assert "For “Loving” you chose “Not at all”" in text
    assert "Worth mentioning at the next appointment" in text


def test_mibs_aggression_puts_crisis_help_first(world: World) -> None:
    text = main(finish(world, "mibs", [0, 3, 3, 0, 3, 0, 3, 2]))
    assert text.index("Help right now") < text.index("Your result")
    assert "You said you have felt aggressive towards your baby" in text


def test_a_calm_mibs_is_read_as_a_trend_not_as_reassurance(world: World) -> None:
    finish(world, "mibs", [0, 3, 3, 0, 3, 0, 3, 3])
    page = finish(world, "mibs", [1, 3, 3, 0, 3, 0, 3, 3])
    text = main(page)
    assert "No extra support needed" not in text
    assert "No pass mark: see how it changes over time" in text
    assert "Your results so far" in text and page.count('class="chart-dot"') == 2
    history = main(page_client(world.alice).get("/wellbeing/history/").content.decode())
    assert "No extra support needed" not in history


def test_a_near_worst_maas_is_never_silent(world: World) -> None:
    definition = registry.get("maas")
    worst = [min(range(5), key=lambda k, i=item: i.options[k].score) for item in definition.items]
    worst[11] = next(k for k, o in enumerate(definition.item(12).options) if o.score == 5)
    text = main(finish(world, "maas", worst))
    assert "23" in text and "No extra support needed" not in text
    assert "Worth mentioning at the next appointment" in text


# --- item 7: plain words, and contact within a day or two ----------------------------------------


def test_parents_read_plain_words_and_a_severe_score_asks_for_contact_within_days(
    world: World,
) -> None:
    text = main(finish(world, "phq9", [3] * 7 + [0, 0]))
    assert "A great many signs of depression" in text
    assert "Severe" not in text and "major depression" not in text.lower()
    assert "Best to talk to someone in the next day or two" in text
    assert "within the next day or two" in text and "this week" not in text
    assert "(scores 20 to 27)" in text
    assert "Where to find help" in text


def test_gad7_severe_asks_for_contact_within_days(world: World) -> None:
    text = main(finish(world, "gad7", [3] * 7))
    assert "Many signs of anxiety" in text and "Severe" not in text
    assert "within the next day or two" in text and "this week" not in text


def test_epds_band_names_stay_for_clinicians(world: World) -> None:
    instruments.load_text(code="epds", data=FAKE_EPDS, now=timezone.now())
    # Mothers after the birth, total 15: "Probable depression" is the published band name.
    answers = [3, 3, 0, 3, 0, 0, 0, 0, 3, 3]
    text = main(finish(world, "epds", answers))
    assert "Probable" not in text and "Many signs of depression" in text


# --- one home for every number --------------------------------------------------------------------


def test_changing_a_cut_off_moves_the_rule_and_the_words_together(
    world: World, monkeypatch: Any
) -> None:
    monkeypatch.setattr(phq9, "SEVERE_FROM", 19)
    monkeypatch.setattr(gad7, "SEVERE_FROM", 12)
    monkeypatch.setitem(registry._BY_CODE, "phq9", phq9.build())
    monkeypatch.setitem(registry._BY_CODE, "gad7", gad7.build())
    nineteen = main(finish(world, "phq9", [3] * 6 + [1, 0, 0]))
    assert "(scores 19 to 27)" in nineteen and "(19 to 27)" in nineteen
    assert "Best to talk to someone in the next day or two" in nineteen
    twelve = main(finish(world, "gad7", [3, 3, 3, 3, 0, 0, 0]))
    assert "(scores 12 to 21)" in twelve and "within the next day or two" in twelve


# --- item 10: say truthfully which scale is validated for whom ------------------------------------


def test_each_questionnaire_says_who_it_was_tested_with(world: World) -> None:
    client = page_client(world.bob)
    mibs = main(client.get("/wellbeing/start/mibs/").content.decode())
    assert "Tested with" in mibs and "has not been tested with fathers" in mibs
    assert "For mothers and fathers" not in mibs
    pbq = main(client.get("/wellbeing/start/pbq/").content.decode())
    assert "Mothers after the birth. It has not been tested with fathers." in pbq
    listing = main(client.get("/wellbeing/").content.decode())
    assert listing.count("Tested with:") == len(registry.all_instruments())
