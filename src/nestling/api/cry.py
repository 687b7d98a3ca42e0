"""The cry helper: a safety-first check of a crying baby, and the crying spell as it happens."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from nestling.api.auth import actor
from nestling.api.entries import EntryOut, HelpLineOut, entry_out
from nestling.api.schemas import Moment, PathId, Strict
from nestling.domain.safety.signs import Sign
from nestling.formats import cry as present
from nestling.services import cry, journal

router = Router(tags=["cry helper"])

SYMPTOMS_DOC = "Signs the parent ticks: " + ", ".join(s.value for s in Sign) + "."


class CheckQuery(Schema):
    at: Moment | None = Field(None, description="When to check (default: now).")


class CheckIn(Strict):
    symptoms: list[str] = Field(default_factory=list, description=SYMPTOMS_DOC)
    at: Moment | None = Field(None, description="When to check (default: now).")
    log: bool = Field(
        False,
        description="Also log the ticked signs as a symptom entry for the household "
        "(needs a caregiver's write access).",
    )


class RedFlagOut(Schema):
    code: str
    help_level: str
    title: str
    instructions: list[str]
    evidence: list[str]
    source: str


class ActionOut(Schema):
    soothing: str
    label: str


class ReasonOut(Schema):
    reason: str
    title: str
    score: float
    evidence: list[str]
    try_: list[str] = Field(..., alias="try")
    actions: list[ActionOut]
    suggestions: list[ReasonSuggestionOut]
    state: str | None


class AgeUsedOut(Schema):
    days: int = Field(..., description="The age the age-dependent rules used, in days.")
    corrected: bool = Field(..., description="True when that is the corrected age (born early).")


class ReasonSuggestionOut(Schema):
    text: str
    soothing: str | None = Field(..., description="The code to mark it with; null for advice.")


class CryAdviceOut(Schema):
    code: str
    help_level: str
    text: str
    source: str


class SymptomOut(Schema):
    code: str
    label: str
    ticked: bool
    hint: str | None


class WhatWorksOut(Schema):
    soothing: str
    label: str
    settled: int = Field(..., description="How many spells it settled ...")
    of: int = Field(..., description="... of how many it was tried on.")
    period: str = Field(..., description="night, morning, afternoon, evening or any")
    text: str


class CryDayOut(Schema):
    day: date
    minutes: int
    complete: bool
    long: bool = Field(..., description="3 hours or more.")


class TypicalMinutesOut(Schema):
    mean: int
    sd: int | None


class StrainOut(Schema):
    under_strain: bool
    signals: list[str]
    messages: list[str]


class PatternsOut(Schema):
    days: list[CryDayOut] = Field(..., description="The last 7 family days, oldest first.")
    typical_minutes: TypicalMinutesOut | None
    typical: str | None
    long_days: int
    rule_of_threes: bool
    messages: list[str]
    strain: StrainOut | None


class EpisodeOut(Schema):
    id: int
    started_at: datetime
    minutes: int
    tried: list[str]
    soothed_by: list[str]


class CryCheckOut(Schema):
    baby_id: int
    at: datetime
    age_days: int
    corrected_age_days: int | None
    age_used: AgeUsedOut
    help_level: str = Field(..., description="none, talk_soon, contact_provider, urgent, emergency")
    red_flags: list[RedFlagOut]
    advice: list[CryAdviceOut]
    symptoms: list[SymptomOut]
    reasons: list[ReasonOut]
    what_works: list[WhatWorksOut]
    patterns: PatternsOut
    safety: list[str]
    notes: list[str]
    help: list[HelpLineOut]
    episode: EpisodeOut | None


@router.get(
    "/babies/{baby_id}/cry-check",
    response=CryCheckOut,
    by_alias=True,
    summary="Why might the baby be crying? Red flags first, then reasons ranked from the log",
)
def cry_check(request: HttpRequest, baby_id: PathId, query: Query[CheckQuery]) -> dict[str, Any]:
    result = cry.check(actor=actor(request), baby_id=baby_id, now=timezone.now(), at=query.at)
    return present.as_data(result)


@router.post(
    "/babies/{baby_id}/cry-check",
    response=CryCheckOut,
    by_alias=True,
    summary="The same check with the signs the parent ticked (optionally logged)",
)
def cry_check_with_symptoms(
    request: HttpRequest, baby_id: PathId, payload: CheckIn
) -> dict[str, Any]:
    who, now = actor(request), timezone.now()
    result = cry.check(
        actor=who, baby_id=baby_id, now=now, at=payload.at, symptoms=payload.symptoms
    )
    if payload.log:  # only once the check has accepted the signs and the time
        cry.record_symptoms(actor=who, baby_id=baby_id, symptoms=payload.symptoms, now=now)
    return present.as_data(result)


class MarkIn(Strict):
    soothing: str = Field(..., description="What was tried, e.g. feed, rocking, white_noise.")
    helped: bool = Field(False, description="True for 'that helped', false for 'no change'.")


class StopIn(Strict):
    soothed_by: str | None = Field(None, description="What settled the baby, if not marked yet.")


@router.post(
    "/babies/{baby_id}/cry-episodes",
    response={201: EntryOut},
    summary="The baby is crying: start a crying spell (or join the one going on)",
)
def start_episode(request: HttpRequest, baby_id: PathId) -> Status[EntryOut]:
    who = actor(request)
    entry = cry.start_episode(actor=who, baby_id=baby_id, now=timezone.now())
    return Status(201, entry_out(journal.get(actor=who, entry_id=entry.pk)))


@router.post(
    "/cry-episodes/{episode_id}/tried",
    response=EntryOut,
    summary="Tried something on the crying spell: no change, or it helped",
)
def mark(request: HttpRequest, episode_id: PathId, payload: MarkIn) -> EntryOut:
    who = actor(request)
    entry = cry.mark(
        actor=who,
        episode_id=episode_id,
        soothing=payload.soothing,
        helped=payload.helped,
        now=timezone.now(),
    )
    return entry_out(journal.get(actor=who, entry_id=entry.pk))


@router.post(
    "/cry-episodes/{episode_id}/stop",
    response=EntryOut,
    summary="Stopped crying: end the spell and record its duration",
)
def stop(request: HttpRequest, episode_id: PathId, payload: StopIn) -> EntryOut:
    who = actor(request)
    entry = cry.stop_episode(
        actor=who, episode_id=episode_id, now=timezone.now(), soothed_by=payload.soothed_by
    )
    return entry_out(journal.get(actor=who, entry_id=entry.pk))
