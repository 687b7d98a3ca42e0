"""The journal: log, list, edit and delete entries; live timers any caregiver can stop."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from nestling.domain import babies as baby_rules
from nestling.domain import days as family_days
from nestling.domain import entries as rules
from nestling.domain import kinds as registry
from nestling.domain.audit import Action
from nestling.domain.audit import changes as audit_changes
from nestling.domain.errors import Conflict, NotFound, ValidationError
from nestling.domain.households import Access
from nestling.domain.text import gettext_noop as _
from nestling.services import access, audit
from nestling.services.access import Actor
from nestling.store import queries
from nestling.store.models import Baby, Entry, Membership

PAGE_MAX = 500
OFFSET_MAX = 10**9  # far past any journal, and far from the databases' 64-bit limit
CAREGIVER_UNUSED = tuple(
    f"caregiver__{name}"
    for name in (
        "password",
        "last_login",
        "is_superuser",
        "email",
        "is_staff",
        "is_active",
        "date_joined",
        "last_name",
        "theme",
    )
)
UNDO_WINDOW = timedelta(minutes=10)


@dataclass
class EntryData:
    """What a caller says about an entry; fields left as None keep their current value."""

    kind: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    caregiver_id: int | None = None
    note: str | None = None
    details: dict[str, Any] | None = None
    set_fields: set[str] = field(default_factory=set)  # fields given, even if given as None


def _visible(actor: Actor) -> Q:
    # Check-ins stay with their caregiver unless shared; everything else is the household's.
    return Q(private=False) | Q(caregiver_id=actor.user.pk)


def _caregiver(baby: Baby, caregiver_id: int | None, actor: Actor) -> int:
    if caregiver_id is None or caregiver_id == actor.user.pk:
        return int(actor.user.pk)
    if not Membership.objects.filter(household_id=baby.household_id, user_id=caregiver_id).exists():
        raise ValidationError(_("That caregiver is not part of this household."), field="caregiver")
    return caregiver_id


def local_time(moment: datetime, baby: Baby) -> str:
    return moment.astimezone(ZoneInfo(baby.household.time_zone)).strftime("%H:%M")


def _earliest(baby: Baby) -> datetime | None:
    day = baby_rules.earliest_record(baby.birth_date, baby.due_date)
    if day is None:
        return None
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(baby.household.time_zone))


def _check_overlap(entry: Entry, now: datetime) -> None:
    if not registry.kind_spec(entry.kind).exclusive:
        return
    end = entry.ended_at or now
    clash = (
        Entry.objects.filter(baby_id=entry.baby_id, kind=entry.kind, started_at__lt=end)
        .filter(Q(ended_at__gt=entry.started_at) | Q(ended_at__isnull=True))
        .exclude(pk=entry.pk)
        .order_by("started_at")
        .first()
    )
    if clash is not None and rules.overlapping(
        entry.started_at, entry.ended_at, clash.started_at, clash.ended_at, now
    ):
        until = local_time(clash.ended_at, entry.baby) if clash.ended_at else _("now")
        raise ValidationError(
            _("This overlaps another one of the same kind (%(start)s–%(end)s)."),
            field="started_at",
            params={"start": local_time(clash.started_at, entry.baby), "end": until},
        )


def apply_data(entry: Entry, data: EntryData, actor: Actor, now: datetime) -> None:
    """Validate the whole entry as it would be after `data`, then set it; raises on any problem."""
    kind = data.kind or entry.kind
    spec = registry.kind_spec(kind)
    if "started_at" in data.set_fields and data.started_at is None:
        raise ValidationError(_("The start time is required."), field="started_at")
    started = data.started_at or entry.started_at or now
    ended = data.ended_at if "ended_at" in data.set_fields else entry.ended_at
    if spec.timed is False:
        ended = None if "ended_at" not in data.set_fields else ended
    rules.validate_times(kind, rules.EntryTimes(started, ended), now)
    rules.validate_not_before(started, _earliest(entry.baby))
    details = registry.parse_details(
        kind,
        data.details if data.details is not None else (entry.details if kind == entry.kind else {}),
    )
    note = data.note if data.note is not None else entry.note
    rules.validate_note(kind, note)
    caregiver = (
        _caregiver(entry.baby, data.caregiver_id, actor)
        if "caregiver_id" in data.set_fields or entry.caregiver_id is None
        else entry.caregiver_id
    )
    if spec.personal and caregiver != actor.user.pk:
        raise ValidationError(_("This is always your own."), field="caregiver")
    entry.kind, entry.started_at, entry.ended_at = kind, started, ended
    entry.details = details.model_dump(mode="json", exclude_defaults=True)
    entry.note, entry.caregiver_id = note, caregiver
    entry.private = spec.is_private(entry.details)
    entry.updated_at = now
    _check_overlap(entry, now)


def record(
    *,
    actor: Actor,
    baby_id: int,
    data: EntryData,
    now: datetime,
    also_baby_ids: list[int] | None = None,
) -> list[Entry]:
    """Log one moment, for this baby and (twins!) any others named in `also_baby_ids`."""
    if data.kind is None:
        raise ValidationError(_("Say what kind of entry this is."), field="kind")
    created = []
    with transaction.atomic():
        ids = [baby_id, *[b for b in (also_baby_ids or []) if b != baby_id]]
        household = None
        for index, target in enumerate(ids):
            try:
                baby, _member = access.baby(actor, target, Access.LOG)
            except NotFound as exc:
                raise NotFound(exc.message, field="also_babies" if index else None) from exc
            if household is not None and baby.household_id != household:
                raise ValidationError(
                    _("All babies must be in the same household."), field="also_babies"
                )
            household = baby.household_id
            entry = Entry(
                baby=baby,
                created_by_id=actor.user.pk,
                created_at=now,
                started_at=data.started_at or now,
            )
            apply_data(entry, data, actor, now)
            queries.insert_entry(entry)  # the hot path: one INSERT, no ORM compilation
            created.append(entry)
    return created


def entry_for(actor: Actor, entry_id: int, need: Access, *, lock: bool = False) -> Entry:
    query = Entry.objects.select_related("baby__household", "caregiver").filter(pk=entry_id)
    if lock:
        query = query.select_for_update(of=("self",))
    entry = query.filter(_visible(actor)).first()
    if entry is None:
        raise NotFound(_("No such entry."))
    try:
        access.baby(actor, entry.baby_id, need)
    except NotFound as exc:
        raise NotFound(_("No such entry.")) from exc
    return entry


def get(*, actor: Actor, entry_id: int) -> Entry:
    return entry_for(actor, entry_id, Access.READ)


AUDITED = ("kind", "started_at", "ended_at", "caregiver_id", "note", "details")


def _snapshot(entry: Entry) -> dict[str, Any]:
    found = {field: getattr(entry, field) for field in AUDITED}
    found["caregiver"] = found.pop("caregiver_id")
    return found


def _audit(actor: Actor, entry: Entry, action: Action, now: datetime, **extra: Any) -> None:
    """Record an edit or deletion; a private check-in is nobody else's business."""
    if entry.private:
        return
    audit.record(
        actor,
        entry.baby.household_id,
        action,
        now=now,
        target_id=entry.pk,
        details={
            "kind": entry.kind,
            "baby": entry.baby.name,
            "baby_id": entry.baby_id,
            "started_at": entry.started_at.isoformat(),
        },
        **extra,
    )


