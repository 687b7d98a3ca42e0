"""Plain words for the wellbeing pages: what each questionnaire is, and what to do at each level.

Written by the project for parents (no clinical wording, no judgement); the questionnaires' own
wording lives in domain/instruments/. Next steps follow clinical-reference §10.2-§10.4.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

INTROS = {
    "epds": _(
        "Ten questions about how you have felt over the past week. Midwives, health visitors "
        "and doctors use it in pregnancy and after a birth, for mothers and for fathers. "
        "About 3 minutes."
    ),
    "pbq": _(
        "Statements about how you feel towards your baby, from enjoying them to feeling "
        "trapped or angry. Many parents have some of these feelings at times, and saying so "
        "is how they get support. For mothers; about 5 minutes."
    ),
    "mibs": _(
        "Eight words, like 'loving' or 'disappointed', about how you have felt towards your "
        "baby. About a minute. There is no pass mark: it shows how your feelings change over "
        "the weeks."
    ),
    "maas": _(
        "Questions about your thoughts and feelings towards your baby during pregnancy. "
        "About 5 minutes. There is no pass mark: it is a way to notice how the bond is growing."
    ),
    "phq9": _(
        "Nine questions about your mood over the past two weeks, used by doctors everywhere. "
        "For anyone; about 2 minutes."
    ),
    "phq2": _("The first two questions of the PHQ-9: a quick check on your mood. Under a minute."),
    "gad7": _(
        "Seven questions about worry and anxiety over the past two weeks. For anyone; "
        "about 2 minutes."
    ),
    "gad2": _("Two questions about worry and anxiety: a quick check. Under a minute."),
}

# Who each questionnaire was developed and tested with, said plainly on its page (issue 11).
TESTED_WITH = {
    "epds": _("Mothers, in pregnancy and after the birth, and fathers (with their own cut-offs)."),
    "pbq": _("Mothers after the birth. It has not been tested with fathers."),
    "mibs": _(
        "Mothers after the birth. Fathers can use it too, but this English version has not been "
        "tested with fathers; a Japanese version has."
    ),
    "maas": _("Mothers during pregnancy."),
    "phq9": _("Adults in general; also used in pregnancy and after a birth."),
    "phq2": _("Adults in general; also used in pregnancy and after a birth."),
    "gad7": _("Adults in general; also used in pregnancy and after a birth."),
    "gad2": _("Adults in general; also used in pregnancy and after a birth."),
}

RESPONDENT_LABELS = {
    "mother": _("I gave birth to the baby, or I am pregnant"),
    "father": _("I am the baby's father or partner"),
    "caregiver": _("I care for the baby in another way (grandparent, friend, …)"),
}

# What to do next, beyond the domain's message for the level (escalation.LEVEL_MESSAGES).
NEXT_STEPS = {
    "none": _(
        "Keep doing what helps you. You can take it again whenever you like; your history "
        "shows how things change."
    ),
    "talk_soon": _(
        "Your result is saved here, so you can open it at the appointment and show them: it can "
        "make it easier to start the conversation."
    ),
    "contact_provider": _(
        "If it is hard to find the words, show them this result. Telling someone close to you "
        "how you feel can help too."
    ),
    "contact_within_days": _(
        "If it is hard to find the words, show them this result. If you can, tell someone close "
        "to you how you feel and ask them to help you make the call."
    ),
    "urgent": _(
        "If you can, let someone close to you know how you feel, and ask them to stay with you "
        "while you make the call."
    ),
    "emergency": _(
        "Stay with someone if you can. If you are alone, call now and keep your phone with you."
    ),
}

SUPPORTER_STEPS = {
    "none": _("Nothing in this result needs action. Keep checking in with each other."),
    "talk_soon": _(
        "It would help them to mention how they feel to their midwife, health visitor or "
        "doctor. You could offer to go with them or to remind them."
    ),
    "contact_provider": _(
        "They should contact their midwife, health visitor or doctor this week. You can help "
        "by listening without judging and by helping to make that call."
    ),
    "contact_within_days": _(
        "They should contact their midwife, health visitor or doctor within the next day or "
        "two. You can help by listening without judging and by helping to make that call."
    ),
    "urgent": _(
        "They should speak to a doctor, midwife or health visitor today. Stay close, and help "
        "them reach one of the services above."
    ),
    "emergency": _(
        "If they might act on thoughts of harming themselves or the baby, call your emergency "
        "number now and stay with them."
    ),
}

LEVEL_NAMES = {
    "none": _("No extra support needed right now"),
    "talk_soon": _("Worth mentioning at the next appointment"),
    "contact_provider": _("Worth talking to someone this week"),
    "contact_within_days": _("Best to talk to someone in the next day or two"),
    "urgent": _("Best to talk to someone today"),
    "emergency": _("Get help now"),
}

# A questionnaire without a pass mark at level "none": never "no extra support needed".
TREND_NAME = _("No pass mark: see how it changes over time")
SUPPORTER_SCORE_ONLY = _(
    "They chose to share the score only. A score doesn't tell you how someone is: ask them, "
    "and listen without judging."
)
SUPPORTER_TREND = _(
    "This questionnaire has no pass mark. Keep checking in with each other about how you feel."
)

# What the household sees under each sharing choice (domain/instruments/sharing.py).
SHARE_SCOPES = {
    "score": _("The score and what it suggests"),
    "score_and_help": _("The score, and how soon I was asked to get help"),
}


def level_name(level: str, trend_only: bool) -> str:
    """The name of a help level as a parent reads it (a trend-only scale never reassures)."""
    if trend_only and level == "none":
        return str(TREND_NAME)
    return str(LEVEL_NAMES.get(level, ""))


RESOURCE_KINDS = {
    "emergency": _("Emergency"),
    "crisis_line": _("Crisis line"),
    "urgent_advice": _("Urgent advice"),
    "support_line": _("Support line"),
    "routine_care": _("Your own care team"),
    "directory": _("Helplines worldwide"),
}


def intro(code: str) -> str:
    return str(INTROS.get(code, ""))
