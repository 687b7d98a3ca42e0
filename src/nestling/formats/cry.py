"""The cry check as JSON-ready data and as plain text, in the household's units, zone and language.

One presenter for the API, the command line and the page, so all three say the same thing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext, gettext_noop

from nestling.domain import crisis, cry
from nestling.domain.crisis import CrisisResource, Phrase, ResourceKind, ResourceSelection
from nestling.domain.cry.text import EMERGENCY_NUMBER, URGENT_LINE, Text, render

if TYPE_CHECKING:  # the result types only; formats never call services
    from nestling.services.cry import CryCheck, Warnings

LEVEL_TEXT = {
    "none": gettext_noop("No warning signs found in the log."),
    "talk_soon": gettext_noop("Worth mentioning to your doctor or health visitor."),
    "contact_provider": gettext_noop("Please contact your doctor or health visitor."),
    "urgent": gettext_noop("Get medical help now."),
    "emergency": gettext_noop("Call your emergency number now."),
}


def phrase(words: Phrase) -> str:
    """A crisis-directory phrase in the active language."""
    template = gettext(words.template)
    return template % words.params if words.params else template


def local_words(selection: ResourceSelection) -> dict[str, str]:
    """The household's country's emergency number and advice line, for cry.text.Local."""
    return {
        EMERGENCY_NUMBER.key: phrase(crisis.emergency_phrase(selection)),
        URGENT_LINE.key: phrase(crisis.urgent_advice_phrase(selection)),
    }


class Renderer:
    """Renders domain texts for one household: its units, time zone, country and language."""

    def __init__(self, units: str, zone: str, local: dict[str, str] | None = None) -> None:
        self.units, self.zone, self.local = units, zone, local

    def __call__(self, text: Text) -> str:
        return render(text, units=self.units, zone=self.zone, translate=gettext, local=self.local)

    def all(self, texts: tuple[Text, ...]) -> list[str]:
        return [self(text) for text in texts]


def as_data(result: CryCheck) -> dict[str, Any]:
    """The whole check, texts rendered, in display order: red flags first."""
    household = result.household
    say = Renderer(household.units, household.time_zone, local_words(result.resources))
    a = result.assessment
    return {
        "baby_id": result.baby.pk,
        "at": result.at.isoformat(),
        "age_days": result.age.days,
        "corrected_age_days": result.age.corrected_days,
        "age_used": {"days": a.age.days, "corrected": a.age.corrected},
        "help_level": a.help_level.value,
        "red_flags": [_flag(f, say) for f in a.red_flags],
        "advice": [
            {
                "code": x.code,
                "help_level": x.help_level.value,
                "text": say(x.text),
                "source": x.source,
            }
            for x in a.advice
        ],
        "symptoms": [
            {
                "code": s.code,
                "label": say(s.label),
                "ticked": s.ticked,
                "hint": say(s.hint) if s.hint else None,
            }
            for s in a.symptoms
        ],
        "reasons": [_reason(r, say) for r in a.reasons],
        "what_works": [
            {
                "soothing": w.soothing,
                "label": gettext(cry.SOOTHING_LABELS.get(w.soothing, w.soothing)),
                "settled": w.settled,
                "of": w.of,
                "period": w.period,
                "text": say(w.text),
            }
            for w in a.what_works
        ],
        "patterns": _patterns(a.patterns, say),
        "safety": say.all(a.safety),
        "notes": say.all(a.notes),
        "help": help_lines(result),
        "episode": _episode(result),
    }


def _flag(flag: cry.RedFlag, say: Renderer) -> dict[str, Any]:
    return {
        "code": flag.code,
        "help_level": flag.help_level.value,
        "title": say(flag.title),
        "instructions": say.all(flag.instructions),
        "evidence": say.all(flag.evidence),
        "source": flag.source,
    }


def _reason(reason: cry.RankedReason, say: Renderer) -> dict[str, Any]:
    return {
        "reason": reason.reason.value,
        "title": say(reason.title),
        "score": reason.score,
        "evidence": say.all(reason.evidence),
        "try": [say(s.text) for s in reason.tries],
        "actions": [
            {"soothing": s.soothing, "label": gettext(cry.SOOTHING_LABELS[s.soothing])}
            for s in reason.tries
            if s.soothing
        ],
        # The same suggestions with the journal code each can be marked with (None: advice only).
        "suggestions": [{"text": say(s.text), "soothing": s.soothing} for s in reason.tries],
        "state": reason.state,
    }


def _patterns(p: cry.Patterns, say: Renderer) -> dict[str, Any]:
    strain = None
    if p.strain is not None:
        strain = {
            "under_strain": p.strain.under_strain,
            "signals": say.all(p.strain.signals),
            "messages": say.all(p.strain.messages),
        }
    return {
        "days": [
            {"day": d.day.isoformat(), "minutes": d.minutes, "complete": d.complete, "long": d.long}
            for d in p.days
        ],
        "typical_minutes": (
            {"mean": p.mean_minutes, "sd": p.sd_minutes} if p.mean_minutes is not None else None
        ),
        "typical": say(p.typical) if p.typical else None,
        "long_days": p.long_days,
        "rule_of_threes": p.rule_of_threes,
        "messages": say.all(p.messages),
        "strain": strain,
    }


def _episode(result: CryCheck) -> dict[str, Any] | None:
    episode = result.episode
    if episode is None:
        return None
    return {
        "id": episode.id,
        "started_at": episode.started_at.isoformat(),
        "minutes": max(0, int((result.at - episode.started_at).total_seconds() // 60)),
        "tried": list(episode.tried),
        "soothed_by": list(episode.soothed_by),
    }


def help_lines(result: CryCheck | Warnings) -> list[dict[str, Any]]:
    """The household's country's help lines (emergency first), for red flags and for strain."""
    if result.resources is None:
        return []
    order = list(ResourceKind)
    return [
        resource_data(r)
        for r in sorted(result.resources.resources, key=lambda r: order.index(r.kind))
    ]


def warnings_data(found: Warnings) -> dict[str, Any]:
    """The journal's warning signs for the baby's page, in the shape of the check's."""
    local = local_words(found.resources) if found.resources is not None else None
    say = Renderer(found.household.units, found.household.time_zone, local)
    return {
        "red_flags": [_flag(f, say) for f in found.red_flags],
        "advice": [
            {"code": x.code, "help_level": x.help_level.value, "text": say(x.text)}
            for x in found.advice
        ],
        "help": help_lines(found),
    }


