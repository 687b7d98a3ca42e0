"""Wellbeing screenings: take them (save and resume), store them, read, share and delete them.

Who may do what (decided in services/access.py): a screening belongs to the caregiver who
answered. Anyone signed in may take one about themselves, whatever their role in a household
(viewers too: it is about their own wellbeing); linking it to a household or a baby needs
membership of it. Others see nothing, not even that it exists, unless the caregiver shares the
RESULT with the household; the answers themselves are never shared. Read-only tokens cannot write.
Each time a result's escalation (help level, messages, crisis resources) is shown to the person
who answered, an EscalationShown row records what and when, so a report can state it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction

from nestling.domain.errors import Conflict, NotFound, ValidationError
from nestling.domain.escalation import CRISIS_LEVELS
from nestling.domain.instruments import registry, scoring
from nestling.domain.instruments.base import Instrument
from nestling.domain.instruments.scoring import ScoreResult
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments, scores
from nestling.services.access import Actor
from nestling.services.scores import API, PAGE, Outcome
from nestling.store.models import EscalationShown, Membership, Screening

IN_PROGRESS, COMPLETED = Screening.IN_PROGRESS, Screening.COMPLETED
NOT_AVAILABLE = _("Available when your organisation adds the licensed text.")


@dataclass(frozen=True)
class ScreeningView:
    """A screening as its reader may see it: others get the result without the answers."""

    screening: Any  # Screening
    instrument: Instrument
    mine: bool
    outcome: Outcome | None  # None while in progress

    @property
    def answers(self) -> list[int | None] | None:
        return list(self.screening.answers) if self.mine else None


# --- taking a questionnaire -------------------------------------------------------------------


def _context(actor: Actor, household_id: int | None, baby_id: int | None) -> tuple[Any, Any, Any]:
    """(household, baby, membership) for a new screening; the only household when none is named."""
    if baby_id is not None:
        try:
            baby, member = access.baby(actor, baby_id)
        except NotFound as exc:
            raise NotFound(exc.message, field="baby") from exc
        if household_id is not None and household_id != baby.household_id:
            raise ValidationError(_("That baby is not in this household."), field="baby")
        return baby.household, baby, member
    if household_id is not None:
        try:
            member = access.membership(actor, household_id)
        except NotFound as exc:
            raise NotFound(exc.message, field="household") from exc
        return member.household, None, member
    members = access.households_of(actor)
    if len(members) == 1:
        return members[0].household, None, members[0]
    return None, None, None


def _antenatal(instrument: Instrument, baby: Any, antenatal: bool | None) -> bool:
    if antenatal is not None:
        return antenatal
    if instrument.in_pregnancy and not instrument.after_birth:
        return True
    return baby is not None and baby.birth_date is None


def _new(
    actor: Actor,
    definition: Instrument,
    *,
    household_id: int | None,
    baby_id: int | None,
    respondent: str | None,
    language: str | None,
    antenatal: bool | None,
    now: datetime,
) -> Any:
    household, baby, member = _context(actor, household_id, baby_id)
    who = (
        scores.parse_respondent(definition, respondent)
        if respondent
        else scores.default_respondent(definition, member.relationship if member else None)
    )
    return Screening(
        user_id=actor.user.pk,
        household=household,
        baby=baby,
        instrument=definition.code,
        respondent=who.value,
        language=(language or "")[:16],
        antenatal=_antenatal(definition, baby, antenatal),
        answers=[None] * len(definition.items),
        started_at=now,
        updated_at=now,
    )


def start(
    *,
    actor: Actor,
    instrument: str,
    now: datetime,
    household_id: int | None = None,
    baby_id: int | None = None,
    respondent: str | None = None,
    language: str | None = None,
    antenatal: bool | None = None,
) -> Any:
    """Begin a questionnaire on screen, or carry on with the one of its kind already under way."""
    access.require_write(actor)
    definition = instruments.definition(instrument, field="instrument")
    if not definition.text_licensed:
        raise Conflict(NOT_AVAILABLE, field="instrument", code="text_missing")
    with transaction.atomic():
        existing = (
            Screening.objects.filter(user_id=actor.user.pk, instrument=instrument)
            .filter(status=IN_PROGRESS)
            .order_by("-updated_at", "-id")
            .first()
        )
        if existing is not None:
            return existing
        screening = _new(
            actor,
            definition,
            household_id=household_id,
            baby_id=baby_id,
            respondent=respondent,
            language=language,
            antenatal=antenatal,
            now=now,
        )
        screening.save()
    return screening


def _open(actor: Actor, screening_id: int) -> Any:
    access.require_write(actor)
    screening = access.screening(actor, screening_id, own=True, lock=True)
    if screening.status == COMPLETED:
        raise Conflict(
            _("This questionnaire is already finished."), field="status", code="completed"
        )
    return screening


def save_answer(
    *,
    actor: Actor,
    screening_id: int,
    item: int,
    answer: int | None,
    now: datetime,
    move_to: int | None = None,
) -> tuple[Any, bool]:
    """Keep one answer (0-based item, option index or None) and where to resume.

    Returns the screening and whether this answer newly calls for the crisis panel, so the
    page can show it at once, before the next question (clinical-reference §1.6, §10.4).
    """
    with transaction.atomic():
        screening = _open(actor, screening_id)
        definition = registry.get(screening.instrument)
        count = len(definition.items)
        if not 0 <= item < count:
            raise ValidationError(_("There is no such question."), field="item")
        if not scoring.valid_answer(definition.items[item], answer):
            raise ValidationError(scoring.INVALID_ANSWER, field=f"answers[{item}]")
        before = _partial(screening, definition).help_level in CRISIS_LEVELS
        answers = list(screening.answers)
        answers[item] = answer
        screening.answers = answers
        screening.current_item = min(max(item if move_to is None else move_to, 0), count - 1)
        screening.updated_at = now
        screening.save(update_fields=["answers", "current_item", "updated_at"])
        after = _partial(screening, definition).help_level in CRISIS_LEVELS
    return screening, after and not before


def _partial(
    screening: Any, definition: Instrument, answers: Sequence[int | None] | None = None
) -> ScoreResult:
    """Score the screening's answers so far (or `answers`, not yet stored on it)."""
    return scoring.score(
        definition,
        screening.answers if answers is None else answers,
        respondent=screening.respondent,
        language=screening.language or None,
        antenatal=screening.antenatal,
    )


