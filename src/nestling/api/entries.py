"""The journal: entries of every kind, and live timers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from pydantic_core import to_json

from nestling.api.auth import actor
from nestling.api.schemas import Id, Moment, Patch, PathId, Strict, choice
from nestling.domain import kinds
from nestling.domain.cry.text import render
from nestling.domain.entries import duration_minutes
from nestling.domain.safety.alerts import kind_notice
from nestling.formats import alerts as present_alerts
from nestling.services import alerts, journal, timers
from nestling.services.journal import EntryData

router = Router(tags=["journal"])

DETAILS_DOC = (
    "Depends on `kind`: "
    + "; ".join(f"`{code}` → {spec.details.__name__}" for code, spec in kinds.KINDS.items())
    + ". Unknown fields are refused."
)
DETAILS_SCHEMA = {
    "type": "object",
    "description": DETAILS_DOC,
    "oneOf": sorted(
        (
            {"$ref": f"#/components/schemas/{m.__name__}"}
            for m in {spec.details for spec in kinds.KINDS.values()}
        ),
        key=lambda ref: ref["$ref"],
    ),
}


def document(openapi: dict[str, Any]) -> None:
    """Put every kind's details schema in the OpenAPI components and point `details` at them."""
    components = openapi.setdefault("components", {}).setdefault("schemas", {})
    for model in {spec.details for spec in kinds.KINDS.values()}:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(schema.pop("$defs", {}))
        components[model.__name__] = schema
    for name in ("EntryIn", "EntryPatch", "TimerIn", "TimerStopIn"):
        details = components.get(name, {}).get("properties", {}).get("details")
        if details is not None:
            details.update(DETAILS_SCHEMA)


Kind = choice(kinds.KINDS)
TimerKind = choice(kinds.TIMER_KINDS)


class EntryIn(Strict):
    kind: Kind = Field(..., description="One of: " + ", ".join(kinds.KINDS))
    started_at: Moment | None = Field(None, description="Defaults to now.")
    ended_at: Moment | None = None
    caregiver: Id | None = Field(None, description="User id of who did it; defaults to you.")
    note: str = ""
    details: dict[str, Any] = Field(default_factory=dict)
    also_babies: list[Id] = Field(
        default_factory=list, description="Log the same moment for these babies too (twins)."
    )


class EntryPatch(Patch):
    version: int = Field(..., description="The version you last saw; a stale one gets 409.")
    kind: Kind = None  # type: ignore[assignment]
    started_at: Moment = None  # type: ignore[assignment]
    ended_at: Moment | None = None
    caregiver: Id | None = Field(None, description="User id of who did it; null for you.")
    note: str = None  # type: ignore[assignment]
    details: dict[str, Any] = None  # type: ignore[assignment]


class TimerIn(Strict):
    kind: TimerKind = Field(..., description="One of: " + ", ".join(kinds.TIMER_KINDS))
    started_at: Moment | None = Field(None, description="Defaults to now.")
    details: dict[str, Any] = Field(default_factory=dict)


class TimerStopIn(Strict):
    ended_at: Moment | None = Field(None, description="Correct a forgotten timer.")
    details: dict[str, Any] = Field(default_factory=dict)
    note: str | None = None


class EntryOut(Schema):
    id: int
    baby_id: int
    kind: str
    started_at: datetime
    ended_at: datetime | None
    duration_minutes: int | None
    running: bool
    caregiver: int | None
    caregiver_name: str | None
    note: str
    details: dict[str, Any]
    version: int
    created_at: datetime
    updated_at: datetime


class HelpLineOut(Schema):
    id: str
    name: str
    kind: str
    phone: str | None
    phone_label: str | None
    text: str | None
    url: str | None
    hours: str
    verified: bool = Field(..., description="False: nobody has checked this line yet.")


class AlertOut(Schema):
    code: str = Field(
        ...,
        description="A warning sign's code, harm_self, harm_baby, wellbeing_check or "
        "fetal_movements.",
    )
    concern: str = Field(..., description="baby, parent, wellbeing or pregnancy")
    help_level: str = Field(..., description="talk_soon, contact_provider, urgent, emergency")
    title: str
    instructions: list[str]
    evidence: list[str]
    source: str
    action: str | None = Field(
        None, description="wellbeing_check: offer the short wellbeing questionnaire."
    )
    help: list[HelpLineOut] = Field(..., description="The household's country's lines for it.")


ALERTS_DOC = (
    "Help to show at once, most pressing first: a warning sign picked or written, words about "
    "harming oneself or the baby, a very hard check-in, fewer fetal movements. Empty when none."
)