def flag_boxes(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Red flags as a page's alert boxes show them, with the verified phone lines on the first:
    the emergency number first in an emergency, urgent advice first otherwise."""
    flags = data["red_flags"]
    if not flags:
        return []
    lines = [h for h in data["help"] if h["phone"] and h["verified"]]
    emergency = [h for h in lines if h["kind"] == ResourceKind.EMERGENCY]
    advice = [h for h in lines if h["kind"] == ResourceKind.URGENT_ADVICE]
    first = emergency if flags[0]["help_level"] == "emergency" else [*advice, *emergency]
    return [
        {**flag, "concern": "baby", "action": None, "help": first if index == 0 else []}
        for index, flag in enumerate(flags)
    ]


def resource_data(r: CrisisResource) -> dict[str, Any]:
    """One help line as JSON-ready data (the API marks unverified lines; pages leave them out)."""
    return {
        "id": r.id,
        "name": r.name,
        "kind": r.kind.value,
        "phone": r.phone,
        "phone_label": r.phone_label,
        "text": r.text,
        "url": r.url,
        "hours": r.hours,
        "verified": r.verified,
    }


def as_text(data: dict[str, Any]) -> str:
    """A plain-text version of `as_data` for the terminal: red flags first."""
    level = gettext(LEVEL_TEXT.get(data["help_level"], data["help_level"]))
    lines: list[str] = [level]
    if data["episode"]:
        lines.append(
            gettext("Crying for %(minutes)s min so far.") % {"minutes": data["episode"]["minutes"]}
        )
    for flag in data["red_flags"]:
        lines += ["", f"!! {flag['title']} ({flag['help_level']})"]
        lines += [f"   {line}" for line in flag["instructions"] + flag["evidence"]]
    if data["red_flags"]:
        lines += [
            f"   {h['name']}: {h['phone_label'] or h['phone']}"
            for h in data["help"]
            if h["kind"] in ("emergency", "urgent_advice") and h["phone"]
        ]
    for advice in data["advice"]:
        lines += ["", f"* {advice['text']}"]
    lines += ["", gettext("Possible reasons, most likely first:")]
    for reason in data["reasons"]:
        lines.append(f"  {reason['score']:.2f}  {reason['title']}")
        lines += [f"        - {line}" for line in reason["evidence"]]
        lines += [f"        > {line}" for line in reason["try"][:2]]
    if data["what_works"]:
        lines += ["", gettext("What usually works for this baby:")]
        lines += [f"  {w['text']}" for w in data["what_works"]]
    days = data["patterns"]["days"]
    lines += ["", gettext("Crying per day (last 7 days):")]
    lines += [f"  {d['day']}  {d['minutes']:>4} min{'  *' if d['long'] else ''}" for d in days]
    if data["patterns"]["typical"]:
        lines.append(f"  {data['patterns']['typical']}")
    lines += [f"  {m}" for m in data["patterns"]["messages"]]
    lines += [""] + data["safety"] + data["notes"]
    return "\n".join(lines) + "\n"
