"""The ranked checklist: each reason scored 0–1 from the log, with its evidence and what to try.

The reasons themselves live in needs.py (hunger, diaper, tired, wind, too hot or cold) and
comfort.py (overstimulated, closeness, unwell, teething, colic pattern), each citing its sources.
Here they are put in order, nudged by what has settled this baby before, and marked with what
was already tried in the crying spell going on now. Ties keep the usual checklist order:
hunger, diaper, tired, wind, temperature, stimulation, closeness, illness, teething
(clinical-reference §7.1 [P]).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from nestling.domain.cry import comfort, needs
from nestling.domain.cry.context import CryContext
from nestling.domain.cry.result import RankedReason, Reason, RedFlag, WhatWorks
from nestling.domain.cry.scoring import Draft
from nestling.domain.cry.text import t
from nestling.domain.text import gettext_noop as _

ORDER = list(Reason)

TITLES = {
    Reason.HUNGER: _("Hungry?"),
    Reason.DIAPER: _("Wet or dirty diaper?"),
    Reason.TIRED: _("Tired?"),
    Reason.WIND: _("Wind?"),
    Reason.TOO_HOT_OR_COLD: _("Too hot or too cold?"),
    Reason.OVERSTIMULATED: _("Too much going on?"),
    Reason.WANTS_CLOSENESS: _("Wants to be close to you?"),
    Reason.UNWELL: _("Unwell or in pain?"),
    Reason.TEETHING: _("Teething?"),
    Reason.COLIC_PATTERN: _("A pattern of long crying (sometimes called colic)?"),
}
TRIES = {
    Reason.HUNGER: needs.HUNGER_TRIES,
    Reason.DIAPER: needs.DIAPER_TRIES,
    Reason.TIRED: needs.TIRED_TRIES,
    Reason.WIND: needs.WIND_TRIES,
    Reason.TOO_HOT_OR_COLD: needs.TEMPERATURE_TRIES,
    Reason.OVERSTIMULATED: comfort.STIMULATION_TRIES,
    Reason.WANTS_CLOSENESS: comfort.CLOSENESS_TRIES,
    Reason.UNWELL: comfort.UNWELL_TRIES,
    Reason.TEETHING: comfort.TEETHING_TRIES,
    Reason.COLIC_PATTERN: comfort.COLIC_TRIES,
}
# What a past "that helped" says about the reason (for the personal nudge).
SOOTHING_REASON = {
    "feed": Reason.HUNGER,
    "diaper": Reason.DIAPER,
    "sleep": Reason.TIRED,
    "white_noise": Reason.TIRED,
    "wind": Reason.WIND,
    "temperature": Reason.TOO_HOT_OR_COLD,
    "quiet": Reason.OVERSTIMULATED,
    "cuddle": Reason.WANTS_CLOSENESS,
    "skin_to_skin": Reason.WANTS_CLOSENESS,
    "rocking": Reason.WANTS_CLOSENESS,
    "walk": Reason.WANTS_CLOSENESS,
    "singing": Reason.WANTS_CLOSENESS,
    "talking": Reason.WANTS_CLOSENESS,
    "massage": Reason.WANTS_CLOSENESS,
    "dummy": Reason.WANTS_CLOSENESS,
}


def rank(
    ctx: CryContext,
    *,
    ticked: frozenset[str],
    flags: list[RedFlag],
    long_days: int,
    works: list[WhatWorks],
) -> tuple[RankedReason, ...]:
    """Every reason that applies at this age, best supported first (ties: checklist order)."""
    sick = bool(flags) or ctx.has_fever
    builders: list[Callable[[], Draft | None]] = [
        lambda: needs.hunger(ctx),
        lambda: needs.diaper(ctx),
        lambda: needs.tired(ctx),
        lambda: needs.wind(ctx),
        lambda: needs.too_hot_or_cold(ctx),
        lambda: comfort.overstimulated(ctx),
        lambda: comfort.wants_closeness(ctx),
        lambda: comfort.unwell(ctx, ticked, flags),
        lambda: comfort.teething(ctx),
        lambda: comfort.colic_pattern(ctx, long_days, sick),
    ]
    drafts = [d for d in (build() for build in builders) if d is not None]
    _learned(drafts, works)
    ranked = [_finish(d, ctx) for d in drafts]
    return tuple(sorted(ranked, key=lambda r: (-r.score, ORDER.index(r.reason))))


def _learned(drafts: list[Draft], works: list[WhatWorks]) -> None:
    """A gentle nudge (at most +0.15) towards what has settled this baby before."""
    by_reason = {d.reason: d for d in drafts}
    seen: set[Reason] = set()
    for item in works:
        reason = SOOTHING_REASON.get(item.soothing)
        if reason is None or reason in seen or reason not in by_reason:
            continue
        seen.add(reason)
        by_reason[reason].add(0.15 * item.settled / item.of, item.text)


def _finish(draft: Draft, ctx: CryContext) -> RankedReason:
    tries = TRIES[draft.reason]
    state: Literal["tried", "helped"] | None = None
    current = ctx.current
    codes = {s.soothing for s in tries if s.soothing}
    if current is not None and codes & set(current.soothed_by):
        state = "helped"
    elif current is not None and codes & set(current.tried):
        state = "tried"
        draft.score *= 0.5
        draft.evidence.append(t(_("Already tried in this crying spell, with no change yet.")))
    reason = RankedReason(
        reason=draft.reason,
        score=round(min(1.0, max(0.0, draft.score)), 2),
        title=t(TITLES[draft.reason]),
        evidence=tuple(draft.evidence),
        tries=tries,
    )
    return replace(reason, state=state) if state else reason
