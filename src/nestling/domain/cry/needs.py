"""Reasons from care needs: hunger, diaper, tiredness, wind, too hot or too cold.

Sources (clinical-reference §7.1, §7.3, §7.4):
- Cry-sis quick facts and HENRY: the checks and what to try; NWH: crying is a late hunger cue.
- Feeding intervals and usual bottles (CDC; AAP healthychildren): nestling.domain.thresholds.
  feeding. Wake windows (no guideline; commercial sources disagree, so shown only as soft ranges
  labelled "a rule of thumb, not medical guidance"): thresholds.sleep.
- Temperature: feel the tummy, not hands or feet (Cry-sis); the marks are in thresholds.
  temperature; avoid overheating and head covering in sleep (AAP 2022).
[P] Scores are Nestling's own weighting of how strongly the log points at a reason.
"""

from __future__ import annotations

import statistics
from datetime import timedelta

from nestling.domain.cry.context import CryContext, Feed
from nestling.domain.cry.result import Reason, Suggestion
from nestling.domain.cry.scoring import Draft, ramp, recent_cue
from nestling.domain.cry.text import AgeDays, Celsius, Clock, Minutes, Text, t
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import ages, feeding, sleep, temperature

HUNGER_CUES = ("rooting", "hands to mouth", "hand to mouth", "lip", "sucking", "smacking")
TIRED_CUES = ("yawn", "rubbing eyes", "eye rubbing", "staring", "jerky")


# --- hunger ------------------------------------------------------------------------------------


def _formula(ctx: CryContext) -> bool:
    if ctx.feeding:
        return ctx.feeding == "formula"
    milk = [f for f in ctx.feeds if f.method != "solids"]
    return bool(milk) and all(f.method == "bottle" and f.milk == "formula" for f in milk)


def _small_feed(ctx: CryContext, last: Feed) -> Text | None:
    if last.method == "bottle" and last.amount_ml:
        others = [
            f.amount_ml
            for f in ctx.feeds
            if f is not last and f.method == "bottle" and f.amount_ml and ctx.recent(f.started_at)
        ]
        usual = statistics.median(others) if len(others) >= 2 else feeding.usual_bottle_ml(ctx.age)
        if usual and last.amount_ml < 0.6 * usual:
            return t(
                _("The last bottle was %(ml)s ml, less than usual (about %(usual)s ml)."),
                ml=round(last.amount_ml),
                usual=round(usual),
            )
    if last.method == "breast" and last.minutes is not None and last.minutes < 5:
        return t(_("The last breastfeed was short (%(m)s)."), m=Minutes(last.minutes))
    return None


def hunger(ctx: CryContext) -> Draft:
    low, high = feeding.feed_interval(ctx.age, _formula(ctx))
    usual = t(
        _("At %(age)s most babies feed every %(low)s–%(high)s hours."),
        age=AgeDays(ctx.age),
        low=low,
        high=high,
    )
    last = ctx.last_feed()
    if last is None:
        draft = Draft(Reason.HUNGER, 0.5)
        draft.add(0, t(_("No feed logged in the last 24 hours: when did they last feed?")))
        draft.add(0, usual)
    elif last.running:
        draft = Draft(Reason.HUNGER, 0.1)
        draft.add(0, t(_("A feed is going on now (since %(time)s)."), time=Clock(last.started_at)))
    else:
        hours = ctx.since(last.started_at) / 60
        score = ramp(hours, ((low / 2, 0.1), (high, 0.8), (high * 1.5, 0.95)))
        draft = Draft(Reason.HUNGER, score)
        draft.add(
            0,
            t(
                _("Last feed %(ago)s ago (at %(time)s)."),
                ago=Minutes(ctx.since(last.started_at)),
                time=Clock(last.started_at),
            ),
        )
        draft.add(0, usual)
        small = _small_feed(ctx, last)
        if small is not None:
            draft.add(0.1, small)
    cue = recent_cue(ctx, HUNGER_CUES)
    if cue is not None and not (last and last.running):
        draft.add(0.15, t(_("Hunger cue at %(time)s: “%(cue)s”."), time=Clock(cue[0]), cue=cue[1]))
    if _cluster_feeding(ctx):
        draft.add(
            0.05,
            t(
                _(
                    "Several feeds close together in the evening (cluster feeding) are normal in "
                    "the first months."
                )
            ),
        )
    return draft


