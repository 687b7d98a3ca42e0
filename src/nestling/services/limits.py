"""Counting attempts against the rate limits, in the database every worker shares.

One statement per counted attempt (an atomic INSERT ... ON CONFLICT DO UPDATE that SQLite and
PostgreSQL both run), one SELECT to check before trying: no cache server to install, and two
workers, or two servers on one PostgreSQL, see the same counts. Callers count outside their
own transaction, so a failure that rolls the request back is still counted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from django.conf import settings
from django.db import connection

from nestling.addresses import address_group
from nestling.domain import limits as rules
from nestling.domain.errors import TooManyAttempts
from nestling.domain.limits import Limit
from nestling.store.models import RateCounter

Check = tuple[Limit, str]  # a limit and what it counts (an address, a username, ...)

_BUMP = (
    "INSERT INTO rate_counter (digest, attempts, window_ends) VALUES (%s, 1, %s) "
    "ON CONFLICT (digest) DO UPDATE SET "
    "attempts = CASE WHEN rate_counter.window_ends <= %s THEN 1 "
    "ELSE rate_counter.attempts + 1 END, "
    "window_ends = CASE WHEN rate_counter.window_ends <= %s THEN excluded.window_ends "
    "ELSE rate_counter.window_ends END "
    "RETURNING attempts, window_ends"
)


def configured(limit: Limit) -> Limit:
    """The limit as this installation runs it (the operator may set the login limit)."""
    if limit.name == rules.LOGIN_ACCOUNT_ADDRESS.name:
        return replace(limit, attempts=settings.LOGIN_FAILURE_LIMIT)
    return limit


def _digest(limit: Limit, value: str) -> str:
    return hashlib.sha256(f"{limit.name}\0{value.lower()}".encode()).hexdigest()


def _refuse(limit: Limit, window_ends: int, now: int) -> TooManyAttempts:
    wait = max(1, window_ends - now)
    return TooManyAttempts(limit.message, retry_after=wait, params={"minutes": rules.minutes(wait)})


def check(checks: Sequence[Check], now: datetime) -> None:
    """Refuse at once (TooManyAttempts) if any of these counters is at its limit."""
    wanted = {_digest(limit, value): configured(limit) for limit, value in checks if value}
    if not wanted:
        return
    ts = int(now.timestamp())
    worst: TooManyAttempts | None = None
    for digest, attempts, ends in RateCounter.objects.filter(
        digest__in=wanted, window_ends__gt=ts
    ).values_list("digest", "attempts", "window_ends"):
        limit = wanted[digest]
        if attempts >= limit.attempts:
            refused = _refuse(limit, ends, ts)
            if worst is None or refused.retry_after > worst.retry_after:
                worst = refused
    if worst is not None:
        raise worst


def count(checks: Sequence[Check], now: datetime) -> None:
    """Count one attempt against each counter; refuse (TooManyAttempts) when this attempt
    reached a limit, so the caller answers 429 instead of "wrong, try again"."""
    ts = int(now.timestamp())
    worst: TooManyAttempts | None = None
    with connection.cursor() as cursor:
        for limit, value in checks:
            if not value:
                continue
            limit = configured(limit)
            ends = ts + int(limit.window.total_seconds())
            cursor.execute(_BUMP, [_digest(limit, value), ends, ts, ts])
            attempts, window_ends = cursor.fetchone()
            if attempts == 1:  # a new window: a good moment to drop counters that ended
                cursor.execute("DELETE FROM rate_counter WHERE window_ends < %s", [ts])
            if attempts >= limit.attempts:
                refused = _refuse(limit, window_ends, ts)
                if worst is None or refused.retry_after > worst.retry_after:
                    worst = refused
    if worst is not None:
        raise worst


def clear(checks: Sequence[Check]) -> None:
    """Forget these counters (someone got it right: their own earlier typos no longer count)."""
    RateCounter.objects.filter(digest__in=[_digest(limit, v) for limit, v in checks]).delete()


def at(limit: Limit, address: str) -> Check:
    """A per-address check: IPv6 addresses count per /64 (see nestling/addresses.py)."""
    return (limit, address_group(address))


def of_account(limit: Limit, username: str) -> Check:
    return (limit, username.strip())
