"""MAAS: 19 items with explicit 1-5 scores in printed order, subscales, the q2 fix, item 12."""

from __future__ import annotations

import pytest

from nestling.domain.instruments.base import HelpLevel, Respondent
from nestling.domain.instruments.maas import MAAS
from nestling.domain.instruments.scoring import FlagKind, score

HIGH_FIRST = (1, 3, 5, 6, 7, 9, 10, 12, 15, 16, 18)
QUALITY = (3, 6, 9, 10, 11, 12, 13, 15, 16, 19)
INTENSITY = (1, 2, 4, 5, 8, 14, 17, 18)


def test_shape():
    assert len(MAAS.items) == 19
    assert MAAS.respondents == (Respondent.MOTHER,)
    assert MAAS.in_pregnancy and not MAAS.after_birth
    assert not MAAS.higher_is_worse and MAAS.trend_only
    assert "CC BY 3.0 AU" in MAAS.licence
    assert {s.code: s.items for s in MAAS.subscales} == {"quality": QUALITY, "intensity": INTENSITY}
    assert MAAS.score_range() == (19, 95)
    assert (MAAS.score_range("quality"), MAAS.score_range("intensity")) == ((10, 50), (8, 40))


@pytest.mark.parametrize("number", range(1, 20))
def test_option_scores_in_printed_order(number):
    item = MAAS.item(number)
    expected = [5, 4, 3, 2, 1] if number in HIGH_FIRST else [1, 2, 3, 4, 5]
    assert [o.score for o in item.options] == expected
    assert len({o.label for o in item.options}) == 5  # no duplicated label


def test_q2_transcription_bug_is_fixed():
    assert [(o.label, o.score) for o in MAAS.item(2).options] == [
        ("Very weak or non-existent", 1),
        ("Fairly weak", 2),
        ("In between strong and weak", 3),
        ("Fairly strong", 4),
        ("Very strong", 5),
    ]


def test_wording_samples():
    assert MAAS.item(1).options[0].label == "Almost all the time"
    assert MAAS.item(12).options[0].label == "I couldn’t imagine I would ever feel like this"
    assert MAAS.item(19).options[2].label == (
        "Neutral (i.e. neither sad nor pleased; or mixed feelings)"
    )


def test_maximum_attachment(answers_for):
    result = score(MAAS, answers_for(MAAS, [5] * 19), respondent="mother", antenatal=True)
    assert result.total == 95
    assert result.subscales == {"quality": 50, "intensity": 40}
    assert (result.help_level, result.flags) == (HelpLevel.NONE, ())


def test_minimum_attachment_prompts_item_by_item(answers_for):
    result = score(MAAS, answers_for(MAAS, [1] * 19), respondent="mother", antenatal=True)
    assert result.total == 19
    assert result.subscales == {"quality": 10, "intensity": 8}
    assert [f.code for f in result.flags] == [
        "maas.item3",
        "maas.item9",
        "maas.item11",
        "maas.item13",
        "maas.item15",
        "maas.item19",
        "maas.item12",
    ]
    assert result.help_level is HelpLevel.TALK_SOON


def test_a_near_worst_score_never_passes_in_silence(answers_for):
    """Issue 11, silence 3: MAAS 23/95 used to say "No extra support needed right now"."""
    scores = [1] * 19
    scores[11] = 5  # item 12 at its warmest: the feeling items must still speak
    result = score(MAAS, answers_for(MAAS, scores), respondent="mother", antenatal=True)
    assert result.total == 23
    assert "maas.item12" not in [f.code for f in result.flags]
    assert result.help_level is HelpLevel.TALK_SOON


@pytest.mark.parametrize("number", [3, 9, 11, 13, 15, 19])
@pytest.mark.parametrize(("item_score", "prompted"), [(1, True), (2, True), (3, False)])
def test_feeling_items_prompt_at_their_concerning_end(answers_for, number, item_score, prompted):
    scores = [5] * 19
    scores[number - 1] = item_score
    result = score(MAAS, answers_for(MAAS, scores), respondent="mother")
    assert [f.code for f in result.flags] == ([f"maas.item{number}"] if prompted else [])
    if prompted:
        flag = result.flags[0]
        assert flag.params["number"] == number
        assert (
            flag.params["answer"]
            == MAAS.item(number)
            .options[[o.score for o in MAAS.item(number).options].index(item_score)]
            .label
        )


def test_item_7_counts_in_the_global_score_only(answers_for):
    scores = [3] * 19
    scores[6] = 5
    result = score(MAAS, answers_for(MAAS, scores), respondent="mother")
    assert result.total == 59
    assert result.subscales == {"quality": 30, "intensity": 24}


@pytest.mark.parametrize(
    ("index", "item_score", "prompted"),
    [(0, 5, False), (1, 4, False), (2, 3, True), (3, 2, True), (4, 1, True)],
)
def test_item_12_prompt_from_once_or_twice(index, item_score, prompted, answers_for):
    answers = answers_for(MAAS, [5] * 19)  # the warmest answer everywhere
    answers[11] = index
    result = score(MAAS, answers, respondent="mother")
    assert result.item_scores[11] == item_score
    assert [f.kind for f in result.flags] == ([FlagKind.PROMPT] if prompted else [])
    assert result.help_level is (HelpLevel.TALK_SOON if prompted else HelpLevel.NONE)


def test_missing_answers_keep_complete_subscales_and_the_prompt(answers_for):
    answers = answers_for(MAAS, [5] * 19)
    answers[0] = None  # item 1: intensity
    answers[11] = 4  # item 12: "I have often felt like this myself"
    result = score(MAAS, answers, respondent="mother")
    assert result.total is None
    assert result.subscales["intensity"] is None
    assert result.subscales["quality"] is not None
    assert result.help_level is HelpLevel.TALK_SOON
