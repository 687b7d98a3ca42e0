"""Invitations: a parent invites another caregiver with a single-use code that expires."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction

from nestling.domain import households as rules
from nestling.domain.audit import Action
from nestling.domain.errors import Conflict, DomainError, NotFound, ValidationError
from nestling.domain.households import Access
from nestling.domain.limits import INVITATION_ACCOUNT, INVITATION_ADDRESS
from nestling.domain.text import gettext_noop as _
from nestling.services import access, audit, limits
from nestling.services.access import Actor
from nestling.services.households import parse_relationship, parse_role
from nestling.store.models import Invitation, Membership

# No 0/O, 1/I/L: codes are read aloud and typed on phones. 10 characters ≈ 50 bits.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalise(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def digest(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


def create(
    *, actor: Actor, household_id: int, role: str, relationship: str = "", now: datetime
) -> tuple[Invitation, str]:
    """A new invitation and its code; the code is returned once and only its hash is kept."""
    parse_role(role)
    if relationship:
        parse_relationship(relationship)
    code = new_code()
    with transaction.atomic():
        household = access.household(actor, household_id, Access.MANAGE)
        invitation = Invitation.objects.create(
            household=household,
            digest=digest(code),
            hint=normalise(code)[-4:],
            role=role,
            relationship=relationship,
            created_by=actor.user,
            created_at=now,
            expires_at=rules.invitation_expiry(now, settings.INVITATION_TTL_HOURS),
        )
        audit.record(
            actor,
            household_id,
            Action.INVITATION_CREATED,
            now=now,
            target_id=invitation.pk,
            details={"role": role, "hint": invitation.hint},
        )
    return invitation, code


def pending(*, actor: Actor, household_id: int, now: datetime) -> list[Invitation]:
    access.membership(actor, household_id, Access.MANAGE, write=False)
    return list(
        Invitation.objects.filter(
            household_id=household_id,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=now,
        )
    )


def revoke(*, actor: Actor, invitation_id: int, now: datetime) -> None:
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().filter(pk=invitation_id).first()
        if invitation is None:
            raise NotFound(_("No such invitation."))
        try:
            access.membership(actor, invitation.household_id, Access.MANAGE)
        except NotFound as exc:
            raise NotFound(_("No such invitation.")) from exc
        if invitation.accepted_at is None and invitation.revoked_at is None:
            invitation.revoked_at = now
            invitation.save(update_fields=["revoked_at"])
            audit.record(
                actor,
                invitation.household_id,
                Action.INVITATION_REVOKED,
                now=now,
                target_id=invitation.pk,
                details={"hint": invitation.hint},
            )


def _usable(code: str, now: datetime, *, lock: bool) -> Invitation:
    if not normalise(code):
        raise ValidationError(_("Please enter the invitation code."), field="code")
    query = Invitation.objects.select_related("household", "created_by")
    if lock:
        query = query.select_for_update(of=("self",))
    invitation = query.filter(digest=digest(code)).first()
    if invitation is None:
        raise ValidationError(
            _("That invitation code is not right. Check it, or ask for a new one."), field="code"
        )
    if invitation.accepted_at is not None:
        raise Conflict(
            _("That invitation has already been used. Ask for a new one."),
            field="code",
            code="invitation_used",
        )
    if invitation.revoked_at is not None:
        raise Conflict(
            _("That invitation was withdrawn. Ask for a new one."),
            field="code",
            code="invitation_revoked",
        )
    if rules.invitation_expired(invitation.expires_at, now):
        raise Conflict(
            _("That invitation has expired. Ask for a new one."),
            field="code",
            code="invitation_expired",
        )
    return invitation


def _code_checks(actor: Actor) -> list[limits.Check]:
    return [
        limits.of_account(INVITATION_ACCOUNT, actor.user.username),
        limits.at(INVITATION_ADDRESS, actor.address),
    ]


def _count_wrong_code(actor: Actor, code: str, exc: DomainError, now: datetime) -> None:
    """A code that leads nowhere counts against the limits: codes must not be guessable by
    trying many (an already used or expired one counts too, as it was not the caller's)."""
    if exc.field == "code" and exc.code != "duplicate" and normalise(code):
        limits.count(_code_checks(actor), now)


def peek(*, actor: Actor, code: str, now: datetime) -> Invitation:
    """The invitation behind a code, for the join page; raises if it cannot be used."""
    limits.check(_code_checks(actor), now)
    try:
        return _usable(code, now, lock=False)
    except DomainError as exc:
        _count_wrong_code(actor, code, exc, now)
        raise


def accept(*, actor: Actor, code: str, relationship: str = "", now: datetime) -> Membership:
    access.require_write(actor)
    limits.check(_code_checks(actor), now)
    try:
        return _accept(actor=actor, code=code, relationship=relationship, now=now)
    except DomainError as exc:
        _count_wrong_code(actor, code, exc, now)  # outside the transaction that rolled back
        raise


def _accept(*, actor: Actor, code: str, relationship: str, now: datetime) -> Membership:
    with transaction.atomic():
        invitation = _usable(code, now, lock=True)
        chosen = relationship or invitation.relationship
        if not chosen:
            raise ValidationError(
                _("Please say how you are related to the baby."), field="relationship"
            )
        parse_relationship(chosen)
        if Membership.objects.filter(
            household_id=invitation.household_id, user_id=actor.user.pk
        ).exists():
            raise Conflict(
                _("You are already a member of this household."), field="code", code="duplicate"
            )
        try:
            with transaction.atomic():
                member = Membership.objects.create(
                    household_id=invitation.household_id,
                    user=actor.user,
                    role=invitation.role,
                    relationship=chosen,
                    joined_at=now,
                )
        except IntegrityError as exc:
            raise Conflict(
                _("You are already a member of this household."), field="code", code="duplicate"
            ) from exc
        invitation.accepted_at = now
        invitation.accepted_by = actor.user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        audit.record(
            actor,
            invitation.household_id,
            Action.MEMBER_JOINED,
            now=now,
            target_id=actor.user.pk,
            details={"role": invitation.role, "hint": invitation.hint},
        )
    member.household = invitation.household
    return member
