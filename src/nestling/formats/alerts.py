"""A saved entry's alerts as JSON-ready data, in the household's units, zone and language, each
with the help lines that fit it: the same for the API and the pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nestling.domain.escalation import ResourceKind
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.safety.alerts import Alert, Concern
from nestling.formats.cry import Renderer, local_words, resource_data

if TYPE_CHECKING:  # the result type only; formats never call services
    from nestling.services.alerts import EntryAlerts

K = ResourceKind
# Which lines go with which alert, in the order to show them.
LINES = {
    Concern.BABY: (K.URGENT_ADVICE, K.EMERGENCY),
    Concern.PARENT: (K.CRISIS_LINE, K.SUPPORT_LINE, K.EMERGENCY),
    Concern.WELLBEING: (K.SUPPORT_LINE, K.ROUTINE_CARE),
    Concern.PREGNANCY: (K.URGENT_ADVICE, K.EMERGENCY),
}


def line_kinds(alert: Alert) -> tuple[ResourceKind, ...]:
    """An emergency puts the emergency number first; otherwise the concern's own order."""
    kinds = LINES[alert.concern]
    if alert.help_level is HelpLevel.EMERGENCY:
        return (K.EMERGENCY, *(k for k in kinds if k is not K.EMERGENCY))
    return kinds


def as_data(found: EntryAlerts, *, verified_only: bool = False) -> list[dict[str, Any]]:
    """The alerts, most pressing first, each with its texts rendered and its help lines."""
    if not found.alerts or found.household is None or found.resources is None:
        return []
    say = Renderer(found.household.units, found.household.time_zone, local_words(found.resources))
    resources = [r for r in found.resources.resources if r.verified or not verified_only]
    data = []
    for alert in found.alerts:
        kinds = line_kinds(alert)
        lines = sorted((r for r in resources if r.kind in kinds), key=lambda r: kinds.index(r.kind))
        data.append(
            {
                "code": alert.code,
                "concern": alert.concern.value,
                "help_level": alert.help_level.value,
                "title": say(alert.title),
                "instructions": say.all(alert.instructions),
                "evidence": say.all(alert.evidence),
                "source": alert.source,
                "action": alert.action.value if alert.action else None,
                "help": [resource_data(r) for r in lines],
            }
        )
    return data
