"""What the household sees of a shared result: exactly what the respondent previewed and chose.

Issue 10: a shared PHQ-9 used to hide the answers but show its help level, and "urgent, crisis
help first" told the household that item 9 had been answered positively. Now the respondent
previews each choice and picks one; the household sees the result of `for_household`, and the
preview shows the same function's output, so nothing is shown that was not previewed.

- SCORE: the total and the bands that come from scores, and the help level those bands alone
  call for. Nothing that comes from a particular answer: no flags, no item answers, and no
  subscale made only of critical items (the PBQ's "risk of abuse" is items 18 and 24).
- SCORE_AND_HELP: the same, plus how soon the respondent was asked to seek help, whatever
  caused it (crisis help first for the household too when that is today or now). Still not
  which answer caused it.
"""

from __future__ import annotations

from enum import StrEnum

from nestling.domain.instruments.base import Instrument, highest
from nestling.domain.instruments.scoring import ScoreResult


class ShareScope(StrEnum):
    SCORE = "score"
    SCORE_AND_HELP = "score_and_help"


def for_household(instrument: Instrument, result: ScoreResult, scope: ShareScope) -> ScoreResult:
    """The result as the household sees it under `scope` (never the answers or the flags)."""
    private = _answer_subscales(instrument)
    bands = tuple(b for b in result.bands if b.target not in private and not b.critical)
    level = (
        result.help_level
        if scope is ShareScope.SCORE_AND_HELP
        else highest(b.help_level for b in bands)
    )
    return result.model_copy(
        update={
            "item_scores": (),
            "flags": (),
            "bands": bands,
            "subscales": {k: v for k, v in result.subscales.items() if k not in private},
            "help_level": level,
        }
    )


def choices(instrument: Instrument, result: ScoreResult) -> tuple[ShareScope, ...]:
    """The scopes worth offering: one when both would show the household the same thing."""
    score_only = for_household(instrument, result, ShareScope.SCORE)
    with_help = for_household(instrument, result, ShareScope.SCORE_AND_HELP)
    if score_only == with_help:
        return (ShareScope.SCORE,)
    return (ShareScope.SCORE, ShareScope.SCORE_AND_HELP)


def _answer_subscales(instrument: Instrument) -> set[str]:
    """Subscales made only of critical items: their score is a particular answer in disguise."""
    critical = set(instrument.critical_items)
    return {s.code for s in instrument.subscales if set(s.items) <= critical}
