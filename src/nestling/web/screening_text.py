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
        "baby. For mothers and fathers; about a minute. There is no pass mark: it shows how "
        "your feelings change over the weeks."
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
        "You can add this result to the report you show them: it can make it easier to start "
        "the conversation."
    ),
    "contact_provider": _(
        "If it is hard to find the words, show them this result. Telling someone close to you "
        "how you feel can help too."
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
    "urgent": _("Best to talk to someone today"),
    "emergency": _("Get help now"),
}

RESOURCE_KINDS = {
    "emergency": _("Emergency"),
    "crisis_line": _("Crisis line"),
    "urgent_advice": _("Urgent advice"),
    "support_line": _("Support line"),
    "routine_care": _("Your own care team"),
}


def intro(code: str) -> str:
    return str(INTROS.get(code, ""))
