"""Babies of a household."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Status

from nestling.api.auth import actor
from nestling.api.schemas import BabyIn, BabyOut, BabyPatch, PathId, baby_out
from nestling.services import babies

router = Router(tags=["babies"])


@router.get("/households/{household_id}/babies", response=list[BabyOut], summary="Babies")
def list_babies(request: HttpRequest, household_id: PathId) -> list[BabyOut]:
    views = babies.in_household(actor=actor(request), household_id=household_id, now=timezone.now())
    return [baby_out(v) for v in views]


@router.post("/households/{household_id}/babies", response={201: BabyOut}, summary="Add a baby")
def create_baby(request: HttpRequest, household_id: PathId, payload: BabyIn) -> Status[BabyOut]:
    view = babies.create(
        actor=actor(request),
        household_id=household_id,
        values=payload.model_dump(exclude_unset=True),
        now=timezone.now(),
    )
    return Status(201, baby_out(view))


@router.get("/babies/{baby_id}", response=BabyOut, summary="One baby, with their age")
def get_baby(request: HttpRequest, baby_id: PathId) -> BabyOut:
    return baby_out(babies.get(actor=actor(request), baby_id=baby_id, now=timezone.now()))


@router.patch("/babies/{baby_id}", response=BabyOut, summary="Change a baby's details")
def update_baby(request: HttpRequest, baby_id: PathId, payload: BabyPatch) -> BabyOut:
    view = babies.update(
        actor=actor(request),
        baby_id=baby_id,
        values=payload.model_dump(exclude_unset=True),
        now=timezone.now(),
    )
    return baby_out(view)


@router.delete("/babies/{baby_id}", response={204: None}, summary="Remove a baby and their log")
def delete_baby(request: HttpRequest, baby_id: PathId) -> Status[None]:
    babies.delete(actor=actor(request), baby_id=baby_id)
    return Status(204, None)
