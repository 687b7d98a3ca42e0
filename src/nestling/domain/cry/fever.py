"""Logged temperatures: fever and low temperature by age band, and a fever that lasts 5 days.

Sources (clinical-reference §8):
- NICE NG143 "Fever in under 5s" traffic-light table: RED = age < 3 months with temperature
  >= 38 °C; AMBER = age 3–6 months with temperature >= 39 °C, and fever for 5 days or more (its
  home-care safety net: seek help if the fever lasts 5 days or more). [P] ">= 38.0 °C".
- NHS parent-facing lists (via NCT): temperature below 35 °C; over 38 °C under 3 months, over
  39 °C at 3–6 months: treat as serious, get help quickly.
- AAP (via HealthDay and practice pages, [V2]): over 6 months, 103 °F (39.4 °C) or above, call.
[P] Age bands use the corrected age when the baby was born early (the stricter band applies).
[P] A fever lasting 5 days, from the log: the episode is a chain of readings of 38 °C or more
no more than 48 h apart (a normal reading in between, e.g. after paracetamol, does not end it)
whose latest reading is from the last 24 h, so the fever is taken to be still going on. From
4 days (96 h) after its first reading, the fifth day of fever, it is flagged. The time is counted
to now, not to the latest reading: a missed flag is the only way this rule can go wrong that
matters, so a day without a logged reading does not hold it back.
"""

from __future__ import annotations

from datetime import timedelta

from nestling.domain.cry.context import FEVER, SIX_MONTHS, THREE_MONTHS, CryContext, Reading
from nestling.domain.cry.flags import NHS_SERIOUS, NICE, NICE_AMBER, URGENT_STEPS
from nestling.domain.cry.result import Advice, RedFlag
from nestling.domain.cry.text import Celsius, Clock, Minutes, Text, t
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.text import gettext_noop as _

HIGH_FEVER_3_TO_6_MONTHS = 39.0
AAP_HIGH_FEVER_OVER_6_MONTHS = 39.4  # 103 °F
LOW_TEMPERATURE = 35.0
FEVER_DAYS = 5
FEVER_DAYS_SPAN = timedelta(days=FEVER_DAYS - 1)  # first fever reading to one on the fifth day
FEVER_EPISODE_GAP = timedelta(hours=48)  # fever readings further apart: separate episodes


def _reading_text(reading: Reading, ctx: CryContext) -> Text:
    ago = Minutes(ctx.since(reading.at))
    if reading.method:
        return t(
            _("%(temp)s (%(method)s) at %(time)s, %(ago)s ago"),
            temp=Celsius(reading.celsius),
            method=t(METHOD_LABELS.get(reading.method, reading.method)),
            time=Clock(reading.at),
            ago=ago,
        )
    return t(
        _("%(temp)s at %(time)s, %(ago)s ago"),
        temp=Celsius(reading.celsius),
        time=Clock(reading.at),
        ago=ago,
    )


METHOD_LABELS = {
    "rectal": _("rectal"),
    "armpit": _("under the arm"),
    "ear": _("ear"),
    "forehead": _("forehead"),
    "oral": _("mouth"),
}


def _later(reading: Reading, readings: tuple[Reading, ...], ctx: CryContext) -> tuple[Text, ...]:
    """Mention a later, lower reading: it does not cancel the flag, but the parent knows it."""
    newer = [r for r in readings if r.at > reading.at]
    if not newer:
        return ()
    return (t(_("A later reading: %(reading)s."), reading=_reading_text(newer[0], ctx)),)


