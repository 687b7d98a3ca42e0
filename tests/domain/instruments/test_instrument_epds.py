"""EPDS: scoring key, cut-off sets by respondent and period, EPDS-3A, item 10, licensed-text merge.

No EPDS wording appears here (© RCPsych): the merge tests use made-up neutral text.
"""

from __future__ import annotations

import pytest

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import HelpLevel, Respondent
from nestling.domain.instruments.epds import EPDS, with_licensed_text
from nestling.domain.instruments.scoring import FlagKind, score

REVERSE = (3, 5, 6, 7, 8, 9, 10)


def bands(result):
    return {b.target: (b.cutoff_set, b.band) for b in result.bands}


def test_ships_placeholders_only():
    assert not EPDS.text_licensed
    assert [i.text for i in EPDS.items] == [f"EPDS item {n}" for n in range(1, 11)]
    assert {o.label for i in EPDS.items for o in i.options} == {
        "Option 1",
        "Option 2",
        "Option 3",
        "Option 4",
    }
    assert EPDS.stem == "Available when your organisation adds the licensed text."


@pytest.mark.parametrize("number", range(1, 11))
def test_option_scores_follow_the_published_key(number):
    item = EPDS.item(number)
    expected = [3, 2, 1, 0] if number in REVERSE else [0, 1, 2, 3]
    assert [o.score for o in item.options] == expected
    assert item.reverse_scored is (number in REVERSE)


def test_structure_and_codes():
    assert EPDS.loinc_panel == "71354-5"
    assert EPDS.loinc_total is None  # 99046-5 is unverified
    assert "99046-5" in EPDS.verification_note
    assert EPDS.respondents == (Respondent.MOTHER, Respondent.FATHER)
    assert EPDS.subscale("epds3a").items == (3, 4, 5)
    assert EPDS.score_range() == (0, 30) and EPDS.score_range("epds3a") == (0, 9)


def test_top_option_everywhere_scores_the_reverse_items_high():
    result = score(EPDS, [0] * 10, respondent="mother")
    assert result.item_scores == (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)
    assert result.total == 21
    assert result.subscales == {"epds3a": 6}
    assert result.help_level is HelpLevel.EMERGENCY  # item 10 scored 3


def test_minimum_and_maximum(answers_for):
    low = score(EPDS, answers_for(EPDS, [0] * 10), respondent="mother")
    assert (low.total, low.help_level, low.flags) == (0, HelpLevel.NONE, ())
    assert bands(low) == {
        "total": ("epds_mothers_postnatal", "below"),
        "epds3a": ("epds3a_women", "below"),
    }
    high = score(EPDS, answers_for(EPDS, [3] * 10), respondent="mother")
    assert (high.total, high.subscales["epds3a"]) == (30, 9)
    assert high.help_level is HelpLevel.EMERGENCY


def total_of(value, answers_for, spread):
    """Answers with the given total, item 10 at 0, filling items 1, 2, 6, 7, 8, 9 first."""
    order = (1, 2, 6, 7, 8, 9, 3, 4, 5)  # EPDS-3A items last, so it stays low
    scores = [0] * 10
    for number, part in zip(order, spread(value, [3] * 9), strict=True):
        scores[number - 1] = part
    return answers_for(EPDS, scores)


@pytest.mark.parametrize(
    ("respondent", "antenatal", "total", "cutoff_set", "band", "level"),
    [
        ("mother", False, 9, "epds_mothers_postnatal", "below", HelpLevel.NONE),
        ("mother", False, 10, "epds_mothers_postnatal", "possible", HelpLevel.TALK_SOON),
        ("mother", False, 12, "epds_mothers_postnatal", "possible", HelpLevel.TALK_SOON),
        ("mother", False, 13, "epds_mothers_postnatal", "probable", HelpLevel.CONTACT_PROVIDER),
        ("mother", True, 9, "epds_mothers_antenatal", "below", HelpLevel.NONE),
        ("mother", True, 10, "epds_mothers_antenatal", "moderate", HelpLevel.TALK_SOON),
        ("mother", True, 12, "epds_mothers_antenatal", "moderate", HelpLevel.TALK_SOON),
        (
            "mother",
            True,
            13,
            "epds_mothers_antenatal",
            "probable_minor",
            HelpLevel.CONTACT_PROVIDER,
        ),
        (
            "mother",
            True,
            14,
            "epds_mothers_antenatal",
            "probable_minor",
            HelpLevel.CONTACT_PROVIDER,
        ),
        (
            "mother",
            True,
            15,
            "epds_mothers_antenatal",
            "probable_major",
            HelpLevel.CONTACT_PROVIDER,
        ),
        ("father", False, 5, "epds_fathers", "below", HelpLevel.NONE),
        ("father", False, 6, "epds_fathers", "possible_distress", HelpLevel.TALK_SOON),
        ("father", False, 10, "epds_fathers", "possible_distress", HelpLevel.TALK_SOON),
        ("father", False, 11, "epds_fathers", "possible_depression", HelpLevel.CONTACT_PROVIDER),
        ("father", True, 11, "epds_fathers", "possible_depression", HelpLevel.CONTACT_PROVIDER),
    ],
)
def test_total_cut_offs_by_respondent_and_period(
    respondent, antenatal, total, cutoff_set, band, level, answers_for, spread
):
    answers = total_of(total, answers_for, spread)
    result = score(EPDS, answers, respondent=respondent, antenatal=antenatal)
    assert result.total == total
    assert bands(result)["total"] == (cutoff_set, band)
    assert result.help_level is level