@dataclass(frozen=True)
class Progress:
    screening: Any  # Screening
    instrument: Instrument
    crisis: Outcome | None  # the answers so far already call for the crisis panel


def progress(*, actor: Actor, screening_id: int, now: datetime, show_crisis: bool) -> Progress:
    """Where a questionnaire under way stands; logs the crisis panel when the page shows it."""
    screening = access.screening(actor, screening_id, own=True)
    definition = instruments.definition(screening.instrument)
    if screening.status == COMPLETED:
        return Progress(screening, definition, None)
    result = _partial(screening, definition)
    if result.help_level not in CRISIS_LEVELS:
        return Progress(screening, definition, None)
    outcome = scores.outcome(result, scores.country_of(screening), verified_only=True)
    if show_crisis:
        with transaction.atomic():
            scores.log_shown(screening, outcome.escalation, PAGE, now)
    return Progress(screening, definition, outcome)


def complete(*, actor: Actor, screening_id: int, now: datetime) -> Any:
    """Score what was answered (gaps stay gaps) and freeze the result."""
    with transaction.atomic():
        access.require_write(actor)
        screening = access.screening(actor, screening_id, own=True, lock=True)
        if screening.status == COMPLETED:
            return screening
        result = _partial(screening, registry.get(screening.instrument))
        screening.result = result.model_dump(mode="json")
        screening.status = COMPLETED
        screening.completed_at = now
        screening.updated_at = now
        screening.save()
    return screening


def record(
    *,
    actor: Actor,
    instrument: str,
    answers: Sequence[int | None],
    now: datetime,
    respondent: str | None = None,
    household_id: int | None = None,
    baby_id: int | None = None,
    language: str | None = None,
    antenatal: bool | None = None,
    shared_with_household: bool = False,
    include_in_report: bool = False,
) -> ScreeningView:
    """Store a questionnaire answered elsewhere (the API): scored, completed and logged as shown."""
    access.require_write(actor)
    definition = instruments.definition(instrument, field="instrument")
    with transaction.atomic():
        screening = _new(
            actor,
            definition,
            household_id=household_id,
            baby_id=baby_id,
            respondent=respondent,
            language=language,
            antenatal=antenatal,
            now=now,
        )
        result = _partial(screening, definition, answers)
        if shared_with_household and screening.household is None:
            raise ValidationError(NO_HOUSEHOLD, field="shared_with_household")
        screening.answers = list(answers)
        screening.current_item = len(definition.items) - 1
        screening.result = result.model_dump(mode="json")
        screening.status = COMPLETED
        screening.completed_at = now
        screening.shared_with_household = shared_with_household
        screening.include_in_report = include_in_report
        screening.save()
        outcome = scores.outcome(result, scores.country_of(screening), verified_only=False)
        scores.log_shown(screening, outcome.escalation, API, now)
    return ScreeningView(screening, definition, mine=True, outcome=outcome)


