"""The gentle schedule: which questionnaire to offer a caregiver today, and snoozing it.

The rules are pure (domain/screening_schedule.py); this module gathers the caregiver's
households, babies, completed screenings and snoozes, each household in its own calendar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db import transaction

from nestling.domain import screening_schedule as schedule
from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import Instrument
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments
from nestling.services.access import Actor
from nestling.store.models import Baby, Screening, ScreeningSnooze

SNOOZE_MAX_DAYS = 365


@dataclass(frozen=True)
class SuggestionView:
    suggestion: schedule.Suggestion
    instrument: Instrument
    household_id: int
    baby_id: int


def suggestions(
    *, actor: Actor, now: datetime, catalogue: Sequence[Instrument] | None = None
) -> list[SuggestionView]:
    """What the schedule offers the actor today, across their households, one per instrument.

    `catalogue` is instruments.catalogue() when the caller already has it (saves a query).
    """
    by_code = {i.code: i for i in (instruments.catalogue() if catalogue is None else catalogue)}
    epds_available = by_code["epds"].text_licensed
    own = list(access.own_screenings(actor).values_list("instrument", "status", "completed_at"))
    in_progress = {code for code, status, _at in own if status == Screening.IN_PROGRESS}
    snoozed = dict(
        ScreeningSnooze.objects.filter(user_id=actor.user.pk).values_list("instrument", "until")
    )
    members = access.households_of(actor)
    babies_of: dict[int, list[schedule.BabyDates]] = {}
    for b in Baby.objects.filter(household_id__in=[m.household_id for m in members]).order_by("id"):
        babies_of.setdefault(b.household_id, []).append(
            schedule.BabyDates(b.pk, b.name, b.birth_date, b.due_date)
        )
    found: dict[str, SuggestionView] = {}
    for member in members:
        household = member.household
        today = access.local_today(household, now)
        done = [
            schedule.Done(code, access.local_today(household, at))
            for code, status, at in own
            if status == Screening.COMPLETED and at is not None
        ]
        for suggestion in schedule.suggest(
            respondent=schedule.respondent_for(member.relationship),
            babies=babies_of.get(household.pk, []),
            today=today,
            done=done,
            in_progress=in_progress,
            snoozed=snoozed,
            epds_available=epds_available,
        ):
            found.setdefault(
                suggestion.instrument,
                SuggestionView(
                    suggestion, by_code[suggestion.instrument], household.pk, suggestion.baby_key
                ),
            )
    return list(found.values())


def snooze(*, actor: Actor, instrument: str, until: date, now: datetime) -> Any:
    """Do not suggest `instrument` again before `until` (it can still be taken at any time)."""
    access.require_write(actor)
    instruments.registered(instrument, field="instrument")
    today = now.date()
    if not today < until <= today + timedelta(days=SNOOZE_MAX_DAYS):
        raise ValidationError(_("Choose a date after today and within a year."), field="until")
    with transaction.atomic():
        found, _created = ScreeningSnooze.objects.update_or_create(
            user_id=actor.user.pk,
            instrument=instrument,
            defaults={"until": until, "created_at": now},
        )
    return found
