"""Turns a scored result into what the parent must see: help level, messages, crisis resources.

Crisis guidance: clinical-reference §10.4 [P] — resources are locale-configurable data, shown at
once (before any other result text) when the level is urgent or emergency (issue 4); every
result says it is a screen, not a diagnosis (§10.3: LOINC 71354-5 term description; EPDS user
instructions). The crisis directory (its shape, validation and which lines a country gets)
lives in nestling.domain.crisis; its names are re-exported here for existing callers.
"""

from __future__ import annotations

from collections.abc import Callable

from nestling.domain.crisis import (
    CountryResources,
    CrisisDirectory,
    CrisisResource,
    ResourceKind,
    ResourceSelection,
    crisis_resources_for,
    load_crisis_resources,
)
from nestling.domain.instruments.base import FrozenModel, HelpLevel, Params, fill
from nestling.domain.instruments.scoring import FlagKind, ScoreResult
from nestling.domain.text import gettext_noop as _

CRISIS_LEVELS = (HelpLevel.URGENT, HelpLevel.EMERGENCY)
__all__ = [  # the crisis directory's names, for callers that import them from here
    "CountryResources",
    "CrisisDirectory",
    "CrisisResource",
    "ResourceKind",
    "ResourceSelection",
    "crisis_resources_for",
    "load_crisis_resources",
]


class Message(FrozenModel):
    key: str
    text: str  # an untranslated template; `params` fill it after translation
    params: Params = {}

    def shown(self, translate: Callable[[str], str]) -> str:
        """The message in the reader's language (the edge passes gettext)."""
        return fill(self.text, self.params, translate)


class Escalation(FrozenModel):
    help_level: HelpLevel
    crisis_panel: bool  # show `resources` at once, before anything else
    messages: tuple[Message, ...]  # in display order; the crisis panel first when shown
    resources: ResourceSelection
    # List `resources` on the result, gently (after the score): always with the crisis panel,
    # and whenever the result cannot reassure (a question left out) or asks for contact soon.
    show_resources: bool = False


CRISIS_PANEL = Message(
    key="crisis.panel",
    text=_(
        "You don't have to face this alone. Help is available now: the services shown here can "
        "help you today."
    ),
)
# The fallback's resource text is data in one language; this line is translated with the app.
FALLBACK_EMERGENCY = Message(
    key="crisis.local_emergency",
    text=_("If you or your baby are in danger, call your local emergency number now."),
)
LEVEL_MESSAGES = {
    HelpLevel.NONE: Message(
        key="level.none",
        text=_(
            "Your answers don't suggest you need extra support right now. If anything changes, or "
            "you are worried about how you feel, talk to your midwife, health visitor or doctor."
        ),
    ),
    HelpLevel.TALK_SOON: Message(
        key="level.talk_soon",
        text=_(
            "It would help to mention how you have been feeling to your midwife, health visitor or "
            "doctor next time you see them."
        ),
    ),
    HelpLevel.CONTACT_PROVIDER: Message(
        key="level.contact_provider",
        text=_(
            "Please contact your midwife, health visitor or doctor this week to talk about how you "
            "have been feeling. Support works, and asking for it is a strong thing to do."
        ),
    ),
    HelpLevel.CONTACT_WITHIN_DAYS: Message(
        key="level.contact_within_days",
        text=_(
            "Please contact your midwife, health visitor or doctor within the next day or two to "
            "talk about how you have been feeling. If things get harder before then, or you can't "
            "reach them, use one of the services listed here."
        ),
    ),
    HelpLevel.URGENT: Message(
        key="level.urgent",
        text=_(
            "Please speak to your doctor, midwife or health visitor today. If you can't reach "
            "them, use one of the services listed here."
        ),
    ),
    HelpLevel.EMERGENCY: Message(
        key="level.emergency",
        text=_(
            "If you might act on thoughts of harming yourself or your baby, or anyone is in "
            "danger, call your emergency number now."
        ),
    ),
}
# A scale without a pass mark (MIBS, MAAS) never says "no extra support needed" (issue 11).
TREND_LEVEL = Message(
    key="level.trend",
    text=_(
        "This questionnaire has no pass mark, so it can't say whether you need support. If "
        "anything in your answers is on your mind, talk to your midwife, health visitor or doctor: "
        "feelings like these are common, and they often change with time and support."
    ),
)
INCOMPLETE = Message(
    key="about.incomplete",
    text=_(
        "Some questions were not answered, so no total score was worked out and this result can't "
        "say much. Any answer that needs attention has still been taken into account."
    ),
)
TREND = Message(
    key="about.trend",
    text=_(
        "This questionnaire has no pass mark. It is most useful for seeing how your feelings "
        "change over time."
    ),
)
SCREEN_NOT_DIAGNOSIS = Message(
    key="about.screen",
    text=_(
        "This is a screen, not a diagnosis. Only a health professional who talks with you can say "
        "what your answers mean, and your own sense of how you are matters too."
    ),
)
# Levels whose words send the parent to "the services listed here".
RESOURCE_LEVELS = (HelpLevel.CONTACT_WITHIN_DAYS, *CRISIS_LEVELS)
_FLAG_ORDER = (FlagKind.CRITICAL, FlagKind.UNANSWERED, FlagKind.PROMPT, FlagKind.FOLLOW_UP)


def escalate(
    result: ScoreResult,
    *,
    country: str | None,
    resources: CrisisDirectory,
    include_unverified: bool = True,
) -> Escalation:
    """What the parent sees for `result`, in order, always with the places to turn to.

    include_unverified=False leaves out resources nobody has checked yet (see crisis_resources_for).
    """
    crisis = result.help_level in CRISIS_LEVELS
    flags = sorted(result.flags, key=lambda f: (_FLAG_ORDER.index(f.kind), -f.help_level.rank))
    selection = crisis_resources_for(country, resources, include_unverified=include_unverified)
    messages = [CRISIS_PANEL] if crisis else []
    if crisis and selection.fallback:
        messages.append(FALLBACK_EMERGENCY)
    trend_only_none = result.trend_only and result.help_level is HelpLevel.NONE
    messages.append(TREND_LEVEL if trend_only_none else LEVEL_MESSAGES[result.help_level])
    messages += [
        Message(key=f"band.{b.cutoff_set}.{b.band}", text=b.message, params=b.params)
        for b in result.bands
        if b.message
    ]
    messages += [
        Message(key=f"flag.{flag.code}", text=flag.message, params=flag.params) for flag in flags
    ]
    unanswered = any(f.kind is FlagKind.UNANSWERED for f in result.flags)
    if result.total is None and not unanswered:  # a shared result: its flags stay private
        messages.append(INCOMPLETE)
    if result.trend_only:
        messages.append(TREND)
    messages.append(SCREEN_NOT_DIAGNOSIS)
    return Escalation(
        help_level=result.help_level,
        crisis_panel=crisis,
        messages=tuple(messages),
        resources=selection,
        show_resources=unanswered or result.help_level in RESOURCE_LEVELS,
    )
