"""Households: create and configure them, and look after their members."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from nestling.domain import households as rules
from nestling.domain.audit import Action
from nestling.domain.audit import changes as audit_changes
from nestling.domain.errors import Conflict, NotFound, ValidationError
from nestling.domain.households import Access, HouseholdSettings, Relationship, Role
from nestling.domain.text import gettext_noop as _
from nestling.services import access, audit
from nestling.services.access import Actor
from nestling.store.models import Household, Membership

SETTINGS_FIELDS = ("name", "time_zone", "country", "units", "day_starts_at")


def _settings_of(household: Household) -> HouseholdSettings:
    return HouseholdSettings(
        name=household.name,
        time_zone=household.time_zone,
        country=household.country,
        units=household.units,
        day_starts_at=household.day_starts_at,
    )


def _parse_choice(value: str, choices: type[Role] | type[Relationship], field: str) -> str:
    allowed = [c.value for c in choices]
    if value not in allowed:
        raise ValidationError(
            _("Choose one of: %(choices)s."), field=field, params={"choices": ", ".join(allowed)}
        )
    return value


def parse_role(value: str, field: str = "role") -> str:
    return _parse_choice(value, Role, field)


def parse_relationship(value: str, field: str = "relationship") -> str:
    return _parse_choice(value, Relationship, field)


def _normalise(changes: dict[str, Any]) -> dict[str, Any]:
    clean = dict(changes)
    if "country" in clean and isinstance(clean["country"], str):
        clean["country"] = clean["country"].strip().upper()
    if "name" in clean and isinstance(clean["name"], str):
        clean["name"] = clean["name"].strip()
    return clean


def create(
    *, actor: Actor, settings: HouseholdSettings, relationship: str, now: datetime
) -> Membership:
    """A new household with the actor as its first parent."""
    access.require_write(actor)
    settings = replace(settings, name=settings.name.strip(), country=settings.country.upper())
    rules.validate_settings(settings)
    parse_relationship(relationship)
    with transaction.atomic():
        household = Household.objects.create(
            name=settings.name,
            time_zone=settings.time_zone,
            country=settings.country,
            units=settings.units,
            day_starts_at=settings.day_starts_at,
            created_at=now,
        )
        member = Membership.objects.create(
            household=household,
            user=actor.user,
            role=Role.PARENT,
            relationship=relationship,
            joined_at=now,
        )
        audit.record(actor, household.pk, Action.HOUSEHOLD_CREATED, now=now)
        return member


def update(
    *, actor: Actor, household_id: int, changes: dict[str, Any], now: datetime | None = None
) -> Household:
    now = now or timezone.now()  # callers written before the audit trail pass no time
    unknown = set(changes) - set(SETTINGS_FIELDS)
    if unknown:
        field = sorted(unknown)[0]
        raise ValidationError(_("This field cannot be changed here."), field=field)
    with transaction.atomic():
        household = access.household(actor, household_id, Access.MANAGE)
        before = {field: getattr(household, field) for field in changes}
        merged = replace(_settings_of(household), **_normalise(changes))
        rules.validate_settings(merged)
        for field in changes:
            setattr(household, field, getattr(merged, field))
        household.save(update_fields=list(changes) or None)
        changed = audit_changes(before, {field: getattr(household, field) for field in changes})
        if changed:
            audit.record(actor, household_id, Action.SETTINGS_CHANGED, now=now, changes=changed)
    return household


def members(*, actor: Actor, household_id: int) -> list[Membership]:
    access.membership(actor, household_id)
    return list(Membership.objects.select_related("user").filter(household_id=household_id))


def _member(household_id: int, member_id: int) -> Membership:
    found = (
        Membership.objects.select_for_update()
        .select_related("user")
        .filter(household_id=household_id, pk=member_id)
        .first()
    )
    if found is None:
        raise NotFound(_("No such member."))
    return found


def _keep_a_parent(household_id: int, leaving: Membership) -> None:
    others = (
        Membership.objects.filter(household_id=household_id, role=Role.PARENT)
        .exclude(pk=leaving.pk)
        .exists()
    )
    if leaving.role == Role.PARENT and not others:
        raise Conflict(
            _("A household needs at least one parent. Make someone else a parent first."),
            field="role",
            code="last_parent",
        )


def change_member(
    *,
    actor: Actor,
    household_id: int,
    member_id: int,
    role: str | None = None,
    relationship: str | None = None,
    now: datetime | None = None,
) -> Membership:
    """Parents change anyone's role; everyone may correct their own relationship."""
    now = now or timezone.now()  # callers written before the audit trail pass no time
    with transaction.atomic():
        mine = access.membership(actor, household_id, Access.READ)
        target = _member(household_id, member_id)
        before = {"role": target.role, "relationship": target.relationship}
        own_relationship_only = target.pk == mine.pk and role is None
        access.membership(
            actor, household_id, Access.READ if own_relationship_only else Access.MANAGE
        )
        if own_relationship_only:
            access.require_write(actor)
        if role is not None:
            new_role = parse_role(role)
            if new_role != Role.PARENT:
                _keep_a_parent(household_id, target)
            target.role = new_role
        if relationship is not None:
            target.relationship = parse_relationship(relationship)
        target.save(update_fields=["role", "relationship"])
        changed = audit_changes(before, {"role": target.role, "relationship": target.relationship})
        if changed:
            audit.record(
                actor,
                household_id,
                Action.MEMBER_CHANGED,
                now=now,
                target_id=target.user_id,
                details={"member": target.user.shown_name},
                changes=changed,
            )
    return target


def remove_member(
    *, actor: Actor, household_id: int, member_id: int, now: datetime | None = None
) -> None:
    """Parents remove members; anyone may leave a household themselves."""
    now = now or timezone.now()  # callers written before the audit trail pass no time
    with transaction.atomic():
        mine = access.membership(actor, household_id, Access.READ)
        target = _member(household_id, member_id)
        if target.pk == mine.pk:
            access.require_write(actor)
        else:
            access.membership(actor, household_id, Access.MANAGE)
        _keep_a_parent(household_id, target)
        leaving = target.pk == mine.pk
        audit.record(
            actor,
            household_id,
            Action.MEMBER_LEFT if leaving else Action.MEMBER_REMOVED,
            now=now,
            target_id=target.user_id,
            details={"member": target.user.shown_name},
        )
        target.delete()
