"""The household's audit trail, for its parents: who changed or deleted what, newest first."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from nestling.api.auth import actor
from nestling.api.schemas import PathId
from nestling.formats import audit as words
from nestling.services import audit

router = Router(tags=["households"])


class AuditActor(Schema):
    id: int | None
    name: str


class AuditEventOut(Schema):
    id: int
    at: datetime
    action: str
    actor: AuditActor
    target_id: int | None
    text: str
    changes: list[str]


class AuditPage(Schema):
    items: list[AuditEventOut]
    next_offset: int | None


class AuditQuery(Schema):
    limit: int = Field(50, ge=1, le=audit.PAGE_MAX)
    offset: int = Field(0, ge=0, le=audit.OFFSET_MAX)


@router.get(
    "/households/{household_id}/audit",
    response=AuditPage,
    summary="Who changed or deleted what (parents only)",
)
def household_audit(
    request: HttpRequest, household_id: PathId, page: Query[AuditQuery]
) -> AuditPage:
    found = audit.trail(
        actor=actor(request), household_id=household_id, limit=page.limit, offset=page.offset
    )
    zone = found.household.time_zone
    return AuditPage(
        items=[AuditEventOut(**words.as_json(e, zone)) for e in found.items],
        next_offset=found.next_offset,
    )
