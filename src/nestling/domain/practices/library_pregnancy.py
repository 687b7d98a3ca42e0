"""Pregnancy practices: talking, singing and touch for the bump, movements, birth skin-to-skin.

Sources: Marx & Nagy 2015 (a small 4D-scan study; no claim about intelligence is supported);
NHS "Your baby's movements" (clinical reference §8.4: never count kicks to a number, call the
midwife at once about any change, no home dopplers or apps); WHO/UNICEF Ten Steps and WHO KMC.
"""

from __future__ import annotations

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

CALL_ABOUT_MOVEMENTS = _(
    "If your baby is moving less, has stopped moving or the pattern has changed, call your "
    "midwife or maternity unit straight away, day or night. Don't wait until the next day."
)

TALK_TO_BUMP = Practice(
    slug="talk-to-your-bump",
    category=Category.PREGNANCY,
    title=_("Talk to your bump"),
    why=_(
        "A small scan study found that babies in the womb responded to their mother's voice, "
        "and responses to sound have been reported from about 16 weeks. Talking may be a nice "
        "way to start getting to know your baby, though there is no evidence it makes babies "
        "cleverer."
    ),
    source_keys=("marx-nagy-2015",),
    steps=steps(
        _("Find a quiet few minutes when you can sit or lie comfortably."),
        _("Rest a hand on your bump, if you like."),
        _("Tell your baby about your day, your plans or whatever is on your mind."),
        _("Use your own language, nicknames and jokes; there is no right way."),
        _("Invite a partner, friend or older child to say hello too."),
    ),
    age=AgeRange.pregnancy(16),
    typical_minutes=(2, 10),
    duration_label=_("A few minutes, whenever it suits you"),
    energy=Energy.LOW,
    adaptations=adapt(
        partner_father=_(
            "Partners can talk close to the bump too; it's a way to be part of things before "
            "the birth."
        ),
        twins=_("Say hello to each baby, perhaps with the names or nicknames you've chosen."),
        feeling_low=_(
            "If talking to your bump feels strange or hard, that's okay; thinking about your "
            "baby, or resting a hand there, is enough."
        ),
    ),
    tags=("pregnancy", "bump", "talking", "partner"),
    journal_kind=JournalKind.BUMP_TALK,
)

SING_TO_BUMP = Practice(
    slug="sing-to-your-bump",
    category=Category.PREGNANCY,
    title=_("Sing to your bump"),
    why=_(
        "Researchers have seen babies in the womb respond to their mother's voice, with "
        "responses to sound reported from about 16 weeks. Singing may be a relaxing way to "
        "connect, but claims that it makes babies cleverer are not supported."
    ),
    source_keys=("marx-nagy-2015",),
    steps=steps(
        _("Choose a song you enjoy: a lullaby, a childhood favourite or whatever is playing."),
        _("Sit or lie comfortably and sing or hum, softly or out loud."),
        _("Come back to the same song now and then; you can keep singing it after the birth."),
        _("Ask a partner or family member to join in, if they'd like to."),
        _("Stop whenever you've had enough."),
    ),
    age=AgeRange.pregnancy(16),
    typical_minutes=(2, 10),
    duration_label=_("A song or two"),
    energy=Energy.LOW,
    adaptations=adapt(
        partner_father=_(
            "A partner can choose a song of their own to sing to the bump and, later, to the baby."
        ),
        twins=_("One song for both babies is plenty."),
        feeling_low=_("Humming along to the radio is singing too."),
    ),
    tags=("pregnancy", "bump", "singing", "music"),
    journal_kind=JournalKind.BUMP_TALK,
)

BUMP_TOUCH = Practice(
    slug="gentle-bump-touch",
    category=Category.PREGNANCY,
    title=_("Gentle touch on your bump"),
    why=_(
        "In a small 4D-scan study, babies between 21 and 33 weeks moved their arms, heads and "
        "mouths more when their mothers touched the bump, so touch may be a first little "
        "exchange between you."
    ),
    source_keys=("marx-nagy-2015", "nhs-fetal-movements"),
    steps=steps(
        _("Lie or sit comfortably at a time of day when your baby is often active."),
        _("Rest your hands on your bump and stroke slowly."),
        _("Notice any movement under your hands and say hello back."),
        _("Invite a partner to rest a hand there too, if you're both comfortable with it."),
        _("Keep the touch gentle, with no pressing or prodding to make your baby move."),
    ),
    age=AgeRange.pregnancy(20),
    typical_minutes=(2, 10),
    duration_label=_("A few minutes"),
    energy=Energy.LOW,
    safety_notes=(CALL_ABOUT_MOVEMENTS,),
    adaptations=adapt(
        partner_father=_(
            "A partner may need to wait a while longer to feel movements from the outside, so "
            "be patient."
        ),
        twins=_("You may feel movements in different places; guessing who's who can be fun."),
        feeling_low=_("Simply resting your hands on your bump for a minute is enough."),
    ),
    tags=("pregnancy", "bump", "touch", "movements"),
    journal_kind=JournalKind.BUMP_TALK,
)

