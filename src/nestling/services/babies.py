"""Babies: add, edit and remove them, and read their age the way advice needs it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from django.db import transaction
from django.utils import timezone

from nestling.domain import babies as rules
from nestling.domain.audit import Action
from nestling.domain.audit import changes as audit_changes
from nestling.domain.babies import Age, BabyFacts, FeedingMethod, Sex, Stage
from nestling.domain.errors import ValidationError
from nestling.domain.households import Access
from nestling.domain.text import gettext_noop as _
from nestling.services import access, audit
from nestling.services.access import Actor
from nestling.store.models import Baby, Membership

FIELDS = (
    "name",
    "birth_date",
    "birth_time",
    "due_date",
    "sex",
    "gestational_weeks",
    "gestational_days",
    "nicu_from",
    "nicu_until",
    "feeding_method",
)


@dataclass(frozen=True)
class BabyView:
    """A baby with what pages and the API show about their age on a given day."""

    baby: Baby
    today: date
    age: Age | None
    stage: Stage
    pregnancy_week: int | None
    role: str


def facts_of(baby: Baby) -> BabyFacts:
    return BabyFacts(
        name=baby.name,
        birth_date=baby.birth_date,
        due_date=baby.due_date,
        gestation_days=rules.gestation_from(baby.gestational_weeks, baby.gestational_days),
        nicu_from=baby.nicu_from,
        nicu_until=baby.nicu_until,
    )


def view_of(baby: Baby, member: Membership, now: datetime) -> BabyView:
    today = access.local_today(baby.household, now)
    facts = facts_of(baby)
    age = rules.age_on(facts, today)
    week = rules.pregnancy_week(baby.due_date, today) if age is None and baby.due_date else None
    return BabyView(baby, today, age, rules.stage_on(facts, today), week, member.role)


def _check_choices(values: dict[str, Any]) -> None:
    if values.get("sex") not in {"", None, *[s.value for s in Sex]}:
        raise ValidationError(_("Sex must be female, male, intersex or left empty."), field="sex")
    if values.get("feeding_method") not in {"", None, *[f.value for f in FeedingMethod]}:
        raise ValidationError(_("Unknown feeding method."), field="feeding_method")
    weeks, days = values.get("gestational_weeks"), values.get("gestational_days")
    if days is not None and not 0 <= days <= 6:
        raise ValidationError(_("Days must be between 0 and 6."), field="gestational_days")
    if days is not None and weeks is None:
        raise ValidationError(_("Enter the weeks as well as the days."), field="gestational_weeks")
    if values.get("birth_time") is not None and values.get("birth_date") is None:
        raise ValidationError(_("A time of birth needs a date of birth."), field="birth_time")


def _apply(baby: Baby, values: dict[str, Any], now: datetime) -> None:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(_("Unknown field."), field=sorted(unknown)[0])
    for field, value in values.items():
        if field in {"sex", "feeding_method"} and value is None:
            value = ""
        if field == "name" and isinstance(value, str):
            value = value.strip()
        setattr(baby, field, value)
    snapshot = {field: getattr(baby, field) for field in FIELDS}
    _check_choices(snapshot)
    rules.validate(facts_of(baby), access.local_today(baby.household, now))
    baby.updated_at = now


def create(*, actor: Actor, household_id: int, values: dict[str, Any], now: datetime) -> BabyView:
    with transaction.atomic():
        member = access.membership(actor, household_id, Access.MANAGE)
        baby = Baby(household=member.household, name="", created_at=now, updated_at=now)
        _apply(baby, values, now)
        baby.save()
        audit.record(
            actor,
            household_id,
            Action.BABY_ADDED,
            now=now,
            target_id=baby.pk,
            details={"baby": baby.name},
        )
    return view_of(baby, member, now)


def update(*, actor: Actor, baby_id: int, values: dict[str, Any], now: datetime) -> BabyView:
    with transaction.atomic():
        baby, member = access.baby(actor, baby_id, Access.MANAGE)
        before = {field: getattr(baby, field) for field in FIELDS}
        _apply(baby, values, now)
        baby.save()
        audit.record(
            actor,
            baby.household_id,
            Action.BABY_CHANGED,
            now=now,
            target_id=baby.pk,
            details={"baby": baby.name},
            changes=audit_changes(before, {field: getattr(baby, field) for field in FIELDS}),
        )
    return view_of(baby, member, now)


def delete(*, actor: Actor, baby_id: int, now: datetime | None = None) -> None:
    now = now or timezone.now()  # callers written before the audit trail pass no time
    with transaction.atomic():
        baby, _member = access.baby(actor, baby_id, Access.MANAGE)
        audit.record(
            actor,
            baby.household_id,
            Action.BABY_REMOVED,
            now=now,
            target_id=baby.pk,
            details={"baby": baby.name},
        )
        baby.delete()


def get(*, actor: Actor, baby_id: int, now: datetime) -> BabyView:
    baby, member = access.baby(actor, baby_id)
    return view_of(baby, member, now)


def in_household(*, actor: Actor, household_id: int, now: datetime) -> list[BabyView]:
    member = access.membership(actor, household_id)
    babies = Baby.objects.filter(household_id=household_id)
    views = []
    for baby in babies:
        baby.household = member.household  # already loaded: no query per baby
        views.append(view_of(baby, member, now))
    return views


def all_of(*, actor: Actor, now: datetime) -> list[BabyView]:
    """Every baby in every household of the actor, household by household."""
    found: list[BabyView] = []
    for member in access.households_of(actor):
        found += in_household(actor=actor, household_id=member.household_id, now=now)
    return found


def parse_time(value: str | None, field: str) -> time | None:
    if not value:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError(_("Use a time such as 14:30."), field=field) from exc
