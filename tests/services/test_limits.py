"""Counting failures against a limit: shared counts, windows that end, Retry-After."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from nestling.domain import limits as rules
from nestling.domain.errors import TooManyAttempts
from nestling.domain.limits import Limit
from nestling.services import limits
from nestling.store.models import RateCounter

TRY = Limit("test", 3, timedelta(minutes=10), rules.PASSWORD_ACCOUNT.message)


def test_the_attempt_that_reaches_the_limit_is_refused_and_so_are_later_ones(db: Any) -> None:
    now = timezone.now()
    limits.count([(TRY, "x")], now)
    limits.count([(TRY, "x")], now)
    with pytest.raises(TooManyAttempts) as third:
        limits.count([(TRY, "x")], now + timedelta(minutes=1))
    assert third.value.retry_after == 9 * 60  # the window began with the first attempt
    assert third.value.status == 429 and third.value.params == {"minutes": 9}
    with pytest.raises(TooManyAttempts):
        limits.check([(TRY, "x")], now + timedelta(minutes=9, seconds=59))
    limits.check([(TRY, "y")], now)  # another key is not affected
    limits.check([(TRY, "x")], now + timedelta(minutes=10))  # the window ended
    limits.count([(TRY, "x")], now + timedelta(minutes=10))  # and counting starts again
    assert RateCounter.objects.get().attempts == 1


def test_keys_are_stored_hashed_and_case_blind(db: Any) -> None:
    now = timezone.now()
    limits.count([(TRY, "Alice")], now)
    limits.count([(TRY, "alice")], now)
    row = RateCounter.objects.get()
    assert row.attempts == 2 and "alice" not in row.digest.lower()


def test_clear_forgets_a_counter(db: Any) -> None:
    now = timezone.now()
    limits.count([(TRY, "x"), (TRY, "y")], now)
    limits.clear([(TRY, "x")])
    assert RateCounter.objects.count() == 1


def test_a_new_window_drops_counters_that_ended(db: Any) -> None:
    now = timezone.now()
    limits.count([(TRY, "old")], now - timedelta(hours=1))
    limits.count([(TRY, "new")], now)
    assert RateCounter.objects.count() == 1


def test_the_login_limit_is_the_operators(db: Any, settings: Any) -> None:
    settings.LOGIN_FAILURE_LIMIT = 2
    assert limits.configured(rules.LOGIN_ACCOUNT_ADDRESS).attempts == 2
    assert limits.configured(rules.LOGIN_ACCOUNT).attempts == rules.LOGIN_ACCOUNT.attempts


def test_every_limit_has_a_message_with_the_wait() -> None:
    names = [limit.name for limit in rules.ALL]
    assert len(names) == len(set(names))
    for limit in rules.ALL:
        assert "%(minutes)s" in limit.message and limit.attempts > 1
