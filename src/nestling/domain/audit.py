"""The household's audit trail: what kinds of change are recorded, and how each reads.

Recorded: entries edited or deleted (never created: the entry itself says who logged it and
when, and creating entries is the hottest write path), babies added, changed or removed,
members joining, changing role or relationship, removed or leaving, household settings,
invitations made or withdrawn. A caregiver's private check-in is never recorded: others must
not learn that it exists. Values of health data (notes, amounts, details) are never copied
into the trail, only which fields changed; settings and roles are shown old → new.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from nestling.domain.text import gettext_noop as _


class Action(enum.StrEnum):
    HOUSEHOLD_CREATED = "household.created"
    SETTINGS_CHANGED = "household.changed"
    ENTRY_EDITED = "entry.edited"
    ENTRY_DELETED = "entry.deleted"
    BABY_ADDED = "baby.added"
    BABY_CHANGED = "baby.changed"
    BABY_REMOVED = "baby.removed"
    MEMBER_JOINED = "member.joined"
    MEMBER_CHANGED = "member.changed"
    MEMBER_REMOVED = "member.removed"
    MEMBER_LEFT = "member.left"
    INVITATION_CREATED = "invitation.created"
    INVITATION_REVOKED = "invitation.revoked"


# How each action reads; `%(who)s` is the person who did it (as named at the time).
TEXT: dict[Action, str] = {
    Action.HOUSEHOLD_CREATED: _("%(who)s created the household."),
    Action.SETTINGS_CHANGED: _("%(who)s changed the household's settings."),
    Action.ENTRY_EDITED: _("%(who)s edited %(baby)s's %(kind)s entry from %(when)s."),
    Action.ENTRY_DELETED: _("%(who)s deleted %(baby)s's %(kind)s entry from %(when)s."),
    Action.BABY_ADDED: _("%(who)s added %(baby)s."),
    Action.BABY_CHANGED: _("%(who)s changed %(baby)s's details."),
    Action.BABY_REMOVED: _("%(who)s removed %(baby)s and everything logged for them."),
    Action.MEMBER_JOINED: _("%(who)s joined as %(role)s."),
    Action.MEMBER_CHANGED: _("%(who)s changed what %(member)s can do or their relationship."),
    Action.MEMBER_REMOVED: _("%(who)s removed %(member)s from the household."),
    Action.MEMBER_LEFT: _("%(who)s left the household."),
    Action.INVITATION_CREATED: _("%(who)s invited someone as %(role)s (code ending %(hint)s)."),
    Action.INVITATION_REVOKED: _("%(who)s withdrew the invitation ending %(hint)s."),
}

# Names of the fields a change lists (the trail says which changed, and for settings and roles
# the old and new value).
FIELDS: dict[str, str] = {
    "kind": _("kind"),
    "started_at": _("start"),
    "ended_at": _("end"),
    "caregiver": _("caregiver"),
    "note": _("note"),
    "details": _("details"),
    "name": _("name"),
    "time_zone": _("time zone"),
    "country": _("country"),
    "units": _("units"),
    "day_starts_at": _("day starts at"),
    "role": _("role"),
    "relationship": _("relationship"),
    "birth_date": _("date of birth"),
    "birth_time": _("time of birth"),
    "due_date": _("due date"),
    "sex": _("sex"),
    "gestational_weeks": _("weeks of pregnancy at birth"),
    "gestational_days": _("days of pregnancy at birth"),
    "nicu_from": _("neonatal unit from"),
    "nicu_until": _("neonatal unit until"),
    "feeding_method": _("feeding"),
}

# Settings and roles are shown old → new; other changes only by name.
SHOWN_VALUES = frozenset(
    {"name", "time_zone", "country", "units", "day_starts_at", "role", "relationship"}
)


@dataclass(frozen=True)
class Change:
    field: str
    old: str | None = None  # only for SHOWN_VALUES
    new: str | None = None


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """What differs between two snapshots, in the order of `after`."""
    found = []
    for field, value in after.items():
        if before.get(field) == value:
            continue
        if field in SHOWN_VALUES:
            found.append(Change(field, _plain(before.get(field)), _plain(value)))
        else:
            found.append(Change(field))
    return found


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "strftime") and hasattr(value, "hour") and not hasattr(value, "year"):
        return str(value.strftime("%H:%M"))
    return str(value)
