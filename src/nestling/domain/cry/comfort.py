"""Reasons from comfort and health: stimulation, closeness, illness, teething, long crying.

Sources (clinical-reference §7.1, §7.2):
- HENRY: overstimulated or bored; wants a cuddle (skin-to-skin, sling, talking, singing).
- NHS Healthier Together: reflux, constipation and infection can cause crying.
- NHS "Teething symptoms": most start around 6 months, some before 4 months; no research shows
  teething causes fever or diarrhoea, so a fever is never put down to teething.
- Colic pattern: Wessel (from about 2 weeks), Rome IV (younger than 5 months, no fever or
  illness); the day counts come from patterns.py.
[P] Scores are Nestling's own weighting of how strongly the log points at a reason.
"""

from __future__ import annotations

from datetime import timedelta

from nestling.domain.cry.context import CryContext
from nestling.domain.cry.result import Reason, RedFlag, Suggestion
from nestling.domain.cry.scoring import Draft, listing, ramp
from nestling.domain.cry.text import URGENT_LINE, AgeDays, Celsius, Clock, Minutes, t
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import ages, crying, temperature

TEETHING_FROM_DAYS = 120  # about 4 months: "some start before 4 months" (NHS); most around 6
TEETHING_WORDS = ("teeth", "teething", "tooth", "gum", "dribbl", "drool")
STIMULATING = ("tummy_time", "eye_contact_play", "bath", "reading")
HOLDING = ("skin_to_skin", "rocking", "walk", "massage")


# --- overstimulated ----------------------------------------------------------------------------


