"""The help a saved entry must show at once, with the household's help lines.

Called by every path that saves an entry (the API, the pages, the cry helper's log) right after
the save. Costs nothing on the usual insert (a diaper, a feed without words): the pure
`may_alert` look comes first, and only an entry that raises an alert reads the crisis directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from nestling.domain.babies import age_on
from nestling.domain.escalation import ResourceSelection, crisis_resources_for
from nestling.domain.safety import alerts as rules
from nestling.services import access, instruments, phrases
from nestling.services.babies import facts_of
from nestling.store.models import Entry, Household


@dataclass(frozen=True)
class EntryAlerts:
    alerts: tuple[rules.Alert, ...]
    resources: ResourceSelection | None  # the household's country's lines, when there are alerts
    household: Household | None = None  # units and time zone to show them in


NONE = EntryAlerts((), None)


def for_entry(entry: Entry, now: datetime) -> EntryAlerts:
    """What saving `entry` must show (the entry as loaded by the journal, with its baby)."""
    details = entry.details or {}
    if not rules.may_alert(entry.kind, details, entry.note):
        return NONE
    baby = entry.baby
    household = baby.household
    age = age_on(facts_of(baby), access.local_today(household, entry.started_at))
    saved = rules.SavedEntry(
        kind=entry.kind,
        details=details,
        note=entry.note,
        at=entry.started_at,
        age_days=age.effective_days if age else None,
        chronological_days=age.days if age else None,
    )
    found = rules.entry_alerts(saved, phrases.matcher(), now)
    if not found:
        return NONE
    resources = crisis_resources_for(household.country, instruments.crisis_directory())
    return EntryAlerts(found, resources, household)
