"""Routine practices: a calm bedtime, bath time together, a calm feed and a winding cuddle.

Sources: HENRY and Cry-sis (a darker, quieter room for tiredness; holds and walking for wind);
AAP 2022 safe sleep (Moon et al.); AAP/NWH responsive feeding; NHS lists for feeding red flags
(§8.2).
Bath-safety wording is common practice: the clinical reference lists no bath-safety source.
"""

from __future__ import annotations

from nestling.domain.practices.library_shared import HEAD_SUPPORT, SAFE_SLEEP, SOFA_RISK
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

BEDTIME = Practice(
    slug="calm-bedtime-routine",
    category=Category.ROUTINE,
    title=_("A calm bedtime routine"),
    why=_(
        "Parent-support charities suggest a darker, quieter setting for a tired baby, and safe "
        "sleep guidance is for every sleep to end with your baby on their back on a firm, flat "
        "surface of their own."
    ),
    source_keys=("henry-cry-sis-comfort", "aap-safe-sleep-2022"),
    steps=steps(
        _("Dim the lights and lower the noise a little before bed."),
        _("Do a few things in the same order, such as a wash, clean nappy, sleepsuit and feed."),
        _("Add a short story or a quiet song, if you like."),
        _("Watch for sleepy signs: yawning, rubbing eyes, staring away or getting fussy."),
        _("Lay your baby on their back in their own cot, with no pillows, bumpers or duvets."),
        _("Say goodnight in your own way: a word, a kiss or a hand on their tummy."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(15, 40),
    duration_label=_("About 15–40 minutes, or whatever part of it fits tonight"),
    energy=Energy.MEDIUM,
    safety_notes=(
        SAFE_SLEEP,
        _(
            "Keep your baby's cot in your room, ideally for at least the first 6 months; "
            "sharing a bed is riskiest for babies under 4 months or born early or small."
        ),
        _("Avoid overheating: no hats indoors, and nothing covering your baby's head."),
    ),
    adaptations=adapt(
        preterm_nicu=_(
            "Babies born early are at higher risk when sharing a bed, so their own cot, on "
            "their back, matters even more once you are home."
        ),
        twins=_(
            "Twins can share the same routine side by side; ask your health visitor how to "
            "set up safe sleep for two."
        ),
        partner_father=_(
            "Bedtime can be a partner's part of the day: bath, story and song while the other "
            "parent has a break."
        ),
        feeling_low=_(
            "On a hard evening, the shortest version (a clean nappy, a cuddle, back in the cot) "
            "is plenty."
        ),
    ),
    tags=("bedtime", "sleep", "routine", "safe-sleep"),
    journal_kind=JournalKind.NOTE,
)

BATH = Practice(
    slug="bath-time-together",
    category=Category.ROUTINE,
    title=_("Bath time together"),
    why=_(
        "Bath time is an everyday chance for the touching, talking and singing that "
        "parent-support charities list as ways to be close, and it can be as short as you like."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Get everything ready first: towel, clean nappy and clothes within reach."),
        _("Run shallow water and check it with your elbow: warm, never hot."),
        _("Hold your baby securely, supporting head and shoulders, and lower them in slowly."),
        _("Talk or sing while you pour a little water over their tummy and legs."),
        _("Lift them out onto the towel and wrap them up for a cuddle."),
        _("If you are in the bath together, have another adult pass your baby in and out."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(5, 15),
    duration_label=_("5–15 minutes"),
    energy=Energy.MEDIUM,
    safety_notes=(
        _("Never leave your baby alone in the bath, not even for a moment; take them with you."),
        _("Keep one hand on your baby all the time: wet babies are slippery."),
        _("Put cold water in first, then hot, and mix well before your baby goes in."),
    ),
    when_not=(_("When your baby is very tired, hungry or unwell."),),
    adaptations=adapt(
        preterm_nicu=_(
            "Ask the neonatal team when your baby can have a bath and how to keep them warm."
        ),
        twins=_("Bath twins one at a time unless there is a second adult to help."),
        caesarean=_(
            "Wait to share a bath until your midwife or doctor says your wound has healed; "
            "until then, kneel or sit beside the baby bath."
        ),
        partner_father=_("Bath time can be a partner's own part of the day with the baby."),
        feeling_low=_(
            "On a tired day, a top-and-tail wash with a warm cloth is just as good a time together."
        ),
    ),
    tags=("bath", "routine", "touch", "evening"),
    journal_kind=JournalKind.BATH,
)

CALM_FEED = Practice(
    slug="calm-feed",
    category=Category.ROUTINE,
    title=_("A calm feed"),
    why=_(
        "Feeding guidance is to feed on your baby's hunger cues rather than by the clock, and "
        "a quieter setting may make those cues easier to notice."
    ),
    source_keys=("aap-responsive-feeding", "nhs-when-to-get-help"),
    steps=steps(
        _("Watch for early hunger signs: stirring, rooting, lip-smacking or sucking on hands."),
        _("Find a quiet spot, dim the lights a little and sit with your back and arms supported."),
        _("Bring your baby close, tummy to you, so they don't have to turn their head to feed."),
        _("Let your baby set the pace, with pauses for breathing and winding."),
        _("Notice when they slow down, relax their hands or turn away; they may have had enough."),
        _("Keep in mind that babies also suck for comfort, so not every cry means hunger."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(10, 40),
    duration_label=_("The length of a feed"),
    energy=Energy.LOW,
    safety_notes=(
        SOFA_RISK,
        _("Never prop a bottle and leave your baby to feed alone."),
        _(
            "A baby under 8 weeks who doesn't want to feed, or nappies drier than usual, needs "
            "medical advice the same day."
        ),
    ),
    adaptations=adapt(
        preterm_nicu=_(
            "Babies born early may tire quickly and show cues faintly; ask your neonatal team "
            "or health visitor about a feeding plan."
        ),
        twins=_(
            "Feeding twins together saves time; feeding one at a time gives each a quieter "
            "feed. Both are fine."
        ),
        caesarean=_("A rugby hold or lying on your side keeps pressure off your wound."),
        partner_father=_(
            "Partners can give expressed or formula milk, or bring water, snacks and pillows "
            "and take the baby for winding afterwards."
        ),
        feeling_low=_("A feed doesn't need to be perfect; being close is enough."),
    ),
    tags=("feeding", "responsive-feeding", "calm"),
    journal_kind=JournalKind.NOTE,
)

WINDING = Practice(
    slug="winding-cuddle",
    category=Category.ROUTINE,
    title=_("An after-feed winding cuddle"),
    why=_(
        "Parent-support charities suggest trying a different hold and gentle walking or rocking "
        "to ease wind, and those upright minutes after a feed can be a cosy routine."
    ),
    source_keys=("henry-cry-sis-comfort", "nhs-when-to-get-help"),
    steps=steps(
        _("Hold your baby upright against your shoulder with a cloth under their chin."),
        _("Or sit them on your lap, leaning slightly forward, with your hand supporting the chin."),
        _("Rub or pat their back gently and slowly."),
        _("Try a different hold, or walk around slowly, if nothing happens after a few minutes."),
        _("Talk or hum while you wait; not every feed brings up wind."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 10),
    duration_label=_("A few minutes after a feed"),
    energy=Energy.LOW,
    safety_notes=(
        HEAD_SUPPORT,
        _(
            "Green vomit needs urgent medical help, and vomiting again and again needs medical "
            "advice quickly."
        ),
    ),
    adaptations=adapt(
        preterm_nicu=_("Ask the nurses how they wind your baby and copy their hold."),
        caesarean=_("Sit upright with your baby on your shoulder rather than leaning forward."),
        twins=_("Wind one twin while the other lies safely on their back, or share the job."),
        partner_father=_("Winding is an easy job to hand to a partner after a feed."),
    ),
    tags=("wind", "feeding", "routine", "comfort"),
    journal_kind=JournalKind.NOTE,
)

ROUTINE = (BEDTIME, BATH, CALM_FEED, WINDING)
