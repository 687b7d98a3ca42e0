"""A scored screening as JSON-ready data and as plain text: one presenter for the API and CLI.

Text from the pure core is translated here, at the edge; the crisis panel comes first in the
text form, as on every screen (clinical-reference §10.4).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext

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
    result, escalation = outcome.result, outcome.escalation
    return {
        "instrument": result.instrument,
        "respondent": result.respondent.value,
        "complete": result.complete,
        "total": result.total,
        "subscales": dict(result.subscales),
        "bands": [{**b.model_dump(mode="json"), "label": gettext(b.label)} for b in result.bands],
        "flags": [
            {**f.model_dump(mode="json"), "message": gettext(f.message)} for f in result.flags
        ],
        "help_level": result.help_level.value,
        "trend_only": result.trend_only,
        "escalation": {
            "crisis_first": escalation.crisis_panel,
            "help_level": escalation.help_level.value,
            "messages": [{"key": m.key, "text": gettext(m.text)} for m in escalation.messages],
            "resources": {
                "country": escalation.resources.country,
                "name": escalation.resources.name,
                "fallback": escalation.resources.fallback,
                "items": [
                    r.model_dump(mode="json", include=set(RESOURCE_FIELDS))
                    for r in escalation.resources.resources
                ],
            },
        },
    }


def result_text(outcome: Any) -> str:
    """Crisis resources first when the level calls for them, then the score and the messages."""
    result, escalation = outcome.result, outcome.escalation
    lines: list[str] = []
    if escalation.crisis_panel:
        lines.append("*** " + gettext(escalation.messages[0].text))
        for resource in escalation.resources.resources:
            number = resource.phone_label or resource.phone or ""
            checked = "" if resource.verified else "  " + gettext("(not yet verified)")
            lines.append(f"    {resource.name}{': ' + number if number else ''}{checked}")
        lines.append("")
    total = (
        gettext("not worked out (some answers missing)") if result.total is None else result.total
    )
    lines.append(f"{result.instrument}: total {total}")
    lines += [f"  {code}: {value}" for code, value in result.subscales.items()]
    lines += [f"  band ({b.target}): {gettext(b.label)}" for b in result.bands]
    lines.append(f"help level: {result.help_level.value}")
    lines.append("")
    lines += [gettext(m.text) for m in escalation.messages if m.key != "crisis.panel"]
    return "\n".join(lines)
