"""The audit trail in words, in the household's time zone and the reader's language: one
presenter for the page and the API, so both say the same thing."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import dateformat
from django.utils.translation import gettext, gettext_noop, pgettext

from nestling.domain import kinds
from nestling.domain.audit import FIELDS, TEXT, Action

ROLES = {
    "parent": gettext_noop("parent"),
    "caregiver": gettext_noop("caregiver"),
    "viewer": gettext_noop("viewer"),
}


def _when(iso: str | None, time_zone: str) -> str:
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone(ZoneInfo(time_zone))
    return dateformat.format(moment, pgettext("audit moment", "H:i \\o\\n j M"))


def _kind(code: str | None) -> str:
    spec = kinds.KINDS.get(code or "")
    return gettext(spec.label).lower() if spec else (code or "")


def sentence(event: Any, time_zone: str) -> str:
    """What happened, as a sentence ("Bob edited Ada's feed entry from 14:05 on 3 Mar.")."""
    details = event.details or {}
    params = {
        "who": event.actor_name,
        "baby": details.get("baby", ""),
        "kind": _kind(details.get("kind")),
        "when": _when(details.get("started_at"), time_zone),
        "member": details.get("member", ""),
        "role": gettext(ROLES.get(details.get("role", ""), details.get("role", ""))),
        "hint": details.get("hint", ""),
    }
    try:
        template = TEXT[Action(event.action)]
    except ValueError:
        return event.action
    return gettext(template) % params


def changes(event: Any) -> list[str]:
    """Each changed field: "start", or for settings and roles "role: caregiver → parent"."""
    found = []
    for change in (event.details or {}).get("changes", []):
        name = gettext(FIELDS.get(change.get("field", ""), change.get("field", "")))
        if "old" in change or "new" in change:
            old = _value(change.get("field"), change.get("old"))
            new = _value(change.get("field"), change.get("new"))
            found.append(f"{name}: {old} → {new}")
        else:
            found.append(name)
    return found


def _value(field: str | None, value: str | None) -> str:
    if value is None or value == "":
        return "—"
    if field == "role":
        return gettext(ROLES.get(value, value))
    return value


def as_json(event: Any, time_zone: str) -> dict[str, Any]:
    return {
        "id": event.pk,
        "at": event.at,
        "action": event.action,
        "actor": {"id": event.actor_id, "name": event.actor_name},
        "target_id": event.target_id,
        "text": sentence(event, time_zone),
        "changes": changes(event),
    }
