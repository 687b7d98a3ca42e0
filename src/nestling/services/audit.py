"""The household's audit trail: record a change (inside the change's own transaction) and
read the trail, which only the household's parents may do (domain/audit.py says what is
recorded and why)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection

from nestling.domain.audit import Action, Change
from nestling.domain.errors import ValidationError
from nestling.domain.households import Access
from nestling.domain.text import gettext_noop as _
from nestling.services import access
from nestling.services.access import Actor
from nestling.store.models import AuditEvent, Household

PAGE_MAX = 200
OFFSET_MAX = 10**9  # far past any trail, and far from the databases' 64-bit limit


def record(
    actor: Actor,
    household_id: int,
    action: Action,
    *,
    now: datetime,
    target_id: int | None = None,
    details: dict[str, Any] | None = None,
    changes: list[Change] | None = None,
) -> None:
    """Append one row; call it inside the transaction that makes the change, so both or
    neither are kept."""
    data = dict(details or {})
    if changes is not None:
        data["changes"] = [
            {k: v for k, v in (("field", c.field), ("old", c.old), ("new", c.new)) if v}
            for c in changes
        ]
    AuditEvent.objects.create(
        household_id=household_id,
        at=now,
        actor_id=actor.user.pk,
        actor_name=actor.user.shown_name,
        action=action.value,
        target_id=target_id,
        details=data,
    )


@dataclass(frozen=True)
class Page:
    household: Household
    items: list[AuditEvent]
    next_offset: int | None


def trail(*, actor: Actor, household_id: int, limit: int = 50, offset: int = 0) -> Page:
    """The household's changes, newest first. Parents only: a caregiver or viewer gets
    "forbidden", anyone outside the household "not found"."""
    member = access.membership(actor, household_id, Access.MANAGE, write=False)
    if not 1 <= limit <= PAGE_MAX:
        raise ValidationError(_("limit must be between 1 and 200."), field="limit")
    if not 0 <= offset <= OFFSET_MAX:
        raise ValidationError(
            _("offset must be between 0 and %(max)s."), field="offset", params={"max": OFFSET_MAX}
        )
    rows = list(
        AuditEvent.objects.filter(household_id=household_id).order_by("-at", "-id")[
            offset : offset + limit + 1
        ]
    )
    more = len(rows) > limit
    return Page(member.household, rows[:limit], offset + limit if more else None)


@contextmanager
def erasing() -> Iterator[None]:
    """Inside a transaction that deletes whole households on purpose (the demo's reset): let
    their audit rows go with them. Nothing else may delete audit rows (PostgreSQL's trigger
    refuses, see migration 0010)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('nestling.erase', 'households', true)")
    try:
        yield
    finally:
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('nestling.erase', '', true)")
