"""Wellbeing results: read, list, chart, share (after a preview) and delete them.

Who may see a screening is decided by services/access.py (`screening_audience`): the person who
answered sees everything; the household sees a finished result only once it is shared, and then
only what the respondent previewed and chose (issue 10, domain/instruments/sharing.py). Each time
a result's escalation is shown to the person who answered, an EscalationShown row records it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction

from nestling.domain.errors import Conflict, NotFound, ValidationError
from nestling.domain.escalation import CRISIS_LEVELS
from nestling.domain.instruments import registry, sharing
from nestling.domain.instruments.base import HelpLevel, Instrument
from nestling.domain.instruments.scoring import ScoreResult
from nestling.domain.instruments.sharing import ShareScope
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments, scores
from nestling.services.access import Actor, Audience
from nestling.services.scores import PAGE, Outcome
from nestling.services.screenings import COMPLETED, IN_PROGRESS, ScreeningView, chosen_scope, so_far
from nestling.store.models import EscalationShown, Membership

NOT_FOUND = _("No such screening.")


def read(*, actor: Actor, screening_id: int, now: datetime, channel: str = PAGE) -> ScreeningView:
    """One screening for its reader; showing its escalation to the person who answered is logged
    (a questionnaire under way only when its answers so far call for crisis help)."""
    screening = access.screening(actor, screening_id)
    audience = access.screening_audience(actor, screening)
    definition = instruments.definition(screening.instrument)
    if screening.status != COMPLETED:
        progress = so_far(screening, definition, verified_only=channel == PAGE)
        if progress.crisis:
            with transaction.atomic():
                scores.log_shown(screening, progress.escalation, channel, now)
        return ScreeningView(screening, definition, audience, None, so_far=progress)
    outcome = scores.outcome(
        scores.stored_result(screening, definition, audience),
        scores.country_of(screening),
        verified_only=channel == PAGE,
    )
    if audience is Audience.RESPONDENT:
        with transaction.atomic():
            scores.log_shown(screening, outcome.escalation, channel, now)
    return ScreeningView(screening, definition, audience, outcome)


def own(*, actor: Actor, screening_id: int) -> Any:
    """One of the actor's own screenings (anyone else's is "not found", shared or not)."""
    return access.screening(actor, screening_id, own=True)


def mine(
    *, actor: Actor, instrument: str | None = None, status: str | None = None, limit: int = 100
) -> list[Any]:
    """The actor's own screenings, newest first."""
    if instrument is not None:
        instruments.registered(instrument, field="instrument")
    if status is not None and status not in (IN_PROGRESS, COMPLETED):
        raise ValidationError(_("Status must be in_progress or completed."), field="status")
    if not 1 <= limit <= 500:
        raise ValidationError(_("limit must be between 1 and 500."), field="limit")
    query = access.own_screenings(actor).select_related("household", "baby", "user")
    if instrument is not None:
        query = query.filter(instrument=instrument)
    if status is not None:
        query = query.filter(status=status)
    return list(query.order_by("-started_at", "-id")[:limit])


def shared_with_me(*, actor: Actor) -> list[Any]:
    """Results others in the actor's households chose to share, newest first."""
    return list(
        access.shared_screenings(actor)
        .select_related("household", "baby", "user")
        .order_by("-completed_at", "-id")[:200]
    )


@dataclass(frozen=True)
class Listed:
    """One row of a list: the summary this reader may see."""

    screening: Any  # Screening
    audience: Audience
    total: int | None
    help_level: HelpLevel | None
    crisis_first: bool  # crisis help comes first when this one is opened (issue 11)


def summarise(actor: Actor, found: list[Any]) -> list[Listed]:
    """List rows for screenings from `mine` or `shared_with_me`, each as its reader sees it."""
    rows = []
    for screening in found:
        audience = access.screening_audience(actor, screening)
        definition = registry.get(screening.instrument)
        if screening.status == COMPLETED:
            result = scores.stored_result(screening, definition, audience)
            total, level = result.total, result.help_level
        else:
            total = None
            level = so_far(screening, definition, verified_only=False).result.help_level
        rows.append(Listed(screening, audience, total, level, level in CRISIS_LEVELS))
    return rows


@dataclass(frozen=True)
class History:
    groups: dict[str, list[Any]]  # the actor's completed screenings per instrument, oldest first
    crisis: Outcome | None  # the latest result shown that calls for crisis help, if any


