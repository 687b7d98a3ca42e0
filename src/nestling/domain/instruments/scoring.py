"""Scores answers to an instrument: totals, subscales, bands, flags and the help level.

Answers are option indexes in PRINTED order (0 = the top option), None for a missing answer.
Rules (clinical-reference §1.3 [P], issue 4): any missing answer means no total, and a subscale
with a missing item has no score; an answered critical item still escalates; the help level is
the most pressing of the bands reached and the item rules triggered.

No silence (issue 11): a result that cannot reassure never does. An unanswered critical item,
or a missing answer that leaves no total, adds an UNANSWERED flag that names the question(s)
and lifts the help level to at least `UNANSWERED_LEVEL`, so the parent is told the score can't
say much and where help is, gently.

Project choice [P]: with answers missing, a score's band is still reported (marked `partial`)
when even the least concerning way of filling the gaps reaches a band above "none", so that
skipping a question can never hide a result the answers given already guarantee.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import (
    TOTAL,
    CutoffSet,
    FrozenModel,
    HelpLevel,
    Instrument,
    Item,
    ItemRule,
    Params,
    Respondent,
    highest,
)
from nestling.domain.text import gettext_noop as _


class FlagKind(StrEnum):
    CRITICAL = "critical"  # a safety item: crisis resources first
    UNANSWERED = "unanswered"  # a critical item or enough answers are missing: no reassurance
    PROMPT = "prompt"  # an answer worth raising with a provider
    FOLLOW_UP = "follow_up"  # take a fuller instrument


class BandResult(FrozenModel):
    """Where one score fell in the cut-off set chosen for this respondent, language and period."""

    target: str
    score: int
    cutoff_set: str
    band: str
    label: str  # the published band name (reports, clinicians)
    help_level: HelpLevel
    critical: bool
    follow_up: str | None = None
    # True when answers are missing and `score` is the least concerning possible score.
    partial: bool = False
    plain: str = ""  # what a parent reads; "" only in results stored before it existed
    message: str = ""  # the band's message to the parent, if it has one
    min_score: int = 0  # the band's limits, filled into `message` ("%(from)d", "%(to)d")
    max_score: int = 0

    @property
    def params(self) -> Params:
        return {"from": self.min_score, "to": self.max_score, "score": self.score}


class Flag(FrozenModel):
    code: str
    kind: FlagKind
    help_level: HelpLevel
    message: str  # a template; `params` fill it after translation (base.fill)
    item: int | None = None
    follow_up: str | None = None
    params: Params = {}


class ScoreResult(FrozenModel):
    instrument: str
    respondent: Respondent
    language: str | None
    antenatal: bool
    item_scores: tuple[int | None, ...]
    total: int | None
    subscales: dict[str, int | None]
    bands: tuple[BandResult, ...]
    flags: tuple[Flag, ...]
    help_level: HelpLevel
    trend_only: bool

    @property
    def complete(self) -> bool:
        return None not in self.item_scores

    @property
    def unanswered(self) -> tuple[int, ...]:
        """Numbers of the questions left unanswered (empty when the answers are not shown)."""
        return tuple(n for n, value in enumerate(self.item_scores, start=1) if value is None)

    @property
    def critical(self) -> bool:
        return any(f.kind is FlagKind.CRITICAL for f in self.flags) or any(
            b.critical for b in self.bands
        )


# Each problem in a list of several is a plain template, so it carries no parameters.
INVALID_ANSWER = _("Choose one of this question's options (by its number), or leave it empty.")
FOLLOW_UP_MESSAGE = _(
    "A slightly longer questionnaire can give a fuller picture. You can take it now or later."
)
# The least a result with a critical item or the total missing asks of the parent (issue 11).
UNANSWERED_LEVEL = HelpLevel.TALK_SOON
SKIPPED_CRITICAL = _(
    "Question %(number)d was left unanswered. That is completely fine, but it asks about "
    "something important, so this result can't tell whether you might need support with it. "
    "If it is on your mind, please talk to your midwife, health visitor or doctor, or use one "
    "of the services shown here."
)
NO_TOTAL = _(
    "You answered %(answered)d of %(count)d questions (not answered: %(questions)s). A score "
    "needs every answer, so this result can't say much about how you are. If you are unsure "
    "how you are doing, it is always fine to talk to your midwife, health visitor or doctor."
)


def score(
    instrument: Instrument,
    answers: Sequence[int | None],
    *,
    respondent: Respondent | str,
    language: str | None = None,
    antenatal: bool = False,
    finished: bool = True,
) -> ScoreResult:
    """Score `answers`; ValidationError names the field at fault ("answers[3]", "respondent").

    `finished` False scores a questionnaire still under way: its gaps are questions not reached
    yet, not questions left out, so they raise no UNANSWERED flag (answered items still count).
    """
    who = _respondent(instrument, respondent)
    item_scores = _item_scores(instrument, answers)
    values = {TOTAL: _sum(item_scores, instrument.target_items(TOTAL))}
    values |= {s.code: _sum(item_scores, s.items) for s in instrument.subscales}
    bands = tuple(
        band
        for target in values
        if (cutoffs := _cutoff_set(instrument, target, who, language, antenatal)) is not None
        and (band := _band(instrument, cutoffs, item_scores)) is not None
    )
    flags = (
        _rule_flags(instrument, item_scores)
        + (unanswered_flags(instrument, item_scores) if finished else ())
        + _follow_up_flags(bands)
    )
    levels = [b.help_level for b in bands] + [f.help_level for f in flags]
    return ScoreResult(
        instrument=instrument.code,
        respondent=who,
        language=language,
        antenatal=antenatal,
        item_scores=item_scores,
        total=values[TOTAL],
        subscales={s.code: values[s.code] for s in instrument.subscales},
        bands=bands,
        flags=flags,
        help_level=highest(levels),
        trend_only=instrument.trend_only,
    )


def _respondent(instrument: Instrument, respondent: Respondent | str) -> Respondent:
    try:
        who = Respondent(respondent)
    except ValueError:
        raise ValidationError(
            _("Choose who is answering: %(choices)s."),
            field="respondent",
            params={"choices": ", ".join(r.value for r in Respondent)},
        ) from None
    if who not in instrument.respondents:
        raise ValidationError(
            _("This questionnaire is meant for: %(allowed)s."),
            field="respondent",
            params={"allowed": ", ".join(r.value for r in instrument.respondents)},
        )
    return who


def valid_answer(item: Item, answer: object) -> bool:
    """Whether `answer` is None or one of `item`'s option indexes (else INVALID_ANSWER applies)."""
    return answer is None or (
        isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(item.options)
    )


