"""Who may see a screening is decided in services/access.py alone (issue 11): the respondent
always; household members once the finished result is shared; nobody else. Every persona, every
state, and the lists, the schedule and the sharing checks all follow the same rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.utils import timezone

import nestling
from nestling.domain.errors import NotFound, ValidationError
from nestling.services import access, screening_results, screenings
from nestling.services.access import Actor, Audience
from nestling.store.models import Membership, Screening
from tests.conftest import World

PERSONAS = ("alice", "bob", "vera", "carl", "charlie")


def states(world: World) -> dict[str, Screening]:
    alice = Actor(user=world.alice)
    now = timezone.now()
    under_way = screenings.start(actor=alice, instrument="gad7", now=now)
    private = screenings.record(actor=alice, instrument="phq2", answers=[0, 0], now=now).screening
    shared = screenings.record(
        actor=alice,
        instrument="gad2",
        answers=[1, 1],
        shared_with_household=True,
        share_scope="score",
        now=now,
    ).screening
    # A shared flag on one still under way (only reachable through the database) shares nothing.
    odd = screenings.start(actor=alice, instrument="phq9", now=now)
    Screening.objects.filter(pk=odd.pk).update(shared_with_household=True, share_scope="score")
    return {"under way": under_way, "private": private, "shared": shared, "odd": odd}


EXPECTED = {
    "under way": dict(alice=Audience.RESPONDENT),
    "private": dict(alice=Audience.RESPONDENT),
    "shared": dict(
        alice=Audience.RESPONDENT,
        bob=Audience.HOUSEHOLD,
        vera=Audience.HOUSEHOLD,
        carl=Audience.HOUSEHOLD,
    ),
    "odd": dict(alice=Audience.RESPONDENT),
}


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("state", list(EXPECTED))
def test_who_sees_what(world: World, persona: str, state: str) -> None:
    screening = states(world)[state]
    who = Actor(user=getattr(world, persona))
    expected = EXPECTED[state].get(persona)
    if expected is None:
        with pytest.raises(NotFound):
            access.screening(who, screening.pk)
        with pytest.raises(NotFound):
            screening_results.read(actor=who, screening_id=screening.pk, now=timezone.now())
        assert screening.pk not in {s.pk for s in access.shared_screenings(who)}
    else:
        assert access.screening_audience(who, access.screening(who, screening.pk)) is expected
        view = screening_results.read(actor=who, screening_id=screening.pk, now=timezone.now())
        assert view.audience is expected
        assert (view.answers is None) is (expected is Audience.HOUSEHOLD)
    if persona != "alice":
        with pytest.raises(NotFound):
            access.screening(who, screening.pk, own=True)


def test_the_lists_follow_the_same_rule(world: World) -> None:
    found = states(world)
    everything = {s.pk for s in found.values()}
    alice = Actor(user=world.alice)
    assert {s.pk for s in access.own_screenings(alice)} == everything
    assert {s.pk for s in screening_results.mine(actor=alice)} == everything
    assert not access.shared_screenings(alice).exists()  # her own are not "shared with her"
    for persona in ("bob", "vera", "carl"):
        who = Actor(user=getattr(world, persona))
        assert [s.pk for s in screening_results.shared_with_me(actor=who)] == [found["shared"].pk]
        assert screening_results.mine(actor=who) == []
    charlie = Actor(user=world.charlie)
    assert screening_results.shared_with_me(actor=charlie) == []


def test_leaving_the_household_ends_what_it_sees(world: World) -> None:
    shared = states(world)["shared"]
    bob = Actor(user=world.bob)
    Membership.objects.filter(user=world.bob).delete()
    with pytest.raises(NotFound):
        access.screening(bob, shared.pk)
    Membership.objects.filter(user=world.alice).delete()
    with pytest.raises(ValidationError) as caught:
        access.share_household(Actor(user=world.alice), shared)
    assert caught.value.field == "shared_with_household"


def test_no_other_module_queries_screenings_itself() -> None:
    """The rule lives in one place: only access.py (and the store) query the Screening table."""
    root = Path(nestling.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "access.py" or "store" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "objects"
                and isinstance(node.value, ast.Name)
                and node.value.id == "Screening"
            ):
                offenders.append(str(path.relative_to(root)))
    assert offenders == []
