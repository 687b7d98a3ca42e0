"""Wellbeing screenings: take them (save, resume, finish) or store one answered elsewhere.

Who may do what is decided in services/access.py: a screening belongs to the caregiver who
answered. Anyone signed in may take one about themselves, whatever their role in a household
(viewers too: it is about their own wellbeing); linking it to a household or a baby needs
membership of it. Read-only tokens cannot write. Reading, sharing and deleting results live in
services/screening_results.py.

No silent path (issue 11): every step that stores or shows an answer works out, from the answers
so far, whether crisis help must come first (`Progress.crisis`, `under_way`), and each time the
person who answered is shown it, an EscalationShown row records what and when.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction

from nestling.domain.errors import Conflict, NotFound, ValidationError
from nestling.domain.escalation import CRISIS_LEVELS, Escalation
from nestling.domain.instruments import registry, scoring, sharing
from nestling.domain.instruments.base import Instrument
from nestling.domain.instruments.scoring import ScoreResult
from nestling.domain.instruments.sharing import ShareScope
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments, scores
from nestling.services.access import Actor, Audience
from nestling.services.scores import API, PAGE, Outcome
from nestling.store.models import Screening

IN_PROGRESS, COMPLETED = Screening.IN_PROGRESS, Screening.COMPLETED
NOT_AVAILABLE = _("Available when your organisation adds the licensed text.")


@dataclass(frozen=True)
class ScreeningView:
    """A screening as its reader may see it: the household gets what the respondent chose."""

    screening: Any  # Screening
    instrument: Instrument
    audience: Audience
    outcome: Outcome | None  # the result as this reader sees it; None while under way
    so_far: Outcome | None = None  # under way: what the answers so far call for (respondent)

    @property
    def mine(self) -> bool:
        return self.audience is Audience.RESPONDENT

    @property
    def answers(self) -> list[int | None] | None:
        return list(self.screening.answers) if self.mine else None

    @property
    def escalation(self) -> Escalation | None:
        """What must be shown with it, crisis help first when called for (issue 11, silence 1)."""
        shown = self.outcome or self.so_far
        return shown.escalation if shown is not None else None


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
            access.own_screenings(actor)
            .filter(instrument=instrument, status=IN_PROGRESS)
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
    screening: Any,
    definition: Instrument,
    answers: Sequence[int | None] | None = None,
    *,
    finished: bool = False,
) -> ScoreResult:
    """Score the screening's answers so far (or `answers`, not yet stored on it).

    Under way, gaps are questions not reached yet (no UNANSWERED flag); `finished` scores the
    final answers, where a gap is a question left out and never reassures.
    """
    return scoring.score(
        definition,
        screening.answers if answers is None else answers,
        respondent=screening.respondent,
        language=screening.language or None,
        antenatal=screening.antenatal,
        finished=finished,
    )


def so_far(screening: Any, definition: Instrument, *, verified_only: bool) -> Outcome:
    """What the answers of a questionnaire under way already call for (crisis help, maybe)."""
    result = _partial(screening, definition)
    return scores.outcome(result, scores.country_of(screening), verified_only=verified_only)


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
    outcome = so_far(screening, definition, verified_only=True)
    if not outcome.crisis:
        return Progress(screening, definition, None)
    if show_crisis:
        with transaction.atomic():
            scores.log_shown(screening, outcome.escalation, PAGE, now)
    return Progress(screening, definition, outcome)


@dataclass(frozen=True)
class UnderWay:
    screening: Any  # Screening
    instrument: Instrument
    crisis: Outcome | None  # the answers so far call for crisis help first


def under_way(*, actor: Actor, now: datetime, catalogue: Sequence[Instrument]) -> list[UnderWay]:
    """The actor's questionnaires under way, newest first. Any whose saved answers call for
    crisis help carries it, and showing it is logged: "save and finish later" after a critical
    answer lands on a page that puts help first (issue 11, silence 1)."""
    by_code = {i.code: i for i in catalogue}
    found = []
    for screening in (
        access.own_screenings(actor).filter(status=IN_PROGRESS).order_by("-started_at", "-id")
    ):
        definition = by_code[screening.instrument]
        outcome = so_far(screening, definition, verified_only=True)
        found.append(UnderWay(screening, definition, outcome if outcome.crisis else None))
    crisis = [row for row in found if row.crisis is not None]
    if crisis:
        with transaction.atomic():
            for row in crisis:
                assert row.crisis is not None
                scores.log_shown(row.screening, row.crisis.escalation, PAGE, now)
    return found


def complete(*, actor: Actor, screening_id: int, now: datetime) -> Any:
    """Score what was answered (gaps stay gaps) and freeze the result."""
    with transaction.atomic():
        access.require_write(actor)
        screening = access.screening(actor, screening_id, own=True, lock=True)
        if screening.status == COMPLETED:
            return screening
        result = _partial(screening, registry.get(screening.instrument), finished=True)
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
    share_scope: str | None = None,
    include_in_report: bool = False,
) -> ScreeningView:
    """Store a questionnaire answered elsewhere (the API): scored, completed and logged as shown.

    Sharing it at once needs `share_scope`: the client has previewed what the household will
    see (`POST /screenings/score` returns the result; see screening_results.share_preview).
    """
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
        result = _partial(screening, definition, answers, finished=True)
        screening.answers = list(answers)
        screening.current_item = len(definition.items) - 1
        screening.result = result.model_dump(mode="json")
        screening.status = COMPLETED
        screening.completed_at = now
        screening.include_in_report = include_in_report
        if shared_with_household:
            if screening.household is None:
                raise ValidationError(NO_HOUSEHOLD, field="shared_with_household")
            screening.shared_with_household = True
            screening.share_scope = chosen_scope(definition, result, share_scope).value
        screening.save()
        outcome = scores.outcome(result, scores.country_of(screening), verified_only=False)
        scores.log_shown(screening, outcome.escalation, API, now)
    return ScreeningView(screening, definition, Audience.RESPONDENT, outcome=outcome)


NO_HOUSEHOLD = _("This result is not linked to a household, so there is no one to share it with.")


def chosen_scope(definition: Instrument, result: ScoreResult, scope: str | None) -> ShareScope:
    """The respondent's choice of what the household sees; it must be one they were offered."""
    offered = sharing.choices(definition, result)
    if scope is None or scope not in {s.value for s in offered}:
        raise ValidationError(
            _("Choose what your household will see: %(choices)s."),
            field="share_scope",
            params={"choices": ", ".join(s.value for s in offered)},
        )
    return ShareScope(scope)
