"""The cry helper: "hungry? dirty diaper? tired?" answered from what the log knows, safety first.

`assess(context, ticked)` is pure: the caller passes the journal facts around `now` and the
signs the parent ticked, and gets, in this order, the red flags (NICE NG143, NHS), the reasons
ranked by how well the log supports them, what has settled this baby before, and the crying
pattern over the last week. Nestling gives information, never a diagnosis.

Modules: context (the input), flags (red flags), reasons (the ranked checklist), patterns
(crying per family day, the rule of threes, what works, caregiver strain), text (translatable
texts with typed values), result (the output).
"""

from __future__ import annotations

from collections.abc import Iterable

from nestling.domain.cry import fever, flags, patterns, reasons
from nestling.domain.cry.context import (
    Activity,
    CheckIn,
    CryContext,
    Diaper,
    Episode,
    Feed,
    LoggedSign,
    Note,
    Reading,
    Sleep,
)
from nestling.domain.cry.patterns import SAFETY, SOOTHING_LABELS
from nestling.domain.cry.result import (
    Advice,
    AgeUsed,
    Assessment,
    DayMinutes,
    Patterns,
    RankedReason,
    Reason,
    RedFlag,
    Strain,
    Suggestion,
    SymptomCheck,
    WhatWorks,
)
from nestling.domain.cry.text import Text, render, t
from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import HelpLevel, highest
from nestling.domain.safety.signs import Sign
from nestling.domain.text import gettext_noop as _

Symptom = Sign  # the cry check's name for a warning sign (the same vocabulary)

NOTES = (
    t(
        _(
            "Nestling gives information, never a diagnosis. You know your baby best: if you are "
            "worried, contact your doctor, midwife or health visitor."
        )
    ),
)


def red_flags(
    ctx: CryContext, ticked: frozenset[str] = frozenset()
) -> tuple[list[RedFlag], list[Advice]]:
    """The warning signs alone (ticked, logged, temperatures, gaps in the log), most pressing
    first, and the advice that goes with them: what the baby's page shows from the journal."""
    red, advice = flags.symptom_flags(ctx, ticked)
    temp_flags, temp_advice = fever.temperature_flags(ctx)
    red += temp_flags + flags.log_flags(ctx)
    red.sort(key=lambda f: -f.help_level.rank)
    return red, advice + temp_advice


def assess(ctx: CryContext, ticked: Iterable[str] = ()) -> Assessment:
    """Red flags first, then the ranked reasons, what works and the week's pattern."""
    if not ctx.born:
        raise ValidationError(
            _("The cry helper is for after the birth. Add the date of birth first."),
            field="baby",
        )
    ticks = frozenset(ticked)
    flags.require_known(ticks)
    red, advice = red_flags(ctx, ticks)
    days = patterns.crying_days(ctx)
    works = patterns.what_works(ctx)
    week, week_advice = patterns.patterns(ctx, days)
    advice += week_advice
    ranked = reasons.rank(ctx, ticked=ticks, flags=red, long_days=week.long_days, works=works)
    level = highest([f.help_level for f in red] + [a.help_level for a in advice])
    return Assessment(
        help_level=level,
        age=AgeUsed(ctx.age, corrected=ctx.corrected),
        red_flags=tuple(red),
        advice=tuple(sorted(advice, key=lambda a: -a.help_level.rank)),
        symptoms=tuple(flags.symptom_check(ctx, ticks)),
        reasons=ranked,
        what_works=tuple(works),
        patterns=week,
        safety=SAFETY,
        notes=NOTES,
    )


__all__ = [
    "SAFETY",
    "SOOTHING_LABELS",
    "Activity",
    "Advice",
    "AgeUsed",
    "Assessment",
    "CheckIn",
    "CryContext",
    "DayMinutes",
    "Diaper",
    "Episode",
    "Feed",
    "HelpLevel",
    "LoggedSign",
    "Note",
    "Patterns",
    "RankedReason",
    "Reading",
    "Reason",
    "RedFlag",
    "Sign",
    "Sleep",
    "Strain",
    "Suggestion",
    "Symptom",
    "SymptomCheck",
    "Text",
    "WhatWorks",
    "assess",
    "red_flags",
    "render",
]