def history(*, actor: Actor, now: datetime) -> History:
    """The actor's finished screenings per instrument, oldest first (for charts). A result there
    that called for crisis help puts that help first on the page, and showing it is logged."""
    groups: dict[str, list[Any]] = {}
    query = access.own_screenings(actor).filter(status=COMPLETED).select_related("household")
    for screening in query.order_by("completed_at", "id"):
        groups.setdefault(screening.instrument, []).append(screening)
    latest = max(
        (s for done in groups.values() for s in done if _crisis_level(s)),
        key=lambda s: (s.completed_at, s.pk),
        default=None,
    )
    if latest is None:
        return History(groups, None)
    outcome = scores.outcome(
        ScoreResult.model_validate(latest.result), scores.country_of(latest), verified_only=True
    )
    with transaction.atomic():
        scores.log_shown(latest, outcome.escalation, PAGE, now)
    return History(groups, outcome)


def _crisis_level(screening: Any) -> bool:
    return (screening.result or {}).get("help_level") in {level.value for level in CRISIS_LEVELS}


def trend(*, actor: Actor, screening: Any) -> list[Any]:
    """The actor's finished results of the same questionnaire, oldest first: a scale without a
    pass mark is read as a trend."""
    return list(
        access.own_screenings(actor)
        .filter(instrument=screening.instrument, status=COMPLETED)
        .order_by("completed_at", "id")
    )


def escalations_shown(view: ScreeningView) -> list[Any]:
    """What was shown to the person who answered, and when (only they may read it).

    `view` comes from read() or record(), which checked the reader; others get NotFound.
    """
    if not view.mine:
        raise NotFound(NOT_FOUND)
    return list(EscalationShown.objects.filter(screening=view.screening).order_by("shown_at", "id"))


# --- sharing with the household, after a preview (issue 10) -----------------------------------


@dataclass(frozen=True)
class Preview:
    """What the household would see under each scope worth offering, and who they are."""

    screening: Any  # Screening
    instrument: Instrument
    people: list[str]  # the others in the household, by name
    choices: list[tuple[ShareScope, Outcome]]


def share_preview(*, actor: Actor, screening_id: int, verified_only: bool = True) -> Preview:
    """Exactly what each sharing choice would show the household (the same function the
    household's view uses), so the respondent can see it before choosing."""
    screening = access.screening(actor, screening_id, own=True)
    if screening.status != COMPLETED:
        raise Conflict(_("Finish the questionnaire first."), field="status", code="in_progress")
    household = access.share_household(actor, screening)
    definition = instruments.definition(screening.instrument)
    result = ScoreResult.model_validate(screening.result)
    country = scores.country_of(screening)
    choices = [
        (
            scope,
            scores.outcome(
                sharing.for_household(definition, result, scope),
                country,
                verified_only=verified_only,
            ),
        )
        for scope in sharing.choices(definition, result)
    ]
    people = [
        m.user.shown_name
        for m in Membership.objects.filter(household=household)
        .exclude(user_id=actor.user.pk)
        .select_related("user")
        .order_by("joined_at", "id")
    ]
    return Preview(screening, definition, people, choices)


def update(
    *,
    actor: Actor,
    screening_id: int,
    now: datetime,
    shared_with_household: bool | None = None,
    share_scope: str | None = None,
    include_in_report: bool | None = None,
) -> Any:
    """Share a result with the household under the scope the respondent chose after the preview
    (or stop sharing), or mark it to show at the next appointment (or undo)."""
    access.require_write(actor)
    with transaction.atomic():
        screening = access.screening(actor, screening_id, own=True, lock=True)
        wants = shared_with_household or include_in_report or share_scope is not None
        if wants and screening.status != COMPLETED:
            raise Conflict(_("Finish the questionnaire first."), field="status", code="in_progress")
        sharing_on = shared_with_household or (
            shared_with_household is None and screening.shared_with_household
        )
        if share_scope is not None and not sharing_on:
            raise ValidationError(
                _("Choose what your household sees only when you share it with them."),
                field="share_scope",
            )
        if sharing_on and (shared_with_household or share_scope is not None):
            access.share_household(actor, screening)
            definition = registry.get(screening.instrument)
            result = ScoreResult.model_validate(screening.result)
            scope = share_scope if share_scope is not None else screening.share_scope or None
            screening.share_scope = chosen_scope(definition, result, scope).value
            screening.shared_with_household = True
        if shared_with_household is False:
            screening.shared_with_household = False
            screening.share_scope = ""
        if include_in_report is not None:
            screening.include_in_report = include_in_report
        screening.updated_at = now
        screening.save()
    return screening


def delete(*, actor: Actor, screening_id: int) -> None:
    access.require_write(actor)
    with transaction.atomic():
        access.screening(actor, screening_id, own=True, lock=True).delete()
