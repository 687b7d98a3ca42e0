"""PHQ-9: wording and codes as published, bands at every boundary, item 9 always escalates."""

from __future__ import annotations

import pytest

from nestling.domain.instruments.base import HelpLevel
from nestling.domain.instruments.phq9 import PHQ9
from nestling.domain.instruments.scoring import FlagKind, score


def test_options_in_printed_order_with_loinc_answer_codes():
    for item in PHQ9.items:
        assert [(o.label, o.score, o.loinc) for o in item.options] == [
            ("Not at all", 0, "LA6568-5"),
            ("Several days", 1, "LA6569-3"),
            ("More than half the days", 2, "LA6570-1"),
            ("Nearly every day", 3, "LA6571-9"),
        ]


def test_codes_and_wording():
    assert (PHQ9.loinc_panel, PHQ9.loinc_total) == ("44249-1", "44261-6")
    assert [i.loinc for i in PHQ9.items] == [
        "44250-9",
        "44255-8",
        "44259-0",
        "44254-1",
        "44251-7",
        "44258-2",
        "44252-5",
        "44253-3",
        "44260-8",
    ]
    assert PHQ9.item(9).text == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert PHQ9.stem.startswith("Over the last 2 weeks, how often")


def test_minimum():
    result = score(PHQ9, [0] * 9, respondent="mother")
    assert (result.total, result.bands[0].band, result.help_level) == (0, "minimal", "none")
    assert result.flags == ()


def test_maximum_is_an_emergency_because_item_9_is_nearly_every_day():
    result = score(PHQ9, [3] * 9, respondent="father")
    assert result.total == 27
    assert result.bands[0].band == "severe"
    assert result.help_level is HelpLevel.EMERGENCY


@pytest.mark.parametrize(
    ("total", "band", "level"),
    [
        (4, "minimal", HelpLevel.NONE),
        (5, "mild", HelpLevel.TALK_SOON),
        (9, "mild", HelpLevel.TALK_SOON),
        (10, "moderate", HelpLevel.CONTACT_PROVIDER),
        (14, "moderate", HelpLevel.CONTACT_PROVIDER),
        (15, "moderately_severe", HelpLevel.CONTACT_PROVIDER),
        (19, "moderately_severe", HelpLevel.CONTACT_PROVIDER),
        (20, "severe", HelpLevel.CONTACT_WITHIN_DAYS),
        (24, "severe", HelpLevel.CONTACT_WITHIN_DAYS),
    ],
)
def test_band_boundaries_with_item_9_at_zero(total, band, level, spread):
    answers = [*spread(total, [3] * 8), 0]  # options score 0-3 in order, so index = score
    result = score(PHQ9, answers, respondent="caregiver")
    assert result.total == total
    assert (result.bands[0].band, result.help_level) == (band, level)
    assert not result.critical


@pytest.mark.parametrize(
    ("item9", "level", "codes"),
    [
        (1, HelpLevel.URGENT, ["phq9.item9"]),
        (2, HelpLevel.URGENT, ["phq9.item9"]),
        (3, HelpLevel.EMERGENCY, ["phq9.item9", "phq9.item9_daily"]),
    ],
)
def test_item_9_escalates_whatever_the_total(item9, level, codes):
    result = score(PHQ9, [0] * 8 + [item9], respondent="mother")
    assert result.bands[0].band == "minimal"
    assert result.help_level is level
    assert [f.code for f in result.flags] == codes
    assert all(f.kind is FlagKind.CRITICAL and f.item == 9 for f in result.flags)
    assert result.critical


def test_missing_answer_gives_no_total_and_never_reassures():
    result = score(PHQ9, [0, 0, None, 0, 0, 0, 0, 0, 0], respondent="mother")
    assert result.total is None
    assert result.bands == ()
    assert not result.complete
    (flag,) = result.flags
    assert (flag.code, flag.kind) == ("unanswered.total", FlagKind.UNANSWERED)
    assert flag.params == {"answered": 8, "count": 9, "questions": "3"}
    assert result.help_level is HelpLevel.TALK_SOON


def test_skipped_item_9_names_the_question_and_never_reassures():
    """Issue 11, silence 2: item 9 skipped and the rest 0 used to say "no extra support"."""
    result = score(PHQ9, [0] * 8 + [None], respondent="mother")
    assert [f.code for f in result.flags] == ["unanswered.item9", "unanswered.total"]
    skipped = result.flags[0]
    assert (skipped.kind, skipped.item, skipped.params) == (FlagKind.UNANSWERED, 9, {"number": 9})
    assert "%(number)d" in skipped.message and "thoughts" in skipped.message
    assert result.help_level is HelpLevel.TALK_SOON
    assert not result.critical  # gently: no crisis panel for a skipped question


def test_parents_read_plain_words_and_clinicians_the_published_band_names():
    for band in PHQ9.cutoff_sets[0].bands:
        assert band.plain and band.plain != band.label
        assert "depression" not in band.label.lower()
    result = score(PHQ9, [3] * 7 + [0, 0], respondent="mother")
    assert (result.bands[0].label, result.bands[0].plain) == (
        "Severe",
        "A great many signs of depression",
    )


def test_missing_answer_still_escalates_an_answered_item_9():
    result = score(PHQ9, [None] * 8 + [1], respondent="mother")
    assert result.total is None
    assert result.help_level is HelpLevel.URGENT


def test_missing_item_9_does_not_hide_a_band_the_other_answers_already_reach():
    result = score(PHQ9, [2] * 8 + [None], respondent="mother")
    assert result.total is None
    (band,) = result.bands
    assert (band.score, band.band, band.partial) == (16, "moderately_severe", True)
    assert result.help_level is HelpLevel.CONTACT_PROVIDER
