"""Scores and what they must show: stateless scoring, escalation with crisis resources, the log.

The crisis resources are chosen by the household's country (services/instruments.py reads the
operator's file). Pages show only resources marked verified; the API returns every resource with
its `verified` mark so a client can decide. `log_shown` records each time a result's escalation is
shown to the person who answered (EscalationShown), so a report can state it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nestling.domain import screening_schedule as schedule
from nestling.domain.errors import ValidationError
from nestling.domain.escalation import (
    Escalation,
    escalate,
)
from nestling.domain.instruments import scoring, sharing
from nestling.domain.instruments.base import Instrument, Respondent
from nestling.domain.instruments.scoring import ScoreResult
from nestling.domain.instruments.sharing import ShareScope
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments
from nestling.services.access import Actor, Audience
from nestling.store.models import EscalationShown, Membership

PAGE, API = "page", "api"


@dataclass(frozen=True)
class Outcome:
    """A scored result and what the person must see about it, in order."""

    result: ScoreResult
    escalation: Escalation

    @property
    def crisis(self) -> bool:
        return self.escalation.crisis_panel


def outcome(result: ScoreResult, country: str | None, *, verified_only: bool) -> Outcome:
    # Pages show only resources someone has checked; the API marks them for its clients.
    escalation = escalate(
        result,
        country=country,
        resources=instruments.crisis_directory(),
        include_unverified=not verified_only,
    )
    return Outcome(result, escalation)


def parse_respondent(instrument: Instrument, value: str) -> Respondent:
    try:
        who = Respondent(value)
    except ValueError:
        who = None
    if who is None or who not in instrument.respondents:
        raise ValidationError(
            _("This questionnaire is meant for: %(allowed)s."),
            field="respondent",
            params={"allowed": ", ".join(r.value for r in instrument.respondents)},
        )
    return who


def default_respondent(instrument: Instrument, relationship: str | None) -> Respondent:
    """Who is answering when the caller does not say: from their relationship to the baby."""
    if relationship is None:
        return instrument.respondents[0]
    who = schedule.respondent_for(relationship)
    if who not in instrument.respondents:
        raise ValidationError(
            _("This questionnaire is meant for: %(allowed)s. Say who is answering."),
            field="respondent",
            params={"allowed": ", ".join(r.value for r in instrument.respondents)},
        )
    return who


def _check_country(country: str | None) -> str | None:
    if country is None or country == "":
        return None
    code = country.strip().upper()
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ValidationError(_("Use a two-letter country code such as GB or US."), field="country")
    return code


def score(
    *,
    instrument: str,
    answers: Sequence[int | None],
    respondent: str | None = None,
    language: str | None = None,
    antenatal: bool = False,
    country: str | None = None,
    actor: Actor | None = None,
) -> Outcome:
    """Score without storing anything (the answers, the result and the log all stay unsaved).

    The country for crisis resources is `country`, else the caller's first household's.
    """
    definition = instruments.definition(instrument, field="instrument")
    first = access.households_of(actor)[:1] if actor is not None else []
    relationship = first[0].relationship if first else None
    who = (
        parse_respondent(definition, respondent)
        if respondent
        else default_respondent(definition, relationship)
    )
    result = scoring.score(
        definition, answers, respondent=who, language=language or None, antenatal=antenatal
    )
    where = _check_country(country) or (first[0].household.country if first else None)
    return outcome(result, where, verified_only=False)


def stored_result(screening: Any, instrument: Instrument, audience: Audience) -> ScoreResult:
    """The frozen result as `audience` sees it: whole for the respondent; for the household,
    only what the respondent previewed and chose to share (domain/instruments/sharing.py)."""
    result = ScoreResult.model_validate(screening.result)
    if audience is Audience.RESPONDENT:
        return result
    return sharing.for_household(instrument, result, share_scope(screening))


def share_scope(screening: Any) -> ShareScope:
    """The scope the respondent chose; the narrowest one if the stored value is unknown."""
    try:
        return ShareScope(screening.share_scope)
    except ValueError:
        return ShareScope.SCORE


def country_of(screening: Any) -> str | None:
    if screening.household is not None:
        return str(screening.household.country)
    first = (
        Membership.objects.filter(user_id=screening.user_id)
        .select_related("household")
        .order_by("joined_at", "id")
        .first()
    )
    return str(first.household.country) if first is not None else None


def log_shown(screening: Any, escalation: Escalation, channel: str, now: datetime) -> None:
    EscalationShown.objects.create(
        screening=screening,
        help_level=escalation.help_level.value,
        crisis_panel=escalation.crisis_panel,
        messages=[m.key for m in escalation.messages],
        resources=[r.id for r in escalation.resources.resources],
        country=escalation.resources.country or "",
        channel=channel,
        shown_at=now,
    )
