"""Voice practices: narrating the day, reading, singing, answering babbles and soothing talk.

Sources: AAP literacy promotion 2014 and 2024 (talking and reading from birth); HENRY and
Cry-sis (talking and singing as comfort); ICON and NICE NG143 for the crying safety wording.
"""

from __future__ import annotations

from nestling.domain.practices.library_shared import CRY_RED_FLAGS, NEVER_SHAKE, STEP_AWAY
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

NARRATE = Practice(
    slug="narrate-your-day",
    category=Category.VOICE,
    title=_("Tell your baby what you're doing"),
    why=_(
        "The American Academy of Pediatrics encourages talking and reading with babies from "
        "birth, and chatting through everyday jobs is an easy way to fit that in."
    ),
    source_keys=("aap-reading-2024", "aap-reading-2014"),
    steps=steps(
        _("Pick a job you are doing anyway, like a nappy change, a bottle or folding washing."),
        _("Tell your baby what is happening: 'Dad's warming your milk now. Nearly ready!'"),
        _("Name what they can see, hear or feel: 'That's the kettle. Here's your soft vest.'"),
        _("Leave little pauses, as if it's their turn to answer."),
        _("Use whichever language feels most like home to you."),
        _("When you run out of words, describe their face or hum instead."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(1, 10),
    duration_label=_("A minute here and there as you go about your day"),
    energy=Energy.LOW,
    when_not=(
        _("When your baby keeps turning away or seems overwhelmed; a quieter moment may suit."),
    ),
    adaptations=adapt(
        preterm_nicu=_(
            "Talk softly near the incubator, and ask the nurses about quiet times on the unit."
        ),
        twins=_("Talk to both babies together, using each name so each hears their own."),
        partner_father=_(
            "Bottles, baths and nappy changes are natural times for a partner's running "
            "commentary: 'Here comes your clean nappy.'"
        ),
        feeling_low=_(
            "If talking feels hard, naming plain things ('Here's your sock') is plenty; you "
            "don't need to sound cheerful."
        ),
    ),
    tags=("talking", "language", "everyday", "narrating"),
    journal_kind=JournalKind.TALKING,
)

READ_ALOUD = Practice(
    slug="read-together",
    category=Category.VOICE,
    title=_("Read together"),
    why=_(
        "The American Academy of Pediatrics encourages shared reading from birth. A young baby "
        "won't follow the story, but sitting close and hearing your voice is a fine start."
    ),
    source_keys=("aap-reading-2024", "aap-reading-2014"),
    steps=steps(
        _("Choose any book, magazine or even a recipe; for a young baby, your voice matters most."),
        _("Sit with your baby on your lap or lying beside you, where they can see you."),
        _("Read slowly, changing your voice for different characters and feelings."),
        _("Point to pictures and name them."),
        _("Stop when your baby turns away or fusses; a page or two is fine."),
        _("Let older babies pat, hold and chew sturdy board books."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 15),
    duration_label=_("A page or two, up to about 15 minutes"),
    energy=Energy.LOW,
    when_not=(_("When your baby is hungry or very tired."),),
    adaptations=adapt(
        preterm_nicu=_("Ask the nurses whether you can read quietly beside the incubator."),
        twins=_("Sit with a baby on each side, or read to one while the other naps."),
        caesarean=_(
            "Lie back propped on pillows with your baby beside you rather than on your lap."
        ),
        partner_father=_(
            "A bedtime book can become a partner's own time with the baby, even on a busy day."
        ),
        feeling_low=_(
            "If it's hard to concentrate, reading the same short book again and again is "
            "perfectly fine."
        ),
    ),
    tags=("reading", "books", "language", "bedtime"),
    journal_kind=JournalKind.READING,
)

SING = Practice(
    slug="sing-to-baby",
    category=Category.VOICE,
    title=_("Sing to your baby"),
    why=_(
        "Talking or singing is one of the comfort methods parent-support charities suggest for "
        "an unsettled baby, and a song can be part of play as well."
    ),
    source_keys=("henry-cry-sis-comfort",),
    steps=steps(
        _("Pick any song you know: a lullaby, a pop song or one from your own childhood."),
        _("Hold your baby close or sit face to face so they can watch your mouth."),
        _("Sing slowly and softly; nobody needs a good voice for this."),
        _("Come back to the same song on different days so it can become a familiar one."),
        _("Add gentle swaying or patting in time, if your baby likes it."),
        _("Slow down or stop when your baby looks away."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 10),
    duration_label=_("A song or two"),
    energy=Energy.LOW,
    adaptations=adapt(
        preterm_nicu=_("Hum or sing very softly near your baby; ask nurses about noise levels."),
        twins=_("Sing one song to both, using each baby's name in turn."),
        partner_father=_(
            "A partner's own song, at bath or bedtime, can become something that's just theirs."
        ),
        feeling_low=_("Humming is singing too, and so is singing along to a recording."),
    ),
    tags=("singing", "music", "comfort", "bedtime"),
    journal_kind=JournalKind.SINGING,
)

ANSWER_BABBLES = Practice(
    slug="answer-babbles",
    category=Category.VOICE,
    title=_("Answer your baby's sounds"),
    why=_(
        "Taking turns with coos and babbles is an early kind of conversation, and talking "
        "together is part of the American Academy of Pediatrics' advice on early language."
    ),
    source_keys=("aap-reading-2014", "aap-reading-2024"),
    steps=steps(
        _("Wait for a quiet, alert moment when your baby is looking at you."),
        _("When they coo, gurgle or babble, pause, then copy the sound back."),
        _("Give them time to reply; babies can take several seconds to answer."),
        _("Add a word or two: 'Ooh, is that so? Tell me more!'"),
        _("Follow their lead and stop when they look away or get fussy."),
    ),
    age=AgeRange.baby(6),
    typical_minutes=(1, 10),
    duration_label=_("A few minutes of back and forth"),
    energy=Energy.LOW,
    adaptations=adapt(
        preterm_nicu=_(
            "Go by your baby's corrected age, and answer any little sound or face they make."
        ),
        twins=_("Each twin may chatter at different times; answer whichever one is talking."),
        partner_father=_("Partners' voices are part of the conversation too; take turns."),
        feeling_low=_("If words won't come, copying your baby's sound back is all it takes."),
    ),
    tags=("talking", "babble", "conversation", "play"),
    journal_kind=JournalKind.TALKING,
)

SOOTHING_VOICE = Practice(
    slug="soothe-with-your-voice",
    category=Category.VOICE,
    title=_("Soothe with your voice"),
    why=_(
        "Talking and singing are first-line ways to comfort a crying baby, along with "
        "holding and rocking. They can sometimes soothe, and when they don't, that is "
        "normal too."
    ),
    source_keys=("henry-cry-sis-comfort", "icon"),
    steps=steps(
        _("Check the basics first: hunger, nappy, tiredness, wind and whether they are too hot."),
        _("Hold your baby close and shush or talk steadily near their ear."),
        _("Keep your voice low and slow, repeating the same few words or a simple hum."),
        _("Add gentle swaying or patting if it helps."),
        _("If the crying goes on and it's getting to you, put your baby down safely and rest."),
    ),
    age=AgeRange.baby(0),
    typical_minutes=(2, 15),
    duration_label=_("A few minutes at a time"),
    energy=Energy.MEDIUM,
    safety_notes=(STEP_AWAY, NEVER_SHAKE, CRY_RED_FLAGS),
    adaptations=adapt(
        twins=_(
            "When both cry at once, settle one safely on their back while you soothe the "
            "other; taking turns is fine."
        ),
        partner_father=_("Taking turns with evening soothing can give each of you a break."),
        feeling_low=_(
            "Crying can feel much harder when you're low. Putting your baby down safely and "
            "stepping away for a few minutes is a caring choice."
        ),
    ),
    tags=("comfort", "crying", "soothing", "icon"),
    journal_kind=JournalKind.TALKING,
)

VOICE = (NARRATE, READ_ALOUD, SING, ANSWER_BABBLES, SOOTHING_VOICE)
