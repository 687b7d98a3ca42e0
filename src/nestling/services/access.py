"""THE place that decides who may see and do what: every read and write goes through here.

A caregiver sees only the households they belong to. Anything outside them is "not found" (never
"forbidden"), so that a stranger cannot even learn that it exists. Inside a household, the role
decides: viewers read, caregivers also log, parents also manage. A read-only API token reads only.
Wellbeing screenings are about the person who answered: private to them, whatever their role,
unless they choose to share the result with the household (`screening_audience`, used by every
screening path: the pages, the API, the schedule and the lists).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from nestling.addresses import client_address
from nestling.domain.errors import NotFound, PermissionDenied, ValidationError
from nestling.domain.households import Access, Role, role_allows
from nestling.domain.text import gettext_noop as _
from nestling.store import queries
from nestling.store.models import Baby, Household, Membership, Screening


@dataclass(frozen=True)
class Actor:
    """Who is asking: a signed-in user, through a session or a token of some scope.

    One Actor lives for one request; `seen` remembers the babies it was already looked up
    with, so a page that asks several services about the same baby pays for it once.
    """

    user: Any  # nestling.store.models.User
    scope: str = "write"  # "read" for read-only API tokens
    address: str = ""  # where the request came from (nestling/addresses.py), for rate limits
    seen: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def can_write(self) -> bool:
        return self.scope == "write"


def actor_of(request: Any, scope: str = "write") -> Actor:
    """The caller of a web or API request, made once per request (kept on the request) so that
    services can remember what they looked up."""
    found: Actor | None = getattr(request, "nestling_actor", None)
    if found is None:
        found = Actor(user=request.user, scope=scope, address=client_address(request))
        request.nestling_actor = found
    return found


def require_write(actor: Actor) -> None:
    if not actor.can_write:
        raise PermissionDenied(_("This API token can only read. Use a read-write token."))


def _check(actor: Actor, membership: Membership, need: Access, write: bool | None) -> None:
    if write if write is not None else need > Access.READ:
        require_write(actor)
    if not role_allows(Role(membership.role), need):
        if membership.role == Role.VIEWER:
            raise PermissionDenied(_("Viewers can look but not change anything."))
        raise PermissionDenied(_("Only a parent of this household can do that."))


def membership(
    actor: Actor, household_id: int, need: Access = Access.READ, *, write: bool | None = None
) -> Membership:
    """The actor's membership of a household, checked for `need`.

    `write` says whether the action changes anything; by default anything above READ does.
    Reading what only parents may see (pending invitations) passes MANAGE with write=False.
    """
    key = ("household", household_id)
    if key not in actor.seen:
        found = (
            Membership.objects.select_related("household")
            .filter(household_id=household_id, user_id=actor.user.pk)
            .first()
        )
        if found is None:
            raise NotFound(_("No such household."))
        actor.seen[key] = found
    member: Membership = actor.seen[key]
    _check(actor, member, need, write)
    return member


def household(actor: Actor, household_id: int, need: Access = Access.READ) -> Household:
    return membership(actor, household_id, need).household


def baby(actor: Actor, baby_id: int, need: Access = Access.READ) -> tuple[Baby, Membership]:
    """A baby the actor may reach for `need`, with the actor's membership of its household.

    The baby, its household and the actor's membership come back together (see
    store/queries.py), and a baby in a household the actor is not part of is not found.
    """
    key = ("baby", baby_id)
    if key not in actor.seen:
        found = queries.baby_for_member(baby_id, actor.user.pk)
        if found is None:
            raise NotFound(_("No such baby."))
        member = found[1]
        actor.seen[key] = found
        actor.seen.setdefault(("household", member.household_id), member)
    found, member = actor.seen[key]
    _check(actor, member, need, None)
    return found, member


def households_of(actor: Actor) -> list[Membership]:
    found = list(
        Membership.objects.select_related("household")
        .filter(user_id=actor.user.pk)
        .order_by("household__name", "household_id")
    )
    for member in found:  # later membership checks in this request need no query
        actor.seen.setdefault(("household", member.household_id), member)
    return found


def local_today(household: Household, now: datetime) -> date:
    """The calendar date in the household's time zone at `now`."""
    return now.astimezone(ZoneInfo(household.time_zone)).date()


class Audience(StrEnum):
    """Who is looking at a screening, which decides what they see of it."""

    RESPONDENT = "respondent"  # the person who answered: everything, and only they may change it
    HOUSEHOLD = "household"  # a member of the household it was shared with: what was agreed


def screening(
    actor: Actor, screening_id: int, *, own: bool = False, lock: bool = False
) -> Screening:
    """A screening the actor may see (see `screening_audience`); `own` asks for the respondent.

    Answers are about the person who gave them, so only they may change, share or delete one
    (`own`); anyone else gets "not found", exactly as for a stranger, unless it is shared.
    """
    query = Screening.objects.select_related("household", "baby", "user").filter(pk=screening_id)
    if lock:
        query = query.select_for_update(of=("self",))
    found = query.first()
    if found is None or (own and found.user_id != actor.user.pk):
        raise NotFound(_("No such screening."))
    screening_audience(actor, found)
    return found


def screening_audience(actor: Actor, found: Screening) -> Audience:
    """THE rule for who may see a screening: the person who answered it, always; a member of
    the household (any role) once they have shared the finished result with it, showing what
    they agreed to; nobody else, not even that it exists (NotFound)."""
    if found.user_id == actor.user.pk:
        return Audience.RESPONDENT
    shared = (
        found.shared_with_household
        and found.status == Screening.COMPLETED
        and found.household_id is not None
        and Membership.objects.filter(
            household_id=found.household_id, user_id=actor.user.pk
        ).exists()
    )
    if not shared:
        raise NotFound(_("No such screening."))
    return Audience.HOUSEHOLD


def own_screenings(actor: Actor) -> QuerySet[Screening]:
    """Every screening the actor answered (any status): theirs alone to see in full."""
    return Screening.objects.filter(user_id=actor.user.pk)


def shared_screenings(actor: Actor) -> QuerySet[Screening]:
    """Finished results others shared with a household the actor is in (the same rule as
    `screening_audience`, as a query)."""
    households = Membership.objects.filter(user_id=actor.user.pk).values("household_id")
    return Screening.objects.filter(
        household_id__in=households,
        shared_with_household=True,
        status=Screening.COMPLETED,
    ).exclude(user_id=actor.user.pk)


def share_household(actor: Actor, found: Screening) -> Household:
    """The household the respondent may share `found` with: the one it was taken in, while
    they still belong to it (ValidationError names `shared_with_household` otherwise)."""
    if found.user_id != actor.user.pk:
        raise NotFound(_("No such screening."))
    if found.household_id is None:
        raise ValidationError(
            _("This result is not linked to a household, so there is no one to share it with."),
            field="shared_with_household",
        )
    if not Membership.objects.filter(
        household_id=found.household_id, user_id=actor.user.pk
    ).exists():
        raise ValidationError(
            _("You are no longer part of that household."), field="shared_with_household"
        )
    household: Household = found.household
    return household


def operator_baby(baby_id: int) -> Baby:
    """A baby for the operator's shell commands (`nestling cry-check`), which act for no user.

    Whoever runs them already holds the database, so no membership applies; what they read
    still excludes anyone's private check-ins (see services/cry.py).
    """
    found = Baby.objects.select_related("household").filter(pk=baby_id).first()
    if found is None:
        raise NotFound(_("No such baby."))
    return found
