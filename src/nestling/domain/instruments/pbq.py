"""Postpartum Bonding Questionnaire (Brockington et al. 2001, 2006); free to use, no licence needed.

Sources (clinical-reference §4): the 25 items in the Brockington 2006 order, verbatim from CamCOPS
`pbq.xml`, with the scored direction of `pbq.py` (positive items 1, 4, 8, 9, 11, 16, 22, 25 score
Always = 0 ... Never = 5; all others Always = 5 ... Never = 0) [V]; scale item lists from `pbq.py`
and scale cut-offs of Brockington 2006 as quoted by CamCOPS [V]. No total cut-off is verified,
so the total has none. Licence: "free to use, with no licence required" (RCPsych CR216, 2018).
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    Band,
    CutoffSet,
    HelpLevel,
    Instrument,
    Item,
    ItemRule,
    Option,
    Respondent,
    Subscale,
)
from nestling.domain.text import gettext_noop as _

_LABELS = (_("Always"), _("Very often"), _("Quite often"), _("Sometimes"), _("Rarely"), _("Never"))
_NEGATIVE = tuple(Option(label=label, score=5 - index) for index, label in enumerate(_LABELS))
_POSITIVE = tuple(Option(label=label, score=index) for index, label in enumerate(_LABELS))
POSITIVE_ITEMS = (1, 4, 8, 9, 11, 16, 22, 25)

_WORDING = (
    _("I feel close to my baby"),
    _("I wish the old days when I had no baby would come back"),
    _("I feel distant from my baby"),
    _("I love to cuddle my baby"),
    _("I regret having this baby"),
    _("The baby does not seem to be mine"),
    _("My baby winds me up"),
    _("I love my baby to bits"),
    _("I feel happy when my baby smiles or laughs"),
    _("My baby irritates me"),
    _("I enjoy playing with my baby"),
    _("My baby cries too much"),
    _("I feel trapped as a mother"),
    _("I feel angry with my baby"),
    _("I resent my baby"),
    _("My baby is the most beautiful baby in the world"),
    _("I wish my baby would somehow go away"),
    _("I have done harmful things to my baby"),
    _("My baby makes me anxious"),
    _("I am afraid of my baby"),
    _("My baby annoys me"),
    _("I feel confident when changing my baby"),
    _("I feel the only solution is for someone else to look after my baby"),
    _("I feel like hurting my baby"),
    _("My baby is easily comforted"),
)

ITEMS = tuple(
    Item(
        number=number,
        text=text,
        options=_POSITIVE if number in POSITIVE_ITEMS else _NEGATIVE,
        reverse_scored=number in POSITIVE_ITEMS,
    )
    for number, text in enumerate(_WORDING, start=1)
)

# The numbers of this scale, in one place: the cut-off sets and rules below are built from them.
IMPAIRED_BONDING_HIGH_FROM = 12  # Brockington 2006 (same in 2001)
REJECTION_ANGER_HIGH_FROM = 13  # Brockington 2006 revised cut-off (2001: 17)
ANXIETY_ABOUT_CARE_HIGH_FROM = 10
RISK_OF_ABUSE_HIGH_FROM = 2  # Brockington 2006 (2001: 3)
ITEM_MAX = 5
CRITICAL_ITEMS = (17, 18, 24)  # any non-zero answer: same-day message (clinical-reference §4.4)
CRITICAL_FROM = 1

_SCALE_SOURCE = "Brockington 2006 scale item lists, 2006 numbering (CamCOPS pbq.py)"
SUBSCALES = (
    Subscale(
        code="impaired_bonding",
        name=_("Impaired bonding"),
        items=(1, 2, 6, 7, 8, 9, 10, 12, 13, 15, 16, 17),
        source=_SCALE_SOURCE,
        plain=_("Feeling close to your baby"),
    ),
    Subscale(
        code="rejection_anger",
        name=_("Rejection and anger"),
        items=(3, 4, 5, 11, 14, 21, 23),
        source=_SCALE_SOURCE,
        plain=_("Anger and wanting distance"),
    ),
    Subscale(
        code="anxiety_about_care",
        name=_("Anxiety about care"),
        items=(19, 20, 22, 25),
        source=_SCALE_SOURCE,
        plain=_("Worry about caring for your baby"),
    ),
    Subscale(
        code="risk_of_abuse",
        name=_("Risk of abuse"),
        items=(18, 24),
        source=_SCALE_SOURCE,
        plain=_("Keeping your baby safe"),
    ),
)


_USUAL = _("Within the range most mothers report")


def _scale_cutoffs(target: str, high_from: int, note: str = "") -> CutoffSet:
    """Normal below `high_from`, high from it: any high scale -> contact_provider [P]."""
    high_to = ITEM_MAX * len(next(s for s in SUBSCALES if s.code == target).items)
    return CutoffSet(
        code=f"pbq_2006_{target}",
        target=target,
        respondents=(Respondent.MOTHER,),
        bands=(
            Band(
                code="normal",
                label=_("Within the usual range"),
                plain=_USUAL,
                min_score=0,
                max_score=high_from - 1,
                help_level=HelpLevel.NONE,
            ),
            Band(
                code="high",
                label=_("Above the cut-off"),
                plain=_("More than most mothers report: worth talking about"),
                min_score=high_from,
                max_score=high_to,
                help_level=HelpLevel.CONTACT_PROVIDER,
            ),
        ),
        source="Brockington, Fraser & Wilson 2006 (via CamCOPS pbq.rst)",
        note=note,
    )


# Scale 4 at or above its cut-off is a critical finding (issue 4; clinical-reference §4.4 and
# §10.4 [P]): the "high" band there is urgent, not just contact_provider.
_RISK_OF_ABUSE = CutoffSet(
    code="pbq_2006_risk_of_abuse",
    target="risk_of_abuse",
    respondents=(Respondent.MOTHER,),
    bands=(
        Band(
            code="normal",
            label=_("Within the usual range"),
            plain=_USUAL,
            min_score=0,
            max_score=RISK_OF_ABUSE_HIGH_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="high",
            label=_("Above the cut-off"),
            plain=_("Some answers call for support today"),
            min_score=RISK_OF_ABUSE_HIGH_FROM,
            max_score=ITEM_MAX * 2,
            help_level=HelpLevel.URGENT,
            critical=True,
        ),
    ),
    source="Brockington 2006 (<=1 normal, >=2 high; 'known low sensitivity'); 2001: >=3",
)

CUTOFF_SETS = (
    _scale_cutoffs("impaired_bonding", IMPAIRED_BONDING_HIGH_FROM),
    _scale_cutoffs(
        "rejection_anger",
        REJECTION_ANGER_HIGH_FROM,
        note="2006 revised cut-off (>=13); 2001 used >=17; needs replication.",
    ),
    _scale_cutoffs(
        "anxiety_about_care",
        ANXIETY_ABOUT_CARE_HIGH_FROM,
        note="Brockington 2006 called this scale's performance unsatisfactory.",
    ),
    _RISK_OF_ABUSE,
)

# Any non-zero answer to items 17, 18 or 24 -> a non-judgemental same-day message
# (clinical-reference §4.4 [P]; issue 4: "always yields at least urgent").
_CRITICAL_SOURCE = "clinical-reference §4.4 and §10.4 [P]"
_MESSAGES = {
    17: _(
        "You said you have sometimes wished your baby would go away. Feelings like this can "
        "happen and help makes a real difference. Please speak to your health visitor, midwife or "
        "doctor today."
    ),
    18: _(
        "You said something harmful has happened to your baby. Please speak to your health "
        "visitor, midwife or doctor today. If your baby is hurt or in danger now, call your "
        "emergency number."
    ),
    24: _(
        "You said you have felt like hurting your baby. You are not alone, and support is there "
        "for you today: please speak to your health visitor, midwife or doctor today. If your "
        "baby is in danger now, call your emergency number."
    ),
}
_SKIPPED = _(
    "Question %(number)d was left unanswered. That is completely fine, but it asks about "
    "difficult feelings towards your baby, so this result can't tell whether you might need "
    "support with them. If it is on your mind, please talk to your health visitor, midwife or "
    "doctor soon, or use one of the services shown here."
)
RULES = tuple(
    ItemRule(
        code=f"pbq.item{number}",
        item=number,
        at_least=CRITICAL_FROM,
        help_level=HelpLevel.URGENT,
        critical=True,
        message=_MESSAGES[number],
        source=_CRITICAL_SOURCE,
        skipped_message=_SKIPPED,
    )
    for number in CRITICAL_ITEMS
)

PBQ = Instrument(
    code="pbq",
    name=_("Postpartum Bonding Questionnaire (PBQ)"),
    citation=(
        "Brockington IF, Oates J, George S, et al. (2001). A screening questionnaire for "
        "mother-infant bonding disorders. Arch Womens Ment Health 3:133-140. "
        "Brockington IF, Fraser C, Wilson D (2006). The Postpartum Bonding Questionnaire: "
        "a validation. Arch Womens Ment Health 9:233-242. doi:10.1007/s00737-006-0132-1."
    ),
    licence=(
        "Free to use, with no licence required (RCPsych College Report CR216, 2018; "
        "Brockington, personal communication 2019, quoted by CamCOPS)."
    ),
    time_frame=_("Your recent experience"),
    respondents=(Respondent.MOTHER,),
    stem=_(
        "Please indicate how often the following are true for you. There are no “right” or "
        "“wrong” answers: Choose the answer which seems right in your recent experience."
    ),
    items=ITEMS,
    subscales=SUBSCALES,
    cutoff_sets=CUTOFF_SETS,
    rules=RULES,
    verification_note=(
        "Validated for mothers only; no father cut-offs exist. The commonly quoted total "
        "cut-off (>=26) is unverified and not used. Item 6 is printed 'does not' (CamCOPS); "
        "another copy prints 'doesn't'."
    ),
)
