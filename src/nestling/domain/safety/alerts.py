"""What saving an entry must show at once: a baby's warning signs, words about harm, a very hard
check-in, and fewer fetal movements. Pure: the caller passes the entry, the baby's age and the
language's phrase matcher, and renders the help lines of the household's country.

- A warning sign picked on a symptom entry, or named by a danger phrase in any entry's words,
  gives the same red flag as the cry helper's safety check (nestling.domain.cry.flags).
- Words about harming oneself or the baby give the crisis help (clinical-reference §10.4 [P]);
  the messages are the screening's own (nestling.domain.escalation), so both say the same.
- A check-in with very low mood or very high stress (nestling.domain.thresholds.checkin) gently
  offers a wellbeing check; it is never a score or a label.
- Fewer fetal movements: call the maternity unit now (nestling.domain.safety.fetal).
Nestling gives information, never a diagnosis.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nestling.domain import kinds
from nestling.domain.cry import flags as cry_flags
from nestling.domain.cry.context import CryContext, LoggedSign
from nestling.domain.cry.text import Text, t
from nestling.domain.escalation import CRISIS_PANEL, LEVEL_MESSAGES
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.kinds import checkin, pregnancy, solids, symptom
from nestling.domain.safety import fetal, signs
from nestling.domain.safety.phrases import HARM, HARM_BABY, HARM_SELF, Matcher
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import checkin as marks


class Concern(enum.StrEnum):
    """Whom the alert is about, which decides the help lines shown with it."""

    BABY = "baby"  # the emergency number and urgent advice
    PARENT = "parent"  # crisis and support lines
    WELLBEING = "wellbeing"  # a wellbeing check and support lines
    PREGNANCY = "pregnancy"  # the maternity unit, then urgent advice and the emergency number


class Action(enum.StrEnum):
    WELLBEING_CHECK = "wellbeing_check"  # offer a short validated questionnaire


@dataclass(frozen=True)
class Alert:
    code: str  # a sign code, harm_baby (or, without the baby, harm_self), wellbeing_check or
    # fetal_movements
    concern: Concern
    help_level: HelpLevel
    title: Text
    instructions: tuple[Text, ...]
    evidence: tuple[Text, ...]
    source: str
    action: Action | None = None


@dataclass(frozen=True)
class SavedEntry:
    """An entry as saved, and the baby's age at that moment (None before the birth)."""

    kind: str
    details: Mapping[str, Any]
    note: str
    at: datetime
    age_days: int | None  # the corrected age when that applies
    chronological_days: int | None = None


PROMPTING_KINDS = frozenset({"symptom", "checkin", "fetal_movement"})
# What the form and the list of kinds say before anything is logged.
NOTICES: dict[str, tuple[Text, ...]] = {"fetal_movement": fetal.NOTICE}


def kind_notice(kind: str) -> tuple[Text, ...]:
    return NOTICES.get(kind, ())


FREE_TEXT = ("text", "longtext")  # the kinds' fields written in a person's own words


def words_of(kind: str, details: Mapping[str, Any], note: str) -> tuple[str, ...]:
    """Everything written in free text on an entry: its kind's worded details and its note."""
    spec = kinds.KINDS.get(kind)
    fields = spec.fields if spec else ()
    found = [str(details[f.name]) for f in fields if f.type in FREE_TEXT and details.get(f.name)]
    return (*found, note) if note else tuple(found)


def sign_codes(kind: str, details: Mapping[str, Any]) -> tuple[str, ...]:
    """Warning signs an entry records by itself: picked on a symptom, or a severe reaction
    logged with a solid food (NHS 999: "a severe allergic reaction")."""
    if kind == symptom.KIND.code:
        return symptom.signs_of(details)
    if kind == solids.KIND.code and solids.severe_reaction(details):
        return (signs.Sign.SEVERE_ALLERGIC_REACTION.value,)
    return ()


def may_alert(kind: str, details: Mapping[str, Any], note: str) -> bool:
    """A cheap first look: whether this entry could raise anything at all (the insert path)."""
    return (
        bool(note)
        or kind in PROMPTING_KINDS
        or bool(sign_codes(kind, details))
        or bool(words_of(kind, details, ""))
    )


def entry_alerts(entry: SavedEntry, matcher: Matcher, now: datetime) -> tuple[Alert, ...]:
    """Every alert the saved entry raises, most pressing first."""
    if not may_alert(entry.kind, entry.details, entry.note):
        return ()
    words = words_of(entry.kind, entry.details, entry.note)
    harm: dict[str, str] = {}
    text = " · ".join(words)
    logged = [LoggedSign(entry.at, code, text) for code in sign_codes(entry.kind, entry.details)]
    for written in words:
        for hit in matcher.find(written):
            if hit.code in HARM:
                harm.setdefault(hit.code, written)
            elif hit.code in signs.CODES:
                logged.append(LoggedSign(entry.at, hit.code, written))
    found = [*_baby_alerts(entry, logged, now), *_harm_alert(harm)]
    if entry.kind == "checkin":
        found += _wellbeing(entry.details)
    if entry.kind == "fetal_movement":
        found += _fetal(entry.details)
    return tuple(sorted(found, key=lambda a: -a.help_level.rank))


