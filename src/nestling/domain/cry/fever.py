"""Logged temperatures: fever and low temperature by age band, and a fever that lasts 5 days.

The numbers and their sources are in nestling.domain.thresholds.temperature (NICE NG143 traffic
light; NHS lists; AAP); the age bands in thresholds.ages. Texts state the same numbers they
check, as typed values shown in the household's units.
[P] A fever lasting FEVER_DAYS, from the log: the episode is a chain of fever readings no more
than FEVER_EPISODE_GAP apart (a normal reading in between, e.g. after paracetamol, does not end
it) whose latest reading is from the last 24 h, so the fever is taken to be still going on. From
FEVER_DAYS - 1 days after its first reading (the start of its last day) it is flagged. The time is
counted to now, not to the latest reading: a missed flag is the only way this rule can go wrong
that matters, so a day without a logged reading does not hold it back.
"""

from __future__ import annotations

from nestling.domain.cry.context import CryContext, Reading
from nestling.domain.cry.flags import URGENT_STEPS, age_line
from nestling.domain.cry.result import Advice, RedFlag
from nestling.domain.cry.text import URGENT_LINE, AgeBand, Celsius, Clock, Minutes, Text, t
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import ages, temperature

NICE_RED_FEVER = (
    "NICE NG143 traffic-light table, red: 'Age less than 3 months, temperature >= 38 °C'"
)
NICE_AMBER_FEVER = (
    "NICE NG143 traffic-light table, amber: 'Age 3 to 6 months, temperature >= 39 °C'"
)
NICE_FEVER_DAYS = (
    "NICE NG143 traffic-light table, amber: 'Fever for >= 5 days'; home-care advice: seek "
    "further advice if 'the fever lasts 5 days or longer'"
)
NHS_FEVER = "NHS lists: 'temperature over 38 °C under 3 months, or over 39 °C at 3–6 months'"
NHS_LOW = "NHS via NCT: 'a low temperature below 35 °C'"
AAP_HIGH = "AAP (via HealthDay, [V2]): over 6 months, call at 103 °F (39.4 °C) or above"
SEEN_ALREADY = t(_("If a doctor has already seen your baby about this, follow their advice."))


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
    hot: tuple[Text, ...] = (t(_("Logged: %(reading)s."), reading=_reading_text(hottest, ctx)),)
    hot += (*_later(hottest, readings, ctx), age_line(ctx))
    limit = temperature.red_flag_fever_c(ctx.age)
    if limit is not None and hottest.celsius >= limit:
        flags.append(_fever_flag(ctx, limit, hot))
    elif hottest.celsius >= temperature.FEVER_C:
        advice.append(_fever_advice(hottest, ctx))
    lasting = _fever_for_days(ctx)
    if lasting is not None:
        flags.append(lasting)
    if coldest.celsius < temperature.LOW_C:
        flags.append(
            RedFlag(
                "low_temperature",
                HelpLevel.URGENT,
                t(_("A low temperature: below %(temp)s"), temp=Celsius(temperature.LOW_C)),
                (
                    t(_("Warm your baby with a cuddle and a blanket while you get help.")),
                    *URGENT_STEPS,
                ),
                (
                    t(_("Logged: %(reading)s."), reading=_reading_text(coldest, ctx)),
                    *_later(coldest, readings, ctx),
                ),
                NHS_LOW,
            )
        )
    return flags, advice


def _fever_flag(ctx: CryContext, limit: float, evidence: tuple[Text, ...]) -> RedFlag:
    if ctx.age < ages.THREE_MONTHS:
        # NICE NG143 red: seen face to face within 2 hours.
        return RedFlag(
            "fever_under_3_months",
            HelpLevel.URGENT,
            t(
                _("A temperature of %(temp)s or more under %(age)s"),
                temp=Celsius(limit),
                age=AgeBand(ages.THREE_MONTHS),
            ),
            (
                t(
                    _(
                        "A baby under %(age)s with a temperature of %(temp)s or more should be "
                        "seen by a doctor within 2 hours (NICE), even if they seem well otherwise."
                    ),
                    age=AgeBand(ages.THREE_MONTHS),
                    temp=Celsius(limit),
                ),
                *URGENT_STEPS,
                SEEN_ALREADY,
            ),
            evidence,
            f"{NICE_RED_FEVER}; {NHS_FEVER}",
        )
    return RedFlag(
        "fever_3_to_6_months",
        HelpLevel.URGENT,
        t(
            _("A temperature of %(temp)s or more at %(young)s to %(old)s"),
            temp=Celsius(limit),
            young=AgeBand(ages.THREE_MONTHS),
            old=AgeBand(ages.SIX_MONTHS),
        ),
        (*URGENT_STEPS, SEEN_ALREADY),
        evidence,
        f"{NICE_AMBER_FEVER}; {NHS_FEVER}",
    )


def _fever_for_days(ctx: CryContext) -> RedFlag | None:
    """NICE NG143 amber: a fever that has lasted FEVER_DAYS or more (see the module docstring)."""
    fevers = sorted(
        (r for r in ctx.temperatures if r.at <= ctx.now and r.celsius >= temperature.FEVER_C),
        key=lambda r: r.at,
    )
    if not fevers or not ctx.recent(fevers[-1].at):
        return None
    latest = first = fevers[-1]
    for reading in reversed(fevers[:-1]):
        if first.at - reading.at > temperature.FEVER_EPISODE_GAP:
            break
        first = reading
    if ctx.now - first.at < temperature.fever_days_span():
        return None
    days = (ctx.now - first.at).days + 1
    return RedFlag(
        "fever_5_days",
        HelpLevel.URGENT,
        t(_("A fever logged for %(days)s days"), days=days),
        (
            t(
                _(
                    "A fever that lasts %(days)s days or more needs a doctor to see your baby, "
                    "even if they seem better in between. Please call %(urgent)s today."
                ),
                days=temperature.FEVER_DAYS,
                urgent=URGENT_LINE,
            ),
            URGENT_STEPS[1],
            SEEN_ALREADY,
        ),
        (
            t(
                _("The first fever in this run was logged %(days)s days ago: %(temp)s."),
                days=(ctx.now - first.at).days,
                temp=Celsius(first.celsius),
            ),
            t(_("The latest: %(reading)s."), reading=_reading_text(latest, ctx)),
        ),
        NICE_FEVER_DAYS,
    )


def _fever_advice(reading: Reading, ctx: CryContext) -> Advice:
    if reading.celsius >= temperature.HIGH_FEVER_C:
        return Advice(
            "high_fever",
            HelpLevel.CONTACT_PROVIDER,
            t(
                _("%(temp)s is a high temperature. Please call %(urgent)s today for advice."),
                temp=Celsius(reading.celsius),
                urgent=URGENT_LINE,
            ),
            AAP_HIGH,
        )
    return Advice(
        "fever",
        HelpLevel.TALK_SOON,
        t(
            _(
                "%(temp)s is a fever. Keep an eye on your baby, check on them during the night and "
                "offer plenty of feeds. Contact your doctor if they seem unwell in any of the ways "
                "listed, if you are worried, or if the fever lasts %(days)s days or more."
            ),
            temp=Celsius(reading.celsius),
            days=temperature.FEVER_DAYS,
        ),
        f"NICE NG143 home-care advice and safety net; {NICE_FEVER_DAYS}",
    )
