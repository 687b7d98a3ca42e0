"""Movement practices: rocking, carrying in a sling, a walk together and slow dancing.

Sources: HENRY and Cry-sis (rocking, sling, motion and a change of scene as comfort); ICON for
"never shake" and stepping away; AAP 2022 for safe sleep and overheating. Sling-safety wording is
common practice: the clinical reference does not list a sling-safety source yet.
"""

from __future__ import annotations

from nestling.domain.practices.library_shared import (
    FACE_CLEAR,
    HEAD_SUPPORT,
    NEVER_SHAKE,
    SAFE_SLEEP,
    SOFA_RISK,
    STEP_AWAY,
)
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

ROCKING = Practice(
    slug="gentle-rocking",
    category=Category.MOVEMENT,
    title=_("Gentle rocking"),
    why=_(
        "Rocking is one of the comfort methods parent-support charities suggest, and slow, "
        "steady motion may help a tired baby settle."
    ),
    source_keys=("henry-cry-sis-comfort", "icon"),
    steps=steps(
        _("Hold your baby close, supporting their head and neck, and sit or stand comfortably."),
        _("Rock or sway slowly from side to side in a small, smooth movement."),
        _("Keep the rhythm gentle and steady, like slow breathing rather than bouncing."),
        _("Hum or talk softly if it helps."),
        _("If your baby falls asleep, lay them on their back in their own cot."),
        _("If the crying carries on and you feel stressed, put your baby down safely and rest."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 15),
    duration_label=_("A few minutes at a time"),
    energy=Energy.LOW,
    safety_notes=(
        _("Keep movements small and smooth, with no jiggling or bouncing."),
        NEVER_SHAKE,
        STEP_AWAY,
        SAFE_SLEEP,
    ),
    when_not=(SOFA_RISK,),
    adaptations=adapt(
        preterm_nicu=_(
            "Ask the nurses whether rocking suits your baby yet, or whether still holding is "
            "better for now."
        ),
        twins=_("Rock one twin while the other lies safely on their back nearby, then swap."),
        caesarean=_("Rock sitting down with a pillow over your wound rather than standing."),
        partner_father=_("Evening rocking can be a partner's turn while the other parent rests."),
        feeling_low=_(
            "If rocking isn't settling your baby and you're at the end of your tether, putting "
            "them down safely and taking a break is the right call."
        ),
    ),
    tags=("rocking", "comfort", "sleep", "icon"),
    journal_kind=JournalKind.ROCKING,
)

SLING = Practice(
    slug="carry-in-a-sling",
    category=Category.MOVEMENT,
    title=_("Carry your baby in a sling"),
    why=_(
        "Parent-support charities list a sling among the ways to give a baby closeness, and it "
        "leaves your hands free."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Choose a sling or carrier that fits your baby's size and read its instructions."),
        _("Put your baby in upright and high on your chest, close enough to kiss their head."),
        _("Check you can always see their face and that their chin is off their chest."),
        _("Make sure the fabric holds them snugly against you, with their back supported."),
        _("Potter at home or head outside, glancing down at your baby often."),
        _("Take your baby out of the sling to feed, and lay them on their back to sleep."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(10, 60),
    duration_label=_("From a few minutes around the house to a longer walk"),
    energy=Energy.MEDIUM,
    safety_notes=(
        FACE_CLEAR,
        _("Keep your baby's chin off their chest so their breathing stays clear."),
        _("Bend at the knees, not the waist, and keep a hand on your baby as you do."),
        _("Don't drink hot drinks or cook while your baby is in the sling."),
    ),
    when_not=(
        _(
            "If your baby was born early or small, or has breathing problems, ask a health "
            "professional before using a sling."
        ),
        _("When you feel dizzy, unsteady or very tired."),
    ),
    adaptations=adapt(
        preterm_nicu=_("Ask your neonatal team or health visitor when a sling is right for you."),
        twins=_("Carry one twin in the sling while the other rides in the pram, then swap."),
        caesarean=_(
            "Wait until you feel comfortable, and check that no waistband presses on your scar; "
            "ask your midwife if unsure."
        ),
        partner_father=_(
            "A carrier is an easy way for a partner to take the baby out while the other "
            "parent rests."
        ),
        feeling_low=_(
            "A short wander round the house with your baby in a sling can be gentle company."
        ),
    ),
    tags=("sling", "babywearing", "closeness", "hands-free"),
    journal_kind=JournalKind.WALK,
)

WALK = Practice(
    slug="walk-together",
    category=Category.MOVEMENT,
    title=_("Go for a walk together"),
    why=_(
        "Parent-support charities suggest motion, such as a walk with the pram, for a tired "
        "baby, and a change of scene for a bored one."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Dress your baby for the weather, and feel their tummy to check they're not too hot."),
        _("Lay them flat in the pram, or use a sling, and pack what you need for a feed."),
        _("Walk at an easy pace for as long as feels good."),
        _("Talk about what you see: trees, buses, dogs and people."),
        _("Stop for a rest whenever you need one."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(10, 45),
    duration_label=_("From a trip to the end of the street to a longer stroll"),
    energy=Energy.MEDIUM,
    safety_notes=(
        _(
            "Don't cover the pram completely with a blanket or cover: babies can overheat. "
            "Keep them in the shade on hot days."
        ),
        _("If your baby sleeps in the pram, make sure they lie flat on their back."),
    ),
    when_not=(_("When you feel unwell, faint or dizzy."),),
    adaptations=adapt(
        caesarean=_(
            "Start with short walks and let someone else push the pram until it feels "
            "comfortable; follow your midwife's advice."
        ),
        twins=_("A double pram, or a friend pushing one baby, makes a walk more relaxed."),
        partner_father=_("A walk can be a partner's regular outing with the baby."),
        feeling_low=_("A few minutes outside, even to the end of the street, is enough."),
    ),
    tags=("walk", "outdoors", "fresh-air", "change-of-scene"),
    journal_kind=JournalKind.WALK,
)

SLOW_DANCE = Practice(
    slug="sway-and-dance",
    category=Category.MOVEMENT,
    title=_("Sway and dance slowly"),
    why=_(
        "Swaying to music brings together comfort methods that parent-support charities list: "
        "being held, gentle movement and your voice."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Put on a song you like, at a gentle volume."),
        _("Hold your baby close against your chest with their head supported."),
        _("Sway, step from side to side or turn slowly in time with the music."),
        _("Sing or hum along and smile at your baby."),
        _("Slow down and finish when your baby looks drowsy or turns away."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(3, 15),
    duration_label=_("One song or a few"),
    energy=Energy.MEDIUM,
    safety_notes=(
        HEAD_SUPPORT,
        _("Keep moves smooth and slow, with no bouncing or throwing. Never shake a baby."),
    ),
    when_not=(_("Straight after a feed, if your baby tends to bring milk back up."),),
    adaptations=adapt(
        caesarean=_("Sway gently on the spot, or sitting down, rather than stepping around."),
        twins=_("Dance with one twin while the other watches from a safe spot, then swap."),
        partner_father=_("Kitchen dancing can become a partner's own game with the baby."),
        feeling_low=_("One song is enough, and dancing badly is very much allowed."),
    ),
    tags=("music", "dance", "play", "movement"),
    journal_kind=JournalKind.ROCKING,
)

MOVEMENT = (ROCKING, SLING, WALK, SLOW_DANCE)