def update(*, actor: Actor, entry_id: int, version: int, data: EntryData, now: datetime) -> Entry:
    """Change an entry if nobody else changed it since `version`; otherwise a clear conflict."""
    with transaction.atomic():
        entry = entry_for(actor, entry_id, Access.LOG, lock=True)
        before = _snapshot(entry)
        if entry.version != version:
            raise Conflict(
                _(
                    "Someone else changed this entry at %(time)s. Reload to see their change, "
                    "then make yours again."
                ),
                field="version",
                code="stale",
                params={"time": local_time(entry.updated_at, entry.baby)},
            )
        if entry.running and "ended_at" in data.set_fields and data.ended_at is not None:
            entry.running = False
            entry.stopped_by_id = actor.user.pk
        apply_data(entry, data, actor, now)
        entry.version += 1
        entry.save()
        _audit(
            actor, entry, Action.ENTRY_EDITED, now, changes=audit_changes(before, _snapshot(entry))
        )
    return entry


def delete(*, actor: Actor, entry_id: int, now: datetime | None = None) -> None:
    now = now or timezone.now()  # callers written before the audit trail pass no time
    with transaction.atomic():
        entry = entry_for(actor, entry_id, Access.LOG, lock=True)
        _audit(actor, entry, Action.ENTRY_DELETED, now)
        entry.delete()


