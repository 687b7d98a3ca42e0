"""The demo household: one module that grows as features arrive (`nestling demo`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from nestling.domain.households import HouseholdSettings
from nestling.services import babies, households, invitations
from nestling.services.access import Actor
from nestling.store.models import Household, Membership, User

HOUSEHOLD_NAME = "The Demo family"
TIME_ZONE = "Europe/London"
PASSWORD = "nestling-demo"  # printed on purpose: the demo is for looking around
BABY_AGE_DAYS = 7 * 7


@dataclass(frozen=True)
class Login:
    username: str
    password: str
    who: str


@dataclass(frozen=True)
class DemoResult:
    created: bool
    household_name: str
    household_id: int
    baby_id: int
    logins: list[Login]


PEOPLE = [("amara", "Amara", "mother"), ("tom", "Tom", "father")]


def _logins() -> list[Login]:
    return [Login(name, PASSWORD, f"the {rel}") for name, _shown, rel in PEOPLE]


def _remove() -> None:
    User.objects.filter(username__in=[p[0] for p in PEOPLE]).delete()
    Household.objects.filter(name=HOUSEHOLD_NAME, memberships__isnull=True).delete()


def _existing() -> DemoResult | None:
    member = (
        Membership.objects.select_related("household")
        .filter(user__username=PEOPLE[0][0], household__name=HOUSEHOLD_NAME)
        .first()
    )
    if member is None:
        return None
    baby = member.household.babies.order_by("id").first()
    if baby is None:
        return None
    return DemoResult(False, HOUSEHOLD_NAME, member.household_id, baby.pk, _logins())


def build(*, reset: bool, now: datetime) -> DemoResult:
    with transaction.atomic():
        if reset:
            _remove()
        found = _existing()
        if found:
            return found
        _remove()
        users = []
        for username, shown, _rel in PEOPLE:
            user = User(username=username, display_name=shown)
            user.set_password(PASSWORD)
            user.save()
            users.append(user)
        mother, father = (Actor(user=u) for u in users)
        member = households.create(
            actor=mother,
            settings=HouseholdSettings(HOUSEHOLD_NAME, TIME_ZONE, "GB", "metric", time(6, 0)),
            relationship="mother",
            now=now,
        )
        _invitation, code = invitations.create(
            actor=mother,
            household_id=member.household_id,
            role="parent",
            relationship="father",
            now=now,
        )
        invitations.accept(actor=father, code=code, now=now)
        today = now.astimezone(ZoneInfo(TIME_ZONE)).date()
        view = babies.create(
            actor=mother,
            household_id=member.household_id,
            values={
                "name": "Robin",
                "birth_date": today - timedelta(days=BABY_AGE_DAYS),
                "birth_time": time(4, 12),
                "due_date": today - timedelta(days=BABY_AGE_DAYS - 3),
                "sex": "",
                "gestational_weeks": 39,
                "gestational_days": 4,
                "feeding_method": "mixed",
            },
            now=now,
        )
    return DemoResult(True, HOUSEHOLD_NAME, member.household_id, view.baby.pk, _logins())