def _cluster_feeding(ctx: CryContext) -> bool:
    if ctx.age >= ages.THREE_MONTHS or not 17 <= ctx.local_hour() <= 23:
        return False
    window = timedelta(hours=4)
    return sum(1 for f in ctx.feeds if ctx.recent(f.started_at, window)) >= 3


HUNGER_TRIES = (
    Suggestion(t(_("Offer a feed: breast or bottle.")), "feed"),
    Suggestion(
        t(
            _(
                "Crying is a late hunger sign. Earlier ones are stirring, rooting, lip-smacking "
                "and sucking on hands."
            )
        )
    ),
)


# --- diaper ------------------------------------------------------------------------------------


def diaper(ctx: CryContext) -> Draft:
    last = ctx.last_diaper()
    if last is None:
        draft = Draft(Reason.DIAPER, 0.35)
        draft.add(0, t(_("No diaper change logged in the last 24 hours.")))
        return draft
    minutes = ctx.since(last.at)
    draft = Draft(Reason.DIAPER, ramp(minutes, ((20, 0.05), (30, 0.15), (180, 0.7), (300, 0.8))))
    draft.add(
        0,
        t(
            _("Last diaper change %(ago)s ago (at %(time)s)."),
            ago=Minutes(minutes),
            time=Clock(last.at),
        ),
    )
    feed = ctx.last_feed()
    if feed and feed.ended_at and feed.ended_at > last.at and minutes >= 20:
        since_feed = ctx.since(feed.ended_at)
        if 5 <= since_feed <= 90:
            # [P] Babies often fill their diaper during or soon after a feed.
            draft.add(0.1, t(_("There has been a feed since the last change.")))
    return draft


DIAPER_TRIES = (
    Suggestion(t(_("Check the diaper and change it if it is wet or dirty.")), "diaper"),
    Suggestion(t(_("Look for diaper rash, and for clothes or diaper tabs that are too tight."))),
)


# --- tired -------------------------------------------------------------------------------------