def temperature_flags(ctx: CryContext) -> tuple[list[RedFlag], list[Advice]]:
    """Logged temperatures of the last 24 h against the age bands (see the module docstring)."""
    readings = ctx.recent_readings
    if not readings:
        return [], []
    flags: list[RedFlag] = []
    advice: list[Advice] = []
    hottest = max(readings, key=lambda r: (r.celsius, r.at))
    coldest = min(readings, key=lambda r: (r.celsius, -r.at.timestamp()))
    age = ctx.age
    hot: tuple[Text, ...] = (t(_("Logged: %(reading)s."), reading=_reading_text(hottest, ctx)),)
    hot += _later(hottest, readings, ctx)
    if age < THREE_MONTHS and hottest.celsius >= FEVER:
        # NICE NG143 red: age < 3 months with temperature >= 38 °C.
        flags.append(
            RedFlag(
                "fever_under_3_months",
                HelpLevel.URGENT,
                t(_("A temperature of 38 °C (100.4 °F) or more under 3 months")),
                (
                    t(
                        _(
                            "A baby under 3 months with a temperature of 38 °C or more should be "
                            "seen by a doctor within 2 hours (NICE), even if they seem well "
                            "otherwise."
                        )
                    ),
                    *URGENT_STEPS,
                    t(_("If a doctor has already seen your baby about this, follow their advice.")),
                ),
                hot,
                f"{NICE} (age < 3 months, >= 38 °C); {NHS_SERIOUS}",
            )
        )
    elif age < SIX_MONTHS and hottest.celsius >= HIGH_FEVER_3_TO_6_MONTHS:
        # NICE NG143 amber (age 3–6 months, >= 39 °C); NHS: over 39 °C at 3–6 months.
        flags.append(
            RedFlag(
                "fever_3_to_6_months",
                HelpLevel.URGENT,
                t(_("A temperature of 39 °C (102.2 °F) or more at 3 to 6 months")),
                (
                    *URGENT_STEPS,
                    t(_("If a doctor has already seen your baby about this, follow their advice.")),
                ),
                hot,
                f"{NICE_AMBER} (age 3–6 months, >= 39 °C); {NHS_SERIOUS}",
            )
        )
    elif hottest.celsius >= FEVER:
        advice.append(_fever_advice(hottest, ctx))
    lasting = _fever_for_5_days(ctx)
    if lasting is not None:
        flags.append(lasting)
    if coldest.celsius < LOW_TEMPERATURE:
        flags.append(
            RedFlag(
                "low_temperature",
                HelpLevel.URGENT,
                t(_("A low temperature: below 35 °C (95 °F)")),
                (
                    t(_("Warm your baby with a cuddle and a blanket while you get help.")),
                    *URGENT_STEPS,
                ),
                (
                    t(_("Logged: %(reading)s."), reading=_reading_text(coldest, ctx)),
                    *_later(coldest, readings, ctx),
                ),
                "NHS via NCT: a low temperature below 35 °C",
            )
        )
    return flags, advice


def _fever_for_5_days(ctx: CryContext) -> RedFlag | None:
    """NICE NG143 amber: a fever that has lasted 5 days or more (see the module docstring)."""
    fevers = sorted(
        (r for r in ctx.temperatures if r.at <= ctx.now and r.celsius >= FEVER),
        key=lambda r: r.at,
    )
    if not fevers or not ctx.recent(fevers[-1].at):
        return None
    latest = first = fevers[-1]
    for reading in reversed(fevers[:-1]):
        if first.at - reading.at > FEVER_EPISODE_GAP:
            break
        first = reading
    if ctx.now - first.at < FEVER_DAYS_SPAN:
        return None
    days = (ctx.now - first.at).days + 1
    return RedFlag(
        "fever_5_days",
        HelpLevel.URGENT,
        t(_("A fever logged for %(days)s days"), days=days),
        (
            t(
                _(
                    "A fever that lasts 5 days or more needs a doctor to see your baby, even if "
                    "they seem better in between. Please call your doctor or an urgent advice "
                    "line (NHS 111 in England) today."
                )
            ),
            URGENT_STEPS[1],
            t(_("If a doctor has already seen your baby about this, follow their advice.")),
        ),
        (
            t(
                _("The first fever in this run was logged %(days)s days ago: %(temp)s."),
                days=(ctx.now - first.at).days,
                temp=Celsius(first.celsius),
            ),
            t(_("The latest: %(reading)s."), reading=_reading_text(latest, ctx)),
        ),
        f"{NICE_AMBER} (fever for >= 5 days); NICE NG143 home-care safety net",
    )


def _fever_advice(reading: Reading, ctx: CryContext) -> Advice:
    if reading.celsius >= AAP_HIGH_FEVER_OVER_6_MONTHS:
        return Advice(
            "high_fever",
            HelpLevel.CONTACT_PROVIDER,
            t(
                _(
                    "%(temp)s is a high temperature. Please call your doctor, health visitor or an "
                    "advice line today for advice."
                ),
                temp=Celsius(reading.celsius),
            ),
            "AAP (via HealthDay, [V2]): over 6 months, 103 °F / 39.4 °C or above, call",
        )
    return Advice(
        "fever",
        HelpLevel.TALK_SOON,
        t(
            _(
                "%(temp)s is a fever. Keep an eye on your baby, check on them during the night and "
                "offer plenty of feeds. Contact your doctor if they seem unwell in any of the ways "
                "listed, if you are worried, or if the fever lasts 5 days or more."
            ),
            temp=Celsius(reading.celsius),
        ),
        "NICE NG143 home-care advice and safety net (fever >= 5 days is amber)",
    )