@pytest.mark.parametrize(
    ("respondent", "anxiety", "cutoff_set", "band", "level"),
    [
        ("mother", 5, "epds3a_women", "below", HelpLevel.NONE),
        ("mother", 6, "epds3a_women", "possible_anxiety", HelpLevel.TALK_SOON),
        ("father", 3, "epds3a_men", "below", HelpLevel.NONE),
        ("father", 4, "epds3a_men", "possible_anxiety", HelpLevel.TALK_SOON),
    ],
)
def test_epds3a_cut_offs(respondent, anxiety, cutoff_set, band, level, answers_for, spread):
    scores = [0] * 10
    scores[2:5] = spread(anxiety, [3, 3, 3])
    result = score(EPDS, answers_for(EPDS, scores), respondent=respondent)
    assert result.total == anxiety  # below every total cut-off
    assert bands(result)["epds3a"] == (cutoff_set, band)
    assert result.help_level is level


@pytest.mark.parametrize(
    ("index", "item_score", "level", "codes"),
    [
        (3, 0, HelpLevel.NONE, []),
        (2, 1, HelpLevel.URGENT, ["epds.item10"]),
        (1, 2, HelpLevel.URGENT, ["epds.item10"]),
        (0, 3, HelpLevel.EMERGENCY, ["epds.item10", "epds.item10_highest"]),
    ],
)
def test_item_10_escalates_whatever_the_total(index, item_score, level, codes, answers_for):
    answers = answers_for(EPDS, [0] * 10)
    answers[9] = index
    for respondent in ("mother", "father"):
        result = score(EPDS, answers, respondent=respondent)
        assert (result.total, result.help_level) == (item_score, level)
        assert [f.code for f in result.flags] == codes
        assert all(f.kind is FlagKind.CRITICAL for f in result.flags)


def test_missing_answers_still_escalate_item_10(answers_for):
    answers = [None] * 9 + [2]  # item 10 scores 1
    result = score(EPDS, answers, respondent="mother")
    assert (result.total, result.subscales) == (None, {"epds3a": None})
    assert result.help_level is HelpLevel.URGENT


def test_other_languages_use_the_default_sets(answers_for, spread):
    result = score(EPDS, total_of(10, answers_for, spread), respondent="mother", language="ja")
    assert bands(result)["total"] == ("epds_mothers_postnatal", "possible")


# --- the operator's licensed text -------------------------------------------------------------


def licensed_file(**changes):
    data = {
        "intro": "Sample introduction.",
        "items": [
            {"text": f"Sample item text {n}", "options": [f"Sample answer {n}.{k}" for k in "abcd"]}
            for n in range(1, 11)
        ],
    }
    data.update(changes)
    return data


def test_merge_replaces_words_and_keeps_scores():
    worded = with_licensed_text(licensed_file())
    assert worded.text_licensed and worded.stem == "Sample introduction."
    assert worded.item(3).text == "Sample item text 3"
    assert [(o.label, o.score) for o in worded.item(3).options] == [
        ("Sample answer 3.a", 3),
        ("Sample answer 3.b", 2),
        ("Sample answer 3.c", 1),
        ("Sample answer 3.d", 0),
    ]
    assert worded.cutoff_sets == EPDS.cutoff_sets and worded.rules == EPDS.rules
    assert score(worded, [0] * 10, respondent="mother") == score(
        EPDS, [0] * 10, respondent="mother"
    )
    assert not EPDS.text_licensed  # the shipped definition is untouched


def test_merge_without_intro_keeps_the_stem():
    data = licensed_file()
    del data["intro"]
    assert with_licensed_text(data).stem == EPDS.stem


def mutate(data, path, value):
    *parents, last = path
    target = data
    for key in parents:
        target = target[key]
    target[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("items",), [], "items"),
        (("items",), "not a list", "items"),
        (("intro",), "  ", "intro"),
        (("extra",), 1, "extra"),
        (("items", 3), "not an object", "items[3]"),
        (("items", 4, "text"), "", "items[4].text"),
        (("items", 4, "text"), 7, "items[4].text"),
        (("items", 2, "options"), ["a", "b", "c"], "items[2].options"),
        (("items", 0, "options", 1), "", "items[0].options[1]"),
        (("items", 9, "note"), "x", "items[9].note"),
    ],
)
def test_merge_names_the_field_at_fault(path, value, field):
    with pytest.raises(ValidationError) as error:
        with_licensed_text(mutate(licensed_file(), path, value))
    assert error.value.field == field


def test_merge_needs_ten_items_and_reports_every_problem():
    data = licensed_file()
    data["items"] = data["items"][:9]
    with pytest.raises(ValidationError) as error:
        with_licensed_text(data)
    assert error.value.field == "items"
    broken = mutate(mutate(licensed_file(), ("items", 1, "text"), ""), ("intro",), "")
    with pytest.raises(ValidationError) as error:
        with_licensed_text(broken)
    assert [field for field, _ in error.value.errors] == ["intro", "items[1].text"]


def test_merge_rejects_what_is_not_an_object():
    with pytest.raises(ValidationError, match="JSON object"):
        with_licensed_text(["Sample item text"])
