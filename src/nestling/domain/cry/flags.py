"""Red flags: the symptom check and the signs the log shows, judged before any other reason.

Sources (clinical-reference §8):
- NICE NG143 "Fever in under 5s" (2019, updated 2021), traffic-light table: RED = weak,
  high-pitched or continuous cry; does not wake or stay awake; grunting, fast breathing, chest
  indrawing; pale/mottled/ashen/blue colour; non-blanching rash; bulging fontanelle; seizures;
  age < 3 months with temperature >= 38 °C. AMBER = poor feeding, reduced urine output,
  age 3–6 months with temperature >= 39 °C. Any red feature: face-to-face assessment within
  2 hours; life-threatening features: emergency services.
- NHS parent-facing lists (via NCT, MKUH, Healthier Together): call 999 for a baby who stops
  breathing or will not wake, a first fit, a rash that does not fade under a glass, green vomit,
  going blue, or a baby under 8 weeks when you are very worried; get help quickly for a weak or
  high-pitched cry, floppiness, a bulging soft spot, not drinking for 8 hours, drier nappies,
  temperature below 35 °C; no wet nappy for 8 h under 3 months or 12 h over 3 months (Frimley).
Logged temperatures are judged in fever.py, with their own sources.
[P] Age bands use the corrected age when the baby was born early: it is the younger age, so the
stricter threshold applies. The under-3-months rule is NICE's (stricter than AAP's 2 months).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from nestling.domain.cry.context import THREE_MONTHS, CryContext
from nestling.domain.cry.result import RedFlag, SymptomCheck
from nestling.domain.cry.text import AgeDays, Clock, Minutes, Text, t
from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.text import gettext_noop as _

EIGHT_WEEKS = 56  # days

NICE = "NICE NG143 traffic-light table (red features)"
NICE_AMBER = "NICE NG143 traffic-light table (amber features)"
NHS_999 = "NHS: when to call 999 for a baby (via NCT, MKUH)"
NHS_SERIOUS = "NHS parent-facing lists: treat as serious, get help quickly"


class Symptom(enum.StrEnum):
    CRY_UNUSUAL = "cry_unusual"
    FLOPPY_OR_DROWSY = "floppy_or_drowsy"
    BREATHING_HARD = "breathing_hard"
    BREATHING_PAUSES = "breathing_pauses"
    BLUE_OR_GREY = "blue_or_grey"
    PALE_OR_MOTTLED = "pale_or_mottled"
    RASH_NOT_FADING = "rash_not_fading"
    NOT_FEEDING = "not_feeding"
    GREEN_VOMIT = "green_vomit"
    FEWER_WET_DIAPERS = "fewer_wet_diapers"
    BULGING_SOFT_SPOT = "bulging_soft_spot"
    SEIZURE = "seizure"
    VERY_WORRIED = "very_worried"


CODES = frozenset(s.value for s in Symptom)  # every sign the check knows


@dataclass(frozen=True)
class SymptomRule:
    label: str
    title: str
    level: Callable[[int], HelpLevel]  # age in days -> level
    source: str
    words: tuple[str, ...] = ()  # words in a logged symptom note that hint at this sign


def _always(level: HelpLevel) -> Callable[[int], HelpLevel]:
    return lambda _age: level


def _worried(age: int) -> HelpLevel:
    # NHS: "is under 8 weeks old and you are very worried" -> call 999; older: trust your
    # instincts and get help now.
    return HelpLevel.EMERGENCY if age < EIGHT_WEEKS else HelpLevel.URGENT


URGENT, EMERGENCY = _always(HelpLevel.URGENT), _always(HelpLevel.EMERGENCY)
RULES: dict[Symptom, SymptomRule] = {
    Symptom.CRY_UNUSUAL: SymptomRule(
        _("A high-pitched, weak or non-stop cry, not like their usual cry"),
        _("An unusual cry: high-pitched, weak or non-stop"),
        URGENT,
        f"{NICE}; {NHS_SERIOUS}",
        ("high-pitched", "high pitched", "weak cry", "screech", "non-stop", "nonstop"),
    ),
    Symptom.FLOPPY_OR_DROWSY: SymptomRule(
        _("Floppy, unusually sleepy, or hard to wake"),
        _("Floppy, unusually sleepy or hard to wake"),
        URGENT,
        f"{NICE}; {NHS_SERIOUS}",
        ("floppy", "drowsy", "lethargic", "hard to wake", "limp"),
    ),
    Symptom.BREATHING_HARD: SymptomRule(
        _("Breathing fast, grunting, or sucking in under the ribs"),
        _("Breathing fast, grunting or sucking in under the ribs"),
        URGENT,
        f"{NICE}; {NHS_SERIOUS}",
        ("breath", "grunt", "wheez", "pant"),
    ),
    Symptom.BREATHING_PAUSES: SymptomRule(
        _("Pauses in breathing, or stopped breathing"),
        _("Pauses in breathing"),
        EMERGENCY,
        NHS_999,
        ("apnoea", "apnea", "stopped breathing"),
    ),
    Symptom.BLUE_OR_GREY: SymptomRule(
        _("Blue or grey lips, tongue or skin"),
        _("Blue or grey colour"),
        EMERGENCY,
        f"{NHS_999}; {NICE}",
        ("blue", "grey", "gray", "ashen"),
    ),
    Symptom.PALE_OR_MOTTLED: SymptomRule(
        _("Very pale, blotchy or mottled skin"),
        _("Very pale, blotchy or mottled skin"),
        URGENT,
        f"{NICE}; {NHS_SERIOUS}",
        ("mottled", "blotchy", "very pale"),
    ),
    Symptom.RASH_NOT_FADING: SymptomRule(
        _("A rash that does not fade when you press a glass against it"),
        _("A rash that does not fade under a glass"),
        EMERGENCY,
        f"{NHS_999}; {NICE}",
        ("rash", "spots", "purple"),
    ),
    Symptom.NOT_FEEDING: SymptomRule(
        _("Not feeding, or feeding much less than usual"),
        _("Not feeding"),
        URGENT,
        f"{NHS_SERIOUS} (under 8 weeks and does not want to feed; not drinking for 8 hours); "
        f"{NICE_AMBER} (poor feeding)",
        ("not feeding", "won't feed", "wont feed", "refus", "not eating", "not drinking"),
    ),
    Symptom.GREEN_VOMIT: SymptomRule(
        _("Vomiting green fluid"),
        _("Green vomit"),
        EMERGENCY,
        "NHS (MKUH): vomits green fluid -> 999; NHS lists: repeated or green vomiting",
        ("vomit", "bile", "being sick"),
    ),
    Symptom.FEWER_WET_DIAPERS: SymptomRule(
        _("Fewer wet diapers than usual"),
        _("Fewer wet diapers than usual"),
        URGENT,
        f"{NHS_SERIOUS} (nappies drier than usual); {NICE_AMBER} (reduced urine output)",
        ("dry nappy", "dry diaper", "no wee", "not wet"),
    ),
    Symptom.BULGING_SOFT_SPOT: SymptomRule(
        _("A bulging soft spot on the top of the head"),
        _("A bulging soft spot"),
        URGENT,
        f"{NICE} (bulging fontanelle); {NHS_SERIOUS}",
        ("fontanel", "soft spot"),
    ),
    Symptom.SEIZURE: SymptomRule(
        _("A fit (seizure), even if it stopped"),
        _("A fit (seizure)"),
        EMERGENCY,
        f"{NHS_999} (a first fit, even if they recover); {NICE}",
        ("seizure", "fit", "fitting", "convuls", "jerking"),
    ),
    Symptom.VERY_WORRIED: SymptomRule(
        _("You are very worried: something feels wrong"),
        _("You are very worried"),
        _worried,
        "NHS: under 8 weeks and you are very worried -> 999; trust your instincts",
    ),
}

EMERGENCY_STEPS = (
    t(_("Call your emergency number now.")),
    t(_("Stay with your baby while you wait, and tell them what you have noticed.")),
)
URGENT_STEPS = (
    t(
        _(
            "Get medical help now: call your doctor or an urgent advice line (NHS 111 in "
            "England) and say what you have noticed."
        )
    ),
    t(_("If your baby gets worse, or you cannot get through, call your emergency number.")),
)
# Only for NICE NG143 red features: "urgent face-to-face assessment within 2 hours".
WITHIN_2_HOURS = t(_("NICE advises that a baby with this sign is seen by a doctor within 2 hours."))


def _steps(level: HelpLevel, nice_red: bool) -> tuple[Text, ...]:
    if level is HelpLevel.EMERGENCY:
        return EMERGENCY_STEPS
    return (URGENT_STEPS[0], WITHIN_2_HOURS, URGENT_STEPS[1]) if nice_red else URGENT_STEPS


def symptom_flags(ctx: CryContext, ticked: frozenset[str]) -> list[RedFlag]:
    """A red flag for each ticked sign, most pressing first."""
    flags = []
    for symptom, rule in RULES.items():
        if symptom.value not in ticked:
            continue
        level = rule.level(ctx.age)
        evidence: tuple[Text, ...] = (t(_("You ticked: %(sign)s."), sign=t(rule.label)),)
        if symptom is Symptom.VERY_WORRIED and level is HelpLevel.EMERGENCY:
            evidence += (
                t(
                    _(
                        "Your baby is %(age)s old: under 8 weeks, the NHS says call 999 if you "
                        "are very worried."
                    ),
                    age=AgeDays(ctx.age),
                ),
            )
        flags.append(
            RedFlag(
                symptom.value,
                level,
                t(rule.title),
                _steps(level, rule.source.startswith(NICE)),
                evidence,
                rule.source,
            )
        )
    return flags


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
    limit = 8 if ctx.age < THREE_MONTHS else 12
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
                    "help now: call your doctor or an urgent advice line (NHS 111 in England)."
                ),
                limit=limit,
            ),
            t(_("If you simply have not logged the changes, check the diaper now.")),
        ),
        (
            t(
                _("The last wet diaper logged was at %(time)s, %(gap)s ago."),
                time=Clock(last.at),
                gap=Minutes(gap),
            ),
        ),
        "NHS Frimley Healthier Together: no wet nappy for 8 h (under 3 months) or 12 h",
    )


def _not_fed(ctx: CryContext) -> RedFlag | None:
    # NHS: not drinking for more than 8 hours; NWH: wake a newborn to feed after 3–4 h of sleep.
    if ctx.age >= THREE_MONTHS:
        return None
    feeds = [f for f in ctx.feeds if ctx.recent(f.started_at)]
    last = ctx.last_feed()
    if len(feeds) < 2 or last is None or last.running:
        return None
    gap = ctx.since(last.ended_at or last.started_at)
    if gap < 8 * 60:
        return None
    return RedFlag(
        "not_fed_8_hours",
        HelpLevel.URGENT,
        t(_("No feed for %(gap)s"), gap=Minutes(gap)),
        (
            t(
                _(
                    "Offer a feed now. If your baby really has not fed for 8 hours or more, or "
                    "will not feed, get medical help now: call your doctor or an urgent advice "
                    "line."
                )
            ),
        ),
        (
            t(
                _("The last feed logged ended at %(time)s."),
                time=Clock(last.ended_at or last.started_at),
            ),
        ),
        "NHS: not drinking for more than 8 hours; under 8 weeks and does not want to feed",
    )


def _note_matches(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word)}", lowered) for word in words)


def symptom_check(ctx: CryContext, ticked: frozenset[str]) -> list[SymptomCheck]:
    """The checklist, with a hint where a note of the last 24 h mentions the sign."""
    notes = sorted(
        (n for n in ctx.notes if n.kind == "symptom" and ctx.recent(n.at)),
        key=lambda n: n.at,
        reverse=True,
    )
    checks = []
    for symptom, rule in RULES.items():
        hint = None
        for note in notes:
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
    unknown = sorted(code for code in set(ticked) if code not in CODES)
    if unknown:
        raise ValidationError(
            _("Unknown symptom: %(code)s."), field="symptoms", params={"code": unknown[0]}
        )
