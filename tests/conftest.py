"""Shared fixtures: the personas alice (parent), bob (co-parent), vera (viewer in alice's
household), carl (caregiver there) and charlie (another family), with babies and tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from hypothesis import settings as hypothesis_settings

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households, invitations, tokens
from nestling.services.access import Actor
from nestling.store.models import User

PASSWORD = "correct-horse-battery"

# Property tests check what is computed, never how fast (speed is bench/'s job): Hypothesis's
# per-example deadline would otherwise fail them whenever the shared machine is busy.
hypothesis_settings.register_profile("nestling", deadline=None)
hypothesis_settings.load_profile("nestling")


@pytest.fixture(autouse=True)
def _fast_hashing(settings: Any) -> None:
    # Argon2 is the real hasher (tested separately); tests use a fast one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_user(username: str) -> User:
    user = User(username=username, display_name=username.title())
    user.set_password(PASSWORD)
    user.save()
    return user


def join(user: User, household_id: int, inviter: User, role: str, relationship: str) -> None:
    now = timezone.now()
    _inv, code = invitations.create(
        actor=Actor(user=inviter), household_id=household_id, role=role, now=now
    )
    invitations.accept(actor=Actor(user=user), code=code, relationship=relationship, now=now)


@dataclass
class World:
    alice: User
    bob: User
    vera: User
    carl: User
    charlie: User
    home_id: int  # alice's household
    baby_id: int  # alice's baby
    other_home_id: int  # charlie's household
    other_baby_id: int
    bob_member_id: int
    vera_member_id: int


def _household(user: User, name: str, relationship: str) -> int:
    member = households.create(
        actor=Actor(user=user),
        settings=HouseholdSettings(name, "Europe/London", "GB", "metric", time(6, 0)),
        relationship=relationship,
        now=timezone.now(),
    )
    return member.household_id


def _baby(user: User, household_id: int, name: str) -> int:
    view = babies.create(
        actor=Actor(user=user),
        household_id=household_id,
        values={"name": name, "birth_date": date.today() - timedelta(days=49)},
        now=timezone.now(),
    )
    return view.baby.pk


@pytest.fixture
def world(db: Any) -> World:
    alice, bob, vera, carl, charlie = (
        make_user(n) for n in ("alice", "bob", "vera", "carl", "charlie")
    )
    home = _household(alice, "Alice and Bob", "mother")
    join(bob, home, alice, "parent", "father")
    join(vera, home, alice, "viewer", "grandparent")
    join(carl, home, alice, "caregiver", "other")
    other = _household(charlie, "Charlie's", "partner")
    members = {
        m.user.username: m.pk
        for m in households.members(actor=Actor(user=alice), household_id=home)
    }
    return World(
        alice,
        bob,
        vera,
        carl,
        charlie,
        home_id=home,
        baby_id=_baby(alice, home, "Ada"),
        other_home_id=other,
        other_baby_id=_baby(charlie, other, "Cleo"),
        bob_member_id=members["bob"],
        vera_member_id=members["vera"],
    )


def api_client(user: User | None, scope: str = "write") -> Client:
    """A client that authenticates with a fresh personal token of `scope` (or not at all)."""
    if user is None:
        return Client()
    _token, raw = tokens.create_for(user=user, name="test", scope=scope, now=timezone.now())
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")


def page_client(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def api() -> Any:
    return api_client


@pytest.fixture
def pages() -> Any:
    return page_client
