"""Face and gaze practices: looking at each other during feeds, mirroring, play, tummy time.

Sources: AAP/NWH responsive feeding (watch the baby's cues); HENRY (babies can be bored or
overstimulated); AAP 2022 (supervised, awake tummy time). The clinical reference has no study of
face-to-face play itself, so these practices claim only what those sources say.
"""

from __future__ import annotations

from nestling.domain.practices.library_shared import AWAKE_ADULT, SAFE_SLEEP
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

EYE_CONTACT_FEEDS = Practice(
    slug="eye-contact-during-feeds",
    category=Category.FACE,
    title=_("Look at each other during a feed"),
    why=_(
        "Feeding guidance says to follow your baby's hunger and fullness cues, which means "
        "watching them closely, and a feed is a natural time for your baby to look back at you."
    ),
    source_keys=("aap-responsive-feeding",),
    steps=steps(
        _("Settle where you can see your baby's face, with pillows to support your arms."),
        _("Put your phone on silent or out of reach for this feed, if you can."),
        _("Watch for your baby's signals, such as eager sucking, slowing down or turning away."),
        _("When they look up at you, hold their gaze, smile and talk softly."),
        _("Let them look away when they need to, and wait for them to come back."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(10, 40),
    duration_label=_("The length of a feed"),
    energy=Energy.LOW,
    safety_notes=(_("Never prop a bottle and leave your baby to feed alone."),),
    adaptations=adapt(
        preterm_nicu=_(
            "Tube-fed babies can still look at you; ask the nurses whether you can hold your "
            "baby during tube feeds."
        ),
        twins=_(
            "When feeding twins together, look at one and then the other; you can try this "
            "with one baby at a time at other feeds."
        ),
        caesarean=_(
            "A rugby hold or lying on your side keeps your baby off the wound while you can "
            "still see their face."
        ),
        partner_father=_(
            "Partners who give expressed or formula milk can make a feed their own quiet time "
            "with the baby."
        ),
        feeling_low=_(
            "If eye contact feels uncomfortable today, looking at your baby's hands or hair "
            "and talking softly is fine too."
        ),
    ),
    tags=("feeding", "eye-contact", "responsive-feeding"),
    journal_kind=JournalKind.EYE_CONTACT_PLAY,
)

MIRROR = Practice(
    slug="mirror-expressions",
    category=Category.FACE,
    title=_("Copy your baby's faces"),
    why=_(
        "Noticing and answering your baby's signals runs through feeding and comfort guidance, "
        "and copying their faces is a playful way to show them you have noticed."
    ),
    source_keys=("aap-responsive-feeding", "henry-cry-sis-comfort"),
    steps=steps(
        _("Choose a moment when your baby is awake and calm, and bring your face close to theirs."),
        _("Watch and wait for an expression: a yawn, a frown, a wide-open mouth or a smile."),
        _("Copy it back slowly, a little bigger than they did."),
        _("Pause and see whether they make another face."),
        _("Put a name to it: 'Big yawn! Are you sleepy?'"),
        _("Stop when they look away; that is their way of asking for a break."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(1, 5),
    duration_label=_("A minute or two"),
    energy=Energy.LOW,
    adaptations=adapt(
        preterm_nicu=_("Babies born early may tire quickly; a few seconds of looking is plenty."),
        twins=_("Give each twin their own turn, so each gets your full face."),
        partner_father=_("Partners can have their own copying games with the baby."),
        feeling_low=_(
            "If your own face feels flat today, copying one expression, or just watching, is "
            "enough."
        ),
    ),
    tags=("play", "face", "expressions", "responsive"),
    journal_kind=JournalKind.EYE_CONTACT_PLAY,
)

FACE_TO_FACE_PLAY = Practice(
    slug="face-to-face-play",
    category=Category.FACE,
    title=_("Face-to-face play"),
    why=_(
        "Babies can be bored as well as overstimulated, and parent-support charities suggest "
        "matching what you offer to what your baby seems to need. A short spell of "
        "face-to-face play suits a baby who is alert and content."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Choose a time when your baby is fed, comfortable and alert."),
        _("Lie them on their back on a playmat, or sit them on your knees facing you."),
        _("Bring your face close and smile, raise your eyebrows or slowly poke out your tongue."),
        _("Add simple sounds, a rhyme with actions, or peekaboo for older babies."),
        _("Pause often and give your baby time to respond."),
        _("When they turn away, arch or fuss, let them rest."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 10),
    duration_label=_("A few minutes, while your baby enjoys it"),
    energy=Energy.MEDIUM,
    adaptations=adapt(
        preterm_nicu=_(
            "Babies born early can tire quickly; keep play short and gentle, and go by their "
            "corrected age."
        ),
        twins=_(
            "Lie the twins side by side and lean over both; later, they may watch each other too."
        ),
        partner_father=_(
            "A partner's own silly faces and games can become something the baby links with them."
        ),
        feeling_low=_(
            "On a low day, lying next to your baby and smiling when they look at you is enough."
        ),
    ),
    tags=("play", "face", "smiles"),
    journal_kind=JournalKind.EYE_CONTACT_PLAY,
)

TUMMY_TIME_ON_CHEST = Practice(
    slug="tummy-time-on-your-chest",
    category=Category.FACE,
    title=_("Tummy time on your chest"),
    why=_(
        "The American Academy of Pediatrics recommends tummy time while your baby is awake and "
        "watched, to help development and reduce flat spots on the head, and on your chest "
        "your face is right in front of theirs."
    ),
    source_keys=("aap-safe-sleep-2022",),
    steps=steps(
        _("Check that you are awake and comfortable, then lean back on pillows."),
        _("Lay your baby tummy-down on your chest, facing you, while they are awake."),
        _("Talk, smile and sing so they want to lift their head to look at you."),
        _("Keep one hand resting on their back."),
        _("Start with a minute or two and stop when they get tired or fussy."),
        _("When they get sleepy, move them onto their back in their cot."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(1, 10),
    duration_label=_("A minute or two at first, longer as your baby grows stronger"),
    energy=Energy.LOW,
    safety_notes=(
        AWAKE_ADULT,
        _("Tummy time is only for when your baby is awake and someone is watching."),
        SAFE_SLEEP,
    ),
    when_not=(_("When you or your baby are drowsy."),),
    adaptations=adapt(
        preterm_nicu=_(
            "Ask your neonatal team when tummy time can start and how to position your baby."
        ),
        caesarean=_(
            "Keep your baby high on your chest, or lie beside them on a playmat instead, until "
            "your wound feels comfortable."
        ),
        twins=_("Lay both babies on a playmat on the floor and lie down facing them."),
        partner_father=_("Chest tummy time is a lovely partner job at the end of the day."),
        feeling_low=_("A minute is plenty, and so is your baby lying awake across your lap."),
    ),
    tags=("tummy-time", "development", "play"),
    journal_kind=JournalKind.TUMMY_TIME,
)

FACE = (EYE_CONTACT_FEEDS, MIRROR, FACE_TO_FACE_PLAY, TUMMY_TIME_ON_CHEST)
