"""The baby at a glance: a few small, indexed queries, the same cost whatever the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from nestling.domain import days as family_days
from nestling.domain import kinds
from nestling.domain.glance import Glance, Row, glance
from nestling.services import access, journal
from nestling.services.access import Actor

RECENT_DIAPERS = 40  # enough for today's counts on the busiest day, and the last of each
DIAPER_DAYS = 3  # "last dirty diaper" looks this far back
BONDING = kinds.codes_in(kinds.Category.BONDING)


def _rows(query: object) -> list[Row]:
    return [
        Row(e.kind, e.started_at, e.ended_at, e.running, e.details, _name(e))
        for e in query  # type: ignore[attr-defined]
    ]


def _name(entry: object) -> str:
    caregiver = getattr(entry, "caregiver", None)
    return str(caregiver.shown_name) if caregiver is not None else ""


def at_a_glance(*, actor: Actor, baby_id: int, now: datetime) -> Glance:
    """What caregivers ask most about the baby right now (see nestling.domain.glance)."""
    baby, _member = access.baby(actor, baby_id)
    entries = journal.visible_entries(actor, baby_id)
    household = baby.household
    day = family_days.day_of(now, household.time_zone, household.day_starts_at)
    day_start, _end = family_days.day_window(day, household.time_zone, household.day_starts_at)
    since = min(day_start, now - timedelta(days=DIAPER_DAYS))
    return glance(
        feeds=_rows(entries.filter(kind="feed")[:1]),
        diapers=_rows(entries.filter(kind="diaper", started_at__gte=since)[:RECENT_DIAPERS]),
        sleeps=_rows(entries.filter(kind="sleep")[:1]),
        moments=_rows(entries.filter(kind__in=BONDING, started_at__gte=day_start)),
        day_start=day_start,
    )
