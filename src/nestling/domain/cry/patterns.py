"""Crying over days, what usually settles this baby, and care for the caregivers.

Sources (clinical-reference §7.2, §7.5):
- The numbers (Wolke 2017's normal crying by age, Wessel and Rome IV's long crying days and the
  rule of threes, the ages colic is spoken of) are in nestling.domain.thresholds.crying.
- Wolke, Bilgin & Samara 2017: no universal 6-week peak; colic in 17–25% in the first 6 weeks.
  ICHD-3: "one baby in five".
- Period of PURPLE Crying (NCSBS / Barr) and ICON (Dr Suzanne Smith; NHS): peak around 6–8
  weeks; NHS Healthier Together says 2 weeks to 4 months; Wolke found no single peak. The
  helper says so rather than pick one.
- ICON: Infant crying is normal and it will stop; Comfort methods can sometimes soothe; it's OK
  to walk away if the baby is safe and the crying is getting to you; Never shake or hurt a baby.
- AAP 2022 safe sleep (Moon et al.): on the back, on a firm surface, in their own cot.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from nestling.domain import days as family_days
from nestling.domain.cry.context import CryContext, Episode
from nestling.domain.cry.result import Advice, DayMinutes, Patterns, Strain, WhatWorks
from nestling.domain.cry.text import AgeBand, AgeDays, Clock, Minutes, Text, t
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.kinds import cry as cry_kind
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import ages, crying
from nestling.domain.thresholds import checkin as marks

WEEK = 7
ENOUGH_HISTORY = 5  # recorded episodes before "what usually works" says anything
HISTORY_SAMPLE = 10

# The journal's cry kind names each way of soothing once, for its form, timeline and this helper.
SOOTHING_LABELS = cry_kind.SOOTHING_LABELS
PERIOD_TEXT = {
    "night": _("%(what)s settled %(n)s of the last %(total)s night-time cries."),
    "morning": _("%(what)s settled %(n)s of the last %(total)s morning cries."),
    "afternoon": _("%(what)s settled %(n)s of the last %(total)s afternoon cries."),
    "evening": _("%(what)s settled %(n)s of the last %(total)s evening cries."),
    "any": _("%(what)s settled %(n)s of the last %(total)s crying spells."),
}

# ICON (Dr Suzanne Smith; NHS and safeguarding partnerships); AAP 2022 safe sleep (Moon et al.).
SAFETY = (
    t(_("Crying is normal, and it will stop.")),
    t(_("Comforting can sometimes soothe your baby, but not every time — that is not your fault.")),
    t(
        _(
            "It is OK to put your baby down safely, on their back in their cot, and step away for "
            "a few minutes if the crying is getting to you. Then go back and check on them."
        )
    ),
    t(_("Never, ever shake or hurt a baby.")),
)


def period_of(moment: datetime, zone: str) -> str:
    hour = moment.astimezone(ZoneInfo(zone)).hour
    if hour >= 22 or hour < 6:
        return "night"
    if hour < 12:
        return "morning"
    if hour < 17:
        return "afternoon"
    return "evening"


def crying_days(ctx: CryContext, count: int = WEEK) -> tuple[DayMinutes, ...]:
    """Crying minutes per family day (the household's zone and day start), oldest first.

    An episode that crosses the day start is split between the two days; a running one counts
    until `now`.
    """
    today = family_days.day_of(ctx.now, ctx.zone, ctx.day_starts_at)
    result = []
    for back in range(count - 1, -1, -1):
        day = today - timedelta(days=back)
        start, end = family_days.day_window(day, ctx.zone, ctx.day_starts_at)
        result.append(
            DayMinutes(
                day,
                _minutes_within(ctx.episodes, start, min(end, ctx.now), ctx.now),
                end <= ctx.now,
            )
        )
    return tuple(result)


def _minutes_within(
    episodes: tuple[Episode, ...], start: datetime, end: datetime, now: datetime
) -> int:
    seconds = 0.0
    for episode in episodes:
        stop = episode.ended_at or (now if episode.running else episode.started_at)
        overlap = (min(stop, end) - max(episode.started_at, start)).total_seconds()
        seconds += max(0.0, overlap)
    return round(seconds / 60)


def _typical_text(age: int, typical: tuple[int, int] | None) -> Text:
    if typical is None:
        return t(
            _(
                "After about %(band)s crying usually settles. There are no reliable daily figures "
                "for older babies in Nestling's sources, so look at how your baby's days compare "
                "with their own usual."
            ),
            band=AgeBand(ages.THREE_MONTHS),
        )
    mean, sd = typical
    return t(
        _(
            "At %(age)s babies fuss and cry for about %(mean)s a day on average; for most it is "
            "between about %(low)s and %(high)s (Wolke 2017, 28 studies)."
        ),
        age=AgeDays(age),
        mean=_about(mean),
        low=_about(max(0, mean - sd)),
        high=_about(mean + sd),
    )


def _about(minutes: float) -> Minutes:
    """Rounded to 5 minutes: these are averages over many babies, not measurements."""
    return Minutes(5 * round(minutes / 5))


def patterns(ctx: CryContext, days: tuple[DayMinutes, ...]) -> tuple[Patterns, list[Advice]]:
    """Crying over the last week against the normal range, the rule of threes, and strain."""
    age = ctx.age
    typical = crying.typical_minutes(age)
    long_days = sum(1 for d in days if d.long)  # counted here only; Patterns.long_days carries it
    rule = long_days >= crying.RULE_OF_THREES_DAYS
    messages: list[Text] = []
    advice: list[Advice] = []
    if typical is not None:
        mean, sd = typical
        above = [d for d in days if d.complete and d.minutes > mean + crying.MORE_THAN_MOST_SD * sd]
        if above and not rule:
            messages.append(
                t(
                    _(
                        "%(n)s of the last 7 days had more crying than most babies of this age "
                        "have. Keep noting it: it helps you and your health visitor see the "
                        "pattern."
                    ),
                    n=len(above),
                )
            )
    if rule:
        messages += _long_crying_messages(age, long_days)
        advice.append(
            Advice(
                "long_crying",
                HelpLevel.CONTACT_PROVIDER,
                t(
                    _(
                        "Please talk to your health visitor or doctor this week about the long "
                        "crying days, so they can check for other causes such as reflux, "
                        "constipation or an infection."
                    )
                ),
                "Rome IV (no evidence of illness is part of the definition); NHS Healthier "
                "Together (reflux, constipation, infection)",
            )
        )
    result = Patterns(
        days=days,
        mean_minutes=typical[0] if typical else None,
        sd_minutes=typical[1] if typical else None,
        typical=_typical_text(age, typical),
        long_days=long_days,
        rule_of_threes=rule,
        messages=tuple(messages),
        strain=strain(ctx, long_days),
    )
    return result, advice


def _long_crying_messages(age: int, long_days: int) -> list[Text]:
    counted = t(
        _("Your baby cried for %(hours)s hours or more on %(n)s of the last 7 days."),
        hours=crying.LONG_DAY_HOURS,
        n=long_days,
    )
    if age >= crying.COLIC_UNTIL_DAYS:
        return [
            counted,
            t(
                _(
                    "Long crying on most days is less common at this age, so it is worth asking "
                    "your doctor or health visitor to have a look."
                )
            ),
        ]
    return [
        counted,
        t(
            _(
                "Many families go through this: about 1 in 5 babies cry this much in the first "
                "weeks (sometimes called colic). It is a phase, and it ends."
            )
        ),
        t(
            _(
                "Crying commonly increases from about 2 weeks, is highest in the second month "
                "and usually settles by 3–4 months. Sources differ on the peak: 6–8 weeks (ICON, "
                "PURPLE crying), anywhere from 2 weeks to 4 months (NHS), or no single peak at all "
                "(Wolke 2017)."
            )
        ),
        t(
            _(
                "The Period of PURPLE Crying describes this stage: a Peak of crying, Unexpected, "
                "Resists soothing, a Pain-like face, Long lasting, often in the Evening."
            )
        ),
    ]


CHECKIN_WINDOW = timedelta(days=3)


def strain(ctx: CryContext, long_days: int) -> Strain | None:
    """Offer a check-in on long crying days; warm words and help when check-ins show strain."""
    if long_days < 2:
        return None
    checkins = sorted(
        (c for c in ctx.checkins if ctx.now - CHECKIN_WINDOW <= c.at <= ctx.now),
        key=lambda c: c.at,
        reverse=True,
    )
    found: dict[str, Text] = {}  # the newest check-in that shows each kind of strain
    for checkin in checkins:
        for kind, text in _signals(
            checkin.at, checkin.hours_slept, checkin.mood, checkin.stress, checkin.supported
        ):
            found.setdefault(kind, text)
    signals = list(found.values())
    if not signals:
        return Strain(
            under_strain=False,
            signals=(),
            messages=(
                t(
                    _(
                        "Long crying days are hard on everyone who cares for a baby. How are you "
                        "doing? A quick check-in helps you look after yourself too."
                    )
                ),
            ),
        )
    return Strain(
        under_strain=True,
        signals=tuple(signals[:4]),
        messages=(
            t(
                _(
                    "These have been long crying days, and your check-ins say it is taking a lot "
                    "out of you. That is understandable, and it does not mean you are doing "
                    "anything wrong."
                )
            ),
            t(
                _(
                    "If you can, take turns with another adult, and let family or friends help "
                    "with practical things so you can rest."
                )
            ),
            t(
                _(
                    "If you feel low, anxious or overwhelmed most days, talk to your health "
                    "visitor, midwife or doctor. Support helps, and the services below are there "
                    "for you too."
                )
            ),
        ),
    )


def _signals(
    at: datetime,
    hours: float | None,
    mood: int | None,
    stress: int | None,
    supported: bool | None,
) -> list[tuple[str, Text]]:
    """(kind, text) for each sign of strain in one check-in."""
    found: list[tuple[str, Text]] = []
    when = Clock(at)
    if hours is not None and hours <= marks.SHORT_SLEEP_HOURS:
        text = t(_("You slept %(h)s hours (check-in at %(time)s)."), h=f"{hours:g}", time=when)
        found.append(("sleep", text))
    if mood is not None and mood <= marks.LOW_MOOD:
        text = t(_("Your mood was low: %(n)s of 5 (check-in at %(time)s)."), n=mood, time=when)
        found.append(("mood", text))
    if stress is not None and stress >= marks.HIGH_STRESS:
        text = t(
            _("You felt very stressed: %(n)s of 5 (check-in at %(time)s)."), n=stress, time=when
        )
        found.append(("stress", text))
    if supported is False:
        text = t(_("You did not feel supported (check-in at %(time)s)."), time=when)
        found.append(("support", text))
    return found


def what_works(ctx: CryContext) -> list[WhatWorks]:
    """What settled this baby before: the same time of day when there is enough history."""
    past = sorted(
        (
            e
            for e in ctx.episodes
            if not e.running and e.started_at < ctx.now and (e.soothed_by or e.tried)
        ),
        key=lambda e: e.started_at,
        reverse=True,
    )
    period = period_of(ctx.now, ctx.zone)
    same = [e for e in past if period_of(e.started_at, ctx.zone) == period][:HISTORY_SAMPLE]
    if len(same) >= ENOUGH_HISTORY:
        pool = same
    elif len(past) >= ENOUGH_HISTORY:
        pool, period = past[:HISTORY_SAMPLE], "any"
    else:
        return []
    counts = Counter(code for e in pool for code in set(e.soothed_by) if code != "other")
    found: list[WhatWorks] = []
    for code, settled in counts.most_common():
        if settled >= 2 and settled / len(pool) >= 0.3 and len(found) < 3:
            text = t(
                PERIOD_TEXT[period],
                what=t(SOOTHING_LABELS.get(code, code)),
                n=settled,
                total=len(pool),
            )
            found.append(WhatWorks(code, settled, len(pool), period, text))
    return found
