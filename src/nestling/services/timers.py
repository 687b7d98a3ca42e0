"""Live timers: started on one device, stopped or switched from any caregiver's device."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction

from nestling.domain import kinds
from nestling.domain.errors import Conflict, ValidationError
from nestling.domain.households import Access
from nestling.domain.kinds import feed
from nestling.domain.text import gettext_noop as _
from nestling.services import access, journal
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store import queries
from nestling.store.models import Entry


def running(*, actor: Actor, baby_id: int) -> list[Entry]:
    return list(journal.visible_entries(actor, baby_id).filter(running=True))


def start_timer(
    *,
    actor: Actor,
    baby_id: int,
    kind: str,
    now: datetime,
    details: dict[str, Any] | None = None,
    started_at: datetime | None = None,
) -> Entry:
    spec = kinds.kind_spec(kind)
    if not spec.timed:
        raise ValidationError(_("This kind of entry cannot be timed."), field="kind")
    raw = spec.on_start(dict(details or {}), started_at or now)
    with transaction.atomic():
        baby, _member = access.baby(actor, baby_id, Access.LOG)
        already = Entry.objects.filter(baby_id=baby_id, kind=kind, running=True).first()
        if already is not None:
            raise Conflict(
                _("A timer for this is already running (since %(time)s)."),
                field="kind",
                code="timer_running",
                params={"time": journal.local_time(already.started_at, baby)},
            )
        entry = Entry(
            baby=baby,
            created_by_id=actor.user.pk,
            created_at=now,
            running=True,
            started_at=started_at or now,
        )
        journal.apply_data(
            entry,
            EntryData(
                kind=kind, details=raw, started_at=started_at or now, set_fields={"started_at"}
            ),
            actor,
            now,
        )
        queries.insert_entry(entry)  # every new entry goes through the one INSERT path
    return entry


def _running_timer(actor: Actor, timer_id: int) -> Entry:
    entry = journal.entry_for(actor, timer_id, Access.LOG, lock=True)
    if not entry.running:
        who = entry.stopped_by.shown_name if entry.stopped_by else _("someone")
        when = journal.local_time(entry.ended_at, entry.baby) if entry.ended_at else "?"
        raise Conflict(
            _("%(who)s already stopped this timer at %(time)s."),
            field="timer",
            code="timer_stopped",
            params={"who": who, "time": when},
        )
    return entry


def stop_timer(
    *,
    actor: Actor,
    timer_id: int,
    now: datetime,
    ended_at: datetime | None = None,
    details: dict[str, Any] | None = None,
    note: str | None = None,
) -> Entry:
    """Stop a running timer (from any caregiver's device); `ended_at` corrects a forgotten one."""
    with transaction.atomic():
        entry = _running_timer(actor, timer_id)
        end = ended_at or now
        raw = kinds.kind_spec(entry.kind).on_stop({**entry.details, **(details or {})}, end)
        entry.running = False
        entry.stopped_by_id = actor.user.pk
        journal.apply_data(
            entry,
            EntryData(ended_at=end, details=raw, note=note, set_fields={"ended_at"}),
            actor,
            now,
        )
        entry.version += 1
        entry.save()
    return entry


def switch_side(*, actor: Actor, timer_id: int, now: datetime) -> Entry:
    """A running breast feed moves to the other side."""
    with transaction.atomic():
        entry = _running_timer(actor, timer_id)
        details = feed.switch_side(entry.details, now) if entry.kind == "feed" else None
        if details is None:
            raise ValidationError(_("Only a running breast feed can switch sides."), field="timer")
        journal.apply_data(entry, EntryData(details=details), actor, now)
        entry.version += 1
        entry.save()
    return entry
