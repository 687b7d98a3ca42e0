"""GAD-7: wording and codes as published, bands at every boundary, no critical item."""

from __future__ import annotations

import pytest

from nestling.domain.instruments.base import HelpLevel
from nestling.domain.instruments.gad7 import GAD7
from nestling.domain.instruments.scoring import score


def test_wording_codes_and_the_not_at_all_option():
    assert (GAD7.loinc_panel, GAD7.loinc_total) == ("69737-5", "70274-6")
    assert [i.loinc for i in GAD7.items] == [
        "69725-0",
        "68509-9",
        "69733-4",
        "69734-2",
        "69735-9",
        "69689-8",
        "69736-7",
    ]
    assert GAD7.item(1).text == "Feeling nervous, anxious or on edge"
    assert GAD7.item(7).text == "Feeling afraid as if something awful might happen"
    # Zorowitz 2021: the zero option is "Not at all", not the misprinted "Not at all sure".
    assert GAD7.item(1).options[0].label == "Not at all"
    assert [o.score for o in GAD7.item(1).options] == [0, 1, 2, 3]
    assert GAD7.rules == ()


@pytest.mark.parametrize(
    ("total", "band", "level"),
    [
        (0, "minimal", HelpLevel.NONE),
        (4, "minimal", HelpLevel.NONE),
        (5, "mild", HelpLevel.TALK_SOON),
        (9, "mild", HelpLevel.TALK_SOON),
        (10, "moderate", HelpLevel.CONTACT_PROVIDER),
        (14, "moderate", HelpLevel.CONTACT_PROVIDER),
        (15, "severe", HelpLevel.CONTACT_WITHIN_DAYS),
        (21, "severe", HelpLevel.CONTACT_WITHIN_DAYS),
    ],
)
def test_bands(total, band, level, spread):
    result = score(GAD7, spread(total, [3] * 7), respondent="caregiver")
    assert (result.total, result.bands[0].band, result.help_level) == (total, band, level)
    assert result.flags == ()


def test_missing_answer_never_reassures():
    result = score(GAD7, [0, 0, 0, 0, 0, 0, None], respondent="mother")
    assert (result.total, result.bands, result.help_level) == (None, (), HelpLevel.TALK_SOON)
    assert [f.code for f in result.flags] == ["unanswered.total"]
