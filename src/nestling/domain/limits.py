"""How many failed attempts each door tolerates before it pauses, and for how long.

One home for every rate limit: the services count against these, and the pages and the API
show the same message and wait. Only failures count (except signing up and asking for a reset
link, where every attempt does): people who get it right are never slowed down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta

from nestling.domain.text import gettext_noop as _


@dataclass(frozen=True)
class Limit:
    name: str  # part of the counter's key; never shown
    attempts: int  # the attempt that reaches this number is the last one answered
    window: timedelta  # counted from the first attempt; then the count starts again
    message: str  # for people; `%(minutes)s` is filled in


def _wait(what: str) -> str:
    return what + " " + _("Please wait %(minutes)s minutes and try again.")


# Logging in. Per account and address: someone mistyping. Per account from anywhere: guessing
# spread over many addresses. Per address over any accounts: trying many accounts at once.
LOGIN_ACCOUNT_ADDRESS = Limit(
    "login-account-address",
    5,  # settings.LOGIN_FAILURE_LIMIT (NESTLING_LOGIN_FAILURE_LIMIT) replaces this
    timedelta(minutes=15),
    _wait(_("To keep your family's data safe, logging in is paused after several wrong tries.")),
)
LOGIN_ACCOUNT = Limit(
    "login-account",
    20,
    timedelta(hours=1),
    _wait(_("This account had too many wrong passwords, so logging in to it is paused.")),
)
LOGIN_ADDRESS = Limit(
    "login-address",
    50,
    timedelta(hours=1),
    _wait(_("Too many wrong passwords came from your network, so logging in is paused.")),
)
SECOND_STEP = Limit(
    "second-step-account",
    10,
    timedelta(minutes=15),
    _wait(_("Too many wrong codes, so signing in to this account is paused.")),
)
API_TOKEN_ADDRESS = Limit(
    "api-token-address",
    30,
    timedelta(minutes=15),
    _wait(_("Too many requests with a wrong API token came from your address.")),
)
PASSWORD_ACCOUNT = Limit(
    "password-account",
    5,
    timedelta(minutes=15),
    _wait(_("Too many wrong current passwords, so changing the password is paused.")),
)
INVITATION_ACCOUNT = Limit(
    "invitation-account",
    10,
    timedelta(hours=1),
    _wait(_("Too many invitation codes did not work, so joining is paused.")),
)
INVITATION_ADDRESS = Limit(
    "invitation-address",
    20,
    timedelta(hours=1),
    _wait(_("Too many invitation codes from your network did not work, so joining is paused.")),
)
SIGNUP_ADDRESS = Limit(
    "signup-address",
    20,
    timedelta(hours=1),
    _wait(_("Many accounts were tried from your network, so signing up is paused.")),
)
RESET_ADDRESS = Limit(
    "password-reset-address",
    5,
    timedelta(hours=1),
    _wait(_("Several reset links were asked for from your network, so this is paused.")),
)

ALL = (
    LOGIN_ACCOUNT_ADDRESS,
    LOGIN_ACCOUNT,
    LOGIN_ADDRESS,
    SECOND_STEP,
    API_TOKEN_ADDRESS,
    PASSWORD_ACCOUNT,
    INVITATION_ACCOUNT,
    INVITATION_ADDRESS,
    SIGNUP_ADDRESS,
    RESET_ADDRESS,
)


def minutes(seconds: int) -> int:
    """A wait in whole minutes as people read it (never 0)."""
    return max(1, math.ceil(seconds / 60))