def tired(ctx: CryContext) -> Draft:
    low, high = sleep.wake_window(ctx.age)
    last = ctx.last_sleep()
    if last is None:
        draft = Draft(Reason.TIRED, 0.3)
        draft.add(0, t(_("No sleep logged in the last 24 hours.")))
    elif last.ended_at is None:
        slept = ctx.since(last.started_at)
        draft = Draft(Reason.TIRED, 0.45 if slept < 40 else 0.2)
        draft.add(
            0,
            t(
                _(
                    "A sleep timer has been running since %(time)s (%(slept)s). If they have just "
                    "woken, stop it so the log stays right."
                ),
                time=Clock(last.started_at),
                slept=Minutes(slept),
            ),
        )
    else:
        awake = ctx.since(last.ended_at)
        draft = Draft(
            Reason.TIRED, ramp(awake, ((low / 2, 0.1), (low, 0.45), (high, 0.75), (2 * high, 0.9)))
        )
        draft.add(
            0,
            t(
                _(
                    "Awake for %(awake)s (since %(time)s). At %(age)s a common wake window is "
                    "%(low)s–%(high)s: a rule of thumb, not medical guidance."
                ),
                awake=Minutes(awake),
                time=Clock(last.ended_at),
                age=AgeDays(ctx.age),
                low=Minutes(low),
                high=Minutes(high),
            ),
        )
        napped = int((last.ended_at - last.started_at).total_seconds() // 60)
        if napped < 40 and awake < 60:
            draft.add(0.1, t(_("The last sleep was short (%(m)s)."), m=Minutes(napped)))
        if ctx.local_hour() >= 18 and awake >= low:
            draft.add(0.05)
    cue = recent_cue(ctx, TIRED_CUES)
    if cue is not None:
        draft.add(0.15, t(_("Tired sign at %(time)s: “%(cue)s”."), time=Clock(cue[0]), cue=cue[1]))
    return draft


TIRED_TRIES = (
    Suggestion(t(_("Look for tired signs: yawning, rubbing eyes, staring away, fussing."))),
    Suggestion(t(_("Rock or sway gently in a darker, quieter room.")), "rocking"),
    Suggestion(t(_("Steady shushing or white noise.")), "white_noise"),
    Suggestion(t(_("Lay them down to sleep on their back in their own cot.")), "sleep"),
)


# --- wind --------------------------------------------------------------------------------------


def wind(ctx: CryContext) -> Draft:
    last = ctx.last_feed()
    if last is None or last.method == "solids":
        return Draft(Reason.WIND, 0.2)
    factor = 1.0 if ctx.age < 120 else (0.8 if ctx.age < ages.SIX_MONTHS else 0.6)
    if last.running:
        draft = Draft(Reason.WIND, 0.45 * factor)
        draft.add(0, t(_("Crying during a feed can be wind: pause and try burping.")))
        return draft
    since = ctx.since(last.ended_at or last.started_at)
    base = ramp(since, ((60, 0.55), (120, 0.15)))
    if last.method == "bottle":
        base += 0.05
    draft = Draft(Reason.WIND, base * factor)
    if since <= 120:
        draft.add(
            0,
            t(
                _("Fed %(ago)s ago: babies often swallow some air while feeding."),
                ago=Minutes(since),
            ),
        )
    return draft


WIND_TRIES = (
    Suggestion(
        t(_("Hold them upright against your shoulder and gently pat or rub their back.")), "wind"
    ),
    Suggestion(t(_("Try a different holding position, or walk around with them.")), "walk"),
    Suggestion(t(_("Gently massage their tummy in clockwise circles.")), "massage"),
)


# --- too hot or cold ---------------------------------------------------------------------------


def too_hot_or_cold(ctx: CryContext) -> Draft:
    readings = [r for r in ctx.temperatures if ctx.recent(r.at, timedelta(hours=6))]
    if not readings:
        return Draft(Reason.TOO_HOT_OR_COLD, 0.2)
    last = max(readings, key=lambda r: r.at)
    reading = t(
        _("Last temperature %(temp)s at %(time)s"), temp=Celsius(last.celsius), time=Clock(last.at)
    )
    if temperature.WARM_C <= last.celsius < temperature.FEVER_C:
        draft = Draft(Reason.TOO_HOT_OR_COLD, 0.55)
        draft.add(
            0,
            t(
                _("%(reading)s: a little warm. Check they are not dressed or wrapped too warmly."),
                reading=reading,
            ),
        )
    elif temperature.LOW_C <= last.celsius < temperature.COOL_C:
        draft = Draft(Reason.TOO_HOT_OR_COLD, 0.55)
        draft.add(
            0, t(_("%(reading)s: on the cool side. Check they are warm enough."), reading=reading)
        )
    elif last.celsius >= temperature.FEVER_C or last.celsius < temperature.LOW_C:
        draft = Draft(Reason.TOO_HOT_OR_COLD, 0.2)
    else:
        draft = Draft(Reason.TOO_HOT_OR_COLD, 0.1)
        draft.add(0, t(_("%(reading)s: normal."), reading=reading))
    return draft


TEMPERATURE_TRIES = (
    Suggestion(
        t(
            _(
                "Feel their tummy or the back of their neck, not hands or feet (which are often "
                "cool), and add or take off a layer."
            )
        ),
        "temperature",
    ),
    Suggestion(t(_("Never cover their head when they sleep, and don't let them get too hot."))),
)