def _item_scores(instrument: Instrument, answers: Sequence[int | None]) -> tuple[int | None, ...]:
    count = len(instrument.items)
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise ValidationError(
            _("Give a list of %(count)d answers."), field="answers", params={"count": count}
        )
    if len(answers) != count:
        raise ValidationError(
            _("Expected %(count)d answers, got %(got)d."),
            field="answers",
            params={"count": count, "got": len(answers)},
        )
    problems: list[tuple[str | None, str]] = []
    scores: list[int | None] = []
    for index, (item, answer) in enumerate(zip(instrument.items, answers, strict=True)):
        valid = valid_answer(item, answer)
        if not valid:
            problems.append((f"answers[{index}]", INVALID_ANSWER))
        scores.append(None if answer is None or not valid else item.options[answer].score)
    if problems:
        raise ValidationError.collect(problems)
    return tuple(scores)


def _sum(item_scores: Sequence[int | None], numbers: Sequence[int]) -> int | None:
    parts = [item_scores[number - 1] for number in numbers]
    return None if None in parts else sum(p for p in parts if p is not None)


def _cutoff_set(
    instrument: Instrument, target: str, who: Respondent, language: str | None, antenatal: bool
) -> CutoffSet | None:
    """The best-fitting set for `target`: a named language, then a named period, then order."""
    candidates = [
        c
        for c in instrument.cutoff_sets
        if c.target == target and c.applies_to(who, language, antenatal)
    ]
    return max(candidates, key=lambda c: c.specificity(language), default=None)


