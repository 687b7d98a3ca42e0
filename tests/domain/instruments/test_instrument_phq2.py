"""PHQ-2: PHQ-9 items 1-2, cut-off 3 both sides, a positive screen suggests the PHQ-9."""

from __future__ import annotations

import pytest

from nestling.domain.instruments.base import HelpLevel
from nestling.domain.instruments.phq2 import PHQ2
from nestling.domain.instruments.phq9 import PHQ9
from nestling.domain.instruments.scoring import FlagKind, score


def test_items_are_phq9_items_1_and_2_with_their_codes():
    assert PHQ2.items == PHQ9.items[:2]
    assert (PHQ2.loinc_panel, PHQ2.loinc_total) == ("55757-9", "55758-7")
    assert [i.loinc for i in PHQ2.items] == ["44250-9", "44255-8"]


@pytest.mark.parametrize(
    ("answers", "total", "band", "level"),
    [
        ([0, 0], 0, "negative", HelpLevel.NONE),
        ([1, 1], 2, "negative", HelpLevel.NONE),
        ([2, 1], 3, "positive", HelpLevel.TALK_SOON),
        ([3, 3], 6, "positive", HelpLevel.TALK_SOON),
    ],
)
def test_cut_off_at_3(answers, total, band, level):
    result = score(PHQ2, answers, respondent="mother")
    assert (result.total, result.bands[0].band, result.help_level) == (total, band, level)


def test_positive_screen_suggests_the_phq9():
    result = score(PHQ2, [1, 2], respondent="father")
    (flag,) = result.flags
    assert (flag.kind, flag.follow_up, flag.code) == (FlagKind.FOLLOW_UP, "phq9", "follow_up.phq9")
    assert score(PHQ2, [1, 1], respondent="father").flags == ()


def test_missing_answer():
    result = score(PHQ2, [1, None], respondent="mother")
    # No total, so no reassurance (issue 11): at least a gentle mention.
    assert (result.total, result.bands, result.help_level) == (None, (), HelpLevel.TALK_SOON)
    partial = score(PHQ2, [3, None], respondent="mother")
    assert partial.total is None
    assert partial.bands[0].partial and partial.help_level is HelpLevel.TALK_SOON