def undo_last(*, actor: Actor, baby_id: int, now: datetime) -> Entry | None:
    """Remove the actor's most recent entry for the baby, if made in the last few minutes."""
    with transaction.atomic():
        access.baby(actor, baby_id, Access.LOG)
        entry = (
            Entry.objects.select_for_update(of=("self",))
            .filter(baby_id=baby_id, created_by_id=actor.user.pk, created_at__gte=now - UNDO_WINDOW)
            .order_by("-created_at", "-id")
            .first()
        )
        if entry is not None:
            entry.baby = access.baby(actor, baby_id)[0]
            _audit(actor, entry, Action.ENTRY_DELETED, now)
            entry.delete()
    return entry


def visible_entries(actor: Actor, baby_id: int) -> QuerySet[Entry]:
    access.baby(actor, baby_id)
    return (
        Entry.objects.filter(baby_id=baby_id)
        .filter(_visible(actor))
        .select_related("caregiver")
        # Only what pages and the API show of the caregiver (not the password hash, ...).
        .defer(*CAREGIVER_UNUSED)
        .order_by("-started_at", "-id")
    )


def listing(
    *,
    actor: Actor,
    baby_id: int,
    kinds: list[str] | None = None,
    caregiver_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Entry]:
    """Entries newest first, filtered; a page is one query whatever the history length."""
    if not 1 <= limit <= PAGE_MAX:
        raise ValidationError(_("limit must be between 1 and 500."), field="limit")
    if not 0 <= offset <= OFFSET_MAX:
        raise ValidationError(
            _("offset must be between 0 and %(max)s."), field="offset", params={"max": OFFSET_MAX}
        )
    for index, kind in enumerate(kinds or []):
        if kind not in registry.KINDS:
            raise ValidationError(_("Unknown kind of entry."), field=f"kind[{index}]")
    query = visible_entries(actor, baby_id)
    if kinds:
        query = query.filter(kind__in=kinds)
    if caregiver_id is not None:
        query = query.filter(caregiver_id=caregiver_id)
    if start is not None:
        query = query.filter(started_at__gte=start)
    if end is not None:
        query = query.filter(started_at__lt=end)
    return list(query[offset : offset + limit])


def remembered(
    *, actor: Actor, baby_id: int, kind: str, like: dict[str, Any], keys: tuple[str, ...]
) -> dict[str, Any]:
    """`keys` of the details of the newest entry of `kind` whose details include `like` (the
    usual bottle: its amount and milk), looking at the last few only; {} when there is none."""
    if not keys:
        return {}
    for details in (
        visible_entries(actor, baby_id).filter(kind=kind).values_list("details", flat=True)[:20]
    ):
        if all(details.get(k) == v for k, v in like.items()):
            return {k: details[k] for k in keys if k in details}
    return {}


@dataclass(frozen=True)
class Day:
    day: date
    start: datetime
    end: datetime
    entries: list[Entry]


def day(
    *,
    actor: Actor,
    baby_id: int,
    on: date,
    kinds: list[str] | None = None,
    caregiver_id: int | None = None,
) -> Day:
    """One family day of entries (from the household's day-start hour), newest first."""
    baby, _member = access.baby(actor, baby_id)
    household = baby.household
    start, end = family_days.day_window(on, household.time_zone, household.day_starts_at)
    found = listing(
        actor=actor,
        baby_id=baby_id,
        kinds=kinds,
        caregiver_id=caregiver_id,
        start=start,
        end=end,
        limit=PAGE_MAX,
    )
    return Day(on, start, end, found)


def today(baby: Baby, now: datetime) -> date:
    household = baby.household
    return family_days.day_of(now, household.time_zone, household.day_starts_at)
