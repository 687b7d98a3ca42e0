"""Where a caregiver is signed in: list their browser sessions and end any of them.

A session is named by a hash of its key: the key is the cookie's secret and is never shown.
Ending one deletes it, so that browser is signed out on its very next request.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from django.db import transaction

from nestling.domain.errors import NotFound
from nestling.domain.text import gettext_noop as _
from nestling.services.access import Actor, require_write
from nestling.store.models import UserSession
from nestling.store.session_store import ADDRESS, AGENT, SEEN, SINCE

__all__ = ["ADDRESS", "AGENT", "SEEN", "SINCE", "SignedIn", "end", "end_all", "end_others", "of"]


@dataclass(frozen=True)
class Device:
    browser: str  # "" when the browser did not say
    system: str
    model: str


@dataclass(frozen=True)
class SignedIn:
    id: str
    current: bool
    device: Device
    address: str
    created_at: datetime | None
    last_seen: datetime | None
    expires_at: datetime


def public_id(session_key: str) -> str:
    return hashlib.sha256(session_key.encode()).hexdigest()[:32]


@lru_cache(maxsize=512)
def describe(user_agent: str) -> Device:
    """Browser, system and device model from a User-Agent header, with ua-parser's rules
    (the regular expressions of the uap-core project, kept up to date by that package)."""
    if not user_agent:
        return Device("", "", "")
    from ua_parser import parse

    found = parse(user_agent)
    browser = found.user_agent.family if found.user_agent else ""
    system = found.os.family if found.os else ""
    model = found.device.family if found.device else ""
    return Device(
        "" if browser == "Other" else browser,
        "" if system == "Other" else system,
        "" if model in {"Other", "Generic Smartphone", "Spider"} else model,
    )


def _live(actor: Actor, now: datetime) -> Any:
    return UserSession.objects.filter(user_id=actor.user.pk, expire_date__gt=now)


def of(*, actor: Actor, current_key: str | None, now: datetime) -> list[SignedIn]:
    """The actor's signed-in sessions, most recently used first (the current one marked)."""
    found = [
        SignedIn(
            id=public_id(s.session_key),
            current=s.session_key == current_key,
            device=describe(s.user_agent),
            address=s.address,
            created_at=s.created_at,
            last_seen=s.last_seen,
            expires_at=s.expire_date,
        )
        for s in _live(actor, now)
    ]
    return sorted(found, key=lambda s: (not s.current, -(s.last_seen or now).timestamp()))


def end(*, actor: Actor, session_id: str, current_key: str | None, now: datetime) -> bool:
    """End one of the actor's sessions; True when it was the one making this request."""
    require_write(actor)
    with transaction.atomic():
        for session in _live(actor, now).select_for_update():
            key = session.session_key
            if public_id(key) == session_id:
                session.delete()
                return key == current_key
    raise NotFound(_("No such session."))


def end_others(*, actor: Actor, current_key: str | None) -> int:
    """End every session of the actor but the current one; how many were ended."""
    require_write(actor)
    return end_all(user=actor.user, keep=current_key)


def end_all(*, user: Any, keep: str | None = None) -> int:
    """End every session of `user` but `keep` (their password changed: whoever else held a
    session is signed out, and the list under Settings shows only what still works)."""
    with transaction.atomic():
        ended, _kinds = (
            UserSession.objects.filter(user_id=user.pk).exclude(session_key=keep or "").delete()
        )
    return ended