class EntrySaved(EntryOut):
    alerts: list[AlertOut] = Field(default_factory=list, description=ALERTS_DOC)


class EntryCreated(EntrySaved):
    also: list[EntryOut] = []


class EntryPage(Schema):
    items: list[EntryOut]
    limit: int
    offset: int
    next_offset: int | None


class EntryFilters(Schema):
    kind: list[str] = Field(default_factory=list)
    caregiver: Id | None = None
    start: Moment | None = Field(None, alias="from")
    end: Moment | None = Field(None, alias="to")
    limit: int = Field(50, ge=1, le=journal.PAGE_MAX)
    offset: int = Field(0, ge=0, le=journal.OFFSET_MAX)


def _iso(moment: datetime | None) -> str | None:
    # The same form as the rest of the API (Django's JSON encoder): milliseconds, "Z" for UTC.
    if moment is None:
        return None
    text = moment.isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def entry_dict(e: Any) -> dict[str, Any]:
    """An entry as plain JSON data: the shape of EntryOut, built without per-field schema work
    (listing 100 entries is the journal's hot path)."""
    return {
        "id": e.pk,
        "baby_id": e.baby_id,
        "kind": e.kind,
        "started_at": _iso(e.started_at),
        "ended_at": _iso(e.ended_at),
        "duration_minutes": duration_minutes(e.started_at, e.ended_at),
        "running": e.running,
        "caregiver": e.caregiver_id,
        "caregiver_name": e.caregiver.shown_name if e.caregiver_id else None,
        "note": e.note,
        "details": e.details,
        "version": e.version,
        "created_at": _iso(e.created_at),
        "updated_at": _iso(e.updated_at),
    }


def entry_out(e: Any) -> EntryOut:
    return EntryOut(**entry_dict(e))


def alerts_data(e: Any, now: datetime) -> list[dict[str, Any]]:
    """The help saving this entry must show (an empty list on the usual insert)."""
    return present_alerts.as_data(alerts.for_entry(e, now))


def entry_saved(e: Any, now: datetime) -> EntrySaved:
    return EntrySaved(**entry_dict(e), alerts=alerts_data(e, now))


def json_response(data: Any, status: int = 200) -> HttpResponse:
    """Data already in the documented shape, encoded once by pydantic-core (no re-validation)."""
    return HttpResponse(to_json(data), status=status, content_type="application/json")


def _data(payload: Strict) -> EntryData:
    given = payload.model_dump(exclude_unset=True)
    return EntryData(
        kind=given.get("kind"),
        started_at=given.get("started_at"),
        ended_at=given.get("ended_at"),
        caregiver_id=given.get("caregiver"),
        note=given.get("note"),
        details=given.get("details"),
        set_fields={"caregiver_id" if k == "caregiver" else k for k in given},
    )


@router.post("/babies/{baby_id}/entries", response={201: EntryCreated}, summary="Log a moment")
def create_entry(request: HttpRequest, baby_id: PathId, payload: EntryIn) -> Status[EntryCreated]:
    now = timezone.now()
    created = journal.record(
        actor=actor(request),
        baby_id=baby_id,
        data=_data(payload),
        now=now,
        also_baby_ids=payload.also_babies,
    )
    first, *rest = created
    for entry in created:
        if entry.caregiver_id == request.user.pk:
            entry.caregiver = request.user  # already loaded: saves a query on the hot path
    body = {
        **entry_dict(first),
        "alerts": alerts_data(first, now),
        "also": [entry_dict(e) for e in rest],
    }
    return json_response(body, 201)  # type: ignore[return-value]


@router.get(
    "/babies/{baby_id}/entries",
    response=EntryPage,
    summary="Entries, newest first (filters: kind, caregiver, from, to)",
)
def list_entries(request: HttpRequest, baby_id: PathId, filters: Query[EntryFilters]) -> EntryPage:
    found = journal.listing(
        actor=actor(request),
        baby_id=baby_id,
        kinds=filters.kind,
        caregiver_id=filters.caregiver,
        start=filters.start,
        end=filters.end,
        limit=filters.limit,
        offset=filters.offset,
    )
    more = len(found) == filters.limit
    page = {
        "items": [entry_dict(e) for e in found],
        "limit": filters.limit,
        "offset": filters.offset,
        "next_offset": filters.offset + filters.limit if more else None,
    }
    return json_response(page)  # type: ignore[return-value]


@router.get("/entries/{entry_id}", response=EntryOut, summary="One entry")
def get_entry(request: HttpRequest, entry_id: PathId) -> EntryOut:
    return entry_out(journal.get(actor=actor(request), entry_id=entry_id))