def overstimulated(ctx: CryContext) -> Draft:
    window = timedelta(minutes=90)
    start = ctx.now - window
    minutes = 0
    kinds: list[str] = []
    for activity in ctx.activities:
        if activity.kind not in STIMULATING:
            continue
        end = activity.end(ctx.now)
        overlap = int((end - max(activity.started_at, start)).total_seconds() // 60)
        if overlap > 0:
            minutes += overlap
            kinds.append(activity.kind)
    threshold = 20 if ctx.age < ages.THREE_MONTHS else (30 if ctx.age < ages.SIX_MONTHS else 45)
    draft = Draft(Reason.OVERSTIMULATED, 0.15 + 0.5 * min(1.0, minutes / threshold))
    if minutes:
        draft.add(
            0,
            t(
                _(
                    "%(m)s of play (%(what)s) in the last 1 h 30 min. Lots of new sights and "
                    "sounds can tire a young baby quickly."
                ),
                m=Minutes(minutes),
                what=listing([ACTIVITY_LABELS[k] for k in dict.fromkeys(kinds)]),
            ),
        )
    if ctx.age < 120 and 17 <= ctx.local_hour() <= 22:
        draft.add(0.05, t(_("Evenings are often the hardest time for young babies.")))
    return draft


ACTIVITY_LABELS = {
    "tummy_time": _("tummy time"),
    "eye_contact_play": _("face-to-face play"),
    "bath": _("bath"),
    "reading": _("reading"),
}
STIMULATION_TRIES = (
    Suggestion(t(_("Move somewhere calmer, darker and quieter.")), "quiet"),
    Suggestion(t(_("Fewer faces, toys and voices: hold them close and still."))),
    Suggestion(t(_("An older baby may be bored instead: a change of scene can help."))),
)


# --- wants closeness ---------------------------------------------------------------------------


def wants_closeness(ctx: CryContext) -> Draft:
    held = [a for a in ctx.activities if a.kind in HOLDING and ctx.recent(a.started_at)]
    bonus = 0.05 if ctx.age < ages.THREE_MONTHS else 0.0
    if not held:
        draft = Draft(Reason.WANTS_CLOSENESS, 0.4 + bonus)
        draft.add(0, t(_("No skin-to-skin, rocking or carrying logged in the last 24 hours.")))
        return draft
    last = max(held, key=lambda a: a.started_at)
    if last.running:
        draft = Draft(Reason.WANTS_CLOSENESS, 0.1)
        draft.add(0, t(_("Being held now (since %(time)s)."), time=Clock(last.started_at)))
        return draft
    since = ctx.since(last.end(ctx.now))
    draft = Draft(Reason.WANTS_CLOSENESS, ramp(since, ((30, 0.15), (180, 0.4), (360, 0.5))) + bonus)
    draft.add(0, t(_("Last held close (logged) %(ago)s ago."), ago=Minutes(since)))
    return draft


CLOSENESS_TRIES = (
    Suggestion(t(_("Pick them up and hold them close.")), "cuddle"),
    Suggestion(t(_("Skin-to-skin on your chest.")), "skin_to_skin"),
    Suggestion(t(_("Rock or sway gently, or use a sling.")), "rocking"),
    Suggestion(t(_("Talk or sing softly; stroke their back slowly.")), "singing"),
)


# --- unwell ------------------------------------------------------------------------------------


def _about_teeth(text: str) -> bool:
    """A note about teething is evidence for teething, not for illness."""
    return any(word in text.lower() for word in TEETHING_WORDS)


def unwell(ctx: CryContext, ticked: frozenset[str], flags: list[RedFlag]) -> Draft:
    draft = Draft(Reason.UNWELL, 0.1)
    readings = ctx.recent_readings
    if readings:
        hot = max(readings, key=lambda r: r.celsius)
        cold = min(readings, key=lambda r: r.celsius)
        if hot.celsius >= temperature.FEVER_C:
            draft.score = 0.9
            draft.add(
                0,
                t(
                    _("A temperature of %(temp)s at %(time)s: that is a fever."),
                    temp=Celsius(hot.celsius),
                    time=Clock(hot.at),
                ),
            )
        elif hot.celsius >= temperature.WARM_C:
            draft.score = max(draft.score, 0.35)
            draft.add(
                0,
                t(
                    _("A temperature of %(temp)s at %(time)s: a little warm."),
                    temp=Celsius(hot.celsius),
                    time=Clock(hot.at),
                ),
            )
        if cold.celsius < temperature.COOL_C:
            draft.score = max(draft.score, 0.85 if cold.celsius < temperature.LOW_C else 0.3)
            draft.add(
                0,
                t(
                    _("A low temperature of %(temp)s at %(time)s."),
                    temp=Celsius(cold.celsius),
                    time=Clock(cold.at),
                ),
            )
    notes = sorted(
        (
            n
            for n in ctx.notes
            if n.kind == "symptom" and ctx.recent(n.at) and not _about_teeth(n.text)
        ),
        key=lambda n: n.at,
        reverse=True,
    )
    for note in notes[:3]:
        # [P] A symptom noted in the last 6 hours weighs more than one from earlier in the day.
        fresh = ctx.recent(note.at, timedelta(hours=6))
        draft.score = max(draft.score, 0.6 if fresh else 0.45)
        draft.add(
            0,
            t(
                _("Symptom logged at %(time)s: “%(note)s”."),
                time=Clock(note.at),
                note=note.text[:120],
            ),
        )
    if ticked or flags:
        draft.score = max(draft.score, 0.95)
        draft.add(0, t(_("There are warning signs: see them above.")))
    return draft


UNWELL_TRIES = (
    Suggestion(t(_("Take their temperature."))),
    Suggestion(t(_("Go through the symptom check."))),
    Suggestion(
        t(
            _("Trust your instincts: if you feel something is wrong, contact %(urgent)s."),
            urgent=URGENT_LINE,
        )
    ),
    Suggestion(
        t(_("Reflux, constipation and infections can also cause crying; a doctor can check."))
    ),
)


# --- teething ----------------------------------------------------------------------------------


def teething(ctx: CryContext) -> Draft | None:
    if ctx.age < TEETHING_FROM_DAYS:
        return None  # NHS: most start around 6 months; before about 4 months it is unlikely
    draft = Draft(Reason.TEETHING, 0.12 if ctx.age < ages.SIX_MONTHS else 0.25)
    draft.add(
        0,
        t(
            _("At %(age)s some babies are teething (most start around 6 months)."),
            age=AgeDays(ctx.age),
        ),
    )
    for note in ctx.notes:
        if ctx.recent(note.at) and any(w in note.text.lower() for w in TEETHING_WORDS):
            draft.add(
                0.15,
                t(
                    _("Your log at %(time)s: “%(note)s”."),
                    time=Clock(note.at),
                    note=note.text[:120],
                ),
            )
            break
    if ctx.has_fever:
        # NHS: no research shows that teething causes a fever; never explain one with it.
        draft.score = min(draft.score, 0.05)
        draft.add(
            0, t(_("Teething does not cause a fever: the temperature needs attention of its own."))
        )
    return draft


TEETHING_TRIES = (
    Suggestion(
        t(_("Something cool and clean to chew, such as a chilled (not frozen) teething ring.")),
        "other",
    ),
    Suggestion(t(_("Gently rub their gum with a clean finger."))),
)


# --- colic pattern -----------------------------------------------------------------------------


def colic_pattern(ctx: CryContext, long_days: int, unwell_signs: bool) -> Draft | None:
    """`long_days`: long crying days in the last 7 (Patterns.long_days)."""
    if not crying.COLIC_FROM_DAYS <= ctx.age < crying.COLIC_UNTIL_DAYS:
        return None  # Wessel: from about 2 weeks; Rome IV: younger than 5 months
    if long_days >= crying.RULE_OF_THREES_DAYS:
        draft = Draft(Reason.COLIC_PATTERN, 0.7)
    else:
        draft = Draft(Reason.COLIC_PATTERN, 0.1 + 0.1 * long_days)
    if long_days:
        draft.add(
            0,
            t(
                _("Crying of %(hours)s hours or more on %(n)s of the last 7 days."),
                hours=crying.LONG_DAY_HOURS,
                n=long_days,
            ),
        )
    if long_days and 17 <= ctx.local_hour() <= 23:
        draft.add(
            0.05, t(_("Long crying spells are most common in the late afternoon and evening."))
        )
    if unwell_signs:
        # Rome IV: colic means no fever or illness. A sick baby's crying is not "colic".
        draft.score = min(draft.score, 0.1)
        draft.add(0, t(_("With signs of illness, long crying needs a doctor's view first.")))
    return draft


COLIC_TRIES = (
    Suggestion(t(_("Hold them close and rock, sway or walk.")), "rocking"),
    Suggestion(t(_("A walk in the pram or carrier.")), "walk"),
    Suggestion(t(_("Steady shushing or white noise.")), "white_noise"),
    Suggestion(t(_("A warm bath.")), "bath"),
    Suggestion(t(_("Take turns with another adult if you can."))),
)
