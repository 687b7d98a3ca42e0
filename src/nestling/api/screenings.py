"""A caregiver's own wellbeing screenings, and the schedule that suggests them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema, Status

from nestling.api.auth import actor
from nestling.api.questionnaires import ANSWERS_DOC, EscalationOut, ScoreOut, score_out
from nestling.api.schemas import Id, Patch, PathId, Strict
from nestling.formats.screenings import escalation_data
from nestling.services import screening_results, screening_schedule, screenings
from nestling.services.access import Audience
from nestling.services.scores import API

router = Router(tags=["wellbeing"])

# --- the schedule -----------------------------------------------------------------------------


class SuggestionOut(Schema):
    instrument: str
    name: str
    touchpoint: str
    label: str
    household: int
    baby: int
    baby_name: str
    starts_on: date
    ends_on: date
    antenatal: bool
    resume: bool
    source: str


class SnoozeIn(Strict):
    instrument: str
    until: date = Field(..., description="Do not suggest it again before this date.")


class SnoozeOut(Schema):
    instrument: str
    until: date


@router.get(
    "/screenings/suggestions",
    response=list[SuggestionOut],
    summary="Questionnaires worth offering you today (the gentle schedule)",
)
def suggestions(request: HttpRequest) -> list[SuggestionOut]:
    found = screening_schedule.suggestions(actor=actor(request), now=timezone.now())
    return [
        SuggestionOut(
            instrument=v.suggestion.instrument,
            name=gettext(v.instrument.name),
            touchpoint=v.suggestion.touchpoint.code,
            label=gettext(v.suggestion.touchpoint.label),
            household=v.household_id,
            baby=v.baby_id,
            baby_name=v.suggestion.baby_name,
            starts_on=v.suggestion.starts_on,
            ends_on=v.suggestion.ends_on,
            antenatal=v.suggestion.antenatal,
            resume=v.suggestion.resume,
            source=v.suggestion.touchpoint.source,
        )
        for v in found
    ]


@router.post(
    "/screenings/suggestions/snooze",
    response=SnoozeOut,
    summary="Do not suggest a questionnaire again before a date",
)
def snooze(request: HttpRequest, payload: SnoozeIn) -> SnoozeOut:
    found = screening_schedule.snooze(
        actor=actor(request), instrument=payload.instrument, until=payload.until, now=timezone.now()
    )
    return SnoozeOut(instrument=found.instrument, until=found.until)


# --- stored screenings ------------------------------------------------------------------------


SHARE_SCOPE_DOC = (
    "What the household sees when shared, chosen after the preview "
    "(GET /screenings/{id}/share-preview): 'score' (the score and what it alone suggests) or "
    "'score_and_help' (also how soon you were asked to seek help). Never the answers."
)
REPORT_DOC = "Marked to show at your next appointment (the result is saved; show it at the visit)."


class ScreeningIn(Strict):
    instrument: str
    answers: list[int | None] = Field(..., description=ANSWERS_DOC)
    respondent: str | None = None
    language: str | None = None
    antenatal: bool | None = Field(None, description="Defaults from the baby (not born yet).")
    household: Id | None = Field(None, description="Defaults to your only household.")
    baby: Id | None = None
    shared_with_household: bool = False
    share_scope: str | None = Field(None, description=SHARE_SCOPE_DOC)
    include_in_report: bool = Field(False, description=REPORT_DOC)


class ScreeningPatch(Patch):
    shared_with_household: bool = None  # type: ignore[assignment]
    share_scope: str = Field(None, description=SHARE_SCOPE_DOC)  # type: ignore[assignment]
    include_in_report: bool = Field(None, description=REPORT_DOC)  # type: ignore[assignment]


class ShownOut(Schema):
    help_level: str
    crisis_panel: bool
    messages: list[str]
    resources: list[str]
    channel: str
    shown_at: datetime


class ScreeningOut(Schema):
    id: int
    instrument: str
    name: str
    mine: bool
    caregiver: int
    caregiver_name: str
    respondent: str
    language: str
    antenatal: bool
    status: str
    household: int | None
    baby: int | None
    answers: list[int | None] | None = Field(
        ..., description="Only for the person who answered; never shared."
    )
    current_item: int
    shared_with_household: bool
    share_scope: str | None = Field(..., description=SHARE_SCOPE_DOC)
    include_in_report: bool = Field(..., description=REPORT_DOC)
    started_at: datetime
    completed_at: datetime | None
    result: ScoreOut | None
    escalation: EscalationOut | None = Field(
        ...,
        description=(
            "What must be shown with it, crisis help first when `crisis_first`: the result's "
            "escalation, or for a questionnaire under way what the answers so far call for."
        ),
    )
    escalations_shown: list[ShownOut] | None = Field(
        None, description="What was shown to the person who answered, and when (theirs only)."
    )


class ScreeningListItem(Schema):
    id: int
    instrument: str
    mine: bool
    caregiver: int
    caregiver_name: str
    status: str
    household: int | None
    baby: int | None
    total: int | None
    help_level: str | None
    crisis_first: bool = Field(..., description="Opening it puts crisis help first.")
    shared_with_household: bool
    include_in_report: bool
    started_at: datetime
    completed_at: datetime | None


class ListFilters(Schema):
    instrument: str | None = None
    status: str | None = None
    shared: bool = Field(False, description="Results others in your households shared with you.")
    limit: int = 100


def _list_item(row: Any) -> ScreeningListItem:
    s = row.screening
    return ScreeningListItem(
        id=s.pk,
        instrument=s.instrument,
        mine=row.audience is Audience.RESPONDENT,
        caregiver=s.user_id,
        caregiver_name=s.user.shown_name,
        status=s.status,
        household=s.household_id,
        baby=s.baby_id,
        total=row.total,
        help_level=row.help_level.value if row.help_level is not None else None,
        crisis_first=row.crisis_first,
        shared_with_household=s.shared_with_household,
        include_in_report=s.include_in_report,
        started_at=s.started_at,
        completed_at=s.completed_at,
    )


def _screening_out(view: Any) -> ScreeningOut:
    s = view.screening
    shown = None
    if view.mine:
        shown = [
            ShownOut(
                help_level=e.help_level,
                crisis_panel=e.crisis_panel,
                messages=list(e.messages),
                resources=list(e.resources),
                channel=e.channel,
                shown_at=e.shown_at,
            )
            for e in screening_results.escalations_shown(view)
        ]
    return ScreeningOut(
        id=s.pk,
        instrument=s.instrument,
        name=gettext(view.instrument.name),
        mine=view.mine,
        caregiver=s.user_id,
        caregiver_name=s.user.shown_name,
        respondent=s.respondent,
        language=s.language,
        antenatal=s.antenatal,
        status=s.status,
        household=s.household_id,
        baby=s.baby_id,
        answers=view.answers,
        current_item=s.current_item if view.mine else 0,
        shared_with_household=s.shared_with_household,
        share_scope=s.share_scope or None,
        include_in_report=s.include_in_report,
        started_at=s.started_at,
        completed_at=s.completed_at,
        result=score_out(view.outcome) if view.outcome is not None else None,
        escalation=(
            EscalationOut.model_validate(escalation_data(view.escalation))
            if view.escalation is not None
            else None
        ),
        escalations_shown=shown,
    )


@router.post(
    "/screenings",
    response={201: ScreeningOut},
    summary="Store a completed questionnaire for yourself",
)
def create_screening(request: HttpRequest, payload: ScreeningIn) -> Status[ScreeningOut]:
    view = screenings.record(
        actor=actor(request),
        instrument=payload.instrument,
        answers=payload.answers,
        respondent=payload.respondent,
        language=payload.language,
        antenatal=payload.antenatal,
        household_id=payload.household,
        baby_id=payload.baby,
        shared_with_household=payload.shared_with_household,
        share_scope=payload.share_scope,
        include_in_report=payload.include_in_report,
        now=timezone.now(),
    )
    return Status(201, _screening_out(view))


@router.get(
    "/screenings",
    response=list[ScreeningListItem],
    summary="Your screenings, newest first (or, with shared=true, those shared with you)",
)
def list_screenings(request: HttpRequest, filters: Query[ListFilters]) -> list[ScreeningListItem]:
    who = actor(request)
    if filters.shared:
        found = screening_results.shared_with_me(actor=who)
    else:
        found = screening_results.mine(
            actor=who, instrument=filters.instrument, status=filters.status, limit=filters.limit
        )
    return [_list_item(row) for row in screening_results.summarise(who, found)]


@router.get("/screenings/{screening_id}", response=ScreeningOut, summary="One screening")
def get_screening(request: HttpRequest, screening_id: PathId) -> ScreeningOut:
    view = screening_results.read(
        actor=actor(request), screening_id=screening_id, now=timezone.now(), channel=API
    )
    return _screening_out(view)


@router.patch(
    "/screenings/{screening_id}",
    response=ScreeningOut,
    summary="Share a result with your household, or add it to the report for your provider",
)
def update_screening(
    request: HttpRequest, screening_id: PathId, payload: ScreeningPatch
) -> ScreeningOut:
    who = actor(request)
    screening_results.update(
        actor=who,
        screening_id=screening_id,
        now=timezone.now(),
        **payload.model_dump(exclude_unset=True),
    )
    view = screening_results.read(
        actor=who, screening_id=screening_id, now=timezone.now(), channel=API
    )
    return _screening_out(view)


class ScreeningShareChoiceOut(Schema):
    share_scope: str
    result: ScoreOut = Field(..., description="Exactly what the household would see.")


class ScreeningSharePreviewOut(Schema):
    household: int
    people: list[str] = Field(..., description="Who would see it: the others in the household.")
    current_scope: str | None = Field(..., description="What they see now, if shared.")
    choices: list[ScreeningShareChoiceOut]


@router.get(
    "/screenings/{screening_id}/share-preview",
    response=ScreeningSharePreviewOut,
    summary="Preview what your household would see of a result under each sharing choice",
)
def share_preview(request: HttpRequest, screening_id: PathId) -> ScreeningSharePreviewOut:
    preview = screening_results.share_preview(
        actor=actor(request), screening_id=screening_id, verified_only=False
    )
    s = preview.screening
    return ScreeningSharePreviewOut(
        household=s.household_id,
        people=preview.people,
        current_scope=(s.share_scope or None) if s.shared_with_household else None,
        choices=[
            ScreeningShareChoiceOut(share_scope=scope.value, result=score_out(outcome))
            for scope, outcome in preview.choices
        ],
    )


@router.delete("/screenings/{screening_id}", response={204: None}, summary="Delete a screening")
def delete_screening(request: HttpRequest, screening_id: PathId) -> Status[None]:
    screening_results.delete(actor=actor(request), screening_id=screening_id)
    return Status(204, None)
