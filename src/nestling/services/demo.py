"""The demo household: one module that grows as features arrive (`nestling demo`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from nestling.domain import history, kinds
from nestling.domain.households import HouseholdSettings
from nestling.services import audit, babies, households, invitations
from nestling.services.access import Actor
from nestling.store.models import Entry, Household, Membership, User

HOUSEHOLD_NAME = "The Demo family"
TIME_ZONE = "Europe/London"
PASSWORD = "nestling-demo"  # printed on purpose: the demo is for looking around
BABY_AGE_DAYS = 7 * 7
BIRTH_TIME = time(4, 12)
SEED = 7


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
    with audit.erasing():  # the demo household goes whole, its audit trail with it
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


@dataclass(frozen=True)
class Family:
    users: list[User]
    household_id: int
    baby_id: int


def create_family(*, household_name: str, password: str, birth_date: date, now: datetime) -> Family:
    """A mother and a father (both parents) in one household, and a baby born on `birth_date`.

    Shared by `nestling demo` and the benchmarks, so that both build the same kind of family
    through the same services a person would use."""
    users = []
    for username, shown, _rel in PEOPLE:
        user = User(username=username, display_name=shown)
        user.set_password(password)
        user.save()
        users.append(user)
    mother, father = (Actor(user=u) for u in users)
    member = households.create(
        actor=mother,
        settings=HouseholdSettings(household_name, TIME_ZONE, "GB", "metric", time(6, 0)),
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
    view = babies.create(
        actor=mother,
        household_id=member.household_id,
        values={
            "name": "Robin",
            "birth_date": birth_date,
            "birth_time": BIRTH_TIME,
            "due_date": birth_date + timedelta(days=3),
            "sex": "",
            "gestational_weeks": 39,
            "gestational_days": 4,
            "feeding_method": "mixed",
        },
        now=now,
    )
    return Family(users, member.household_id, view.baby.pk)


def build(*, reset: bool, now: datetime) -> DemoResult:
    with transaction.atomic():
        if not reset:
            found = _existing()
            if found:
                return found
        _remove()
        birth_date = now.astimezone(ZoneInfo(TIME_ZONE)).date() - timedelta(days=BABY_AGE_DAYS)
        family = create_family(
            household_name=HOUSEHOLD_NAME, password=PASSWORD, birth_date=birth_date, now=now
        )
        add_history(
            baby_id=family.baby_id,
            caregivers=[u.pk for u in family.users],
            birth_date=birth_date,
            now=now,
        )
    return DemoResult(True, HOUSEHOLD_NAME, family.household_id, family.baby_id, _logins())


def add_history(*, baby_id: int, caregivers: list[int], birth_date: date, now: datetime) -> int:
    """The demo baby's life so far, from the seeded generator, up to `now` (no running timers).

    Written straight to the store in bulk: this is generated data, not input to validate one
    request at a time (the generator's own tests check that every record passes the rules)."""
    records = history.generate(
        birth=datetime.combine(birth_date, BIRTH_TIME, tzinfo=ZoneInfo(TIME_ZONE)),
        start_day=0,
        days=BABY_AGE_DAYS + 1,
        caregivers=len(caregivers),
        seed=SEED,
        zone=TIME_ZONE,
    )
    rows = history_entries(records, baby_id=baby_id, caregivers=caregivers, until=now)
    Entry.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def history_entries(
    records: Iterable[history.Record], *, baby_id: int, caregivers: list[int], until: datetime
) -> list[Entry]:
    """Generated records as unsaved entries for `baby_id`, leaving out any that end after `until`.

    Record caregiver i becomes `caregivers[i]` (the first one writes the records nobody did);
    a check-in stays private unless it was shared; created and updated when it ended. Shared by
    the demo and the benchmarks' prepare step."""
    return [
        Entry(
            baby_id=baby_id,
            kind=r.kind,
            started_at=r.started_at,
            ended_at=r.ended_at,
            caregiver_id=caregivers[r.caregiver] if r.caregiver is not None else None,
            created_by_id=caregivers[r.caregiver or 0],
            note=r.note,
            details=r.details,
            private=kinds.kind_spec(r.kind).is_private(r.details),
            created_at=r.ended_at or r.started_at,
            updated_at=r.ended_at or r.started_at,
        )
        for r in records
        if (r.ended_at or r.started_at) <= until
    ]
