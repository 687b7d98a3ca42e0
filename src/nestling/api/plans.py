"""The practice library, each caregiver's daily plan, and finishing a guided session."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema, Status

from nestling.api.auth import actor
from nestling.api.entries import EntryOut, entry_out
from nestling.api.schemas import Id, Moment, PathId, Strict
from nestling.domain.practices.practice import Practice
from nestling.domain.practices.sources import SOURCES
from nestling.services import journal, plans

router = Router(tags=["bonding"])


class StepOut(Schema):
    text: str
    seconds: int | None


class SourceOut(Schema):
    key: str
    citation: str
    urls: list[str]
    strength: str


class PracticeOut(Schema):
    slug: str
    category: str
    title: str
    why: str
    sources: list[SourceOut]
    steps: list[StepOut]
    age: dict[str, Any]
    typical_minutes: list[int]
    duration: str
    energy: str
    safety_notes: list[str]
    when_not: list[str]
    adaptations: dict[str, str]
    tags: list[str]
    journal_kind: str


def practice_out(p: Practice) -> PracticeOut:
    t = gettext
    return PracticeOut(
        slug=p.slug,
        category=p.category.value,
        title=t(p.title),
        why=t(p.why),
        sources=[
            SourceOut(
                key=k,
                citation=SOURCES[k].citation,
                urls=list(SOURCES[k].urls),
                strength=SOURCES[k].strength.value,
            )
            for k in p.source_keys
        ],
        steps=[StepOut(text=t(s.text), seconds=s.seconds) for s in p.steps],
        age=p.age.model_dump(mode="json"),
        typical_minutes=list(p.typical_minutes),
        duration=t(p.duration_label),
        energy=p.energy.value,
        safety_notes=[t(n) for n in p.safety_notes],
        when_not=[t(n) for n in p.when_not],
        adaptations={a.audience.value: t(a.text) for a in p.adaptations},
        tags=list(p.tags),
        journal_kind=p.journal_kind.value,
    )


class PracticeFilters(Schema):
    q: str = ""
    category: str | None = None
    tag: str | None = None


@router.get("/practices", response=list[PracticeOut], summary="The practice library")
def list_practices(request: HttpRequest, filters: Query[PracticeFilters]) -> list[PracticeOut]:
    found = plans.practices(query=filters.q, category=filters.category, tag=filters.tag)
    return [practice_out(p) for p in found]


@router.get("/practices/{slug}", response=PracticeOut, summary="One practice")
def get_practice(request: HttpRequest, slug: str) -> PracticeOut:
    return practice_out(plans.practice(slug))


class PlanSuggestionOut(Schema):
    practice: str
    title: str
    category: str
    why_today: str
    minutes: list[int]
    energy: str


class PlanOut(Schema):
    baby_id: int
    caregiver: int
    day: date
    personal: bool = Field(
        ..., description="Built with the caregiver's own profile (only they can see that version)."
    )
    suggestions: list[PlanSuggestionOut]
    notes: list[str]


class PlanFilters(Schema):
    caregiver: Id | None = None
    on: date | None = None


@router.get("/babies/{baby_id}/plan", response=PlanOut, summary="Today's moments")
def get_plan(request: HttpRequest, baby_id: PathId, filters: Query[PlanFilters]) -> PlanOut:
    found = plans.day_plan(
        actor=actor(request),
        baby_id=baby_id,
        now=timezone.now(),
        caregiver_id=filters.caregiver,
        on=filters.on,
    )
    return PlanOut(
        baby_id=baby_id,
        caregiver=found.caregiver.user_id,
        day=found.day,
        personal=found.personal,
        suggestions=[
            PlanSuggestionOut(
                practice=s.practice.slug,
                title=gettext(s.practice.title),
                category=s.practice.category.value,
                why_today=gettext(s.why_today),
                minutes=list(s.practice.typical_minutes),
                energy=s.practice.energy.value,
            )
            for s in found.plan.suggestions
        ],
        notes=[gettext(n) for n in found.plan.notes],
    )


class ChoiceIn(Strict):
    action: str = Field(..., description="done, swap or dismiss (for today)")


@router.post(
    "/babies/{baby_id}/plan/{slug}",
    response={204: None},
    summary="Mark a suggestion done, swap it or set it aside for today",
)
def choose(request: HttpRequest, baby_id: PathId, slug: str, payload: ChoiceIn) -> Status[None]:
    plans.choose(
        actor=actor(request), baby_id=baby_id, slug=slug, action=payload.action, now=timezone.now()
    )
    return Status(204, None)


class SessionIn(Strict):
    started_at: Moment
    response: str | None = None
    note: str = ""


@router.post(
    "/babies/{baby_id}/practices/{slug}/sessions",
    response={201: EntryOut},
    summary="Finish a guided session: logs the matching journal entry",
)
def finish(
    request: HttpRequest, baby_id: PathId, slug: str, payload: SessionIn
) -> Status[EntryOut]:
    entry = plans.finish_session(
        actor=actor(request),
        baby_id=baby_id,
        slug=slug,
        started_at=payload.started_at,
        response=payload.response,
        note=payload.note,
        now=timezone.now(),
    )
    return Status(201, entry_out(journal.get(actor=actor(request), entry_id=entry.pk)))
