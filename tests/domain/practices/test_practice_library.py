"""Content checks for the bonding practice library: completeness, sources, safety and tone."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pydantic
import pytest

from nestling.domain.errors import NotFound, ValidationError
from nestling.domain.practices import library
from nestling.domain.practices.library import (
    PRACTICES,
    AgeRange,
    Category,
    Practice,
    Stage,
    get,
    search,
)
from nestling.domain.practices.practice import Adaptation, AdaptationFor, Energy, Step
from nestling.domain.practices.sources import SOURCES, cite

BY_SLUG = {practice.slug: practice for practice in PRACTICES}
IDS = [practice.slug for practice in PRACTICES]

ALLOWED_JOURNAL_KINDS = {
    "skin_to_skin", "massage", "reading", "talking", "singing", "rocking", "eye_contact_play",
    "bath", "tummy_time", "walk", "bump_talk", "fetal_movement", "checkin", "note",
}  # fmt: skip
MINIMUM_PER_CATEGORY = {
    "touch": 3, "voice": 3, "movement": 3, "face": 3, "routine": 3, "pregnancy": 3,
    "self_care": 4,
}  # fmt: skip
# Words that blame, pressure or keep score; the library never uses them.
GUILT = [
    r"\bstreaks?\b",
    r"\bfail(s|ed|ing|ure)?\b",
    r"\bmust\b",
    r"\bshould\b",
    r"\bevery (single )?(day|night)\b",
    r"\bmissed\b",
    r"\bdon't miss\b",
    r"\bbad (parent|mother|father|mum|dad)\b",
    r"\blazy\b",
    r"\bguilt",
]


def texts(practice: Practice) -> str:
    return "\n".join(practice.texts()).casefold()


def with_sources(practice: Practice, *keys: str) -> bool:
    return any(key in practice.source_keys for key in keys)


# -- size and coverage -------------------------------------------------------------------------


def test_there_are_at_least_30_practices() -> None:
    assert len(PRACTICES) >= 30


def test_slugs_are_unique() -> None:
    duplicates = [slug for slug, n in Counter(IDS).items() if n > 1]
    assert duplicates == []


@pytest.mark.parametrize(("category", "minimum"), MINIMUM_PER_CATEGORY.items())
def test_every_category_has_its_minimum(category: str, minimum: int) -> None:
    assert sum(p.category == category for p in PRACTICES) >= minimum


def test_the_categories_are_exactly_the_seven_of_the_issue() -> None:
    assert {c.value for c in Category} == set(MINIMUM_PER_CATEGORY)


@pytest.mark.parametrize(
    "slug",
    [
        "skin-to-skin", "kangaroo-care", "baby-massage", "hold-close",  # touch
        "narrate-your-day", "read-together", "sing-to-baby", "answer-babbles",  # voice
        "gentle-rocking", "carry-in-a-sling", "walk-together",  # movement
        "eye-contact-during-feeds", "mirror-expressions", "face-to-face-play",  # face
        "calm-bedtime-routine", "bath-time-together", "calm-feed",  # routine
        "talk-to-your-bump", "sing-to-your-bump", "get-to-know-movements",  # pregnancy
        "plan-skin-to-skin-at-birth",
        "rest-while-baby-sleeps", "accept-help", "check-in-with-yourself", "ask-for-help",
    ],
)  # fmt: skip
def test_the_practices_the_issue_names_exist(slug: str) -> None:
    assert slug in BY_SLUG


# -- each practice is complete -----------------------------------------------------------------


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_practice_is_complete(practice: Practice) -> None:
    assert practice.title.strip() and practice.why.strip() and practice.duration_label.strip()
    assert 3 <= len(practice.steps) <= 8
    assert all(step.text.strip() for step in practice.steps)
    assert practice.energy in {Energy.LOW, Energy.MEDIUM}
    low, high = practice.typical_minutes
    assert 1 <= low <= high
    assert len(practice.source_keys) >= 1
    assert len(practice.adaptations) >= 2
    assert len({a.audience for a in practice.adaptations}) == len(practice.adaptations)
    assert practice.tags


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_why_is_one_or_two_sentences(practice: Practice) -> None:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", practice.why.strip()) if s]
    assert 1 <= len(sentences) <= 2, practice.why
    assert practice.why.rstrip().endswith((".", "!", "?"))


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_steps_are_short_sentences(practice: Practice) -> None:
    for step in practice.steps:
        assert len(step.text) <= 140, step.text
        assert step.text[0].isupper(), step.text
        assert step.text.rstrip("'\"’”").endswith((".", "!", "?")), step.text


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_hands_on_practices_carry_safety_notes(practice: Practice) -> None:
    if practice.category in {Category.TOUCH, Category.MOVEMENT, Category.ROUTINE}:
        assert practice.safety_notes


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_journal_kind_is_allowed(practice: Practice) -> None:
    assert practice.journal_kind.value in ALLOWED_JOURNAL_KINDS


@pytest.mark.parametrize("practice", [p for p in PRACTICES if p.category == "self_care"])
def test_care_for_the_caregiver_logs_a_checkin_or_a_note(practice: Practice) -> None:
    assert practice.journal_kind.value in {"checkin", "note"}


# -- sources -----------------------------------------------------------------------------------


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_every_source_key_resolves(practice: Practice) -> None:
    for key in practice.source_keys:
        assert key in SOURCES
        assert cite(key).citation


def test_every_source_is_cited_by_some_practice() -> None:
    cited = {key for practice in PRACTICES for key in practice.source_keys}
    assert set(SOURCES) - cited == set()


def test_unknown_source_key_is_not_found() -> None:
    with pytest.raises(NotFound):
        cite("a-blog-we-liked")


@pytest.mark.parametrize(
    "practice",
    [p for p in PRACTICES if with_sources(p, "cochrane-massage-2013", "marx-nagy-2015")],
    ids=lambda p: p.slug,
)
def test_weak_evidence_is_worded_as_may(practice: Practice) -> None:
    assert re.search(r"\bmay\b", practice.why.casefold())


def test_dose_like_targets_come_only_from_guidelines() -> None:
    for practice in PRACTICES:
        body = texts(practice)
        if re.search(r"\d+\s*(–|-|to)\s*\d+\s*hours? a day", body):
            assert with_sources(practice, "who-kmc-2022"), practice.slug
        if re.search(r"at least (an|one|the first) hour", body):
            assert with_sources(practice, "who-ten-steps-2018"), practice.slug


# -- ages --------------------------------------------------------------------------------------


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_age_range_is_valid(practice: Practice) -> None:
    age = practice.age
    if age.stage is Stage.PREGNANCY:
        assert age.max_weeks is not None
        assert 4 <= age.min_weeks <= age.max_weeks <= 42
        assert practice.category is Category.PREGNANCY
    else:
        upper = 60 if age.max_weeks is None else age.max_weeks
        assert 0 <= age.min_weeks <= upper <= 60
        assert practice.category is not Category.PREGNANCY


def test_a_preterm_baby_before_term_counts_as_week_zero() -> None:
    kangaroo = get("kangaroo-care")
    assert kangaroo.age.includes(Stage.BABY, -6)
    assert not kangaroo.age.includes(Stage.PREGNANCY, 30)


def test_open_ended_range_covers_the_first_year() -> None:
    assert AgeRange.baby(0).includes(Stage.BABY, 52)
    assert not AgeRange.baby(0, 12).includes(Stage.BABY, 13)


# -- practice-specific clinical rules ----------------------------------------------------------


def test_massage_follows_legs_feet_tummy_chest_arms_back_face() -> None:
    order = [r"\blegs?\b", r"\b(feet|foot|soles)\b", r"\btummy\b.*\bclockwise\b", r"\bchest\b",
             r"\barms?\b", r"\bback\b", r"\bface\b"]  # fmt: skip
    step_texts = [step.text.casefold() for step in get("baby-massage").steps]
    positions = [next(i for i, t in enumerate(step_texts) if re.search(p, t)) for p in order]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(order)


def test_massage_is_honest_and_careful() -> None:
    massage = get("baby-massage")
    assert "may" in massage.why and "cochrane" in massage.why.casefold()
    when_not = " ".join(massage.when_not).casefold()
    for needed in ("fed", "30–40 minutes", "unwell", "temperature", "broken", "vaccination"):
        assert needed in when_not, needed
    # Sources disagree on the wait after vaccinations; the text must say so, not pick one.
    assert "24 hours" in when_not and "a week" in when_not
    assert "health professional" in (massage.adaptation(AdaptationFor.PRETERM_NICU) or "")


@pytest.mark.parametrize(
    "practice", [p for p in PRACTICES if p.journal_kind == "skin_to_skin"], ids=lambda p: p.slug
)
def test_skin_to_skin_begins_with_a_safety_check(practice: Practice) -> None:
    first = practice.steps[0].text.casefold()
    assert first.startswith("check") and "awake" in first


@pytest.mark.parametrize(
    "practice",
    [p for p in PRACTICES if "skin-to-skin" in p.tags and p.age.stage is Stage.BABY],
    ids=lambda p: p.slug,
)
def test_skin_to_skin_only_with_an_awake_adult(practice: Practice) -> None:
    assert any("awake and alert" in note for note in practice.safety_notes)


def test_skin_to_skin_doses_match_the_guidelines() -> None:
    assert "at least" in get("skin-to-skin").why and "hour" in get("skin-to-skin").why
    assert "8 to 24 hours a day" in get("kangaroo-care").why


@pytest.mark.parametrize(
    "practice",
    [p for p in PRACTICES if "icon" in p.tags or p.journal_kind == "rocking"],
    ids=lambda p: p.slug,
)
def test_calming_practices_say_never_shake(practice: Practice) -> None:
    assert "never shake" in texts(practice)


@pytest.mark.parametrize("practice", [p for p in PRACTICES if "icon" in p.tags])
def test_icon_practices_say_it_is_ok_to_step_away(practice: Practice) -> None:
    assert re.search(r"(step|walk) away|put (your baby|them) down safely", texts(practice))


def test_rocking_and_bedtime_end_with_baby_on_their_back() -> None:
    for slug in ("gentle-rocking", "calm-bedtime-routine", "tummy-time-on-your-chest"):
        assert "on their back" in texts(get(slug)), slug


def test_fetal_movements_follow_the_nhs_rules() -> None:
    movements = get("get-to-know-movements")
    body = texts(movements)
    assert "midwife" in body and "straight away" in body and "next day" in body
    assert "doppler" in body and "app" in body
    assert "not counting kicks" in body
    # No count target anywhere in pregnancy content ("10 kicks", "count to 10", ...).
    for practice in PRACTICES:
        if practice.category is Category.PREGNANCY:
            assert not re.search(r"\d+\s*kicks|count\w*\s+(to\s+)?\d+", texts(practice))


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_no_intelligence_claims(practice: Practice) -> None:
    body = texts(practice)
    assert not re.search(r"\biq\b|\bsmarter\b|\bbrain ?power\b", body)
    for text in practice.texts():
        if re.search(r"clever|intelligen", text.casefold()):
            assert re.search(r"no evidence|not supported", text.casefold()), text


def test_pregnancy_touch_and_voice_tell_what_to_do_about_fewer_movements() -> None:
    assert "midwife" in " ".join(get("gentle-bump-touch").safety_notes)


@pytest.mark.parametrize(
    "slug", ["check-in-with-yourself", "ask-for-help", "rest-while-baby-sleeps"]
)
def test_caregiver_practices_point_to_a_professional(slug: str) -> None:
    body = texts(get(slug))
    assert re.search(r"midwife|health visitor|doctor", body)


@pytest.mark.parametrize("practice", [p for p in PRACTICES if p.category == "self_care"])
def test_caregiver_practices_never_diagnose(practice: Practice) -> None:
    body = texts(practice)
    assert not re.search(r"you (have|are suffering from) (postnatal |postpartum )?depression", body)
    assert not re.search(r"you are depressed|you have anxiety|diagnosed with", body)


def test_asking_for_help_covers_an_emergency() -> None:
    body = texts(get("ask-for-help"))
    assert "emergency" in body


# -- tone --------------------------------------------------------------------------------------


@pytest.mark.parametrize("practice", PRACTICES, ids=IDS)
def test_no_guilt_or_pressure_words(practice: Practice) -> None:
    body = texts(practice)
    found = [pattern for pattern in GUILT if re.search(pattern, body)]
    assert found == []


def test_the_model_keeps_no_score() -> None:
    fields = " ".join(Practice.model_fields)
    assert not re.search(r"streak|count|missed|done|completed", fields)


# -- lookup and search -------------------------------------------------------------------------


def test_get_returns_the_practice() -> None:
    assert get("read-together").title == "Read together"


def test_get_unknown_raises_not_found() -> None:
    with pytest.raises(NotFound) as raised:
        get("juggling-lessons")
    assert raised.value.field == "slug"


def test_search_finds_by_title_word() -> None:
    assert get("baby-massage") in search("massage")
    assert search("Massage")[0].slug == "baby-massage"


def test_search_finds_by_tag_filter() -> None:
    found = search(tag="preterm")
    assert found and all("preterm" in p.tags for p in found)
    assert get("kangaroo-care") in found


def test_search_finds_by_tag_word_in_the_query() -> None:
    assert get("carry-in-a-sling") in search("babywearing")


def test_search_filters_by_category() -> None:
    found = search(category=Category.PREGNANCY)
    assert {p.slug for p in found} == {p.slug for p in PRACTICES if p.category == "pregnancy"}
    assert search(category="voice") == search(category=Category.VOICE)


def test_search_combines_words_and_filters() -> None:
    found = search("sing", category="pregnancy")
    assert [p.slug for p in found] == ["sing-to-your-bump"]


def test_search_ranks_title_matches_first() -> None:
    assert search("walk")[0].slug == "walk-together"


def test_search_needs_every_word() -> None:
    assert search("massage bump") == ()
    assert search("zebra") == ()


def test_empty_search_lists_everything_in_library_order() -> None:
    assert search() == PRACTICES


def test_search_rejects_an_unknown_category() -> None:
    with pytest.raises(ValidationError) as raised:
        search(category="juggling")
    assert raised.value.field == "category"


# -- the model refuses bad content -------------------------------------------------------------


def valid_fields() -> dict[str, object]:
    return get("read-together").model_dump()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("steps", [{"text": "One."}, {"text": "Two."}]),
        ("steps", [{"text": f"Step {n}."} for n in range(9)]),
        ("source_keys", ("a-blog-we-liked",)),
        ("source_keys", ()),
        ("typical_minutes", (10, 5)),
        ("adaptations", [{"audience": "twins", "text": "One."}]),
        ("adaptations", [{"audience": "twins", "text": "A."}, {"audience": "twins", "text": "B."}]),
        ("age", {"stage": "pregnancy", "min_weeks": 16, "max_weeks": 42}),
        ("tags", ("Not A Tag",)),
        ("slug", "Has Spaces"),
        ("energy", "high"),
        ("journal_kind", "streak"),
    ],
)
def test_model_rejects_bad_content(field: str, value: object) -> None:
    fields = valid_fields() | {field: value}
    with pytest.raises(pydantic.ValidationError):
        Practice.model_validate(fields)


def test_model_requires_safety_notes_for_hands_on_categories() -> None:
    fields = valid_fields() | {"category": "touch", "safety_notes": ()}
    with pytest.raises(pydantic.ValidationError):
        Practice.model_validate(fields)


@pytest.mark.parametrize(
    ("stage", "low", "high"),
    [("pregnancy", 3, 20), ("pregnancy", 20, 43), ("pregnancy", 20, None), ("baby", 0, 61),
     ("baby", -1, 10), ("baby", 12, 4)],
)  # fmt: skip
def test_age_range_rejects_out_of_bounds_weeks(stage: str, low: int, high: int | None) -> None:
    with pytest.raises(pydantic.ValidationError):
        AgeRange.model_validate({"stage": stage, "min_weeks": low, "max_weeks": high})


def test_step_and_adaptation_reject_empty_text() -> None:
    with pytest.raises(pydantic.ValidationError):
        Step(text="")
    with pytest.raises(pydantic.ValidationError):
        Adaptation(audience=AdaptationFor.TWINS, text="")


# -- translation -------------------------------------------------------------------------------


PROSE = re.compile(r"[^\W\d_]{2,} [^\W\d_]")  # two words: a sentence, not a key or a separator


def untranslated_strings(path: Path) -> list[str]:
    """Strings of words (so: prose) that are neither docstrings nor wrapped in _()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"_", "gettext_noop"}:
            assert len(node.args) == 1 and isinstance(node.args[0], ast.Constant), path
            allowed.add(id(node.args[0]))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            allowed.add(id(body[0].value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and PROSE.search(node.value) and id(node) not in allowed
    ]  # fmt: skip


CONTENT_MODULES = sorted(Path(library.__file__).parent.glob("library*.py"))


@pytest.mark.parametrize("path", CONTENT_MODULES, ids=lambda p: p.name)
def test_user_facing_text_is_marked_for_translation(path: Path) -> None:
    assert untranslated_strings(path) == []


def test_the_content_is_split_across_modules() -> None:
    assert len(CONTENT_MODULES) >= 8
    for path in CONTENT_MODULES:
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name


def test_safe_sleep_cites_the_aap_2022_policy_not_2016() -> None:
    """Issue 11 item 9: Moon RY et al., Pediatrics 2022;150(1):e2022057990."""
    sleep = cite("aap-safe-sleep-2022")
    assert "e2022057990" in sleep.citation and "Moon RY" in sleep.citation
    assert sleep.urls[0] == "https://doi.org/10.1542/peds.2022-057990"
    assert not [key for key in SOURCES if "2016" in key]
    assert not [s.key for s in SOURCES.values() if "2016-2938" in s.citation]


def test_massage_says_how_to_use_oil_with_its_source() -> None:
    massage = get("baby-massage")
    assert "massage-oils" in massage.source_keys
    oil = next(note for note in massage.safety_notes if "oil" in note)
    for words in ("unscented plant oil", "small patch of skin first", "nut oils", "olive oil"):
        assert words in oil
    assert "essential oils" in oil and "off the face" in oil and "where you live" in oil
    face = massage.steps[-1].text
    assert "face" in face and "no oil" in face
    assert cite("massage-oils").strength.value == "study"  # one small adult study, said so


def test_parent_pages_are_not_presented_as_guidelines() -> None:
    """Evidence levels said honestly: AAP's parent pages are information, not a guideline."""
    assert cite("aap-responsive-feeding").strength.value == "practice"
    assert cite("cochrane-massage-2013").strength.value == "review"
