"""Sharing a result with the household after a preview (issue 10): the respondent sees exactly
what the others would see under each choice, and the household sees only what was chosen. A
shared PHQ-9 no longer tells the household, through "urgent" and crisis help, that item 9 was
answered positively, unless the respondent chose to share how soon she was asked to get help."""

from __future__ import annotations

import html
import re

from django.utils import timezone

from nestling.services import screenings
from nestling.services.access import Actor
from nestling.store.models import Screening
from tests.conftest import World, page_client

ITEM9 = [0] * 8 + [1]  # total 1, "urgent" from item 9 alone


def text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page[page.index("<main") :]))


def alices(answers: list[int | None], world: World) -> Screening:
    return screenings.record(
        actor=Actor(user=world.alice), instrument="phq9", answers=answers, now=timezone.now()
    ).screening


def test_the_preview_shows_each_choice_as_the_household_would_see_it(world: World) -> None:
    screening = alices(ITEM9, world)
    alice = page_client(world.alice)
    result = text(alice.get(f"/wellbeing/screenings/{screening.pk}/result/").content.decode())
    assert "Only you can see this result" in result and "Preview sharing" in result
    preview = text(alice.get(f"/wellbeing/screenings/{screening.pk}/share/").content.decode())
    assert "This is exactly what Bob, Vera, Carl would see" in preview
    first = preview.index("Choice 1: The score and what it suggests")
    second = preview.index("Choice 2: The score, and how soon I was asked to get help")
    score_only, with_help = preview[first:second], preview[second:]
    assert "Alice's result" not in score_only  # the preview shows the card, not a page title
    assert "They chose to share the score only" in score_only
    assert "today" not in score_only and "Best to talk to someone" not in score_only
    assert "Best to talk to someone today" in with_help
    assert "They would also see the crisis help lines first" in with_help
    assert "better off dead" not in preview  # never the answer itself
    assert not Screening.objects.get().shared_with_household  # previewing shares nothing


def test_the_household_sees_only_the_chosen_scope(world: World) -> None:
    screening = alices(ITEM9, world)
    alice, bob = page_client(world.alice), page_client(world.bob)
    url = f"/wellbeing/screenings/{screening.pk}/result/"
    assert bob.get(url).status_code == 404
    shared = alice.post(f"/wellbeing/screenings/{screening.pk}/share/", {"share_scope": "score"})
    assert shared.status_code == 302
    seen = text(bob.get(url).content.decode())
    assert "Alice's result" in seen and "the score and what it suggests" in seen.lower()
    assert "Help right now" not in seen and "today" not in seen
    assert "No extra support needed" not in seen  # nothing that reads as "all is well"
    assert "better off dead" not in seen
    history = text(bob.get("/wellbeing/history/").content.decode())
    assert "Shared with you" in history and "today" not in history
    alice.post(f"/wellbeing/screenings/{screening.pk}/share/", {"share_scope": "score_and_help"})
    told = text(bob.get(url).content.decode())
    assert told.index("Help right now") < told.index("Alice's result")
    assert "They should speak to a doctor, midwife or health visitor today" in told
    assert "better off dead" not in told  # still not which answer
    alice.post(f"/wellbeing/screenings/{screening.pk}/unshare/")
    assert bob.get(url).status_code == 404


def test_a_result_with_nothing_to_hide_offers_one_choice(world: World) -> None:
    screening = alices([1] * 8 + [0], world)
    alice = page_client(world.alice)
    preview = alice.get(f"/wellbeing/screenings/{screening.pk}/share/").content.decode()
    assert "Choice 2" not in preview
    assert 'type="hidden" name="share_scope" value="score"' in preview
    alice.post(f"/wellbeing/screenings/{screening.pk}/share/", {"share_scope": "score"})
    screening.refresh_from_db()
    assert screening.shared_with_household and screening.share_scope == "score"


def test_a_choice_not_offered_is_refused(world: World) -> None:
    screening = alices([1] * 8 + [0], world)
    refused = page_client(world.alice).post(
        f"/wellbeing/screenings/{screening.pk}/share/", {"share_scope": "score_and_help"}
    )
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()
    screening.refresh_from_db()
    assert not screening.shared_with_household


def test_only_the_respondent_may_preview_or_share(world: World) -> None:
    screening = alices(ITEM9, world)
    for other in (world.bob, world.vera, world.carl, world.charlie):
        client = page_client(other)
        assert client.get(f"/wellbeing/screenings/{screening.pk}/share/").status_code == 404
        posted = client.post(
            f"/wellbeing/screenings/{screening.pk}/share/", {"share_scope": "score"}
        )
        assert posted.status_code == 404
    screening.refresh_from_db()
    assert not screening.shared_with_household
