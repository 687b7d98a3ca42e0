"""PBQ: 2006 item order, explicit scores both directions, scale cut-offs, critical items."""

from __future__ import annotations

import pytest

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import TOTAL, HelpLevel
from nestling.domain.instruments.pbq import PBQ
from nestling.domain.instruments.scoring import FlagKind, score

POSITIVE = (1, 4, 8, 9, 11, 16, 22, 25)
LABELS = ["Always", "Very often", "Quite often", "Sometimes", "Rarely", "Never"]
SCALES = {
    "impaired_bonding": (1, 2, 6, 7, 8, 9, 10, 12, 13, 15, 16, 17),
    "rejection_anger": (3, 4, 5, 11, 14, 21, 23),
    "anxiety_about_care": (19, 20, 22, 25),
    "risk_of_abuse": (18, 24),
}


def zeros():
    return [0] * 25


def test_items_follow_the_2006_order():
    assert len(PBQ.items) == 25
    assert PBQ.item(8).text == "I love my baby to bits"
    assert PBQ.item(10).text == "My baby irritates me"  # item 8 in the 2001 order
    assert PBQ.item(13).text == "I feel trapped as a mother"
    assert PBQ.item(24).text == "I feel like hurting my baby"


@pytest.mark.parametrize("number", range(1, 26))
def test_option_scores_in_printed_order(number):
    item = PBQ.item(number)
    assert [o.label for o in item.options] == LABELS
    expected = [0, 1, 2, 3, 4, 5] if number in POSITIVE else [5, 4, 3, 2, 1, 0]
    assert [o.score for o in item.options] == expected
    assert item.reverse_scored is (number in POSITIVE)


def test_scales_partition_the_25_items():
    assert {s.code: s.items for s in PBQ.subscales} == SCALES
    assert sorted(n for items in SCALES.values() for n in items) == list(range(1, 26))
    assert not [c for c in PBQ.cutoff_sets if c.target == TOTAL]  # no verified total cut-off
    assert PBQ.loinc_panel is None and PBQ.loinc_total is None


def test_minimum(answers_for):
    result = score(PBQ, answers_for(PBQ, zeros()), respondent="mother")
    assert result.total == 0
    assert result.subscales == dict.fromkeys(SCALES, 0)
    assert {b.target: b.band for b in result.bands} == dict.fromkeys(SCALES, "normal")
    assert (result.help_level, result.flags) == (HelpLevel.NONE, ())


def test_maximum(answers_for):
    result = score(PBQ, answers_for(PBQ, [5] * 25), respondent="mother")
    assert result.total == 125
    assert result.subscales == {
        "impaired_bonding": 60,
        "rejection_anger": 35,
        "anxiety_about_care": 20,
        "risk_of_abuse": 10,
    }
    assert {b.band for b in result.bands} == {"high"}
    assert result.help_level is HelpLevel.URGENT
    assert [f.code for f in result.flags] == ["pbq.item17", "pbq.item18", "pbq.item24"]


def test_printed_indexes_score_positive_items_in_reverse():
    # Everyone answers "Always": positive items score 0, the other 17 items score 5.
    result = score(PBQ, [0] * 25, respondent="mother")
    assert result.item_scores == tuple(0 if n in POSITIVE else 5 for n in range(1, 26))
    assert result.total == 17 * 5


@pytest.mark.parametrize(
    ("scale", "normal_max", "level"),
    [
        ("impaired_bonding", 11, HelpLevel.CONTACT_PROVIDER),
        ("rejection_anger", 12, HelpLevel.CONTACT_PROVIDER),
        ("anxiety_about_care", 9, HelpLevel.CONTACT_PROVIDER),
    ],
)
def test_scale_cut_offs_both_sides(scale, normal_max, level, answers_for, spread):
    items = [n for n in SCALES[scale] if n != 17]  # keep the critical item out of it
    for value, band, expected in (
        (normal_max, "normal", HelpLevel.NONE),
        (normal_max + 1, "high", level),
    ):
        scores = zeros()
        for number, part in zip(items, spread(value, [5] * len(items)), strict=True):
            scores[number - 1] = part
        result = score(PBQ, answers_for(PBQ, scores), respondent="mother")
        by_target = {b.target: b for b in result.bands}
        assert (by_target[scale].score, by_target[scale].band) == (value, band)
        assert result.help_level is expected


@pytest.mark.parametrize(
    ("item18", "item24", "band", "critical_band"),
    [(1, 0, "normal", False), (0, 1, "normal", False), (1, 1, "high", True), (0, 2, "high", True)],
)
def test_risk_of_abuse_scale_is_urgent_at_any_answer(
    item18, item24, band, critical_band, answers_for
):
    scores = zeros()
    scores[17], scores[23] = item18, item24
    result = score(PBQ, answers_for(PBQ, scores), respondent="mother")
    risk = next(b for b in result.bands if b.target == "risk_of_abuse")
    assert (risk.band, risk.critical) == (band, critical_band)
    assert result.help_level is HelpLevel.URGENT
    assert result.critical


@pytest.mark.parametrize("number", [17, 18, 24])
def test_each_critical_item_is_urgent_whatever_the_total(number, answers_for):
    scores = zeros()
    scores[number - 1] = 1  # "Rarely"
    result = score(PBQ, answers_for(PBQ, scores), respondent="mother")
    assert result.total == 1
    (flag,) = result.flags
    assert (flag.code, flag.kind, flag.item) == (f"pbq.item{number}", FlagKind.CRITICAL, number)
    assert result.help_level is HelpLevel.URGENT


def test_missing_answers_leave_other_scales_scored_and_critical_items_active(answers_for):
    scores = zeros()
    scores[4] = None  # item 5, rejection and anger
    scores[23] = 2  # item 24
    scores[17] = None  # item 18
    result = score(PBQ, answers_for(PBQ, scores), respondent="mother")
    assert result.total is None
    assert result.subscales["rejection_anger"] is None
    assert result.subscales["impaired_bonding"] == 0
    risk = next(b for b in result.bands if b.target == "risk_of_abuse")
    assert (risk.score, risk.band, risk.partial) == (2, "high", True)
    assert "rejection_anger" not in {b.target for b in result.bands}
    assert result.help_level is HelpLevel.URGENT


def test_only_for_mothers():
    with pytest.raises(ValidationError) as error:
        score(PBQ, [0] * 25, respondent="father")
    assert error.value.field == "respondent"
