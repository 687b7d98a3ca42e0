"""Red flags: the signs ticked in the safety check or logged in the journal, and what the log
itself shows (dry diapers, a young baby not fed), judged before any other reason.

The signs, their levels by age and their source lines are in nestling.domain.safety.signs; the
numbers (age bands, hours) in nestling.domain.thresholds. Logged temperatures are judged in
fever.py. A sign logged in the journal (picked on a symptom entry, or named by a danger phrase in
its words) in the last 24 hours is a red flag just as if it were ticked now, with when it was
logged; the same sign ticked and logged is one flag.
Age bands use the corrected age when the baby was born early (thresholds.ages says why), and
every flag whose level depends on the age says which age was used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from nestling.domain.cry.context import CryContext, LoggedSign
from nestling.domain.cry.result import Advice, RedFlag, SymptomCheck
from nestling.domain.cry.text import (
    EMERGENCY_NUMBER,
    URGENT_LINE,
    AgeBand,
    AgeDays,
    Celsius,
    Clock,
    Minutes,
    Text,
    t,
)
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.safety import signs
from nestling.domain.safety.signs import NHS_SERIOUS, Sign
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import ages, feeding, temperature

# %(emergency)s and %(urgent)s are the household's country's words (text.Local), never NHS 111
# for a family in Ohio.
EMERGENCY_STEPS = (
    t(_("Call %(emergency)s now."), emergency=EMERGENCY_NUMBER),
    t(_("Stay with your baby while you wait, and tell them what you have noticed.")),
)
URGENT_STEPS = (
    t(
        _("Get medical help now: call %(urgent)s and say what you have noticed."),
        urgent=URGENT_LINE,
    ),
    t(
        _("If your baby gets worse, or you cannot get through, call %(emergency)s."),
        emergency=EMERGENCY_NUMBER,
    ),
)
# Only for NICE NG143 red features: "urgent face-to-face assessment within 2 hours".
WITHIN_2_HOURS = t(_("NICE advises that a baby with this sign is seen by a doctor within 2 hours."))
SEEN_ALREADY = t(_("If a doctor has already seen your baby about this, follow their advice."))


def steps(level: HelpLevel, rule: signs.SignRule) -> tuple[Text, ...]:
    """What to do: the sign's own steps first, then the usual ones for its level."""
    own = tuple(t(step) for step in rule.steps)
    if level is HelpLevel.EMERGENCY:
        return (EMERGENCY_STEPS[0], *own, EMERGENCY_STEPS[1])
    usual = (URGENT_STEPS[0], WITHIN_2_HOURS, URGENT_STEPS[1]) if rule.nice_red else URGENT_STEPS
    return (*own, *usual)


def age_line(ctx: CryContext) -> Text:
    """Which age a rule used: the corrected age for a baby born early (the stricter band)."""
    if ctx.corrected:
        return t(
            _("Age used: %(age)s, the corrected age (%(actual)s since birth)."),
            age=AgeDays(ctx.age),
            actual=AgeDays(ctx.chronological_days or 0),
        )
    return t(_("Age used: %(age)s."), age=AgeDays(ctx.age))


@dataclass
class _Seen:
    """One sign, ticked now and/or logged: what the flag will say about where it came from."""

    ticked: bool = False
    logged: list[LoggedSign] = field(default_factory=list)


def symptom_flags(ctx: CryContext, ticked: frozenset[str]) -> tuple[list[RedFlag], list[Advice]]:
    """A red flag for each sign ticked now or logged in the last 24 h, in the vocabulary's order.

    A sign whose level at this age is below `urgent` ("feels hot" at 8 months) is advice instead.
    """
    seen: dict[Sign, _Seen] = {}
    for code in ticked:
        seen.setdefault(Sign(code), _Seen()).ticked = True
    for logged in sorted(ctx.logged_signs, key=lambda s: s.at, reverse=True):
        if ctx.recent(logged.at) and logged.code in signs.CODES:
            seen.setdefault(Sign(logged.code), _Seen()).logged.append(logged)
    flags: list[RedFlag] = []
    advice: list[Advice] = []
    for sign, rule in signs.RULES.items():
        found = seen.get(sign)
        if found is None:
            continue
        level = rule.level(ctx.age)
        evidence = _evidence(ctx, sign, rule, found, level)
        if level.rank < HelpLevel.URGENT.rank:
            advice.append(Advice(sign.value, level, _mild_text(sign, level), rule.source))
            continue
        instructions = steps(level, rule) + ((SEEN_ALREADY,) if not found.ticked else ())
        flags.append(RedFlag(sign.value, level, t(rule.title), instructions, evidence, rule.source))
    return flags, advice


def _evidence(
    ctx: CryContext, sign: Sign, rule: signs.SignRule, found: _Seen, level: HelpLevel
) -> tuple[Text, ...]:
    lines: list[Text] = []
    if found.ticked:
        lines.append(t(_("You ticked: %(sign)s."), sign=t(rule.label)))
    if found.logged:
        lines.append(_logged_text(ctx, found.logged[0], rule))
    if sign is Sign.VERY_WORRIED and level is HelpLevel.EMERGENCY:
        lines.append(
            t(
                _("Under %(band)s, if you are very worried, call %(emergency)s now."),
                band=AgeBand(ages.EIGHT_WEEKS),
                emergency=EMERGENCY_NUMBER,
            )
        )
    if rule.age_dependent:
        lines.append(age_line(ctx))
    return tuple(lines)


def _logged_text(ctx: CryContext, logged: LoggedSign, rule: signs.SignRule) -> Text:
    minutes = ctx.since(logged.at)
    when = (
        t(_("Logged at %(time)s (%(ago)s ago)"), time=Clock(logged.at), ago=Minutes(minutes))
        if minutes
        else t(_("Logged just now"))
    )
    if logged.text:
        return t(_("%(when)s: “%(note)s”"), when=when, note=logged.text[:120])
    return t(_("%(when)s: %(sign)s."), when=when, sign=t(rule.label))