def _band(
    instrument: Instrument, cutoffs: CutoffSet, item_scores: Sequence[int | None]
) -> BandResult | None:
    """The band of the target's score, or of its least concerning value when items are missing."""
    numbers = instrument.target_items(cutoffs.target)
    partial = any(item_scores[number - 1] is None for number in numbers)
    value = sum(_least_concerning(instrument, number, item_scores) for number in numbers)
    band = cutoffs.band_for(value)
    if partial and band.help_level is HelpLevel.NONE:
        return None
    return BandResult(
        target=cutoffs.target,
        score=value,
        cutoff_set=cutoffs.code,
        band=band.code,
        label=band.label,
        help_level=band.help_level,
        critical=band.critical,
        follow_up=band.follow_up,
        partial=partial,
        plain=band.plain,
        message=band.message,
        min_score=band.min_score,
        max_score=band.max_score,
    )


def _least_concerning(
    instrument: Instrument, number: int, item_scores: Sequence[int | None]
) -> int:
    value = item_scores[number - 1]
    if value is not None:
        return value
    item = instrument.item(number)
    return item.min_score if instrument.higher_is_worse else item.max_score


def _rule_flags(instrument: Instrument, item_scores: Sequence[int | None]) -> tuple[Flag, ...]:
    flags = []
    for rule in instrument.rules:
        value = item_scores[rule.item - 1]
        if value is not None and rule.triggered_by(value):
            kind = FlagKind.CRITICAL if rule.critical else FlagKind.PROMPT
            flags.append(
                Flag(
                    code=rule.code,
                    kind=kind,
                    help_level=rule.help_level,
                    message=rule.message,
                    item=rule.item,
                    params=_quoted(rule, instrument.item(rule.item), value),
                )
            )
    return tuple(flags)


def _quoted(rule: ItemRule, item: Item, value: int) -> Params:
    """What a prompt quotes back ("For “Resentful” you chose “A lot”"), only if it does."""
    answer = next(option.label for option in item.options if option.score == value)
    found: Params = {"number": rule.item, "item": item.text, "answer": answer}
    return {key: found[key] for key in found if f"%({key})" in rule.message}


def unanswered_flags(instrument: Instrument, item_scores: Sequence[int | None]) -> tuple[Flag, ...]:
    """Never reassure on missing answers: one flag per unanswered critical item, one for no total.

    Each names the question(s) and asks for at least UNANSWERED_LEVEL (issue 11, silence 2).
    """
    flags = []
    for number in instrument.critical_items:
        if item_scores[number - 1] is not None:
            continue
        rule = next(r for r in instrument.rules if r.critical and r.item == number)
        flags.append(
            Flag(
                code=f"unanswered.item{number}",
                kind=FlagKind.UNANSWERED,
                help_level=UNANSWERED_LEVEL,
                message=rule.skipped_message or SKIPPED_CRITICAL,
                item=number,
                params={"number": number},
            )
        )
    missing = [n for n, value in enumerate(item_scores, start=1) if value is None]
    if missing:
        flags.append(
            Flag(
                code="unanswered.total",
                kind=FlagKind.UNANSWERED,
                help_level=UNANSWERED_LEVEL,
                message=NO_TOTAL,
                params={
                    "answered": len(item_scores) - len(missing),
                    "count": len(item_scores),
                    "questions": ", ".join(str(n) for n in missing),
                },
            )
        )
    return tuple(flags)


def _follow_up_flags(bands: Sequence[BandResult]) -> tuple[Flag, ...]:
    return tuple(
        Flag(
            code=f"follow_up.{b.follow_up}",
            kind=FlagKind.FOLLOW_UP,
            help_level=b.help_level,
            message=FOLLOW_UP_MESSAGE,
            follow_up=b.follow_up,
        )
        for b in bands
        if b.follow_up
    )
