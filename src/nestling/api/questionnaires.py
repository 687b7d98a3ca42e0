"""Wellbeing questionnaires: their definitions and stateless scoring (nothing is stored)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext
from ninja import Field, Router, Schema

from nestling.api.auth import actor
from nestling.api.schemas import Strict
from nestling.domain.instruments.base import Instrument
from nestling.formats.screenings import result_data
from nestling.services import instruments, screenings
from nestling.services.scores import Outcome
from nestling.services.scores import score as score_answers

router = Router(tags=["wellbeing"])

ANSWERS_DOC = "Option indexes in printed order (0 = the top option), null for unanswered."


# --- instruments ------------------------------------------------------------------------------


class OptionOut(Schema):
    label: str
    score: int


class ItemOut(Schema):
    number: int
    text: str
    options: list[OptionOut]
    reverse_scored: bool


class SubscaleOut(Schema):
    code: str
    name: str
    items: list[int]
    source: str


class BandOut(Schema):
    code: str
    label: str = Field(..., description="The published band name, for clinicians and reports.")
    plain: str = Field(..., description="What a parent reads: plain words, never a diagnosis.")
    min_score: int
    max_score: int
    help_level: str


class CutoffSetOut(Schema):
    code: str
    target: str
    respondents: list[str]
    languages: list[str]
    antenatal: bool | None
    bands: list[BandOut]
    source: str
    note: str


class RuleOut(Schema):
    code: str
    item: int
    at_least: int | None
    at_most: int | None
    help_level: str
    critical: bool
    message: str = Field(
        ..., description="A template: %(item)s, %(answer)s, %(number)d are filled in results."
    )


class InstrumentSummary(Schema):
    code: str
    name: str
    available: bool = Field(..., description="False until the operator loads licensed wording.")
    status: str = Field(..., description="'available', or why it is not.")
    respondents: list[str]
    item_count: int
    time_frame: str
    in_pregnancy: bool
    after_birth: bool
    trend_only: bool
    citation: str
    licence: str


class InstrumentDetail(InstrumentSummary):
    stem: str
    items: list[ItemOut]
    subscales: list[SubscaleOut]
    cutoff_sets: list[CutoffSetOut]
    critical_items: list[RuleOut]
    prompts: list[RuleOut]
    higher_is_worse: bool
    loinc_panel: str | None
    loinc_total: str | None
    verification_note: str


def _summary(i: Instrument) -> dict[str, Any]:
    return {
        "code": i.code,
        "name": gettext(i.name),
        "available": i.text_licensed,
        "status": "available" if i.text_licensed else gettext(screenings.NOT_AVAILABLE),
        "respondents": [r.value for r in i.respondents],
        "item_count": len(i.items),
        "time_frame": gettext(i.time_frame),
        "in_pregnancy": i.in_pregnancy,
        "after_birth": i.after_birth,
        "trend_only": i.trend_only,
        "citation": i.citation,
        "licence": i.licence,
    }


def _rule(rule: Any) -> RuleOut:
    return RuleOut(
        code=rule.code,
        item=rule.item,
        at_least=rule.at_least,
        at_most=rule.at_most,
        help_level=rule.help_level.value,
        critical=rule.critical,
        message=gettext(rule.message),
    )


def _detail(i: Instrument) -> InstrumentDetail:
    return InstrumentDetail(
        **_summary(i),
        stem=gettext(i.stem),
        items=[
            ItemOut(
                number=item.number,
                text=gettext(item.text),
                options=[OptionOut(label=gettext(o.label), score=o.score) for o in item.options],
                reverse_scored=item.reverse_scored,
            )
            for item in i.items
        ],
        subscales=[
            SubscaleOut(code=s.code, name=gettext(s.name), items=list(s.items), source=s.source)
            for s in i.subscales
        ],
        cutoff_sets=[
            CutoffSetOut(
                code=c.code,
                target=c.target,
                respondents=[r.value for r in c.respondents],
                languages=list(c.languages),
                antenatal=c.antenatal,
                bands=[
                    BandOut(
                        code=b.code,
                        label=gettext(b.label),
                        plain=gettext(b.plain),
                        min_score=b.min_score,
                        max_score=b.max_score,
                        help_level=b.help_level.value,
                    )
                    for b in c.bands
                ],
                source=c.source,
                note=c.note,
            )
            for c in i.cutoff_sets
        ],
        critical_items=[_rule(r) for r in i.rules if r.critical],
        prompts=[_rule(r) for r in i.rules if not r.critical],
        higher_is_worse=i.higher_is_worse,
        loinc_panel=i.loinc_panel,
        loinc_total=i.loinc_total,
        verification_note=i.verification_note,
    )


@router.get("/instruments", response=list[InstrumentSummary], summary="The questionnaires")
def list_instruments(request: HttpRequest) -> list[InstrumentSummary]:
    return [InstrumentSummary(**_summary(i)) for i in instruments.catalogue()]


@router.get(
    "/instruments/{code}",
    response=InstrumentDetail,
    summary="One questionnaire: items and option scores in printed order, cut-offs, rules",
)
def get_instrument(request: HttpRequest, code: str) -> InstrumentDetail:
    return _detail(instruments.definition(code))


# --- scoring ----------------------------------------------------------------------------------


class ScoreIn(Strict):
    instrument: str
    answers: list[int | None] = Field(..., description=ANSWERS_DOC)
    respondent: str | None = Field(
        None, description="mother, father or caregiver; defaults from your relationship."
    )
    language: str | None = None
    antenatal: bool = False
    country: str | None = Field(
        None, description="ISO country code for crisis resources; defaults to your household's."
    )


class BandResultOut(Schema):
    target: str
    score: int
    cutoff_set: str
    band: str
    label: str = Field(..., description="The published band name, for clinicians and reports.")
    plain: str = Field(..., description="What a parent reads: plain words, never a diagnosis.")
    help_level: str
    critical: bool
    partial: bool


class FlagOut(Schema):
    code: str
    kind: str
    help_level: str
    message: str
    item: int | None
    follow_up: str | None


class MessageOut(Schema):
    key: str
    text: str


class ResourceOut(Schema):
    id: str
    name: str
    kind: str
    phone: str | None
    phone_label: str | None
    text: str | None
    url: str | None
    hours: str
    description: str
    crisis_line: bool
    verified: bool


class ResourcesOut(Schema):
    country: str | None
    name: str
    fallback: bool
    items: list[ResourceOut]


class EscalationOut(Schema):
    crisis_first: bool = Field(..., description="Show `resources` at once, before anything else.")
    show_resources: bool = Field(
        ...,
        description=(
            "List `resources` with the result (gently, after the score): true with crisis_first, "
            "and whenever the result cannot reassure, e.g. a question was left unanswered."
        ),
    )
    help_level: str = Field(
        ...,
        description=(
            "none, talk_soon (next appointment), contact_provider (this week), "
            "contact_within_days (a day or two), urgent (today), emergency (now). For a "
            "questionnaire without a pass mark (trend_only), none never means reassurance."
        ),
    )
    messages: list[MessageOut]
    resources: ResourcesOut


class ScoreOut(Schema):
    instrument: str
    respondent: str
    complete: bool
    total: int | None
    subscales: dict[str, int | None]
    bands: list[BandResultOut]
    flags: list[FlagOut]
    help_level: str
    trend_only: bool
    escalation: EscalationOut


def score_out(outcome: Outcome) -> ScoreOut:
    return ScoreOut.model_validate(result_data(outcome))


@router.post(
    "/screenings/score",
    response=ScoreOut,
    summary="Score answers without storing anything",
)
def score(request: HttpRequest, payload: ScoreIn) -> ScoreOut:
    outcome = score_answers(
        instrument=payload.instrument,
        answers=payload.answers,
        respondent=payload.respondent,
        language=payload.language,
        antenatal=payload.antenatal,
        country=payload.country,
        actor=actor(request),
    )
    return score_out(outcome)
