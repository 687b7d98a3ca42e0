"""Two-step sign-in: an authenticator app's codes (TOTP), with single-use recovery codes.

Through django-otp (its TOTP and static-token devices). Turning it on takes a code from the
app, so nobody is locked out by a mistyped key; turning it off or getting new recovery codes
takes the password. API tokens are separate credentials and keep working either way.
"""

from __future__ import annotations

from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from nestling.domain import limits as rules
from nestling.domain.errors import Conflict, NotFound, ValidationError
from nestling.domain.text import gettext_noop as _
from nestling.services import accounts, limits
from nestling.services.access import Actor, require_write
from nestling.store.models import User

RECOVERY_CODES = 10
APP = "authenticator app"
RECOVERY = "recovery codes"


@dataclass(frozen=True)
class Status:
    enabled: bool
    recovery_left: int


@dataclass(frozen=True)
class Setup:
    uri: str  # otpauth://totp/Nestling:alice?secret=...
    key: str  # the same secret, grouped for typing by hand


def _app(user: Any, *, confirmed: bool = True) -> Any:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=confirmed).first()


def enabled(user: Any) -> bool:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).exists()


def status(*, actor: Actor) -> Status:
    left = StaticToken.objects.filter(device__user_id=actor.user.pk).count()
    return Status(enabled(actor.user), left)


def begin(*, actor: Actor) -> Setup:
    """A new secret for the authenticator app, not yet in force (until `confirm`)."""
    require_write(actor)
    if enabled(actor.user):
        raise Conflict(_("Two-step sign-in is already on."), code="already_on")
    with transaction.atomic():
        TOTPDevice.objects.filter(user_id=actor.user.pk, confirmed=False).delete()
        device = TOTPDevice.objects.create(user=actor.user, name=APP, confirmed=False)
    return _setup(device)


def pending(*, actor: Actor) -> Setup | None:
    device = _app(actor.user, confirmed=False)
    return _setup(device) if device is not None else None


def _setup(device: Any) -> Setup:
    key = b32encode(device.bin_key).decode().rstrip("=")
    return Setup(device.config_url, " ".join(key[i : i + 4] for i in range(0, len(key), 4)))


def _digits(code: str) -> str:
    return "".join(c for c in code if not c.isspace())


def confirm(*, actor: Actor, code: str, now: datetime) -> list[str]:
    """Turn two-step sign-in on with the first code from the app; the recovery codes, once."""
    require_write(actor)
    checks = [limits.of_account(rules.SECOND_STEP, actor.user.username)]
    limits.check(checks, now)
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user_id=actor.user.pk, confirmed=False)
            .first()
        )
        if device is None:
            raise NotFound(_("Start again: the set-up expired."), field="code")
        if device.verify_token(_digits(code)):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            return _new_recovery_codes(actor.user)
    limits.count(checks, now)
    raise ValidationError(
        _("That code did not match. Check the time on your phone and try the newest code."),
        field="code",
    )


def _new_recovery_codes(user: Any) -> list[str]:
    StaticDevice.objects.filter(user_id=user.pk).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
    return [f"{c[:4]}-{c[4:]}" for c in codes]


def new_recovery_codes(*, actor: Actor, password: str, now: datetime) -> list[str]:
    """Replace the recovery codes (the old ones stop working); needs the password."""
    require_write(actor)
    accounts.check_current_password(actor=actor, password=password, now=now)
    if not enabled(actor.user):
        raise Conflict(_("Two-step sign-in is off."), code="already_off")
    with transaction.atomic():
        return _new_recovery_codes(actor.user)


def turn_off(*, actor: Actor, password: str, now: datetime) -> None:
    """Turn two-step sign-in off; needs the password."""
    require_write(actor)
    accounts.check_current_password(actor=actor, password=password, now=now)
    remove(user=actor.user)


def remove(*, user: Any) -> None:
    """Remove every device (the operator's `nestling twofactor off`, or the person)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user_id=user.pk).delete()
        StaticDevice.objects.filter(user_id=user.pk).delete()


def second_step(*, user_id: int, code: str, now: datetime) -> User:
    """Check the code asked after the password: the app's current code, or one recovery code
    (used up at once). Paused per account after a few wrong codes."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        raise NotFound(_("Please log in again."))
    checks = [limits.of_account(rules.SECOND_STEP, user.username)]
    limits.check(checks, now)
    clean = _digits(code)
    with transaction.atomic():
        app = TOTPDevice.objects.select_for_update().filter(user_id=user.pk, confirmed=True)
        if clean.isdigit() and any(d.verify_token(clean) for d in app):
            return user
        spare = clean.replace("-", "").lower()
        # Locking the device makes "single use" hold when the same code arrives twice at once.
        for device in StaticDevice.objects.select_for_update().filter(user_id=user.pk):
            if spare and device.verify_token(spare):
                return user
    limits.count(checks, now)
    raise ValidationError(_("That code is not right. Try the newest one."), field="code")