def _mild_text(sign: Sign, level: HelpLevel) -> Text:
    """Advice for a sign that is not urgent at this age (only "feels hot" has one today)."""
    if level is HelpLevel.CONTACT_PROVIDER:
        return t(
            _(
                "Your baby feels hot. Take their temperature if you can and log it: at %(young)s "
                "to %(old)s, %(temp)s or more needs medical help now. If you cannot take it, or "
                "they seem unwell, call %(urgent)s today."
            ),
            urgent=URGENT_LINE,
            young=AgeBand(ages.THREE_MONTHS),
            old=AgeBand(ages.SIX_MONTHS),
            temp=Celsius(temperature.FEVER_3_TO_6_MONTHS_C),
        )
    return t(
        _(
            "Your baby feels hot. Take their temperature if you can and log it. Keep an eye on "
            "them, offer plenty of feeds, and contact your doctor if they seem unwell in any of "
            "the ways listed, or if you are worried."
        )
    )


def log_flags(ctx: CryContext) -> list[RedFlag]:
    """Signs the log itself shows: dry diapers for too long, or a young baby not fed for 8 h.

    Only when the family has been logging that kind of entry, and worded as "if it really has
    been", because a gap in the log may just be a gap in the logging.
    """
    flags = []
    dry = _dry_diapers(ctx)
    if dry is not None:
        flags.append(dry)
    unfed = _not_fed(ctx)
    if unfed is not None:
        flags.append(unfed)
    return flags


def _dry_diapers(ctx: CryContext) -> RedFlag | None:
    # NHS Frimley Healthier Together (amber): no wet nappy for 8 h under 3 months, 12 h over.
    limit = feeding.dry_diaper_hours(ctx.age)
    wet = [d for d in ctx.diapers if d.wet and ctx.recent(d.at)]
    if len(wet) < 2:
        return None
    last = max(wet, key=lambda d: d.at)
    gap = ctx.since(last.at)
    if gap < limit * 60:
        return None
    return RedFlag(
        "dry_diapers",
        HelpLevel.URGENT,
        t(_("No wet diaper for %(gap)s"), gap=Minutes(gap)),
        (
            t(
                _(
                    "If the diaper really has been dry for %(limit)s hours or more, get medical "
                    "help now: call %(urgent)s."
                ),
                limit=limit,
                urgent=URGENT_LINE,
            ),
            t(_("If you simply have not logged the changes, check the diaper now.")),
        ),
        (
            t(
                _("The last wet diaper logged was at %(time)s, %(gap)s ago."),
                time=Clock(last.at),
                gap=Minutes(gap),
            ),
            age_line(ctx),
        ),
        "NHS Frimley Healthier Together (amber): 'no wet nappy for 8 hours' under 3 months, "
        "'12 hours' over 3 months",
    )


def _not_fed(ctx: CryContext) -> RedFlag | None:
    # NHS: not drinking for more than 8 hours; NWH: wake a newborn to feed after 3–4 h of sleep.
    if ctx.age >= feeding.NOT_FED_UNTIL_DAYS:
        return None
    feeds = [f for f in ctx.feeds if ctx.recent(f.started_at)]
    last = ctx.last_feed()
    if len(feeds) < 2 or last is None or last.running:
        return None
    gap = ctx.since(last.ended_at or last.started_at)
    if gap < feeding.NOT_FED_HOURS * 60:
        return None
    return RedFlag(
        "not_fed_8_hours",
        HelpLevel.URGENT,
        t(_("No feed for %(gap)s"), gap=Minutes(gap)),
        (
            t(
                _(
                    "Offer a feed now. If your baby really has not fed for %(hours)s hours or "
                    "more, or will not feed, get medical help now: call %(urgent)s."
                ),
                hours=feeding.NOT_FED_HOURS,
                urgent=URGENT_LINE,
            ),
        ),
        (
            t(
                _("The last feed logged ended at %(time)s."),
                time=Clock(last.ended_at or last.started_at),
            ),
            age_line(ctx),
        ),
        f"{NHS_SERIOUS}: 'not drinking for more than 8 hours', 'under 8 weeks and does not want "
        "to feed'",
    )


def _note_matches(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word)}", lowered) for word in words)


def symptom_check(ctx: CryContext, ticked: frozenset[str]) -> list[SymptomCheck]:
    """The checklist, with a hint where the journal of the last 24 h logged the sign or a
    symptom note mentions it."""
    logged: dict[str, LoggedSign] = {}
    for sign in sorted(ctx.logged_signs, key=lambda s: s.at):
        if ctx.recent(sign.at):
            logged[sign.code] = sign  # the newest wins
    notes = sorted(
        (n for n in ctx.notes if n.kind == "symptom" and ctx.recent(n.at)),
        key=lambda n: n.at,
        reverse=True,
    )
    checks = []
    for symptom, rule in signs.RULES.items():
        hint = _logged_text(ctx, logged[symptom], rule) if symptom in logged else None
        for note in notes if hint is None else ():
            if _note_matches(note.text, rule.words):
                hint = t(
                    _("Your log at %(time)s says: “%(note)s”"),
                    time=Clock(note.at),
                    note=note.text[:120],
                )
                break
        checks.append(SymptomCheck(symptom.value, t(rule.label), symptom.value in ticked, hint))
    return checks


def require_known(ticked: Iterable[str]) -> None:
    """Refuse a sign the check does not know (the first unknown code, alphabetically)."""
    signs.require_known(ticked, field="symptoms")
