"""The data model of a screening instrument: items, scored options, subscales, cut-offs, rules."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from itertools import pairwise
from typing import Self

from pydantic import BaseModel, ConfigDict, model_validator

# The key under which cut-off sets and results refer to the total score.
TOTAL = "total"


class Respondent(StrEnum):
    """Who answers: the birthing mother, the father or non-birthing partner, any other caregiver."""

    MOTHER = "mother"
    FATHER = "father"
    CAREGIVER = "caregiver"


ALL_RESPONDENTS = (Respondent.MOTHER, Respondent.FATHER, Respondent.CAREGIVER)


class HelpLevel(StrEnum):
    """How soon the parent should seek help, from least to most pressing."""

    NONE = "none"
    TALK_SOON = "talk_soon"  # mention it to your provider at the next contact
    CONTACT_PROVIDER = "contact_provider"  # this week
    CONTACT_WITHIN_DAYS = "contact_within_days"  # within a day or two
    URGENT = "urgent"  # today
    EMERGENCY = "emergency"  # now

    @property
    def rank(self) -> int:
        return list(HelpLevel).index(self)


def highest(levels: Iterable[HelpLevel]) -> HelpLevel:
    """The most pressing of `levels`; NONE when there are none."""
    return max(levels, key=lambda level: level.rank, default=HelpLevel.NONE)


class FrozenModel(BaseModel):
    """Immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# Values filled into a message template after translation; text values are translated too
# (they are labels marked with gettext_noop, such as an item's wording).
Params = dict[str, int | str]


def fill(template: str, params: Mapping[str, int | str], translate: Callable[[str], str]) -> str:
    """`template` in the reader's language with `params` filled in (the edge passes gettext)."""
    text = translate(template)
    if not params:
        return text
    return text % {k: translate(v) if isinstance(v, str) else v for k, v in params.items()}


class Option(FrozenModel):
    """One printed answer and its score, stored explicitly (never derived from its position)."""

    label: str
    score: int
    loinc: str | None = None  # LOINC answer code (LA…), only where verified


class Item(FrozenModel):
    """One question; `options` are in PRINTED order, top to bottom."""

    number: int
    text: str
    options: tuple[Option, ...]
    # Documents what the source calls reverse-scored; scoring uses the option scores only.
    reverse_scored: bool = False
    loinc: str | None = None  # only where verified

    @property
    def min_score(self) -> int:
        return min(option.score for option in self.options)

    @property
    def max_score(self) -> int:
        return max(option.score for option in self.options)


class Subscale(FrozenModel):
    """A named sum over some items (1-based item numbers).

    `name` is the published name (reports, clinicians); `plain` what a parent reads, when the
    published name would sound like a judgement ("Risk of abuse").
    """

    code: str
    name: str
    items: tuple[int, ...]
    source: str
    plain: str = ""

    @property
    def parent_name(self) -> str:
        return self.plain or self.name


class Band(FrozenModel):
    """A score range [min_score, max_score] inside a cut-off set and what it asks of the parent.

    `label` is the published band name, for reports and clinicians ("Moderately severe");
    `plain` is what a parent reads ("Many signs of depression"): never a diagnosis. `message`,
    when set, is said to the parent in this band; "%(from)d" and "%(to)d" in it are filled with
    this band's own limits, so the words always match the rule.
    """

    code: str
    label: str
    plain: str
    min_score: int
    max_score: int
    help_level: HelpLevel
    critical: bool = False  # reaching this band is itself a safety concern
    follow_up: str | None = None  # code of a fuller instrument to suggest
    message: str = ""


class CutoffSet(FrozenModel):
    """Bands for the total or one subscale, for some respondents, languages and periods.

    `languages` empty means the default for every language without a set of its own;
    `antenatal` None means the set applies in pregnancy and after birth alike.
    """

    code: str
    target: str  # TOTAL or a subscale code
    respondents: tuple[Respondent, ...]
    languages: tuple[str, ...] = ()
    antenatal: bool | None = None
    bands: tuple[Band, ...]
    source: str
    note: str = ""

    def applies_to(self, respondent: Respondent, language: str | None, antenatal: bool) -> bool:
        return (
            respondent in self.respondents
            and (not self.languages or self.names_language(language))
            and (self.antenatal is None or self.antenatal == antenatal)
        )

    def names_language(self, language: str | None) -> bool:
        """True when `language` ("en-GB") or its primary subtag ("en") is one of `languages`."""
        if not language:
            return False
        tag = language.lower()
        return tag in self.languages or tag.split("-")[0] in self.languages

    def specificity(self, language: str | None) -> int:
        """How closely the set fits: a named language beats the default, a named period too."""
        return 2 * self.names_language(language) + (self.antenatal is not None)

    def band_for(self, score: int) -> Band:
        return next(band for band in self.bands if band.min_score <= score <= band.max_score)


