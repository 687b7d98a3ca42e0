"""GAD-2: GAD-7 items 1-2 without LOINC codes, cut-off 3 both sides, suggests the GAD-7."""

from __future__ import annotations

import pytest

from nestling.domain.instruments.base import HelpLevel
from nestling.domain.instruments.gad2 import GAD2
from nestling.domain.instruments.gad7 import GAD7
from nestling.domain.instruments.scoring import score


def test_items_are_gad7_items_1_and_2_without_unverified_codes():
    assert [i.text for i in GAD2.items] == [i.text for i in GAD7.items[:2]]
    assert GAD2.loinc_panel is None and GAD2.loinc_total is None
    assert all(i.loinc is None for i in GAD2.items)
    assert all(o.loinc is None for i in GAD2.items for o in i.options)
    assert [o.score for o in GAD2.item(2).options] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("answers", "band", "level", "follow_up"),
    [
        ([0, 0], "negative", HelpLevel.NONE, []),
        ([2, 0], "negative", HelpLevel.NONE, []),
        ([0, 3], "positive", HelpLevel.TALK_SOON, ["gad7"]),
        ([3, 3], "positive", HelpLevel.TALK_SOON, ["gad7"]),
    ],
)
def test_cut_off_at_3(answers, band, level, follow_up):
    result = score(GAD2, answers, respondent="caregiver")
    assert (result.bands[0].band, result.help_level) == (band, level)
    assert [f.follow_up for f in result.flags] == follow_up


def test_missing_answer():
    result = score(GAD2, [None, None], respondent="mother")
    # No total, so no reassurance (issue 11): at least a gentle mention.
    assert (result.total, result.bands, result.help_level) == (None, (), HelpLevel.TALK_SOON)
