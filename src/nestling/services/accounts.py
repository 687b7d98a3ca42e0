"""Accounts: sign up, password changes and the caregiver's profile of challenges."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction

from nestling.domain import caregivers
from nestling.domain import limits as rules
from nestling.domain.errors import NotFound, ValidationError
from nestling.domain.text import gettext_noop as _
from nestling.services import limits, sessions
from nestling.services.access import Actor, require_write
from nestling.store.models import CaregiverProfile, User

USERNAME_MAX = 150
THEMES = ("auto", "light", "dark")


def _check_password(password: str, user: Any, field: str) -> None:
    try:
        password_validation.validate_password(password, user)
    except DjangoValidationError as exc:
        raise ValidationError(" ".join(exc.messages), field=field) from exc


def _clean_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError(_("Please choose a username."), field="username")
    if len(name) > USERNAME_MAX or not all(c.isalnum() or c in "@.+-_" for c in name):
        raise ValidationError(
            _("Use letters, digits and @ . + - _ only (150 characters at most)."), field="username"
        )
    return name


def sign_up(
    *, username: str, password: str, display_name: str = "", address: str = "", now: datetime
) -> User:
    """A new account. Every attempt from an address counts against its limit (the shell's
    `createuser` passes no address and is not limited)."""
    if address:
        limits.count([limits.at(rules.SIGNUP_ADDRESS, address)], now)
    name = _clean_username(username)
    if User.objects.filter(username__iexact=name).exists():
        raise ValidationError(_("That username is taken. Please choose another."), field="username")
    candidate = User(username=name, display_name=display_name.strip()[:100])
    _check_password(password, candidate, "password")
    candidate.set_password(password)
    try:
        with transaction.atomic():
            candidate.save()
    except IntegrityError as exc:
        raise ValidationError(
            _("That username is taken. Please choose another."), field="username"
        ) from exc
    return candidate


def by_username(username: str) -> User:
    """A user for the operator's shell commands, which act as that user."""
    user = User.objects.filter(username=username).first()
    if user is None:
        raise NotFound(_("No such user."), field="username")
    return user


def check_current_password(*, actor: Actor, password: str, now: datetime) -> None:
    """Refuse a wrong current password, and pause after a few: a stolen token or an unattended
    session must not be able to guess the password behind it."""
    account = [limits.of_account(rules.PASSWORD_ACCOUNT, actor.user.username)]
    limits.check(account, now)
    if not actor.user.check_password(password):
        limits.count(account, now)
        raise ValidationError(_("Your current password is not right."), field="old_password")


def change_password(
    *,
    actor: Actor,
    old_password: str,
    new_password: str,
    now: datetime,
    keep_session: str | None = None,
) -> None:
    """Change the actor's password; every browser session but `keep_session` is signed out."""
    require_write(actor)
    user = actor.user
    check_current_password(actor=actor, password=old_password, now=now)
    _check_password(new_password, user, "new_password")
    set_password(user=user, password=new_password, keep_session=keep_session)


def set_password(*, user: Any, password: str, keep_session: str | None = None) -> None:
    """Store a new password (already checked) and sign out the user's other sessions."""
    user.set_password(password)
    with transaction.atomic():
        user.save(update_fields=["password"])
        sessions.end_all(user=user, keep=keep_session)


def update_account(
    *,
    actor: Actor,
    display_name: str | None = None,
    theme: str | None = None,
    email: str | None = None,
) -> Any:
    require_write(actor)
    user = actor.user
    if email is not None:
        user.email = _clean_email(email)
    if display_name is not None:
        if len(display_name.strip()) > 100:
            raise ValidationError(
                _("The name is too long (100 characters at most)."), field="display_name"
            )
        user.display_name = display_name.strip()
    if theme is not None:
        if theme not in THEMES:
            raise ValidationError(_("The theme must be auto, light or dark."), field="theme")
        user.theme = theme
    user.save(update_fields=["display_name", "theme", "email"])
    return user


def _clean_email(email: str) -> str:
    clean = email.strip()
    if not clean:
        return ""
    try:
        validate_email(clean)
    except DjangoValidationError as exc:
        raise ValidationError(
            _("That does not look like an email address, e.g. sam@example.org."), field="email"
        ) from exc
    return clean


def challenges_of(user: Any) -> list[str]:
    profile = CaregiverProfile.objects.filter(user_id=user.pk).first()
    return list(profile.challenges) if profile else []


def set_challenges(*, actor: Actor, challenges: list[str], now: datetime) -> list[str]:
    require_write(actor)
    chosen = [c.value for c in caregivers.parse_challenges(challenges)]
    with transaction.atomic():
        CaregiverProfile.objects.update_or_create(
            user_id=actor.user.pk, defaults={"challenges": chosen, "updated_at": now}
        )
    return chosen


def count_reset_request(*, address: str, now: datetime) -> None:
    """Every request for a reset link counts against the address (each may send an email)."""
    limits.count([limits.at(rules.RESET_ADDRESS, address)], now)


def after_reset(*, user: Any) -> None:
    """A password was set through a reset link: sign out everywhere, forget login pauses."""
    sessions.end_all(user=user)
    limits.clear(
        [limits.of_account(rules.LOGIN_ACCOUNT, user.username), *_own_pauses(user.username)]
    )


def _own_pauses(username: str) -> list[limits.Check]:
    return [limits.of_account(rules.PASSWORD_ACCOUNT, username)]


def set_password_by_operator(*, username: str, password: str) -> User:
    """`nestling changepassword`: the operator sets a password (checked like any other);
    the account's sessions end and its login pauses are lifted."""
    user = by_username(username)
    _check_password(password, user, "password")
    set_password(user=user, password=password)
    limits.clear([limits.of_account(rules.LOGIN_ACCOUNT, user.username), *_own_pauses(username)])
    return user
