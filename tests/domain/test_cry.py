"""The cry helper's assessment, table-driven: reasons, age gates, red flags, fever bands, missing
data, personalisation, and crying per family day in the household's time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from nestling.domain import cry
from nestling.domain.cry import CryContext, Diaper, Episode, Feed, HelpLevel, Reason, render
from nestling.domain.cry.context import Activity, CheckIn, Note, Reading, Sleep
from nestling.domain.cry.patterns import crying_days
from nestling.domain.errors import ValidationError
from nestling.domain.thresholds.crying import typical_minutes

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # 15:00 in London (winter time)
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
WEEKS_7 = 49


def ago(minutes: float) -> datetime:
    return NOW - minutes * MIN


def calm(age: int = WEEKS_7, **changes: Any) -> CryContext:
    """A baby whose needs were all just seen to: nothing points anywhere much."""
    base = CryContext(
        now=NOW,
        age_days=age,
        chronological_days=age,
        zone="Europe/London",
        feeds=(Feed(ago(90), ago(75), "breast", minutes=15),),
        diapers=(Diaper(ago(10), "wet"),),
        sleeps=(Sleep(ago(100), ago(20)),),
        activities=(Activity("rocking", ago(25), ago(15)),),
    )
    return replace(base, **changes)


def top(ctx: CryContext, ticked: tuple[str, ...] = ()) -> Reason:
    return cry.assess(ctx, ticked).reasons[0].reason


def reason(assessment: cry.Assessment, code: Reason) -> cry.RankedReason:
    return next(r for r in assessment.reasons if r.reason is code)


def texts(items: Any) -> str:
    return " | ".join(render(item) for item in items)


# --- each reason on top when its evidence is strongest ------------------------------------------

TOP_CASES = [
    (
        "hunger: last feed over 3 h ago at 7 weeks",
        dict(feeds=(Feed(ago(190), ago(170), "breast", minutes=20),)),
        Reason.HUNGER,
    ),
    (
        "diaper: last change 4 h ago, a feed since",
        dict(
            feeds=(Feed(ago(95), ago(80), "breast", minutes=15),),
            diapers=(Diaper(ago(240), "wet"),),
        ),
        Reason.DIAPER,
    ),
    (
        "tired: awake 2 h at 7 weeks",
        dict(
            feeds=(Feed(ago(90), ago(70), "breast", minutes=20),),
            sleeps=(Sleep(ago(200), ago(120)),),
        ),
        Reason.TIRED,
    ),
    (
        "wind: a bottle just finished",
        dict(feeds=(Feed(ago(30), ago(10), "bottle", amount_ml=120),)),
        Reason.WIND,
    ),
    (
        "too hot: 37.7 °C half an hour ago",
        dict(
            feeds=(Feed(ago(95), ago(75), "breast", minutes=20),),
            temperatures=(Reading(ago(30), 37.7, "armpit"),),
        ),
        Reason.TOO_HOT_OR_COLD,
    ),
    (
        "too cold: 35.8 °C",
        dict(
            feeds=(Feed(ago(95), ago(75), "breast", minutes=20),),
            temperatures=(Reading(ago(30), 35.8, "armpit"),),
        ),
        Reason.TOO_HOT_OR_COLD,
    ),
    (
        "overstimulated: 40 min of play in the last hour and a half",
        dict(
            feeds=(Feed(ago(95), ago(80), "breast", minutes=15),),
            activities=(
                Activity("tummy_time", ago(60), ago(40)),
                Activity("eye_contact_play", ago(35), ago(15)),
                Activity("rocking", ago(14), ago(10)),
            ),
        ),
        Reason.OVERSTIMULATED,
    ),
    (
        "wants closeness: nobody held them all day",
        dict(feeds=(Feed(ago(100), ago(85), "breast", minutes=15),), activities=()),
        Reason.WANTS_CLOSENESS,
    ),
    (
        "unwell: a symptom note about a cough",
        dict(notes=(Note(ago(120), "coughing and a runny nose"),)),
        Reason.UNWELL,
    ),
]


@pytest.mark.parametrize(("case", "changes", "expected"), TOP_CASES, ids=[c[0] for c in TOP_CASES])
def test_each_reason_tops_the_list_when_its_evidence_is_strongest(
    case: str, changes: dict[str, Any], expected: Reason
) -> None:
    assert top(calm(**changes)) is expected


def test_teething_tops_at_7_months_with_dribbling_and_gum_notes() -> None:
    ctx = calm(
        age=215,
        feeds=(Feed(ago(60), ago(45), "bottle", amount_ml=180),),
        notes=(Note(ago(60), "dribbling a lot and chewing, red gum"),),
    )
    assessment = cry.assess(ctx)
    assert assessment.reasons[0].reason is Reason.TEETHING
    assert "most start around 6 months" in texts(assessment.reasons[0].evidence)


def test_colic_pattern_tops_in_the_evening_after_a_week_of_long_crying() -> None:
    evening = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
    long_days = tuple(
        Episode(evening - d * DAY, evening - d * DAY + 200 * MIN, soothed_by=())
        for d in (1, 2, 3, 4)
    )
    ctx = replace(
        calm(age=42),
        now=evening,
        feeds=(Feed(evening - 50 * MIN, evening - 40 * MIN, "breast", minutes=10),),
        diapers=(Diaper(evening - 10 * MIN, "wet"),),
        sleeps=(Sleep(evening - 90 * MIN, evening - 30 * MIN),),
        activities=(Activity("rocking", evening - 20 * MIN, evening - 10 * MIN),),
        episodes=long_days,
    )
    assessment = cry.assess(ctx)
    first = assessment.reasons[0]
    assert first.reason is Reason.COLIC_PATTERN
    assert "3 hours or more on 4 of the last 7 days" in texts(first.evidence)
    assert assessment.patterns.rule_of_threes


def test_evidence_says_when_and_what_is_usual_in_plain_words() -> None:
    ctx = calm(feeds=(Feed(ago(190), ago(170), "breast", minutes=20),))
    hunger = reason(cry.assess(ctx), Reason.HUNGER)
    assert texts(hunger.evidence).startswith("Last feed 3 h 10 min ago (at 11:50).")
    assert "At 7 weeks most babies feed every 2–3 hours." in texts(hunger.evidence)
    assert any(s.soothing == "feed" for s in hunger.tries)


def test_scores_stay_between_0_and_1_and_the_order_is_by_score() -> None:
    ctx = calm(
        feeds=(Feed(ago(600), ago(590), "bottle", amount_ml=20),),
        diapers=(Diaper(ago(900), "wet"),),
        temperatures=(Reading(ago(10), 38.6),),
    )
    scores = [r.score for r in cry.assess(ctx, ["seizure"]).reasons]
    assert all(0 <= s <= 1 for s in scores)
    assert scores == sorted(scores, reverse=True)


# --- age gates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "teething", "colic"),
    [
        (10, False, False),  # under 2 weeks: neither
        (28, False, True),  # 4 weeks: no teething
        (100, False, True),  # 3 months
        (130, True, True),  # from about 4 months
        (149, True, True),
        (150, True, False),  # no colic pattern from 5 months
        (270, True, False),
    ],
)
def test_age_gates_for_teething_and_colic(age: int, teething: bool, colic: bool) -> None:
    codes = {r.reason for r in cry.assess(calm(age=age)).reasons}
    assert (Reason.TEETHING in codes) is teething
    assert (Reason.COLIC_PATTERN in codes) is colic


def test_teething_never_explains_a_fever() -> None:
    ctx = calm(
        age=240,
        temperatures=(Reading(ago(20), 38.4),),
        notes=(Note(ago(30), "teething, dribbling"),),
    )
    assessment = cry.assess(ctx)
    teething = reason(assessment, Reason.TEETHING)
    assert teething.score <= 0.05
    assert "Teething does not cause a fever" in texts(teething.evidence)
    assert assessment.reasons[0].reason is Reason.UNWELL


def test_a_newborns_hunger_rises_faster_than_a_9_month_olds() -> None:
    fed = (Feed(ago(120), ago(105), "breast", minutes=15),)
    newborn = reason(cry.assess(calm(age=5, feeds=fed)), Reason.HUNGER).score
    older = reason(cry.assess(calm(age=270, feeds=fed)), Reason.HUNGER).score
    assert newborn > older + 0.2


def test_wake_windows_are_labelled_a_rule_of_thumb() -> None:
    tired = reason(cry.assess(calm()), Reason.TIRED)
    assert "a rule of thumb, not medical guidance" in texts(tired.evidence)


def test_corrected_age_sets_the_bands_for_a_preterm_baby() -> None:
    # 100 days old, born 8 weeks early: 44 days corrected, so under-3-months rules apply.
    ctx = calm(age=44, chronological_days=100, temperatures=(Reading(ago(15), 38.1),))
    assert [f.code for f in cry.assess(ctx).red_flags] == ["fever_under_3_months"]


# --- red flags ----------------------------------------------------------------------------------

SYMPTOM_LEVELS = [
    ("cry_unusual", HelpLevel.URGENT),
    ("floppy_or_drowsy", HelpLevel.URGENT),
    ("breathing_hard", HelpLevel.URGENT),
    ("breathing_pauses", HelpLevel.EMERGENCY),
    ("blue_or_grey", HelpLevel.EMERGENCY),
    ("pale_or_mottled", HelpLevel.URGENT),
    ("rash_not_fading", HelpLevel.EMERGENCY),
    ("not_feeding", HelpLevel.URGENT),
    ("green_vomit", HelpLevel.EMERGENCY),
    ("fewer_wet_diapers", HelpLevel.URGENT),
    ("bulging_soft_spot", HelpLevel.URGENT),
    ("seizure", HelpLevel.EMERGENCY),
    ("wont_wake", HelpLevel.EMERGENCY),
    ("stiff_neck", HelpLevel.URGENT),
    ("limb_swollen_or_not_used", HelpLevel.URGENT),
    ("cold_hands_feet_with_fever", HelpLevel.URGENT),
    ("severe_allergic_reaction", HelpLevel.EMERGENCY),
    ("serious_injury", HelpLevel.EMERGENCY),
]


@pytest.mark.parametrize(("symptom", "level"), SYMPTOM_LEVELS)
def test_every_ticked_sign_is_a_red_flag_shown_first(symptom: str, level: HelpLevel) -> None:
    assessment = cry.assess(calm(), [symptom])
    assert assessment.help_level is level
    flag = assessment.red_flags[0]
    assert flag.code == symptom and flag.help_level is level and flag.source
    steps = texts(flag.instructions)
    assert ("emergency number now" in steps) is (level is HelpLevel.EMERGENCY)
    assert assessment.reasons[0].reason is Reason.UNWELL
    assert next(s for s in assessment.symptoms if s.code == symptom).ticked


@pytest.mark.parametrize(
    ("symptom", "two_hours"),
    [
        ("breathing_hard", True),
        ("bulging_soft_spot", True),
        ("stiff_neck", True),
        ("not_feeding", False),
        ("limb_swollen_or_not_used", False),
    ],
)
def test_the_2_hour_advice_is_only_for_nice_red_features(symptom: str, two_hours: bool) -> None:
    steps = texts(cry.assess(calm(), [symptom]).red_flags[0].instructions)
    assert ("within 2 hours" in steps) is two_hours


def test_every_sign_in_the_check_has_a_rule() -> None:
    assert {s.code for s in cry.assess(calm()).symptoms} == {c for c, _ in SYMPTOM_LEVELS} | {
        "very_worried",
        "feels_hot",
    }


@pytest.mark.parametrize(("age", "level"), [(20, HelpLevel.EMERGENCY), (90, HelpLevel.URGENT)])
def test_a_very_worried_parent_of_a_baby_under_8_weeks_calls_999(
    age: int, level: HelpLevel
) -> None:
    assert cry.assess(calm(age=age), ["very_worried"]).help_level is level


def test_several_flags_put_the_most_pressing_first() -> None:
    flags = cry.assess(calm(), ["breathing_hard", "seizure"]).red_flags
    assert [f.help_level for f in flags] == [HelpLevel.EMERGENCY, HelpLevel.URGENT]


FEVER_BANDS = [
    # age in days, °C, red flag (or None), advice (or None), overall help level
    (42, 38.0, "fever_under_3_months", None, HelpLevel.URGENT),
    (42, 37.9, None, None, HelpLevel.NONE),
    (89, 38.2, "fever_under_3_months", None, HelpLevel.URGENT),
    (120, 38.5, None, "fever", HelpLevel.TALK_SOON),
    (120, 39.0, "fever_3_to_6_months", None, HelpLevel.URGENT),
    (182, 39.1, "fever_3_to_6_months", None, HelpLevel.URGENT),
    (210, 39.0, None, "fever", HelpLevel.TALK_SOON),
    (210, 39.5, None, "high_fever", HelpLevel.CONTACT_PROVIDER),
    (210, 34.8, "low_temperature", None, HelpLevel.URGENT),
    (30, 34.9, "low_temperature", None, HelpLevel.URGENT),
]


@pytest.mark.parametrize(("age", "celsius", "flag", "advice", "level"), FEVER_BANDS)
def test_logged_temperatures_against_nice_and_nhs_by_age_band(
    age: int, celsius: float, flag: str | None, advice: str | None, level: HelpLevel
) -> None:
    assessment = cry.assess(calm(age=age, temperatures=(Reading(ago(40), celsius, "armpit"),)))
    assert [f.code for f in assessment.red_flags] == ([flag] if flag else [])
    assert [a.code for a in assessment.advice] == ([advice] if advice else [])
    assert assessment.help_level is level


def test_old_readings_do_not_count_and_a_later_normal_one_is_mentioned() -> None:
    stale = calm(temperatures=(Reading(ago(25 * 60), 38.5),))
    assert not cry.assess(stale).red_flags
    cooled = calm(temperatures=(Reading(ago(180), 38.3), Reading(ago(30), 37.0)))
    flag = cry.assess(cooled).red_flags[0]
    assert "A later reading: 37.0 °C" in texts(flag.evidence)


# NICE NG143 amber: fever for 5 days or more. Readings as (hours ago, °C); see fever.py for
# how an episode is read from the log.
FEVER_DAYS_CASES = [
    # 96 h from the first fever reading of the episode to now is the fifth day of fever.
    ("fever on the fifth day", [(99, 38.4), (72, 38.6), (48, 38.2), (24, 38.5), (2, 38.3)], True),
    ("every other day, from day 1 to day 5", [(100, 38.1), (52, 38.0), (4, 38.2)], True),
    ("day 5 by the clock, the latest fever 23 h ago", [(110, 38.4), (70, 38.5), (23, 38.2)], True),
    ("95 h is still the fourth day", [(95, 38.4), (48, 38.6), (2, 38.3)], False),
    (
        "a normal reading in between does not end it",
        [(100, 38.5), (70, 36.9), (60, 38.4), (20, 38.1), (3, 38.0)],
        True,
    ),
    ("a gap over 48 h starts a new episode", [(120, 38.5), (60, 38.2), (3, 38.1)], False),
    (
        "no fever in the last 24 h: other rules speak",
        [(130, 38.5), (90, 38.6), (50, 38.2), (30, 38.4), (2, 37.2)],
        False,
    ),
    ("37.9 is not a fever", [(120, 37.9), (96, 37.9), (2, 38.3)], False),
    ("two readings at the same moment", [(97, 38.2), (97, 38.6), (50, 38.1), (5, 38.3)], True),
    ("a reading dated after now is ignored", [(60, 38.4), (20, 38.3), (-40, 38.5)], False),
]


@pytest.mark.parametrize(("case", "readings", "flagged"), FEVER_DAYS_CASES)
def test_a_fever_lasting_5_days_is_flagged_at_any_age(
    case: str, readings: list[tuple[float, float]], flagged: bool
) -> None:
    logged = tuple(Reading(ago(h * 60), c) for h, c in readings)
    for age in (30, 150, 300):
        assessment = cry.assess(calm(age=age, temperatures=logged))
        codes = [f.code for f in assessment.red_flags]
        assert ("fever_5_days" in codes) is flagged, (case, age)
        if flagged:
            assert assessment.help_level.rank >= HelpLevel.URGENT.rank


def test_the_5_day_fever_flag_says_since_when_and_what_to_do() -> None:
    logged = (
        Reading(ago(100 * 60), 38.5),
        Reading(ago(60 * 60), 38.9),
        Reading(ago(20 * 60), 38.6),
        Reading(ago(45), 38.2),
    )
    assessment = cry.assess(calm(age=300, temperatures=logged))
    flag = next(f for f in assessment.red_flags if f.code == "fever_5_days")
    assert render(flag.title) == "A fever logged for 5 days"
    evidence = texts(flag.evidence)
    assert "first fever in this run was logged 4 days ago: 38.5 °C" in evidence
    assert "The latest: 38.2 °C at 14:15, 45 min ago" in evidence
    assert "today" in texts(flag.instructions) and "NICE NG143" in flag.source
    # At 10 months a single 38.2 °C reading is home-care advice; five days of it is not.
    assert [a.code for a in assessment.advice] == ["fever"]


def test_temperatures_show_in_the_households_units_and_time_zone() -> None:
    flag = cry.assess(calm(temperatures=(Reading(ago(40), 38.2, "armpit"),))).red_flags[0]
    shown = render(flag.evidence[0], units="imperial", zone="America/New_York")
    assert "100.8 °F (under the arm) at 09:20" in shown


@pytest.mark.parametrize(
    ("age", "last_wet", "wet_logged", "flagged"),
    [
        (60, 9 * 60, 3, True),  # under 3 months: no wet diaper for 8 h
        (60, 7 * 60, 3, False),
        (60, 9 * 60, 1, False),  # the family is not logging diapers: say nothing
        (120, 9 * 60, 3, False),  # over 3 months the limit is 12 h
        (120, 13 * 60, 3, True),
    ],
)
def test_dry_diapers_from_the_log(age: int, last_wet: int, wet_logged: int, flagged: bool) -> None:
    diapers = tuple(Diaper(ago(last_wet + 120 * i), "wet") for i in range(wet_logged))
    ctx = calm(age=age, diapers=(*diapers, Diaper(ago(30), "dirty")))
    codes = [f.code for f in cry.assess(ctx).red_flags]
    assert ("dry_diapers" in codes) is flagged


@pytest.mark.parametrize(("age", "flagged"), [(30, True), (150, False)])
def test_a_young_baby_not_fed_for_8_hours(age: int, flagged: bool) -> None:
    feeds = (Feed(ago(9 * 60), ago(9 * 60 - 20), "breast"), Feed(ago(12 * 60), ago(690)))
    codes = [f.code for f in cry.assess(calm(age=age, feeds=feeds)).red_flags]
    assert ("not_fed_8_hours" in codes) is flagged


def test_a_logged_note_hints_at_the_matching_sign() -> None:
    ctx = calm(notes=(Note(ago(45), "Little purple rash on her tummy"),))
    rash = next(s for s in cry.assess(ctx).symptoms if s.code == "rash_not_fading")
    assert rash.hint is not None and "purple rash" in render(rash.hint)
    assert not rash.ticked


# --- missing data -------------------------------------------------------------------------------


def test_nothing_logged_yet_still_gives_the_usual_checklist() -> None:
    empty = CryContext(now=NOW, age_days=WEEKS_7, zone="Europe/London")
    assessment = cry.assess(empty)
    assert assessment.help_level is HelpLevel.NONE and not assessment.red_flags
    assert [r.reason for r in assessment.reasons[:3]] == [
        Reason.HUNGER,
        Reason.WANTS_CLOSENESS,
        Reason.DIAPER,
    ]
    assert "No feed logged in the last 24 hours" in texts(assessment.reasons[0].evidence)
    assert not assessment.what_works
    assert [d.minutes for d in assessment.patterns.days] == [0] * 7
    assert assessment.safety and "Never, ever shake" in texts(assessment.safety)


def test_a_feed_going_on_now_is_not_hunger() -> None:
    ctx = calm(feeds=(Feed(ago(5), None, "breast", running=True),))
    hunger = reason(cry.assess(ctx), Reason.HUNGER)
    assert hunger.score <= 0.1 and "A feed is going on now" in texts(hunger.evidence)


def test_the_helper_is_for_after_the_birth() -> None:
    with pytest.raises(ValidationError) as caught:
        cry.assess(CryContext(now=NOW, age_days=None))
    assert caught.value.field == "baby"


def test_an_unknown_sign_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        cry.assess(calm(), ["sneezing"])
    assert caught.value.field == "symptoms"


# --- personalisation ----------------------------------------------------------------------------


def _evening_history(count: int, settled_by: dict[str, int]) -> tuple[Episode, ...]:
    evening = datetime(2026, 11, 19, 19, 0, tzinfo=UTC)
    codes = [code for code, n in settled_by.items() for _ in range(n)]
    codes += ["feed"] * (count - len(codes))
    return tuple(
        Episode(evening - i * DAY, evening - i * DAY + 30 * MIN, ("feed", c), (c,))
        for i, c in enumerate(codes)
    )


def test_what_usually_works_comes_from_past_evening_cries() -> None:
    now = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)
    ctx = replace(calm(), now=now, episodes=_evening_history(10, {"rocking": 7}))
    assessment = cry.assess(ctx)
    works = assessment.what_works[0]
    assert (works.soothing, works.settled, works.of, works.period) == ("rocking", 7, 10, "evening")
    assert render(works.text) == "Rocking settled 7 of the last 10 evening cries."
    closeness = reason(assessment, Reason.WANTS_CLOSENESS)
    assert "Rocking settled 7 of the last 10 evening cries." in texts(closeness.evidence)


def test_too_little_history_says_nothing_and_other_times_of_day_fall_back() -> None:
    now = datetime(2026, 11, 20, 19, 30, tzinfo=UTC)
    few = replace(calm(), now=now, episodes=_evening_history(4, {"rocking": 4}))
    assert cry.assess(few).what_works == ()
    morning = replace(few, now=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    morning = replace(morning, episodes=_evening_history(6, {"walk": 5}))
    works = cry.assess(morning).what_works
    assert works and works[0].period == "any" and works[0].soothing == "walk"


def test_what_was_tried_in_this_spell_is_marked_and_moves_down() -> None:
    hungry = calm(feeds=(Feed(ago(190), ago(170), "breast", minutes=20),))
    before = reason(cry.assess(hungry), Reason.HUNGER).score
    spell = Episode(ago(10), None, ("feed", "rocking"), ("rocking",), running=True)
    assessment = cry.assess(replace(hungry, episodes=(spell,)))
    hunger = reason(assessment, Reason.HUNGER)
    assert hunger.state == "tried" and hunger.score == pytest.approx(before / 2, abs=0.01)
    assert reason(assessment, Reason.WANTS_CLOSENESS).state == "helped"


# --- crying over days, in the household's time zone ---------------------------------------------


def _local(day: int, hour: int, minute: int = 0, zone: str = "Europe/London") -> datetime:
    from zoneinfo import ZoneInfo

    return datetime(2026, 11, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def test_a_spell_across_the_day_start_is_split_between_family_days() -> None:
    spell = Episode(_local(19, 5, 30), _local(19, 6, 30))
    ctx = replace(calm(), episodes=(spell,))
    days = {d.day.day: d.minutes for d in crying_days(ctx)}
    assert days[18] == 30 and days[19] == 30


@pytest.mark.parametrize(("day_start", "rule"), [(time(6, 0), True), (time(0, 0), False)])
def test_rule_of_threes_counts_late_evenings_in_the_family_day(day_start: time, rule: bool) -> None:
    # 23:00–02:00 on three non-consecutive nights: one family day each when the day starts at
    # 06:00, but split 1 h / 2 h across calendar days when it starts at midnight.
    spells = tuple(Episode(_local(d, 23), _local(d + 1, 2)) for d in (14, 16, 18))
    ctx = replace(calm(age=42), day_starts_at=day_start, episodes=spells)
    assert cry.assess(ctx).patterns.rule_of_threes is rule


def test_the_households_time_zone_decides_the_day() -> None:
    # 08:00–11:00 UTC: the morning in London, but 03:00–06:00 in New York, which is still
    # the family day before (the day starts at 06:00).
    spells = tuple(
        Episode(datetime(2026, 11, d, 8, tzinfo=UTC), datetime(2026, 11, d, 11, tzinfo=UTC))
        for d in (15, 16, 17)
    )
    london = replace(calm(age=42), episodes=spells)
    new_york = replace(london, zone="America/New_York")
    assert [d.minutes for d in crying_days(london)][:4] == [0, 180, 180, 180]
    assert [d.minutes for d in crying_days(new_york)][:4] == [180, 180, 180, 0]


def test_a_running_spell_counts_until_now() -> None:
    ctx = replace(calm(), episodes=(Episode(ago(45), None, running=True),))
    assert crying_days(ctx)[-1].minutes == 45 and not crying_days(ctx)[-1].complete


def test_long_crying_brings_support_the_provider_and_the_icon_message() -> None:
    spells = tuple(Episode(NOW - d * DAY, NOW - d * DAY + 190 * MIN) for d in (1, 2, 3))
    assessment = cry.assess(replace(calm(age=45), episodes=spells))
    messages = texts(assessment.patterns.messages)
    assert "1 in 5 babies" in messages and "PURPLE" in messages
    assert "6–8 weeks" in messages and "no single peak" in messages  # the disagreement
    assert [a.code for a in assessment.advice] == ["long_crying"]
    assert assessment.help_level is HelpLevel.CONTACT_PROVIDER
    assert "put your baby down safely" in texts(assessment.safety)


def test_long_crying_in_an_older_baby_is_worth_a_look_not_colic() -> None:
    spells = tuple(Episode(NOW - d * DAY, NOW - d * DAY + 190 * MIN) for d in (1, 2, 3))
    assessment = cry.assess(replace(calm(age=200), episodes=spells))
    assert "less common at this age" in texts(assessment.patterns.messages)
    assert Reason.COLIC_PATTERN not in {r.reason for r in assessment.reasons}


def test_crying_more_than_most_babies_is_noted_without_alarm() -> None:
    spells = (Episode(NOW - DAY, NOW - DAY + 170 * MIN),)  # 2 h 50 min at 11 weeks
    assessment = cry.assess(replace(calm(age=77), episodes=spells))
    assert "more crying than most babies of this age" in texts(assessment.patterns.messages)
    assert assessment.help_level is HelpLevel.NONE


@pytest.mark.parametrize(
    ("age", "expected"), [(20, (125, 68)), (56, (96, 57)), (77, (68, 46)), (120, None)]
)
def test_normal_crying_by_age_follows_wolke_2017(age: int, expected: Any) -> None:
    assert typical_minutes(age) == expected


# --- caregiver strain ---------------------------------------------------------------------------

LONG_WEEK = tuple(Episode(NOW - d * DAY, NOW - d * DAY + 200 * MIN) for d in (1, 2, 4))


@pytest.mark.parametrize(
    ("checkins", "under_strain"),
    [
        ((CheckIn(ago(600), hours_slept=3.5, mood=2),), True),
        ((CheckIn(ago(600), stress=5),), True),
        ((CheckIn(ago(600), hours_slept=7, mood=4, stress=2),), False),
        ((), False),
    ],
)
def test_a_caregiver_under_strain_is_offered_a_check_in_and_help(
    checkins: tuple[CheckIn, ...], under_strain: bool
) -> None:
    strain = cry.assess(replace(calm(), episodes=LONG_WEEK, checkins=checkins)).patterns.strain
    assert strain is not None and strain.under_strain is under_strain
    assert "How are you" in texts(strain.messages) or under_strain
    if under_strain:
        assert "does not mean you are doing anything wrong" in texts(strain.messages)


def test_no_long_days_no_strain_card() -> None:
    tired_parent = calm(checkins=(CheckIn(ago(60), hours_slept=3, mood=1),))
    assert cry.assess(tired_parent).patterns.strain is None


# --- texts --------------------------------------------------------------------------------------


def test_every_text_renders_and_translates_its_template() -> None:
    ctx = replace(
        calm(temperatures=(Reading(ago(40), 38.2),)),
        episodes=LONG_WEEK,
        checkins=(CheckIn(ago(60), mood=1),),
    )
    assessment = cry.assess(ctx, ["rash_not_fading"])
    seen: list[str] = []

    def translate(message: str) -> str:
        seen.append(message)
        return message.upper()

    shown = render(assessment.red_flags[0].title, translate=translate)
    assert shown == shown.upper() and seen
    every = [
        *assessment.safety,
        *assessment.notes,
        *(t for f in assessment.red_flags for t in (f.title, *f.instructions, *f.evidence)),
        *(
            t
            for r in assessment.reasons
            for t in (r.title, *r.evidence, *(s.text for s in r.tries))
        ),
        *assessment.patterns.messages,
    ]
    assert all(render(text) for text in every)
