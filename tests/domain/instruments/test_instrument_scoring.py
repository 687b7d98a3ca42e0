"""Scoring input checks, cut-off set choice, help-level order and the definition's self-checks."""

from __future__ import annotations

import pydantic
import pytest

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import (
    TOTAL,
    Band,
    CutoffSet,
    HelpLevel,
    ItemRule,
    Respondent,
    Subscale,
    highest,
)
from nestling.domain.instruments.epds import EPDS
from nestling.domain.instruments.gad7 import GAD7
from nestling.domain.instruments.phq2 import PHQ2
from nestling.domain.instruments.phq9 import PHQ9
from nestling.domain.instruments.scoring import score


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ([0] * 8, "answers"),
        ([0] * 10, "answers"),
        ("000000000", "answers"),
        (None, "answers"),
        ([0, 0, 0, 4, 0, 0, 0, 0, 0], "answers[3]"),
        ([-1, 0, 0, 0, 0, 0, 0, 0, 0], "answers[0]"),
        ([0, 0, 0, 0, 0, 0, 0, 0, True], "answers[8]"),
        ([0, 0, 0, 0, 0, "1", 0, 0, 0], "answers[5]"),
        ([0, 0, 0, 0, 0, 0, 1.0, 0, 0], "answers[6]"),
    ],
)
def test_bad_answers_name_the_field(answers, field):
    with pytest.raises(ValidationError) as error:
        score(PHQ9, answers, respondent="mother")
    assert error.value.field == field


def test_every_bad_answer_is_reported():
    with pytest.raises(ValidationError) as error:
        score(PHQ9, [9, 0, 0, 0, 0, 0, 0, 0, -2], respondent="mother")
    assert [field for field, _ in error.value.errors] == ["answers[0]", "answers[8]"]


def test_respondent_must_be_known():
    with pytest.raises(ValidationError) as error:
        score(PHQ9, [0] * 9, respondent="grandparent")
    assert error.value.field == "respondent"
    assert score(PHQ9, [0] * 9, respondent=Respondent.CAREGIVER).respondent is Respondent.CAREGIVER


def test_tuples_are_accepted_and_the_result_records_its_context():
    result = score(EPDS, (0,) * 10, respondent="father", language="en-GB", antenatal=True)
    assert (result.instrument, result.respondent, result.language, result.antenatal) == (
        "epds",
        Respondent.FATHER,
        "en-GB",
        True,
    )
    assert result.complete


def with_extra_set(languages, antenatal=None):
    """EPDS plus a made-up, test-only set that puts everyone at talk_soon from 0."""
    extra = CutoffSet(
        code="test_only",
        target=TOTAL,
        respondents=(Respondent.MOTHER,),
        languages=languages,
        antenatal=antenatal,
        source="test",
        bands=(
            Band(
                code="all",
                label="All",
                plain="All",
                min_score=0,
                max_score=30,
                help_level=HelpLevel.TALK_SOON,
            ),
        ),
    )
    return EPDS.model_copy(update={"cutoff_sets": (*EPDS.cutoff_sets, extra)})


def chosen(instrument, **context):
    result = score(instrument, [3, 3, 0, 3, 0, 3, 3, 3, 3, 3], respondent="mother", **context)
    return next(b.cutoff_set for b in result.bands if b.target == TOTAL)


@pytest.mark.parametrize(
    ("languages", "antenatal", "language", "expected"),
    [
        (("xx",), None, "xx", "test_only"),
        (("xx",), None, "XX-yy", "test_only"),  # primary subtag, any case
        (("xx",), None, "en", "epds_mothers_postnatal"),
        (("xx",), None, None, "epds_mothers_postnatal"),
        ((), None, "en", "epds_mothers_postnatal"),  # a named period beats an open one
    ],
)
def test_the_most_specific_cut_off_set_is_used(languages, antenatal, language, expected):
    assert chosen(with_extra_set(languages, antenatal), language=language) == expected


def test_a_set_for_no_respondent_gives_no_band():
    # GAD-7 has one set for everyone; restricting it to fathers leaves mothers without a band.
    only_fathers = GAD7.cutoff_sets[0].model_copy(update={"respondents": (Respondent.FATHER,)})
    instrument = GAD7.model_copy(update={"cutoff_sets": (only_fathers,)})
    result = score(instrument, [3] * 7, respondent="mother")
    assert (result.bands, result.help_level) == ((), HelpLevel.NONE)


def test_help_levels_are_ordered():
    assert [level.value for level in sorted(HelpLevel, key=lambda level: level.rank)] == [
        "none",
        "talk_soon",
        "contact_provider",
        "contact_within_days",
        "urgent",
        "emergency",
    ]
    assert highest([HelpLevel.TALK_SOON, HelpLevel.URGENT, HelpLevel.NONE]) is HelpLevel.URGENT
    assert highest([]) is HelpLevel.NONE


def rebuilt(instrument, **changes):
    return type(instrument).model_validate({**dict(instrument), **changes})


def phq2_bands(*bands):
    return (PHQ2.cutoff_sets[0].model_copy(update={"bands": bands}),)


def band(code, low, high, level=HelpLevel.NONE):
    return Band(code=code, label=code, plain=code, min_score=low, max_score=high, help_level=level)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"cutoff_sets": phq2_bands(band("a", 0, 2), band("b", 4, 6))}, "gap or overlap"),
        ({"cutoff_sets": phq2_bands(band("a", 0, 3), band("b", 3, 6))}, "gap or overlap"),
        ({"cutoff_sets": phq2_bands(band("a", 0, 5))}, "does not cover"),
        (
            {"cutoff_sets": phq2_bands(band("a", 0, 2, HelpLevel.URGENT), band("b", 3, 6))},
            "lessens help",
        ),
        (
            {
                "rules": (
                    ItemRule(
                        code="x",
                        item=3,
                        at_least=1,
                        help_level=HelpLevel.URGENT,
                        message="m",
                        source="s",
                    ),
                )
            },
            "rule x names a missing item",
        ),
        (
            {"subscales": (Subscale(code="s", name="s", items=(1, 5), source="s"),)},
            "subscale s names a missing item",
        ),
        (
            {"cutoff_sets": (PHQ2.cutoff_sets[0].model_copy(update={"target": "nope"}),)},
            "targets unknown nope",
        ),
        ({"items": (PHQ2.items[1], PHQ2.items[0])}, "item 1 is numbered 2"),
    ],
)
def test_definitions_check_themselves(changes, problem):
    with pytest.raises(pydantic.ValidationError, match=problem):
        rebuilt(PHQ2, **changes)


def test_a_lower_is_worse_instrument_must_not_lessen_help_as_scores_fall():
    rising = phq2_bands(band("a", 0, 2), band("b", 3, 6, HelpLevel.TALK_SOON))
    with pytest.raises(pydantic.ValidationError, match="lessens help"):
        rebuilt(PHQ2, higher_is_worse=False, cutoff_sets=rising)
    falling = phq2_bands(band("a", 0, 2, HelpLevel.TALK_SOON), band("b", 3, 6))
    assert rebuilt(PHQ2, higher_is_worse=False, cutoff_sets=falling).code == "phq2"