@router.patch("/entries/{entry_id}", response=EntrySaved, summary="Change an entry (send version)")
def update_entry(request: HttpRequest, entry_id: PathId, payload: EntryPatch) -> EntrySaved:
    now = timezone.now()
    entry = journal.update(
        actor=actor(request),
        entry_id=entry_id,
        version=payload.version,
        data=_data(payload),
        now=now,
    )
    return entry_saved(journal.get(actor=actor(request), entry_id=entry.pk), now)


@router.delete("/entries/{entry_id}", response={204: None}, summary="Delete an entry")
def delete_entry(request: HttpRequest, entry_id: PathId) -> Status[None]:
    journal.delete(actor=actor(request), entry_id=entry_id)
    return Status(204, None)


@router.get("/babies/{baby_id}/timers", response=list[EntryOut], summary="Running timers")
def list_timers(request: HttpRequest, baby_id: PathId) -> list[EntryOut]:
    return [entry_out(e) for e in timers.running(actor=actor(request), baby_id=baby_id)]


@router.post("/babies/{baby_id}/timers", response={201: EntryOut}, summary="Start a timer")
def start_timer(request: HttpRequest, baby_id: PathId, payload: TimerIn) -> Status[EntryOut]:
    entry = timers.start_timer(
        actor=actor(request),
        baby_id=baby_id,
        kind=payload.kind,
        details=payload.details,
        started_at=payload.started_at,
        now=timezone.now(),
    )
    return Status(201, entry_out(journal.get(actor=actor(request), entry_id=entry.pk)))


@router.post(
    "/timers/{timer_id}/stop",
    response=EntrySaved,
    summary="Stop a timer (409 if someone already stopped it)",
)
def stop_timer(request: HttpRequest, timer_id: PathId, payload: TimerStopIn) -> EntrySaved:
    now = timezone.now()
    entry = timers.stop_timer(
        actor=actor(request),
        timer_id=timer_id,
        now=now,
        ended_at=payload.ended_at,
        details=payload.details,
        note=payload.note,
    )
    return entry_saved(journal.get(actor=actor(request), entry_id=entry.pk), now)


@router.post(
    "/timers/{timer_id}/switch-side",
    response=EntryOut,
    summary="Switch breast side on a running feed",
)
def switch_side(request: HttpRequest, timer_id: PathId) -> EntryOut:
    entry = timers.switch_side(actor=actor(request), timer_id=timer_id, now=timezone.now())
    return entry_out(entry)  # loaded with its caregiver; only the details changed


class KindFieldOut(Schema):
    name: str = Field(..., description="The key in `details`.")
    label: str
    type: str = Field(
        ..., description="choice, multi, number, integer, text, longtext, list, yesno"
    )
    choices: list[tuple[str, str]] = Field(default_factory=list, description="(value, label)")
    required: bool
    dimension: str | None = Field(
        None, description="volume (ml), mass (g), length (cm), temperature (°C), duration (min)"
    )
    minimum: float | None = None
    maximum: float | None = None
    when: tuple[str, list[str]] | None = Field(
        None, description="Applies only while that detail has one of these values."
    )


class KindOut(Schema):
    code: str
    group: str
    label: str
    timed: bool
    max_minutes: int | None
    details_schema: str
    fields: list[KindFieldOut]
    notice: list[str] = Field(
        default_factory=list, description="Safety words to show with the form, e.g. movements."
    )


def _field_out(f: kinds.Field) -> KindFieldOut:
    from django.utils.translation import gettext

    return KindFieldOut(
        name=f.name,
        label=gettext(f.label),
        type=f.type,
        choices=[(value, gettext(label)) for value, label in f.choices],
        required=f.required,
        dimension=f.dimension.value if f.dimension else None,
        minimum=f.minimum,
        maximum=f.maximum,
        when=(f.when[0], list(f.when[1])) if f.when else None,
    )


@router.get("/entry-kinds", response=list[KindOut], summary="The kinds of entry")
def list_kinds(request: HttpRequest) -> list[KindOut]:
    from django.utils.translation import gettext

    return [
        KindOut(
            code=s.code,
            group=s.category.value,
            label=gettext(s.label),
            timed=s.timed,
            max_minutes=s.max_minutes,
            details_schema=s.details.__name__,
            fields=[_field_out(f) for f in s.fields],
            notice=[render(text, translate=gettext) for text in kind_notice(s.code)],
        )
        for s in kinds.KINDS.values()
    ]
