"""`/me`: who the caller is, their households and their caregiver profile."""

from __future__ import annotations

from django.contrib.auth import update_session_auth_hash
from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema, Status

from nestling.api.auth import actor
from nestling.api.schemas import HouseholdRef, Patch, Strict, choice
from nestling.services import access, accounts

router = Router(tags=["me"])


class MeOut(Schema):
    id: int
    username: str
    display_name: str
    email: str
    theme: str
    challenges: list[str]
    households: list[HouseholdRef]


Theme = choice(accounts.THEMES)


class MePatch(Patch):
    display_name: str = None  # type: ignore[assignment]
    theme: Theme = None  # type: ignore[assignment]
    email: str = None  # type: ignore[assignment]


class ProfileIn(Strict):
    challenges: list[str]


class ProfileOut(Schema):
    challenges: list[str]


class PasswordIn(Strict):
    old_password: str
    new_password: str


def _me(request: HttpRequest) -> MeOut:
    who = actor(request)
    user = who.user
    return MeOut(
        id=user.pk,
        username=user.username,
        display_name=user.display_name,
        email=user.email,
        theme=user.theme,
        challenges=accounts.challenges_of(user),
        households=[
            HouseholdRef(
                id=m.household_id, name=m.household.name, role=m.role, relationship=m.relationship
            )
            for m in access.households_of(who)
        ],
    )


@router.get("/me", response=MeOut, summary="Who I am, and my households")
def me(request: HttpRequest) -> MeOut:
    return _me(request)


@router.patch("/me", response=MeOut, summary="Change my display name, email or theme")
def update_me(request: HttpRequest, payload: MePatch) -> MeOut:
    accounts.update_account(actor=actor(request), **payload.model_dump(exclude_unset=True))
    return _me(request)


@router.get("/me/profile", response=ProfileOut, summary="What may make bonding harder right now")
def profile(request: HttpRequest) -> ProfileOut:
    return ProfileOut(challenges=accounts.challenges_of(request.user))


@router.put("/me/profile", response=ProfileOut, summary="Replace my profile of challenges")
def set_profile(request: HttpRequest, payload: ProfileIn) -> ProfileOut:
    chosen = accounts.set_challenges(
        actor=actor(request), challenges=payload.challenges, now=timezone.now()
    )
    return ProfileOut(challenges=chosen)


@router.post("/me/password", response={204: None}, summary="Change my password")
def change_password(request: HttpRequest, payload: PasswordIn) -> Status[None]:
    browser = not hasattr(request.auth, "scope")
    accounts.change_password(
        actor=actor(request),
        now=timezone.now(),
        keep_session=request.session.session_key if browser else None,
        **payload.model_dump(),
    )
    if browser:
        # Signed in through the browser: keep this session, other sessions are logged out.
        update_session_auth_hash(request, request.user)
    return Status(204, None)
