"""The household's audit trail: who changed or deleted what, recorded with the change,
readable by parents only, and append-only down to the database."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from nestling.domain.errors import NotFound, PermissionDenied, ValidationError
from nestling.services import audit, babies, households, invitations, journal
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import AppendOnly, AuditEvent, Entry
from tests.conftest import World


def _log(world: World, who: Any, kind: str = "diaper", **details: Any) -> Entry:
    data = EntryData(kind=kind, details=details or {"contents": "wet"})
    return journal.record(
        actor=Actor(user=who), baby_id=world.baby_id, data=data, now=timezone.now()
    )[0]


def _actions(world: World) -> list[str]:
    page = audit.trail(actor=Actor(user=world.alice), household_id=world.home_id, limit=200)
    return [e.action for e in page.items]


def test_creating_entries_writes_no_audit_row(world: World) -> None:
    before = AuditEvent.objects.count()
    for _ in range(3):
        _log(world, world.carl)
    assert AuditEvent.objects.count() == before


def test_edits_and_deletions_are_recorded_with_who_and_which_fields(world: World) -> None:
    entry = _log(world, world.carl)
    now = timezone.now()
    journal.update(
        actor=Actor(user=world.bob),
        entry_id=entry.pk,
        version=entry.version,
        data=EntryData(
            note="changed", started_at=now - timedelta(minutes=5), set_fields={"note", "started_at"}
        ),
        now=now,
    )
    journal.delete(actor=Actor(user=world.alice), entry_id=entry.pk, now=now)
    newest = audit.trail(actor=Actor(user=world.alice), household_id=world.home_id).items
    deleted, edited = newest[0], newest[1]
    assert (deleted.action, deleted.actor_name, deleted.target_id) == (
        "entry.deleted",
        "Alice",
        entry.pk,
    )
    assert (edited.action, edited.actor_name) == ("entry.edited", "Bob")
    fields = [c["field"] for c in edited.details["changes"]]
    assert fields == ["started_at", "note"]
    # Health data itself is not copied into the trail.
    assert "changed" not in str(edited.details) and "wet" not in str(edited.details)


def test_a_private_check_in_leaves_no_trace(world: World) -> None:
    entry = _log(world, world.carl, kind="checkin", mood=2)
    assert entry.private
    before = AuditEvent.objects.count()
    journal.delete(actor=Actor(user=world.carl), entry_id=entry.pk, now=timezone.now())
    assert AuditEvent.objects.count() == before


def test_household_babies_members_and_invitations_are_recorded(world: World) -> None:
    alice, now = Actor(user=world.alice), timezone.now()
    households.update(
        actor=alice,
        household_id=world.home_id,
        changes={"units": "imperial", "name": "Alice and Bob"},
        now=now,
    )
    households.change_member(
        actor=alice,
        household_id=world.home_id,
        member_id=world.vera_member_id,
        role="caregiver",
        now=now,
    )
    babies.update(actor=alice, baby_id=world.baby_id, values={"name": "Ada Rose"}, now=now)
    inv, _code = invitations.create(actor=alice, household_id=world.home_id, role="viewer", now=now)
    invitations.revoke(actor=alice, invitation_id=inv.pk, now=now)
    households.remove_member(
        actor=alice, household_id=world.home_id, member_id=world.vera_member_id, now=now
    )
    added = babies.create(
        actor=alice,
        household_id=world.home_id,
        values={"name": "Bea", "birth_date": now.date()},
        now=now,
    )
    babies.delete(actor=alice, baby_id=added.baby.pk, now=now)
    actions = _actions(world)
    assert actions[:8] == [
        "baby.removed",
        "baby.added",
        "member.removed",
        "invitation.revoked",
        "invitation.created",
        "baby.changed",
        "member.changed",
        "household.changed",
    ]
    # The world's own set-up was recorded too (created, invitations, joins, first baby).
    assert {"household.created", "member.joined", "baby.added"} <= set(actions[8:])
    settings_row = AuditEvent.objects.filter(action="household.changed").get()
    assert settings_row.details["changes"] == [
        {"field": "units", "old": "metric", "new": "imperial"}
    ]  # the unchanged name is not listed
    role = AuditEvent.objects.get(action="member.changed")
    assert role.details["changes"] == [{"field": "role", "old": "viewer", "new": "caregiver"}]


def test_only_parents_read_the_trail(world: World) -> None:
    for parent in (world.alice, world.bob):
        assert audit.trail(actor=Actor(user=parent), household_id=world.home_id).items
    for other in (world.vera, world.carl):
        with pytest.raises(PermissionDenied):
            audit.trail(actor=Actor(user=other), household_id=world.home_id)
    with pytest.raises(NotFound):
        audit.trail(actor=Actor(user=world.charlie), household_id=world.home_id)
    # A read-only token of a parent reads it (reading changes nothing).
    assert audit.trail(actor=Actor(user=world.alice, scope="read"), household_id=world.home_id)


def test_pages_are_newest_first_and_bounded(world: World) -> None:
    alice = Actor(user=world.alice)
    total = AuditEvent.objects.filter(household_id=world.home_id).count()
    first = audit.trail(actor=alice, household_id=world.home_id, limit=2)
    assert len(first.items) == 2 and first.next_offset == 2
    rest = audit.trail(actor=alice, household_id=world.home_id, limit=200, offset=2)
    assert len(rest.items) == total - 2 and rest.next_offset is None
    stamps = [(e.at, e.pk) for e in first.items + rest.items]
    assert stamps == sorted(stamps, reverse=True)
    for bad in ({"limit": 0}, {"limit": 201}, {"offset": -1}):
        with pytest.raises(ValidationError):
            audit.trail(actor=alice, household_id=world.home_id, **bad)


def test_no_service_path_changes_or_deletes_a_row(world: World) -> None:
    row = AuditEvent.objects.filter(household_id=world.home_id).first()
    assert row is not None
    row.actor_name = "Mallory"
    with pytest.raises(AppendOnly):
        row.save()
    with pytest.raises(AppendOnly):
        row.delete()
    with pytest.raises(AppendOnly):
        AuditEvent.objects.filter(pk=row.pk).update(actor_name="Mallory")
    with pytest.raises(AppendOnly):
        AuditEvent.objects.filter(pk=row.pk).delete()


def test_the_database_refuses_changes_behind_the_models_back(world: World) -> None:
    row = AuditEvent.objects.filter(household_id=world.home_id).first()
    assert row is not None
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_event SET actor_name = 'Mallory' WHERE id = %s", [row.pk])
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as c:
            c.execute("DELETE FROM audit_event WHERE id = %s", [row.pk])
    assert AuditEvent.objects.filter(pk=row.pk, actor_name="Mallory").count() == 0


def test_erasing_a_household_on_purpose_takes_its_trail(world: World) -> None:
    from nestling.store.models import Household

    with transaction.atomic(), audit.erasing():
        Household.objects.filter(pk=world.other_home_id).delete()
    assert not AuditEvent.objects.filter(household_id=world.other_home_id).exists()
    assert AuditEvent.objects.filter(household_id=world.home_id).exists()