MOVEMENTS = Practice(
    slug="get-to-know-movements",
    category=Category.PREGNANCY,
    title=_("Get to know your baby's movements"),
    why=_(
        "NHS guidance encourages you to get to know your own baby's pattern of movements, which "
        "are usually first felt between 16 and 24 weeks. A change in that pattern is a reason "
        "to call your midwife straight away."
    ),
    source_keys=("nhs-fetal-movements",),
    steps=steps(
        _("Notice when your baby tends to be active, such as in the evening or when you lie down."),
        _("Spend a few quiet minutes tuning in to how movements feel: kicks, rolls or flutters."),
        _("This is about getting to know your baby, not counting kicks: there's no number."),
        _("If movements slow down, stop or change, call your midwife or maternity unit at once."),
        _("Don't use a home heartbeat monitor (doppler) or a phone app to check on your baby."),
        _("If you haven't felt any movements by 24 weeks, tell your midwife."),
    ),
    age=AgeRange.pregnancy(16),
    typical_minutes=(5, 15),
    duration_label=_("A few quiet minutes, whenever suits you"),
    energy=Energy.LOW,
    safety_notes=(
        CALL_ABOUT_MOVEMENTS,
        _(
            "Home dopplers and apps can give false reassurance; only your midwife or maternity "
            "unit can check your baby properly."
        ),
        _(
            "Babies keep moving right up to and during labour; they don't move less towards "
            "the end of pregnancy."
        ),
    ),
    when_not=(
        _(
            "Not as a way to reassure yourself when you're worried: if you're worried, call "
            "your midwife or maternity unit."
        ),
    ),
    adaptations=adapt(
        twins=_(
            "With twins it can be hard to tell whose movements are whose; if anything changes, "
            "call your midwife just the same."
        ),
        partner_father=_(
            "Partners can keep the maternity unit number handy and back up a call if anything "
            "seems different; calling is never a fuss."
        ),
        feeling_low=_(
            "If worry about movements is taking over, tell your midwife; you can call as often "
            "as you need to."
        ),
    ),
    tags=("pregnancy", "movements", "midwife", "safety"),
    journal_kind=JournalKind.FETAL_MOVEMENT,
)

PLAN_SKIN_TO_SKIN = Practice(
    slug="plan-skin-to-skin-at-birth",
    category=Category.PREGNANCY,
    title=_("Plan skin-to-skin for after the birth"),
    why=_(
        "WHO and UNICEF recommend placing newborns skin-to-skin with their mother straight after "
        "birth for at least an hour, and putting it in your birth preferences lets the team know "
        "what you'd like."
    ),
    source_keys=("who-ten-steps-2018", "who-kmc-2022"),
    steps=steps(
        _("Add skin-to-skin straight after birth, for at least an hour, to your birth plan."),
        _("Ask your midwife how they support skin-to-skin after a caesarean or an assisted birth."),
        _("Pack a top or gown that opens at the front."),
        _("Agree that your birth partner can do skin-to-skin if you can't at first."),
        _("Ask what happens if your baby comes early: kangaroo care is recommended for them too."),
    ),
    age=AgeRange.pregnancy(24),
    typical_minutes=(10, 20),
    duration_label=_("A short chat and a line in your birth plan"),
    energy=Energy.LOW,
    adaptations=adapt(
        caesarean=_(
            "Ask in advance whether skin-to-skin in theatre is possible and who will help you "
            "hold your baby."
        ),
        partner_father=_(
            "If the birthing parent can't do skin-to-skin straight away, a partner can step in; "
            "write that into the plan."
        ),
        twins=_("Ask how skin-to-skin works with two babies; one each with a partner may work."),
        preterm_nicu=_(
            "If your baby may come early, ask to visit the neonatal unit and ask about kangaroo "
            "care."
        ),
        feeling_low=_(
            "If the birth doesn't go to plan, skin-to-skin later is still warm and worthwhile."
        ),
    ),
    tags=("pregnancy", "birth-plan", "skin-to-skin"),
    journal_kind=JournalKind.NOTE,
)

PREGNANCY = (TALK_TO_BUMP, SING_TO_BUMP, BUMP_TOUCH, MOVEMENTS, PLAN_SKIN_TO_SKIN)
