"""The warning-sign vocabulary against NICE NG143 and the NHS 999 / "get help quickly" lists,
table-tested by age (the corrected age for a baby born early, said in the flag)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from nestling.domain import cry
from nestling.domain.cry import CryContext, HelpLevel, render
from nestling.domain.cry.context import Reading
from nestling.domain.safety import signs
from nestling.domain.safety.signs import Sign

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def baby(age: int, born_days: int | None = None, **changes: object) -> CryContext:
    """A baby of `age` days (corrected age), `born_days` since birth when born early."""
    ctx = CryContext(now=NOW, age_days=age, chronological_days=born_days or age)
    return replace(ctx, **changes)


def texts(items: object) -> str:
    return " | ".join(render(item) for item in items)  # type: ignore[attr-defined]


# (sign, corrected age in days, days since birth, level, red flag or advice, "within 2 hours")
TABLE = [
    # NHS 999: "has stopped breathing or will not wake up" (was only urgent before).
    (Sign.WONT_WAKE, 10, 10, HelpLevel.EMERGENCY, "flag", False),
    (Sign.WONT_WAKE, 300, 300, HelpLevel.EMERGENCY, "flag", False),
    # NICE red: "Neck stiffness" -> seen within 2 hours.
    (Sign.STIFF_NECK, 30, 30, HelpLevel.URGENT, "flag", True),
    (Sign.STIFF_NECK, 250, 250, HelpLevel.URGENT, "flag", True),
    # NICE amber: "Swelling of a limb or joint", "not using an extremity".
    (Sign.LIMB, 30, 30, HelpLevel.URGENT, "flag", False),
    (Sign.LIMB, 250, 250, HelpLevel.URGENT, "flag", False),
    # NHS: "a high temperature with cold hands and feet".
    (Sign.COLD_HANDS_FEET_WITH_FEVER, 100, 100, HelpLevel.URGENT, "flag", False),
    # NHS 999: "a severe allergic reaction", "may be seriously injured".
    (Sign.SEVERE_ALLERGIC_REACTION, 200, 200, HelpLevel.EMERGENCY, "flag", False),
    (Sign.SERIOUS_INJURY, 200, 200, HelpLevel.EMERGENCY, "flag", False),
    # MKUH: "vomits green fluid" -> 999.
    (Sign.GREEN_VOMIT, 20, 20, HelpLevel.EMERGENCY, "flag", False),
    # NICE 1.1.6: a parent's sense of a fever is valid; the band decides how pressing.
    (Sign.FEELS_HOT, 30, 30, HelpLevel.URGENT, "flag", False),
    (Sign.FEELS_HOT, 90, 90, HelpLevel.URGENT, "flag", False),
    (Sign.FEELS_HOT, 91, 91, HelpLevel.CONTACT_PROVIDER, "advice", False),
    (Sign.FEELS_HOT, 182, 182, HelpLevel.CONTACT_PROVIDER, "advice", False),
    (Sign.FEELS_HOT, 183, 183, HelpLevel.TALK_SOON, "advice", False),
    # Born 8 weeks early: 17 weeks since birth but 9 weeks corrected: the under-3-months band.
    (Sign.FEELS_HOT, 63, 119, HelpLevel.URGENT, "flag", False),
    # NHS 999: "under 8 weeks old and you are very worried".
    (Sign.VERY_WORRIED, 55, 55, HelpLevel.EMERGENCY, "flag", False),
    (Sign.VERY_WORRIED, 56, 56, HelpLevel.URGENT, "flag", False),
    (Sign.VERY_WORRIED, 40, 96, HelpLevel.EMERGENCY, "flag", False),
]


@pytest.mark.parametrize(("sign", "age", "born", "level", "shown_as", "two_hours"), TABLE)
def test_each_sign_by_age(
    sign: Sign, age: int, born: int, level: HelpLevel, shown_as: str, two_hours: bool
) -> None:
    assessment = cry.assess(baby(age, born), [sign.value])
    assert assessment.help_level is level
    if shown_as == "flag":
        flag = assessment.red_flags[0]
        assert (flag.code, flag.help_level) == (sign.value, level)
        steps = texts(flag.instructions)
        assert ("emergency number now" in steps) is (level is HelpLevel.EMERGENCY)
        assert ("within 2 hours" in steps) is two_hours
        evidence = texts(flag.evidence)
    else:
        assert not assessment.red_flags
        advice = assessment.advice[0]
        assert (advice.code, advice.help_level) == (sign.value, level)
        evidence = ""
    if signs.RULES[sign].age_dependent and shown_as == "flag":
        assert "Age used:" in evidence
        assert ("the corrected age" in evidence) is (age != born)


def test_the_age_used_is_reported_corrected_or_not() -> None:
    assert cry.assess(baby(63, 119)).age == cry.AgeUsed(63, corrected=True)
    assert cry.assess(baby(63)).age == cry.AgeUsed(63, corrected=False)
    flag = cry.assess(baby(63, 119), ["feels_hot"]).red_flags[0]
    assert "Age used: 9 weeks, the corrected age (3 months since birth)." in texts(flag.evidence)


def test_a_fever_is_judged_at_the_corrected_age() -> None:
    # 100 days since birth (over 3 months) but 70 days corrected: NICE's red band applies.
    ctx = baby(70, 100, temperatures=(Reading(NOW - timedelta(minutes=30), 38.2),))
    flag = cry.assess(ctx).red_flags[0]
    assert flag.code == "fever_under_3_months"
    assert "the corrected age (14 weeks since birth)" in texts(flag.evidence)
    older = baby(100, temperatures=ctx.temperatures)
    assert cry.assess(older).red_flags == ()


def test_sign_specific_steps_come_first() -> None:
    allergy = cry.assess(baby(200), ["severe_allergic_reaction"]).red_flags[0]
    steps = [render(s) for s in allergy.instructions]
    assert steps[0] == "Call your local emergency number now."  # no household: no digits
    assert "adrenaline auto-injector" in steps[1]
    rash = cry.assess(baby(200), ["rash_not_fading"]).red_flags[0]
    assert "palms of the hands" in texts(rash.instructions)


def test_feels_hot_over_3_months_asks_for_a_reading_and_names_the_band() -> None:
    advice = cry.assess(baby(120), ["feels_hot"]).advice[0]
    text = render(advice.text, units="imperial")
    assert "at 3 months to 6 months, 102.2 °F or more needs medical help now" in text


@pytest.mark.parametrize("sign", list(Sign))
def test_every_rule_cites_its_source_line(sign: Sign) -> None:
    source = signs.RULES[sign].source
    assert ("NICE NG143" in source) or ("NHS" in source)
    assert source.count("'") >= 2  # the line itself, quoted


def test_an_unknown_sign_names_the_field() -> None:
    with pytest.raises(Exception) as caught:
        signs.require_known(["seizure", "zzz", "aaa"], field="details.signs")
    assert caught.value.field == "details.signs"  # type: ignore[attr-defined]
    assert caught.value.params == {"code": "aaa"}  # type: ignore[attr-defined]
