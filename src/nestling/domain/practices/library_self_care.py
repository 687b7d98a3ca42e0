"""Care for the caregiver: rest, accepting help, a check-in, asking for help, a breather.

These practices point to a midwife, health visitor or doctor and never diagnose. Sources: AAP
2022 (safe sleep so a parent can rest); WHO KMC (partners and family share care); ACOG CPG 4 and
NICE CG192 (ask about mood); USPSTF 2019 and Paulson & Bazemore 2010 (how common low mood is);
Postpartum Support International (psychosis is an emergency); ICON (step away, never shake).
"""

from __future__ import annotations

from nestling.domain.practices.library_shared import CRY_RED_FLAGS, NEVER_SHAKE, SOFA_RISK
from nestling.domain.practices.practice import (
    AgeRange,
    Category,
    Energy,
    JournalKind,
    Practice,
    adapt,
    steps,
)
from nestling.domain.text import gettext_noop as _

NOT_A_DIAGNOSIS = _(
    "Nestling can't tell you what is wrong; a midwife, health visitor or doctor can talk it "
    "through with you."
)
HARM_THOUGHTS = _(
    "If you have thoughts of harming yourself or your baby, get help now: call your local "
    "emergency number."
)

REST = Practice(
    slug="rest-while-baby-sleeps",
    category=Category.SELF_CARE,
    title=_("Rest while your baby is safely asleep"),
    why=_(
        "Safe sleep guidance is for your baby to sleep on their back in their own cot in your "
        "room, which lets you lie down close by instead of dozing with your baby on the sofa."
    ),
    source_keys=("aap-safe-sleep-2022",),
    steps=steps(
        _("When your baby falls asleep, lay them on their back in their cot or Moses basket."),
        _("Let one job go; the dishes and messages can wait."),
        _("Lie down, even if you don't sleep, and let your breathing slow."),
        _("If someone else is home, ask them to listen out for the baby so you can rest deeply."),
        _("Keep water and a snack within reach for when you wake."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(10, 60),
    duration_label=_("As long as your baby sleeps, or a short lie-down"),
    energy=Energy.LOW,
    safety_notes=(SOFA_RISK,),
    adaptations=adapt(
        twins=_(
            "Lie down when both babies are asleep, or take turns with another adult so each of "
            "you gets a longer stretch."
        ),
        partner_father=_(
            "Partners can protect a block of sleep for the other parent by doing a feed with "
            "expressed or formula milk, or settling the baby."
        ),
        caesarean=_("After a caesarean, let others do the lifting and carrying while you rest."),
        feeling_low=_(
            "If you can't sleep even when you get the chance, or you feel low most days, "
            "mention it to your midwife, health visitor or doctor."
        ),
    ),
    tags=("rest", "sleep", "wellbeing"),
    journal_kind=JournalKind.NOTE,
)

ACCEPT_HELP = Practice(
    slug="accept-help",
    category=Category.SELF_CARE,
    title=_("Say yes to help"),
    why=_(
        "Babies can be cared for and comforted by more than one person; WHO guidance even names "
        "partners and family among those who can give skin-to-skin care. Sharing the care is a "
        "normal part of looking after a baby."
    ),
    source_keys=("who-kmc-2022",),
    steps=steps(
        _("Jot down things others could do: a meal, shopping, washing or a walk with the pram."),
        _("When someone offers to help, say yes and show them the list."),
        _("Let someone you trust hold or settle the baby while you shower, eat or sleep."),
        _("Tell visitors what would help most, including when you'd like a quiet day."),
        _("If family aren't close by, ask your health visitor about local groups and support."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(5, 15),
    duration_label=_("A few minutes to ask; the rest is up to your helpers"),
    energy=Energy.LOW,
    adaptations=adapt(
        twins=_(
            "With twins, help with feeds or nights can make a real difference; ask your health "
            "visitor about local support for families with twins."
        ),
        partner_father=_("Partners can organise the help, so the other parent doesn't have to."),
        caesarean=_(
            "Ask your midwife what to avoid while you recover from a caesarean, and let others "
            "take those jobs."
        ),
        feeling_low=_(
            "Asking can feel hardest when you're low. One message, like 'Could you bring dinner "
            "on Thursday?', is a good start."
        ),
    ),
    tags=("help", "support", "wellbeing"),
    journal_kind=JournalKind.NOTE,
)

CHECK_IN = Practice(
    slug="check-in-with-yourself",
    category=Category.SELF_CARE,
    title=_("A check-in with yourself"),
    why=_(
        "Guidelines for pregnancy and after birth recommend asking everyone about low mood and "
        "anxiety, because they are common and help is available."
    ),
    source_keys=("acog-cpg4-2023", "nice-cg192"),
    steps=steps(
        _("Find a quiet moment and ask yourself how you have felt over the past week or two."),
        _("Notice your sleep, appetite and worries, and whether you still enjoy things."),
        _("Write a line or two in your journal, if that helps; there is no right answer."),
        _("If Nestling offers a mood questionnaire, try it: it screens, it doesn't diagnose."),
        _(
            "If you've often felt down or hopeless, or lost interest in things, talk to your "
            "midwife, health visitor or doctor."
        ),
        HARM_THOUGHTS,
    ),
    age=AgeRange.baby(0),
    typical_minutes=(3, 10),
    duration_label=_("A few minutes"),
    energy=Energy.LOW,
    safety_notes=(NOT_A_DIAGNOSIS,),
    adaptations=adapt(
        partner_father=_(
            "Fathers and partners can feel low after a birth too (about 1 in 10 fathers in one "
            "large review), so this check-in is for you as well."
        ),
        twins=_("With two babies, your own needs can slip down the list; this moment is yours."),
        caesarean=_(
            "Recovering from a caesarean can affect sleep and mood; mention both at your "
            "postnatal check."
        ),
        feeling_low=_(
            "If you're already feeling low, you don't need to finish a check-in; telling "
            "someone you trust is a good first step."
        ),
    ),
    tags=("check-in", "mood", "wellbeing", "mental-health"),
    journal_kind=JournalKind.CHECKIN,
)

ASK_FOR_HELP = Practice(
    slug="ask-for-help",
    category=Category.SELF_CARE,
    title=_("Ask for help"),
    why=_(
        "Low mood around pregnancy and birth affects as many as 1 in 7 mothers and about 1 in 10 "
        "fathers, and support such as counselling can help. Talking to a professional is a "
        "sensible, caring step."
    ),
    source_keys=("uspstf-perinatal-2019", "paulson-bazemore-2010", "psi-postpartum-psychosis"),
    steps=steps(
        _("Pick one person to tell: your midwife, health visitor or doctor, or someone you trust."),
        _("Say it plainly: 'I haven't been feeling like myself and I'd like some help.'"),
        _("Say how long it has been and what's hardest, like sleep, worry or feeling distant."),
        _("Take your partner or a friend to the appointment if that makes it easier."),
        _("If the first conversation doesn't help, ask again or ask someone else."),
        HARM_THOUGHTS,
    ),
    age=AgeRange.baby(0),
    typical_minutes=(5, 30),
    duration_label=_("A phone call or an appointment"),
    energy=Energy.LOW,
    safety_notes=(
        NOT_A_DIAGNOSIS,
        _(
            "Sudden confusion, seeing or hearing things others don't, or feeling unusually high "
            "and not needing sleep in the first weeks after birth is an emergency: get urgent "
            "medical help."
        ),
    ),
    adaptations=adapt(
        partner_father=_(
            "Fathers and partners can ask for help for themselves, and can help the other "
            "parent make the call."
        ),
        feeling_low=_(
            "If you can't face a phone call, a message, or asking someone to call for you, is fine."
        ),
        twins=_("Ask your health visitor about local support for families with twins."),
        caesarean=_(
            "If the birth was difficult or frightening and it's still on your mind, tell your "
            "midwife or doctor."
        ),
    ),
    tags=("help", "mental-health", "support"),
    journal_kind=JournalKind.NOTE,
)

BREATHER = Practice(
    slug="take-a-breather",
    category=Category.SELF_CARE,
    title=_("Take a breather when crying gets too much"),
    why=_(
        "Crying is normal and it will stop, and it's OK to put your baby down safely and walk "
        "away for a few minutes if the crying is getting to you: this is the ICON message."
    ),
    source_keys=("icon", "nice-ng143"),
    steps=steps(
        _("Check the basics: fed, clean nappy, not too hot or cold, no signs of illness."),
        _("Lay your baby on their back in their cot or Moses basket."),
        _("Close the door and go where the crying is quieter for a few minutes."),
        _("Breathe slowly, drink some water, or call a friend or your partner."),
        _("Go back when you feel calmer and check on your baby."),
        _("If you feel you might hurt your baby, put them down safely and call someone now."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(5, 15),
    duration_label=_("A few minutes"),
    energy=Energy.LOW,
    safety_notes=(NEVER_SHAKE, CRY_RED_FLAGS),
    adaptations=adapt(
        twins=_(
            "When both twins are crying, make sure both are safe on their backs before you "
            "step out."
        ),
        partner_father=_(
            "Agree a simple signal with your partner for 'I need a break', so you can swap "
            "without discussion."
        ),
        feeling_low=_(
            "If the crying often leaves you feeling desperate, tell your health visitor or "
            "doctor; you deserve support."
        ),
    ),
    tags=("crying", "icon", "coping", "break"),
    journal_kind=JournalKind.NOTE,
)

SELF_CARE = (REST, ACCEPT_HELP, CHECK_IN, ASK_FOR_HELP, BREATHER)