class ItemRule(FrozenModel):
    """An answer that matters on its own, whatever the total: a critical item or a prompt.

    Triggers when the item's score lies in [at_least, at_most] (an open side is unbounded).
    """

    code: str
    item: int
    at_least: int | None = None
    at_most: int | None = None
    help_level: HelpLevel
    critical: bool = False
    message: str
    source: str
    # For a critical item: what the parent reads when they leave it unanswered ("%(number)d" is
    # filled with `item`). Skipping it never reassures (issue 11): see scoring.unanswered_flags.
    skipped_message: str = ""

    def triggered_by(self, score: int) -> bool:
        above = self.at_least is None or score >= self.at_least
        below = self.at_most is None or score <= self.at_most
        return above and below


class Instrument(FrozenModel):
    """A questionnaire as data. Consistency is checked once, when the definition is built."""

    code: str
    name: str
    citation: str
    licence: str
    time_frame: str
    respondents: tuple[Respondent, ...]
    stem: str
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...] = ()
    cutoff_sets: tuple[CutoffSet, ...] = ()
    rules: tuple[ItemRule, ...] = ()
    loinc_panel: str | None = None  # only where verified
    loinc_total: str | None = None  # only where verified
    # False when lower scores mean more concern (MAAS: 5 = high attachment).
    higher_is_worse: bool = True
    # No validated cut-off: show the score as a trend over time, not against a threshold.
    trend_only: bool = False
    # False while item/option text are placeholders for licensed wording the operator must load.
    text_licensed: bool = True
    in_pregnancy: bool = False
    after_birth: bool = True
    verification_note: str = ""

    def item(self, number: int) -> Item:
        return self.items[number - 1]

    @property
    def critical_items(self) -> tuple[int, ...]:
        """Items whose answer alone can call for help today (a critical rule names them)."""
        return tuple(sorted({rule.item for rule in self.rules if rule.critical}))

    def subscale(self, code: str) -> Subscale:
        return next(subscale for subscale in self.subscales if subscale.code == code)

    def target_items(self, target: str) -> tuple[int, ...]:
        if target == TOTAL:
            return tuple(item.number for item in self.items)
        return self.subscale(target).items

    def score_range(self, target: str = TOTAL) -> tuple[int, int]:
        numbers = self.target_items(target)
        low = sum(self.item(number).min_score for number in numbers)
        high = sum(self.item(number).max_score for number in numbers)
        return low, high

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = [*self._item_problems(), *self._reference_problems()]
        problems += [p for cutoffs in self.cutoff_sets for p in self._band_problems(cutoffs)]
        if problems:
            raise ValueError(f"{self.code}: " + "; ".join(problems))
        return self

    def _item_problems(self) -> list[str]:
        problems = []
        for index, item in enumerate(self.items, start=1):
            if item.number != index:
                problems.append(f"item {index} is numbered {item.number}")
            if len(item.options) < 2:
                problems.append(f"item {index} has fewer than two options")
        return problems

    def _reference_problems(self) -> list[str]:
        count = len(self.items)
        problems = [
            f"subscale {s.code} names a missing item"
            for s in self.subscales
            if not all(1 <= n <= count for n in s.items)
        ]
        problems += [
            f"rule {r.code} names a missing item" for r in self.rules if not 1 <= r.item <= count
        ]
        targets = {TOTAL, *(s.code for s in self.subscales)}
        problems += [
            f"cut-off set {c.code} targets unknown {c.target}"
            for c in self.cutoff_sets
            if c.target not in targets
        ]
        return problems

    def _band_problems(self, cutoffs: CutoffSet) -> list[str]:
        if cutoffs.target != TOTAL and cutoffs.target not in {s.code for s in self.subscales}:
            return []
        low, high = self.score_range(cutoffs.target)
        bands = cutoffs.bands
        if not bands or bands[0].min_score != low or bands[-1].max_score != high:
            return [f"cut-off set {cutoffs.code} does not cover {low}-{high}"]
        problems = []
        for before, after in pairwise(bands):
            if after.min_score != before.max_score + 1:
                problems.append(f"cut-off set {cutoffs.code} has a gap or overlap at {after.code}")
            # Help must never lessen as the score moves towards more concern.
            rising = after.help_level.rank >= before.help_level.rank
            if rising != self.higher_is_worse and after.help_level != before.help_level:
                problems.append(f"cut-off set {cutoffs.code} lessens help at {after.code}")
        return problems
