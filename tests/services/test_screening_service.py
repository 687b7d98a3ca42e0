"""The screening services: take, save and resume, the crisis panel mid-questionnaire, logging,
licensed text, the operator's crisis file, and read-only tokens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.checks import run_checks
from django.utils import timezone

from nestling.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from nestling.services import instruments, scores, screening_results, screenings
from nestling.services.access import Actor
from nestling.store.models import EscalationShown, InstrumentText, Screening
from tests.conftest import World

FAKE_EPDS = {
    "intro": "Pretend introduction.",
    "items": [
        {"text": f"Pretend question {n}", "options": [f"Pretend {n}.{i}" for i in range(4)]}
        for n in range(1, 11)
    ],
}


def now() -> Any:
    return timezone.now()


def test_start_save_and_resume(world: World) -> None:
    alice = Actor(user=world.alice)
    first = screenings.start(actor=alice, instrument="phq9", now=now())
    assert first.household_id == world.home_id  # her only household
    assert first.respondent == "mother" and first.answers == [None] * 9
    for item, answer in ((0, 2), (1, 1)):
        screenings.save_answer(
            actor=alice,
            screening_id=first.pk,
            item=item,
            answer=answer,
            move_to=item + 1,
            now=now(),
        )
    # Starting again later carries on with the same questionnaire, where she left it.
    again = screenings.start(actor=alice, instrument="phq9", now=now())
    assert again.pk == first.pk and again.current_item == 2
    assert again.answers[:3] == [2, 1, None]
    done = screenings.complete(actor=alice, screening_id=first.pk, now=now())
    assert done.status == "completed" and done.result["total"] is None  # gaps stay gaps
    with pytest.raises(Conflict):
        screenings.save_answer(actor=alice, screening_id=first.pk, item=0, answer=0, now=now())
    fresh = screenings.start(actor=alice, instrument="phq9", now=now())
    assert fresh.pk != first.pk


@pytest.mark.parametrize(
    ("item", "answer", "field"), [(9, 0, "item"), (-1, 0, "item"), (0, 4, "answers[0]")]
)
def test_save_answer_names_the_field(world: World, item: int, answer: int, field: str) -> None:
    alice = Actor(user=world.alice)
    screening = screenings.start(actor=alice, instrument="phq9", now=now())
    with pytest.raises(ValidationError) as caught:
        screenings.save_answer(
            actor=alice, screening_id=screening.pk, item=item, answer=answer, now=now()
        )
    assert caught.value.field == field


def test_only_the_person_who_answered_can_touch_it(world: World) -> None:
    screening = screenings.start(actor=Actor(user=world.alice), instrument="gad7", now=now())
    for other in (world.bob, world.vera, world.charlie):
        with pytest.raises(NotFound):
            screenings.save_answer(
                actor=Actor(user=other), screening_id=screening.pk, item=0, answer=1, now=now()
            )
        with pytest.raises(NotFound):
            screening_results.read(actor=Actor(user=other), screening_id=screening.pk, now=now())
    with pytest.raises(PermissionDenied):
        screenings.save_answer(
            actor=Actor(user=world.alice, scope="read"),
            screening_id=screening.pk,
            item=0,
            answer=1,
            now=now(),
        )


def test_viewers_may_take_their_own(world: World) -> None:
    vera = Actor(user=world.vera)
    screening = screenings.start(actor=vera, instrument="phq2", baby_id=world.baby_id, now=now())
    assert screening.respondent == "caregiver" and screening.baby_id == world.baby_id
    with pytest.raises(NotFound):
        screenings.start(actor=vera, instrument="gad2", baby_id=world.other_baby_id, now=now())


def test_a_critical_answer_mid_questionnaire_calls_for_the_panel_at_once(world: World) -> None:
    alice = Actor(user=world.alice)
    screening = screenings.start(actor=alice, instrument="pbq", now=now())
    _s, crisis = screenings.save_answer(
        actor=alice, screening_id=screening.pk, item=0, answer=0, now=now()
    )
    assert crisis is False
    # PBQ item 17 is printed "Always" first; any answer other than "Never" is critical.
    _s, crisis = screenings.save_answer(
        actor=alice, screening_id=screening.pk, item=16, answer=4, now=now()
    )
    assert crisis is True
    _s, again = screenings.save_answer(
        actor=alice, screening_id=screening.pk, item=17, answer=5, now=now()
    )
    assert again is False  # already shown; not newly triggered
    state = screenings.progress(actor=alice, screening_id=screening.pk, now=now(), show_crisis=True)
    assert state.crisis is not None and state.crisis.crisis
    assert state.crisis.escalation.resources.resources[0].id == "gb-999"
    shown = EscalationShown.objects.get()
    assert shown.channel == "page" and shown.help_level == "urgent" and shown.crisis_panel
    screenings.progress(actor=alice, screening_id=screening.pk, now=now(), show_crisis=False)
    assert EscalationShown.objects.count() == 1


def test_reading_a_result_logs_it_each_time_for_its_owner_only(world: World) -> None:
    alice = Actor(user=world.alice)
    screening = screenings.start(actor=alice, instrument="gad2", now=now())
    for item in (0, 1):
        screenings.save_answer(
            actor=alice, screening_id=screening.pk, item=item, answer=3, now=now()
        )
    screenings.complete(actor=alice, screening_id=screening.pk, now=now())
    view = screening_results.read(actor=alice, screening_id=screening.pk, now=now())
    assert view.mine and view.outcome is not None and view.answers == [3, 3]
    screening_results.read(actor=alice, screening_id=screening.pk, now=now())
    assert EscalationShown.objects.filter(screening=screening).count() == 2
    screening_results.update(
        actor=alice,
        screening_id=screening.pk,
        shared_with_household=True,
        share_scope="score",
        now=now(),
    )
    bobs = screening_results.read(actor=Actor(user=world.bob), screening_id=screening.pk, now=now())
    assert not bobs.mine and bobs.answers is None
    assert bobs.outcome is not None and bobs.outcome.result.item_scores == ()
    assert EscalationShown.objects.filter(screening=screening).count() == 2


def unchecked_samaritans(settings: Any, tmp_path: Path) -> None:
    """An operator file in which the Samaritans line is marked as not yet checked."""
    data = json.loads(instruments.PACKAGED_CRISIS_FILE.read_text())
    for line in data["countries"]["GB"]["resources"]:
        if line["id"] == "gb-samaritans":
            line.update(verified=False, note="Check the number before release.")
    mine = tmp_path / "crisis.json"
    mine.write_text(json.dumps(data))
    settings.CRISIS_RESOURCES = mine


def test_pages_show_only_verified_resources_the_api_marks_them(
    world: World, settings: Any, tmp_path: Path
) -> None:
    result = scores.score(instrument="phq9", answers=[0] * 8 + [1], country="GB")
    page = scores.outcome(result.result, "GB", verified_only=True)
    assert "gb-samaritans" in [r.id for r in page.escalation.resources.resources]  # checked
    unchecked_samaritans(settings, tmp_path)
    result = scores.score(instrument="phq9", answers=[0] * 8 + [1], country="GB")
    by_id = {r.id: r for r in result.escalation.resources.resources}
    assert by_id["gb-samaritans"].verified is False  # marked for API clients
    page = scores.outcome(result.result, "GB", verified_only=True)
    assert "gb-samaritans" not in [r.id for r in page.escalation.resources.resources]
    assert all(r.verified for r in page.escalation.resources.resources)


def test_sharing_an_unfinished_one_is_refused(world: World) -> None:
    alice = Actor(user=world.alice)
    screening = screenings.start(actor=alice, instrument="gad2", now=now())
    with pytest.raises(Conflict):
        screening_results.update(
            actor=alice, screening_id=screening.pk, shared_with_household=True, now=now()
        )


def test_epds_cannot_be_taken_on_screen_until_its_text_is_loaded(world: World) -> None:
    alice = Actor(user=world.alice)
    with pytest.raises(Conflict) as caught:
        screenings.start(actor=alice, instrument="epds", now=now())
    assert caught.value.code == "text_missing"
    instruments.load_text(code="epds", data=FAKE_EPDS, now=now())
    assert InstrumentText.objects.get().content == FAKE_EPDS
    started = screenings.start(actor=alice, instrument="epds", now=now())
    assert started.instrument == "epds"
    assert instruments.definition("epds").items[0].text == "Pretend question 1"
    assert instruments.remove_text(code="epds") is True
    assert not instruments.definition("epds").text_licensed


def test_load_text_validates_and_refuses_instruments_with_their_own_wording(db: Any) -> None:
    broken = {"items": FAKE_EPDS["items"][:9]}
    with pytest.raises(ValidationError) as caught:
        instruments.load_text(code="epds", data=broken, now=now())
    assert caught.value.field == "items"
    with pytest.raises(ValidationError) as caught:
        instruments.load_text(code="phq9", data=FAKE_EPDS, now=now())
    assert caught.value.field == "code"
    assert not InstrumentText.objects.exists()


def test_the_operator_crisis_file_is_used_and_a_broken_one_falls_back(
    db: Any, settings: Any, tmp_path: Path
) -> None:
    packaged = json.loads(instruments.PACKAGED_CRISIS_FILE.read_text())
    packaged["countries"]["JP"] = {
        "name": "Japan",
        "resources": [
            {
                "id": "jp-119",
                "name": "Kyūkyūsha",
                "kind": "emergency",
                "phone": "119",
                "verified": True,
                "checked": "2026-11-26",
                "source": "https://www.city.odate.lg.jp/city/foreign-language/english/emergency-call",
            }
        ],
    }
    mine = tmp_path / "crisis.json"
    mine.write_text(json.dumps(packaged))
    settings.CRISIS_RESOURCES = mine
    outcome = scores.score(instrument="phq9", answers=[0] * 8 + [1], country="JP")
    assert outcome.escalation.resources.resources[0].id == "jp-119"
    assert not [e for e in run_checks() if e.id == "nestling.E010"]
    mine.write_text("{ not json")
    outcome = scores.score(instrument="phq9", answers=[0] * 8 + [1], country="JP")
    assert outcome.escalation.resources.fallback  # the packaged file has no full entry for Japan
    errors = [e for e in run_checks() if e.id == "nestling.E010"]
    assert errors and "not valid JSON" in errors[0].msg


def test_record_stores_a_completed_one(world: World) -> None:
    view = screenings.record(
        actor=Actor(user=world.bob),
        instrument="mibs",
        answers=[0, 3, 3, 0, 3, 0, 3, 2],
        now=now(),
    )
    screening = Screening.objects.get()
    assert view.screening.pk == screening.pk and screening.respondent == "father"
    assert screening.result["help_level"] == "urgent"  # aggression: like PBQ scale 4
    assert screening.result["flags"][0]["code"] == "mibs.aggressive"
