"""Signing in: the limits on password guessing around Django's own check of the password.

Three counters, each with its own limit (domain/limits.py): the account from this address
(someone mistyping; cleared when they get it right), the account from anywhere (guessing
spread over many addresses) and the address over any account (trying many accounts).
"""

from __future__ import annotations

from datetime import datetime

from nestling.addresses import address_group
from nestling.domain import limits as rules
from nestling.services import limits


def _mine(username: str, address: str) -> limits.Check:
    return (rules.LOGIN_ACCOUNT_ADDRESS, f"{username.strip()}\0{address_group(address)}")


def _checks(username: str, address: str) -> list[limits.Check]:
    found = [limits.at(rules.LOGIN_ADDRESS, address)]
    if username.strip():
        found += [_mine(username, address), limits.of_account(rules.LOGIN_ACCOUNT, username)]
    return found


def before_password(*, username: str, address: str, now: datetime) -> None:
    """Refuse (TooManyAttempts) before even checking the password when a limit is reached,
    so that the right password found by guessing does not get in either."""
    limits.check(_checks(username, address), now)


def password_failed(*, username: str, address: str, now: datetime) -> None:
    """Count a wrong password; raises TooManyAttempts when this one reached a limit."""
    limits.count(_checks(username, address), now)


def password_ok(*, username: str, address: str) -> None:
    """The person's own typos from this address stop counting (guessers' counts stay)."""
    limits.clear([_mine(username, address)])
