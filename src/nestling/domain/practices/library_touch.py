"""Touch practices: skin-to-skin, kangaroo care, massage, holding and slow strokes.

Sources: WHO/UNICEF Ten Steps 2018 and WHO KMC 2022 (skin-to-skin doses); Cochrane 2013 and
instructor guidance for massage (weak evidence, so "may"); HENRY and Cry-sis for comfort methods.
"""

from __future__ import annotations

from nestling.domain.practices.library_shared import (
    AWAKE_ADULT,
    FACE_CLEAR,
    HEAD_SUPPORT,
    SAFE_SLEEP,
    SOFA_RISK,
)
from nestling.domain.practices.practice import (
    AgeRange,
    Category,
    Energy,
    JournalKind,
    Practice,
    Step,
    adapt,
    steps,
)
from nestling.domain.text import gettext_noop as _

SKIN_TO_SKIN = Practice(
    slug="skin-to-skin",
    category=Category.TOUCH,
    title=_("Skin-to-skin cuddle"),
    why=_(
        "WHO and UNICEF recommend skin-to-skin for at least the first hour after birth, and "
        "parent-support charities list it as a way to comfort a baby who wants closeness in the "
        "weeks after."
    ),
    source_keys=("who-ten-steps-2018", "henry-cry-sis-comfort"),
    steps=steps(
        _(
            "Check that you are awake and alert, and settle in a stable, half-sitting position "
            "where you won't nod off."
        ),
        _("Undress your baby down to their nappy and lay them upright on your bare chest."),
        _("Turn their head to one side so their nose and mouth are clear and you can see them."),
        _("Pull a blanket or your top over both of you to keep your baby warm."),
        _("Breathe slowly and talk, hum or just stay quiet together."),
        _("If you start to feel sleepy, lay your baby on their back in their own cot."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(15, 60),
    duration_label=_("Often 15–60 minutes; straight after birth, at least an hour"),
    energy=Energy.LOW,
    safety_notes=(AWAKE_ADULT, FACE_CLEAR, SOFA_RISK, SAFE_SLEEP),
    when_not=(
        _("When you are too sleepy to stay alert."),
        _("After alcohol, sleeping tablets or any drug that makes you drowsy."),
    ),
    adaptations=adapt(
        preterm_nicu=_(
            "In a neonatal unit, ask the nurses to help you settle your baby around wires and "
            "tubes; the kangaroo care practice is written for babies born early or small."
        ),
        twins=_(
            "Hold one twin at a time, or both together once someone has helped you get them "
            "settled; ask another adult to pass the babies to you and take them back."
        ),
        caesarean=_(
            "You can still do skin-to-skin after a caesarean: ask for help lifting your baby, "
            "and lay them high on your chest, away from the wound."
        ),
        partner_father=_(
            "Partners and fathers can do skin-to-skin too, for example while the birthing "
            "parent rests or showers."
        ),
        feeling_low=_(
            "You don't need to feel anything special during skin-to-skin; simply resting "
            "together is enough, and it is fine to have someone nearby."
        ),
    ),
    tags=("skin-to-skin", "closeness", "newborn", "calming"),
    journal_kind=JournalKind.SKIN_TO_SKIN,
)

KANGAROO_CARE = Practice(
    slug="kangaroo-care",
    category=Category.TOUCH,
    title=_("Kangaroo care for a small or early baby"),
    why=_(
        "For babies born before 37 weeks or weighing under 2.5 kg, WHO recommends kangaroo care "
        "from birth: skin-to-skin for 8 to 24 hours a day, including in intensive care. "
        "Partners and family can share those hours."
    ),
    source_keys=("who-kmc-2022",),
    steps=steps(
        _(
            "Check with your baby's nurse that now is a good time, and that you are awake, "
            "comfortable and able to stay a while."
        ),
        _("Sit in a reclining chair wearing a top or gown that opens at the front."),
        _("Let the nurse place your baby upright on your chest in just a nappy."),
        _("Keep their head turned to one side and slightly tipped up so they can breathe easily."),
        _("Put a blanket over your baby's back, or use a wrap, to hold them snugly to you."),
        _("Rest, talk softly and watch your baby's colour and breathing."),
        _("When you need a break, ask a nurse or family member to take over."),
    ),
    age=AgeRange.baby(0, 12),
    typical_minutes=(60, 480),
    duration_label=_(
        "Sessions of an hour or more are common; WHO suggests 8–24 hours a day in total, "
        "shared between family"
    ),
    energy=Energy.MEDIUM,
    safety_notes=(
        AWAKE_ADULT,
        FACE_CLEAR,
        _("Follow the unit's advice on monitors, temperature and how to hold your baby."),
        _("Tell a nurse straight away if your baby's colour or breathing worries you."),
    ),
    when_not=(
        _("When the care team says your baby isn't ready yet; ask when it might be possible."),
        _("When you are too sleepy to stay alert and nobody is there to take over."),
    ),
    adaptations=adapt(
        preterm_nicu=_(
            "This practice is written for you. If your baby can't come out of the incubator "
            "yet, ask the nurses whether you can rest a still hand on them instead."
        ),
        twins=_(
            "Twins can sometimes be held together in kangaroo position; ask the staff, or take "
            "turns with a partner."
        ),
        caesarean=_(
            "After a caesarean, a pillow over your tummy and a nurse's help with positioning "
            "make it easier; your partner can start while you recover."
        ),
        partner_father=_(
            "WHO names partners and family as people who can give kangaroo care, so sharing "
            "the hours is part of the plan."
        ),
        feeling_low=_(
            "A neonatal unit is a hard place to be. If you feel numb or overwhelmed, tell the "
            "nurses; any time together is worthwhile."
        ),
    ),
    tags=("kangaroo-care", "skin-to-skin", "preterm", "nicu", "low-birth-weight"),
    journal_kind=JournalKind.SKIN_TO_SKIN,
)

MASSAGE = Practice(
    slug="baby-massage",
    category=Category.TOUCH,
    title=_("Gentle baby massage"),
    why=_(
        "Gentle massage may help some babies with sleep and settling, but a Cochrane review "
        "found the evidence too weak to be sure, so enjoy it as time together rather than a "
        "treatment."
    ),
    source_keys=("cochrane-massage-2013", "massage-practice", "massage-oils"),
    steps=steps(
        _(
            "Warm the room, wash your hands and lay your baby on a towel when they are calm "
            "and alert."
        ),
        Step(text=_("Stroke down each leg from thigh to ankle, slowly and gently."), seconds=60),
        Step(text=_("Rub the soles of the feet with your thumbs and roll each toe."), seconds=60),
        Step(
            text=_("Stroke the tummy in slow clockwise circles, as you look at your baby."),
            seconds=60,
        ),
        Step(
            text=_("Lay both hands flat on the chest and stroke outwards, like opening a book."),
            seconds=45,
        ),
        Step(
            text=_("Stroke down each arm from shoulder to wrist, then open and rub the palms."),
            seconds=60,
        ),
        Step(
            text=_("Turn your baby onto their tummy and stroke down the back from neck to bottom."),
            seconds=60,
        ),
        Step(
            text=_(
                "Finish with feather-light strokes across the face, forehead to cheeks, with no "
                "oil on your fingers."
            ),
            seconds=30,
        ),
    ),
    age=AgeRange.baby(2),
    typical_minutes=(5, 15),
    duration_label=_("5–15 minutes is common practice; stop sooner if your baby has had enough"),
    energy=Energy.LOW,
    safety_notes=(
        _(
            "Massage only when your baby is calm and alert. Stop as soon as they look away, "
            "arch their back, frown or cry."
        ),
        _("Keep a hand on your baby and never leave them on a raised surface."),
        _(
            "Oil is optional. If you use it, choose a little unscented plant oil, such as "
            "sunflower oil, and try it on a small patch of skin first. Avoid nut oils, olive oil "
            "and essential oils, keep oil off the face and hands, and follow the advice of your "
            "midwife, nurse or doctor where you live."
        ),
    ),
    when_not=(
        _("When your baby is hungry, crying or asleep, or has just fed: wait about 30–40 minutes."),
        _("When your baby is unwell or has a temperature."),
        _("On broken, sore or infected skin, or near a cord stump that hasn't healed."),
        _(
            "Just after vaccinations: advice ranges from waiting 24 hours to waiting a week, so "
            "ask your nurse or health visitor."
        ),
    ),
    adaptations=adapt(
        preterm_nicu=_(
            "For a baby born early or with extra health needs, ask a health professional before "
            "you start."
        ),
        twins=_(
            "Massage one twin while another adult holds the other, or lie them side by side and "
            "do a few strokes each."
        ),
        caesarean=_(
            "Until your wound has healed, sit on a bed with your baby on a towel on your lap "
            "rather than kneeling on the floor."
        ),
        partner_father=_(
            "Massage is a calm way for a partner to get to know the baby, and it can become "
            "something the two of them share."
        ),
        feeling_low=_(
            "If a whole massage feels like too much, a minute of leg and foot strokes is plenty."
        ),
    ),
    tags=("massage", "touch", "calming", "sleep"),
    journal_kind=JournalKind.MASSAGE,
)

HOLDING = Practice(
    slug="hold-close",
    category=Category.TOUCH,
    title=_("Hold your baby close"),
    why=_(
        "Being held is one of the first comfort methods parent-support charities suggest when "
        "a baby is unsettled or simply wants to be close."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Pick your baby up slowly, one hand behind the head and neck, one under the bottom."),
        _("Hold them against your chest or shoulder with their face turned to the side."),
        _("Sway or pat gently if that settles them, or simply stay still together."),
        _("Notice which holds your baby seems to like: on your shoulder or curled in your arm."),
        _("When your arms or your patience need a rest, put your baby down safely."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 20),
    duration_label=_("A few minutes, or as long as you both like"),
    energy=Energy.LOW,
    safety_notes=(
        HEAD_SUPPORT,
        SAFE_SLEEP,
        _("Put hot drinks down before you pick your baby up."),
    ),
    when_not=(SOFA_RISK,),
    adaptations=adapt(
        twins=_(
            "Hold one twin while talking to the other, then swap; a feeding pillow can help you "
            "hold both for a short while."
        ),
        caesarean=_(
            "Sit with pillows under your arms, keep your baby above the wound and let others "
            "lift them to you."
        ),
        partner_father=_(
            "Partners and fathers can find their own favourite holds, on the shoulder or "
            "curled in an arm."
        ),
        feeling_low=_(
            "Holding your baby doesn't need you to feel anything in particular; closeness can "
            "grow slowly, and that's okay."
        ),
    ),
    tags=("cuddle", "closeness", "comfort"),
    journal_kind=JournalKind.NOTE,
)

BACK_STROKES = Practice(
    slug="slow-back-strokes",
    category=Category.TOUCH,
    title=_("Slow back strokes to settle"),
    why=_(
        "Slow, rhythmic stroking is one of the comfort methods parent-support charities list "
        "for a baby who wants closeness."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Hold your baby upright against your shoulder, or tummy-down across your lap."),
        _("Rest your hand flat on their back and stroke slowly downwards in a steady rhythm."),
        _("Slow your own breathing and match your strokes to it."),
        _("Add a soft shush or hum if your baby seems to like it."),
        _("When your baby grows drowsy, lay them on their back in their cot."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 10),
    duration_label=_("A few minutes"),
    energy=Energy.LOW,
    safety_notes=(
        _("Lying across your lap is only for while your baby is awake and you are watching."),
        SAFE_SLEEP,
    ),
    when_not=(_("When your baby is falling asleep on their tummy: move them to their back."),),
    adaptations=adapt(
        preterm_nicu=_(
            "For a baby born very early, ask the nurses whether a still, resting hand suits "
            "them better than stroking for now."
        ),
        twins=_("Settle one twin on your shoulder while the other lies safely on their back."),
        partner_father=_("Slow back strokes are an easy way for a partner to settle the baby."),
        feeling_low=_(
            "If stroking feels like a lot today, simply resting a warm hand on your baby's back "
            "is fine."
        ),
    ),
    tags=("comfort", "settling", "touch"),
    journal_kind=JournalKind.NOTE,
)

TOUCH = (SKIN_TO_SKIN, KANGAROO_CARE, MASSAGE, HOLDING, BACK_STROKES)