def _baby_alerts(entry: SavedEntry, logged: list[LoggedSign], now: datetime) -> list[Alert]:
    if not logged or entry.age_days is None:
        return []
    ctx = CryContext(
        now=max(now, entry.at),
        age_days=entry.age_days,
        chronological_days=entry.chronological_days,
        logged_signs=tuple(logged),
    )
    red, advice = cry_flags.symptom_flags(ctx, frozenset())
    found = [
        Alert(f.code, Concern.BABY, f.help_level, f.title, f.instructions, f.evidence, f.source)
        for f in red
    ]
    for item in advice:
        rule = signs.rule(item.code)
        found.append(
            Alert(
                item.code,
                Concern.BABY,
                item.help_level,
                t(rule.title),
                (item.text,),
                (),
                item.source,
            )
        )
    return found


HARM_EVIDENCE = {
    HARM_SELF: _(
        "What you wrote sounds like thoughts of harming yourself, or of not wanting to live."
    ),
    HARM_BABY: _("What you wrote sounds like thoughts of harming your baby."),
}
STEP_AWAY = t(
    _(
        "If you feel you might hurt your baby, put them down somewhere safe, on their back in "
        "their cot, and step away for a few minutes. Then call one of the numbers here."
    )
)
HARM_SOURCE = (
    "ICON (NHS): put the baby down safely and walk away for a few minutes; never shake or hurt "
    "a baby. ACOG Clinical Practice Guideline 4 (2023): thoughts of self-harm call for help at "
    "once."
)


def _harm_alert(found: Mapping[str, str]) -> list[Alert]:
    """One crisis alert for whatever was found: harm_baby (with the step-away advice) when the
    words were about the baby, else harm_self; the evidence says which thoughts were read."""
    if not found:
        return []
    code = HARM_BABY if HARM_BABY in found else HARM_SELF
    steps = [t(CRISIS_PANEL.text)]
    if code == HARM_BABY:
        steps.append(STEP_AWAY)
    steps += [t(LEVEL_MESSAGES[HelpLevel.EMERGENCY].text), t(LEVEL_MESSAGES[HelpLevel.URGENT].text)]
    return [
        Alert(
            code,
            Concern.PARENT,
            HelpLevel.URGENT,
            t(_("You don't have to carry this alone")),
            tuple(steps),
            tuple(t(HARM_EVIDENCE[c]) for c in (HARM_BABY, HARM_SELF) if c in found),
            HARM_SOURCE,
        )
    ]


def _wellbeing(details: Mapping[str, Any]) -> list[Alert]:
    mood, stress = checkin.mood_of(details), checkin.stress_of(details)
    evidence = []
    if mood is not None and mood <= marks.VERY_LOW_MOOD:
        evidence.append(t(_("Your mood: %(n)s of 5."), n=mood))
    if stress is not None and stress >= marks.VERY_HIGH_STRESS:
        evidence.append(t(_("Your stress: %(n)s of 5."), n=stress))
    if not evidence:
        return []
    return [
        Alert(
            "wellbeing_check",
            Concern.WELLBEING,
            HelpLevel.TALK_SOON,
            t(_("That sounds like a hard day")),
            (
                t(
                    _(
                        "A short wellbeing check can help you see how you have been feeling, and "
                        "whether to talk to someone about it. It stays private to you."
                    )
                ),
                t(
                    _(
                        "If you feel like this on most days, please talk to your midwife, health "
                        "visitor or doctor. Support helps, and asking for it is a strong thing "
                        "to do."
                    )
                ),
            ),
            tuple(evidence),
            "Nestling's own rule [P]: the lowest mood or the highest stress on the check-in "
            "offers a short validated questionnaire (PHQ-2, GAD-2, EPDS)",
            Action.WELLBEING_CHECK,
        )
    ]


def _fetal(details: Mapping[str, Any]) -> list[Alert]:
    pattern = pregnancy.pattern_of(details)
    if not fetal.reduced(pattern):
        return []
    return [
        Alert(
            "fetal_movements",
            Concern.PREGNANCY,
            fetal.LEVEL,
            fetal.TITLE,
            (fetal.CALL_NOW, fetal.ANY_TIME, fetal.NO_MONITOR),
            (t(fetal.EVIDENCE[str(pattern)]),),
            fetal.SOURCE,
        )
    ]
