"""A scored screening as JSON-ready data and as plain text: one presenter for the API and CLI.

Text from the pure core is translated here, at the edge; the crisis panel comes first in the
text form, as on every screen (clinical-reference §10.4).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext

from nestling.domain.instruments.base import fill

RESOURCE_FIELDS = (
    "id",
    "name",
    "kind",
    "phone",
    "phone_label",
    "text",
    "url",
    "hours",
    "description",
    "crisis_line",
    "verified",
)


def result_data(outcome: Any) -> dict[str, Any]:
    """`outcome` is services.scores.Outcome: the result and its escalation."""
    result = outcome.result
    return {
        "instrument": result.instrument,
        "respondent": result.respondent.value,
        "complete": result.complete,
        "total": result.total,
        "subscales": dict(result.subscales),
        "bands": [
            {
                **b.model_dump(mode="json", exclude={"message", "min_score", "max_score"}),
                "label": gettext(b.label),
                "plain": gettext(b.plain or b.label),
            }
            for b in result.bands
        ],
        "flags": [
            {**f.model_dump(mode="json", exclude={"params"}), "message": _shown(f)}
            for f in result.flags
        ],
        "help_level": result.help_level.value,
        "trend_only": result.trend_only,
        "escalation": escalation_data(outcome.escalation),
    }


def escalation_data(escalation: Any) -> dict[str, Any]:
    """What must be shown with a result, in order: `crisis_first` puts the resources first."""
    return {
        "crisis_first": escalation.crisis_panel,
        "show_resources": escalation.show_resources,
        "help_level": escalation.help_level.value,
        "messages": [{"key": m.key, "text": m.shown(gettext)} for m in escalation.messages],
        "resources": {
            "country": escalation.resources.country,
            "name": escalation.resources.name,
            "fallback": escalation.resources.fallback,
            "items": [
                r.model_dump(mode="json", include=set(RESOURCE_FIELDS))
                for r in escalation.resources.resources
            ],
        },
    }


def _shown(flag: Any) -> str:
    return str(fill(flag.message, flag.params, gettext))


def result_text(outcome: Any) -> str:
    """Crisis resources first when the level calls for them, then the score and the messages."""
    result, escalation = outcome.result, outcome.escalation
    lines: list[str] = []
    if escalation.crisis_panel:
        lines.append("*** " + escalation.messages[0].shown(gettext))
        lines += [*_resource_lines(escalation.resources.resources), ""]
    total = (
        gettext("not worked out (some answers missing)") if result.total is None else result.total
    )
    lines.append(f"{result.instrument}: total {total}")
    lines += [f"  {code}: {value}" for code, value in result.subscales.items()]
    lines += [
        f"  band ({b.target}): {gettext(b.label)} ({gettext(b.plain or b.label)})"
        for b in result.bands
    ]
    lines.append(f"help level: {result.help_level.value}")
    lines.append("")
    lines += [m.shown(gettext) for m in escalation.messages if m.key != "crisis.panel"]
    if escalation.show_resources and not escalation.crisis_panel:
        lines += ["", *_resource_lines(escalation.resources.resources)]
    return "\n".join(lines)


def _resource_lines(resources: Any) -> list[str]:
    lines = []
    for resource in resources:
        number = resource.phone_label or resource.phone or ""
        checked = "" if resource.verified else "  " + gettext("(not yet verified)")
        lines.append(f"    {resource.name}{': ' + number if number else ''}{checked}")
    return lines
