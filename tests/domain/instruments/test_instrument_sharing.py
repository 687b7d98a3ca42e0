"""What the household sees of a shared result under each scope (issue 10)."""

from __future__ import annotations

import pytest

from nestling.domain.instruments import registry
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.instruments.scoring import score
from nestling.domain.instruments.sharing import ShareScope, choices, for_household

# The calmest PBQ: "Always" on the positive items, "Never" on the others; then item 24 "Sometimes".
PBQ_CALM = [0 if n in (1, 4, 8, 9, 11, 16, 22, 25) else 5 for n in range(1, 26)]
PBQ_ITEM24 = [*PBQ_CALM[:23], 3, PBQ_CALM[24]]


def run(code, answers):
    instrument = registry.get(code)
    return instrument, score(instrument, answers, respondent="mother")


@pytest.mark.parametrize(
    ("code", "answers", "score_level", "help_level"),
    [
        ("phq9", [0] * 8 + [1], HelpLevel.NONE, HelpLevel.URGENT),  # item 9 alone
        ("phq9", [2] * 8 + [1], HelpLevel.CONTACT_PROVIDER, HelpLevel.URGENT),
        ("phq9", [0] * 8 + [None], HelpLevel.NONE, HelpLevel.TALK_SOON),  # a skipped item 9
        ("pbq", PBQ_ITEM24, HelpLevel.NONE, HelpLevel.URGENT),
        ("mibs", [0, 3, 3, 0, 3, 0, 3, 2], HelpLevel.NONE, HelpLevel.URGENT),  # aggression
    ],
)
def test_the_score_scope_never_reveals_a_particular_answer(code, answers, score_level, help_level):
    instrument, result = run(code, answers)
    score_only = for_household(instrument, result, ShareScope.SCORE)
    assert score_only.help_level is score_level
    assert score_only.flags == () and score_only.item_scores == ()
    assert not score_only.critical
    with_help = for_household(instrument, result, ShareScope.SCORE_AND_HELP)
    assert with_help.help_level is help_level
    assert with_help.flags == () and with_help.item_scores == ()
    assert with_help.total == score_only.total == result.total
    assert choices(instrument, result) == (ShareScope.SCORE, ShareScope.SCORE_AND_HELP)


def test_a_subscale_that_is_only_critical_items_is_left_out():
    instrument, result = run("pbq", PBQ_ITEM24)
    assert "risk_of_abuse" in result.subscales
    for scope in ShareScope:
        shared = for_household(instrument, result, scope)
        assert "risk_of_abuse" not in shared.subscales
        assert all(b.target != "risk_of_abuse" for b in shared.bands)
        assert "impaired_bonding" in shared.subscales


def test_when_both_scopes_show_the_same_only_one_is_offered():
    instrument, result = run("phq9", [2] * 8 + [0])
    assert choices(instrument, result) == (ShareScope.SCORE,)
    same = for_household(instrument, result, ShareScope.SCORE)
    assert same.help_level is result.help_level and same.bands == result.bands
