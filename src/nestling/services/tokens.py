"""Personal API tokens: created with a name and scope, stored hashed, shown once, revocable."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction

from nestling.domain.errors import NotFound, ValidationError
from nestling.domain.limits import API_TOKEN_ADDRESS
from nestling.domain.text import gettext_noop as _
from nestling.services import limits
from nestling.services.access import Actor, require_write
from nestling.store import queries
from nestling.store.models import ApiToken

PREFIX = "nst_"
SCOPES = ("read", "write")


def _digest(raw: str) -> str:
    # Tokens carry 256 random bits, so a fast hash is enough: there is nothing to brute-force.
    return hashlib.sha256(raw.encode()).hexdigest()


def create_for(*, user: object, name: str, scope: str, now: datetime) -> tuple[ApiToken, str]:
    """Create a token for `user`; returns it with the raw token, which is never stored."""
    clean = name.strip()
    if not clean:
        raise ValidationError(
            _("Please give the token a name, e.g. 'Home Assistant'."), field="name"
        )
    if len(clean) > 100:
        raise ValidationError(_("The name is too long (100 characters at most)."), field="name")
    if scope not in SCOPES:
        raise ValidationError(_("The scope must be read or write."), field="scope")
    raw = PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user,
            name=clean,
            scope=scope,
            prefix=raw[: len(PREFIX) + 6],
            digest=_digest(raw),
            created_at=now,
        )
    return token, raw


def create(*, actor: Actor, name: str, scope: str, now: datetime) -> tuple[ApiToken, str]:
    require_write(actor)
    return create_for(user=actor.user, name=name, scope=scope, now=now)


def of(*, actor: Actor) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user_id=actor.user.pk))


def revoke(*, actor: Actor, token_id: int, now: datetime) -> ApiToken:
    require_write(actor)
    with transaction.atomic():
        token = ApiToken.objects.filter(pk=token_id, user_id=actor.user.pk).first()
        if token is None:
            raise NotFound(_("No such token."))
        if token.revoked_at is None:
            token.revoked_at = now
            token.save(update_fields=["revoked_at"])
    return token


def count_wrong(*, address: str, now: datetime) -> None:
    """Count a wrong token against its address; raises TooManyAttempts past the limit."""
    limits.count([limits.at(API_TOKEN_ADDRESS, address)], now)


def authenticate(raw: str, now: datetime) -> ApiToken | None:
    """The live token behind `raw`, with its user; records the use at most once a minute."""
    if not raw.startswith(PREFIX):
        return None
    token = queries.live_token(_digest(raw))
    if token is None:
        return None
    stale = now - timedelta(seconds=settings.TOKEN_TOUCH_SECONDS)
    if token.last_used_at is None or token.last_used_at < stale:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
