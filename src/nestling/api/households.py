"""Households, their members and invitations."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Router, Schema, Status

from nestling.api.auth import actor
from nestling.api.schemas import HouseholdOut, LocalTime, Patch, PathId, Strict, choice
from nestling.domain.households import HouseholdSettings, Relationship, Role, Units
from nestling.services import access, households, invitations, places

router = Router(tags=["households"])


UnitsChoice = choice(u.value for u in Units)
RoleChoice = choice(r.value for r in Role)
RelationshipChoice = choice(r.value for r in Relationship)


class HouseholdIn(Strict):
    name: str
    time_zone: str = "UTC"
    country: str | None = Field(
        None,
        description="ISO 3166-1 alpha-2, e.g. US: decides the help lines. Left out, it is proposed "
        "from `time_zone`, else from the Accept-Language region.",
    )
    units: UnitsChoice = "metric"
    day_starts_at: LocalTime = time(6, 0)
    relationship: RelationshipChoice = "mother"


class HouseholdPatch(Patch):
    name: str = None  # type: ignore[assignment]
    time_zone: str = None  # type: ignore[assignment]
    country: str = None  # type: ignore[assignment]
    units: UnitsChoice = None  # type: ignore[assignment]
    day_starts_at: LocalTime = None  # type: ignore[assignment]


class MemberOut(Schema):
    id: int
    user_id: int
    username: str
    display_name: str
    role: str
    relationship: str
    joined_at: datetime
    is_you: bool


class MemberPatch(Patch):
    role: RoleChoice = None  # type: ignore[assignment]
    relationship: RelationshipChoice = None  # type: ignore[assignment]


class InvitationIn(Strict):
    role: str = "caregiver"
    relationship: str = ""


class InvitationOut(Schema):
    id: int
    household_id: int
    role: str
    relationship: str
    code_ends_with: str
    created_at: datetime
    expires_at: datetime


class InvitationCreated(InvitationOut):
    code: str
    url: str


class AcceptIn(Strict):
    code: str
    relationship: str = ""


def household_out(membership: Any) -> HouseholdOut:
    household = membership.household
    return HouseholdOut(
        id=household.pk,
        name=household.name,
        time_zone=household.time_zone,
        country=household.country,
        units=household.units,
        day_starts_at=household.day_starts_at,
        created_at=household.created_at,
        your_role=membership.role,
    )


def member_out(m: Any, you: int) -> MemberOut:
    return MemberOut(
        id=m.pk,
        user_id=m.user_id,
        username=m.user.username,
        display_name=m.user.shown_name,
        role=m.role,
        relationship=m.relationship,
        joined_at=m.joined_at,
        is_you=m.user_id == you,
    )


def invitation_out(i: Any) -> InvitationOut:
    return InvitationOut(
        id=i.pk,
        household_id=i.household_id,
        role=i.role,
        relationship=i.relationship,
        code_ends_with=i.hint,
        created_at=i.created_at,
        expires_at=i.expires_at,
    )


@router.get("/households", response=list[HouseholdOut], summary="My households")
def list_households(request: HttpRequest) -> list[HouseholdOut]:
    return [household_out(m) for m in access.households_of(actor(request))]


@router.post("/households", response={201: HouseholdOut}, summary="Create a household")
def create_household(request: HttpRequest, payload: HouseholdIn) -> Status[HouseholdOut]:
    data = payload.model_dump()
    relationship = data.pop("relationship")
    if data["country"] is None:
        # Proposed like the page does; with no hint the rules name the missing country.
        guess = places.propose(
            accept_language=request.headers.get("Accept-Language", ""), time_zone=data["time_zone"]
        )
        data["country"] = guess.country or ""
    membership = households.create(
        actor=actor(request),
        settings=HouseholdSettings(**data),
        relationship=relationship,
        now=timezone.now(),
    )
    return Status(201, household_out(membership))


@router.get("/households/{household_id}", response=HouseholdOut, summary="One household")
def get_household(request: HttpRequest, household_id: PathId) -> HouseholdOut:
    return household_out(access.membership(actor(request), household_id))


@router.patch("/households/{household_id}", response=HouseholdOut, summary="Change settings")
def update_household(
    request: HttpRequest, household_id: PathId, payload: HouseholdPatch
) -> HouseholdOut:
    who = actor(request)
    households.update(
        actor=who,
        household_id=household_id,
        changes=payload.model_dump(exclude_unset=True),
        now=timezone.now(),
    )
    return household_out(access.membership(who, household_id))


@router.get("/households/{household_id}/members", response=list[MemberOut], summary="Members")
def list_members(request: HttpRequest, household_id: PathId) -> list[MemberOut]:
    found = households.members(actor=actor(request), household_id=household_id)
    return [member_out(m, request.user.pk) for m in found]


@router.patch(
    "/households/{household_id}/members/{member_id}", response=MemberOut, summary="Change a role"
)
def update_member(
    request: HttpRequest, household_id: PathId, member_id: PathId, payload: MemberPatch
) -> MemberOut:
    member = households.change_member(
        actor=actor(request),
        household_id=household_id,
        member_id=member_id,
        now=timezone.now(),
        **payload.model_dump(exclude_unset=True),
    )
    return member_out(member, request.user.pk)


@router.delete(
    "/households/{household_id}/members/{member_id}",
    response={204: None},
    summary="Remove a member (or leave)",
)
def remove_member(request: HttpRequest, household_id: PathId, member_id: PathId) -> Status[None]:
    households.remove_member(actor=actor(request), household_id=household_id, member_id=member_id)
    return Status(204, None)


@router.get(
    "/households/{household_id}/invitations",
    response=list[InvitationOut],
    summary="Invitations not yet used",
)
def list_invitations(request: HttpRequest, household_id: PathId) -> list[InvitationOut]:
    found = invitations.pending(actor=actor(request), household_id=household_id, now=timezone.now())
    return [invitation_out(i) for i in found]


@router.post(
    "/households/{household_id}/invitations",
    response={201: InvitationCreated},
    summary="Invite a caregiver (the code is shown once)",
)
def create_invitation(
    request: HttpRequest, household_id: PathId, payload: InvitationIn
) -> Status[InvitationCreated]:
    invitation, code = invitations.create(
        actor=actor(request), household_id=household_id, now=timezone.now(), **payload.model_dump()
    )
    url = request.build_absolute_uri(reverse("join", args=[code]))
    return Status(
        201, InvitationCreated(**invitation_out(invitation).model_dump(), code=code, url=url)
    )


@router.post(
    "/invitations/accept", response={201: HouseholdOut}, summary="Join a household with a code"
)
def accept_invitation(request: HttpRequest, payload: AcceptIn) -> Status[HouseholdOut]:
    member = invitations.accept(actor=actor(request), now=timezone.now(), **payload.model_dump())
    return Status(201, household_out(member))


# After /invitations/accept, so that the literal path wins over the parameter.
@router.delete("/invitations/{invitation_id}", response={204: None}, summary="Withdraw one")
def revoke_invitation(request: HttpRequest, invitation_id: PathId) -> Status[None]:
    invitations.revoke(actor=actor(request), invitation_id=invitation_id, now=timezone.now())
    return Status(204, None)
