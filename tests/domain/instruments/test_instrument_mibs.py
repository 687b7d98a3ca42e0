"""MIBS: 8 labelled items, the cited (unverified) 0-3 scheme, trend only, the aggressive prompt."""

from __future__ import annotations

import pytest

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import HelpLevel, Respondent
from nestling.domain.instruments.mibs import MIBS
from nestling.domain.instruments.scoring import FlagKind, score

LABELS = ["Very much", "A lot", "A little", "Not at all"]
POSITIVE = (1, 4, 6)  # Loving, Joyful, Protective


def test_items_and_scheme_are_marked_unverified():
    assert [i.text for i in MIBS.items] == [
        "Loving",
        "Resentful",
        "Neutral or felt nothing",
        "Joyful",
        "Dislike",
        "Protective",
        "Disappointed",
        "Aggressive",
    ]
    assert "UNVERIFIED" in MIBS.verification_note
    assert "Taylor 2005" in MIBS.verification_note
    assert MIBS.trend_only and MIBS.cutoff_sets == ()
    assert MIBS.respondents == (Respondent.MOTHER, Respondent.FATHER)
    assert MIBS.score_range() == (0, 24)


@pytest.mark.parametrize("number", range(1, 9))
def test_option_scores_in_printed_order(number):
    item = MIBS.item(number)
    assert [o.label for o in item.options] == LABELS
    expected = [0, 1, 2, 3] if number in POSITIVE else [3, 2, 1, 0]
    assert [o.score for o in item.options] == expected
    assert item.reverse_scored is (number in POSITIVE)


def test_minimum_and_maximum(answers_for):
    best = score(MIBS, answers_for(MIBS, [0] * 8), respondent="mother")
    assert (best.total, best.bands, best.help_level) == (0, (), HelpLevel.NONE)
    assert best.trend_only
    worst = score(MIBS, answers_for(MIBS, [3] * 8), respondent="father")
    assert worst.total == 24
    assert worst.help_level is HelpLevel.URGENT  # "Aggressive"; no cut-off exists


def test_a_worst_score_without_aggression_is_never_silent(answers_for):
    """Issue 11, silence 3: MIBS 21/24 used to say "No extra support needed right now"."""
    result = score(MIBS, answers_for(MIBS, [3] * 7 + [0]), respondent="mother")
    assert result.total == 21
    assert [f.code for f in result.flags] == [f"mibs.item{n}" for n in range(1, 8)]
    assert all(f.kind is FlagKind.PROMPT for f in result.flags)
    assert result.help_level is HelpLevel.TALK_SOON


@pytest.mark.parametrize("number", range(1, 8))
@pytest.mark.parametrize(("item_score", "prompted"), [(0, False), (1, False), (2, True), (3, True)])
def test_each_feeling_prompts_at_its_concerning_end(answers_for, number, item_score, prompted):
    scores = [0] * 8
    scores[number - 1] = item_score
    result = score(MIBS, answers_for(MIBS, scores), respondent="mother")
    assert [f.code for f in result.flags] == ([f"mibs.item{number}"] if prompted else [])
    if prompted:
        flag = result.flags[0]
        assert flag.params["item"] == MIBS.item(number).text
        assert flag.params["answer"] in LABELS


@pytest.mark.parametrize(("index", "critical"), [(0, True), (1, True), (2, True), (3, False)])
def test_any_aggression_is_at_least_urgent_like_pbq_scale_4(index, critical):
    answers = [0, 3, 3, 0, 3, 0, 3, index]  # otherwise the most positive answers
    result = score(MIBS, answers, respondent="mother")
    if critical:
        (flag,) = result.flags
        assert (flag.code, flag.kind, flag.item) == ("mibs.aggressive", FlagKind.CRITICAL, 8)
        assert result.help_level is HelpLevel.URGENT
        assert result.critical
    else:
        assert (result.flags, result.help_level) == ((), HelpLevel.NONE)


def test_missing_answers_still_escalate():
    result = score(MIBS, [None] * 7 + [2], respondent="mother")
    assert result.total is None
    assert result.help_level is HelpLevel.URGENT


def test_skipped_aggressive_item_is_named_and_never_reassures():
    result = score(MIBS, [0, 3, 3, 0, 3, 0, 3, None], respondent="mother")
    assert [f.code for f in result.flags] == ["unanswered.item8", "unanswered.total"]
    assert result.help_level is HelpLevel.TALK_SOON


def test_not_for_other_caregivers():
    with pytest.raises(ValidationError) as error:
        score(MIBS, [0] * 8, respondent="caregiver")
    assert error.value.field == "respondent"
