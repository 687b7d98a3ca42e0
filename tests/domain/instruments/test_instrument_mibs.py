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
    assert worst.help_level is HelpLevel.TALK_SOON  # the aggressive prompt; no cut-off exists


@pytest.mark.parametrize("number", POSITIVE)
def test_positive_items_score_very_much_as_zero(number):
    answers = [3] * 8  # "Not at all" everywhere: negative items 0, positive items 3
    assert score(MIBS, answers, respondent="mother").total == 9
    answers[number - 1] = 0  # "Very much" on this positive item
    assert score(MIBS, answers, respondent="mother").total == 6


@pytest.mark.parametrize(("index", "prompted"), [(0, True), (1, True), (2, True), (3, False)])
def test_aggressive_prompt_from_a_little(index, prompted):
    answers = [0, 3, 3, 0, 3, 0, 3, index]  # otherwise the most positive answers
    result = score(MIBS, answers, respondent="mother")
    if prompted:
        (flag,) = result.flags
        assert (flag.code, flag.kind, flag.item) == ("mibs.aggressive", FlagKind.PROMPT, 8)
        assert result.help_level is HelpLevel.TALK_SOON
    else:
        assert (result.flags, result.help_level) == ((), HelpLevel.NONE)
    assert not result.critical


def test_missing_answers_still_prompt():
    result = score(MIBS, [None] * 7 + [2], respondent="mother")
    assert result.total is None
    assert result.help_level is HelpLevel.TALK_SOON


def test_not_for_other_caregivers():
    with pytest.raises(ValidationError) as error:
        score(MIBS, [0] * 8, respondent="caregiver")
    assert error.value.field == "respondent"