# --- reading, sharing, deleting ---------------------------------------------------------------

NO_HOUSEHOLD = _("This result is not linked to a household, so there is no one to share it with.")


def read(*, actor: Actor, screening_id: int, now: datetime, channel: str = PAGE) -> ScreeningView:
    """One screening for its reader; showing a result to the person who answered is logged."""
    screening = access.screening(actor, screening_id)
    mine = screening.user_id == actor.user.pk
    definition = instruments.definition(screening.instrument)
    if screening.status != COMPLETED:
        if not mine:  # only completed results are ever shared
            raise NotFound(_("No such screening."))
        return ScreeningView(screening, definition, mine, None)
    outcome = scores.outcome(
        scores.stored_result(screening, mine),
        scores.country_of(screening),
        verified_only=channel == PAGE,
    )
    if mine:
        with transaction.atomic():
            scores.log_shown(screening, outcome.escalation, channel, now)
    return ScreeningView(screening, definition, mine, outcome)


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
    query = Screening.objects.filter(user_id=actor.user.pk).select_related("household", "baby")
    if instrument is not None:
        query = query.filter(instrument=instrument)
    if status is not None:
        query = query.filter(status=status)
    return list(query.order_by("-started_at", "-id")[:limit])


def shared_with_me(*, actor: Actor) -> list[Any]:
    """Results others in the actor's households chose to share, newest first."""
    households = Membership.objects.filter(user_id=actor.user.pk).values("household_id")
    return list(
        Screening.objects.filter(
            household_id__in=households, shared_with_household=True, status=COMPLETED
        )
        .exclude(user_id=actor.user.pk)
        .select_related("household", "baby", "user")
        .order_by("-completed_at", "-id")[:200]
    )


def history(*, actor: Actor) -> dict[str, list[Any]]:
    """The actor's completed screenings per instrument, oldest first (for charts)."""
    found: dict[str, list[Any]] = {}
    query = Screening.objects.filter(user_id=actor.user.pk, status=COMPLETED).order_by(
        "completed_at", "id"
    )
    for screening in query:
        found.setdefault(screening.instrument, []).append(screening)
    return found


def escalations_shown(view: ScreeningView) -> list[Any]:
    """What was shown to the person who answered, and when (only they may read it).

    `view` comes from read() or record(), which checked the reader; others get NotFound.
    """
    if not view.mine:
        raise NotFound(_("No such screening."))
    return list(EscalationShown.objects.filter(screening=view.screening).order_by("shown_at", "id"))


def update(
    *,
    actor: Actor,
    screening_id: int,
    now: datetime,
    shared_with_household: bool | None = None,
    include_in_report: bool | None = None,
) -> Any:
    """Share a result with the household, or add it to the report for a provider (or undo)."""
    access.require_write(actor)
    with transaction.atomic():
        screening = access.screening(actor, screening_id, own=True, lock=True)
        wants = shared_with_household or include_in_report
        if wants and screening.status != COMPLETED:
            raise Conflict(_("Finish the questionnaire first."), field="status", code="in_progress")
        if shared_with_household:
            if screening.household_id is None:
                raise ValidationError(NO_HOUSEHOLD, field="shared_with_household")
            if not Membership.objects.filter(
                household_id=screening.household_id, user_id=actor.user.pk
            ).exists():
                raise ValidationError(
                    _("You are no longer part of that household."), field="shared_with_household"
                )
        if shared_with_household is not None:
            screening.shared_with_household = shared_with_household
        if include_in_report is not None:
            screening.include_in_report = include_in_report
        screening.updated_at = now
        screening.save()
    return screening


def delete(*, actor: Actor, screening_id: int) -> None:
    access.require_write(actor)
    with transaction.atomic():
        access.screening(actor, screening_id, own=True, lock=True).delete()
