"""Edinburgh Postnatal Depression Scale (Cox, Holden & Sagovsky 1987); wording © 1987 RCPsych.

Sources (clinical-reference §1): structure, per-option scores and reverse items (§1.2-1.3 [V]),
EPDS-3A items 3-5 (§1.5, Matthey 2008 [V]), cut-offs (§1.4), item 10 (§1.6), LOINC panel
71354-5 (§1.8 [V]). Licence (§1.7): RCPsych requires written permission to republish the
wording, so NO EPDS wording is in this repository (as in CamCOPS): items and options are
placeholders until the operator loads the licensed text with `with_licensed_text`.
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    TOTAL,
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
from nestling.domain.instruments.licensed_text import merge_text
from nestling.domain.text import gettext_noop as _

REVERSE_ITEMS = (3, 5, 6, 7, 8, 9, 10)  # scored 3-2-1-0 top to bottom (§1.3)

_PLACEHOLDER_ITEMS = (
    _("EPDS item 1"),
    _("EPDS item 2"),
    _("EPDS item 3"),
    _("EPDS item 4"),
    _("EPDS item 5"),
    _("EPDS item 6"),
    _("EPDS item 7"),
    _("EPDS item 8"),
    _("EPDS item 9"),
    _("EPDS item 10"),
)
_PLACEHOLDER_OPTIONS = (_("Option 1"), _("Option 2"), _("Option 3"), _("Option 4"))


def _options(number: int) -> tuple[Option, ...]:
    scores = (3, 2, 1, 0) if number in REVERSE_ITEMS else (0, 1, 2, 3)
    return tuple(
        Option(label=label, score=score)
        for label, score in zip(_PLACEHOLDER_OPTIONS, scores, strict=True)
    )


ITEMS = tuple(
    Item(number=number, text=text, options=_options(number), reverse_scored=number in REVERSE_ITEMS)
    for number, text in enumerate(_PLACEHOLDER_ITEMS, start=1)
)

SUBSCALES = (
    Subscale(
        code="epds3a",
        name=_("Anxiety (EPDS-3A)"),
        plain=_("Anxiety"),
        items=(3, 4, 5),
        source="Matthey S (2008). Depress Anxiety 25(11):926-931. doi:10.1002/da.20415",
    ),
)

_BELOW = _("Below the screening cut-off")
_FEW = _("Few signs of depression")
_FEW_ANXIETY = _("Few signs of anxiety")

# The numbers of this scale, in one place: the cut-off sets and rules below are built from them.
MAX_TOTAL = 30
MOTHERS_POSSIBLE_FROM = 10  # Cox 1987 via CamCOPS; NSW IOP
MOTHERS_PROBABLE_FROM = 13
ANTENATAL_MODERATE_FROM = 10  # PIRI
ANTENATAL_MINOR_FROM = 13  # NSW IOP, PIRI "refer"
ANTENATAL_MAJOR_FROM = 15  # NSW IOP
FATHERS_DISTRESS_FROM = 6  # Matthey 2001
FATHERS_DEPRESSION_FROM = 11  # Edmondson et al. (>10)
ANXIETY_MAX = 9
ANXIETY_WOMEN_FROM = 6  # Matthey 2008
ANXIETY_MEN_FROM = 4  # Matthey 2008
SELF_HARM_ITEM = 10
SELF_HARM_FROM = 1  # any score above 0 (§1.6)
SELF_HARM_EMERGENCY_FROM = 3  # [P]

# Mothers after birth: >=10 possible depression, >=13 probable depression (Cox 1987 as
# implemented by CamCOPS; NSW Institute of Psychiatry) [V]. Help: >=10 talk_soon, >=13
# contact_provider, as clinical-reference §1.4 suggests [P].
MOTHERS_POSTNATAL = CutoffSet(
    code="epds_mothers_postnatal",
    target=TOTAL,
    respondents=(Respondent.MOTHER,),
    antenatal=False,
    bands=(
        Band(
            code="below",
            label=_BELOW,
            plain=_FEW,
            min_score=0,
            max_score=MOTHERS_POSSIBLE_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="possible",
            label=_("Possible depression"),
            plain=_("Some signs of depression"),
            min_score=MOTHERS_POSSIBLE_FROM,
            max_score=MOTHERS_PROBABLE_FROM - 1,
            help_level=HelpLevel.TALK_SOON,
        ),
        Band(
            code="probable",
            label=_("Probable depression"),
            plain=_("Many signs of depression"),
            min_score=MOTHERS_PROBABLE_FROM,
            max_score=MAX_TOTAL,
            help_level=HelpLevel.CONTACT_PROVIDER,
        ),
    ),
    source="Cox 1987 via CamCOPS epds.py (cut-offs 10 and 13); NSW IOP 'Scoring the EPDS'",
    note="Validated in English-speaking postnatal women; Levis 2020 (BMJ) found >=11 optimal.",
)

# Mothers in pregnancy: NSW IOP >=13 probable minor, >=15 probable major depression [V]; PIRI
# bands 10-12 moderate, 13-14 "relatively high, refer", >=15 high [V]. Help [P]: 10-12
# talk_soon, >=13 contact_provider (PIRI refers from 13).
MOTHERS_ANTENATAL = CutoffSet(
    code="epds_mothers_antenatal",
    target=TOTAL,
    respondents=(Respondent.MOTHER,),
    antenatal=True,
    bands=(
        Band(
            code="below",
            label=_BELOW,
            plain=_FEW,
            min_score=0,
            max_score=ANTENATAL_MODERATE_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="moderate",
            label=_("Moderate symptoms"),
            plain=_("Some signs of depression"),
            min_score=ANTENATAL_MODERATE_FROM,
            max_score=ANTENATAL_MINOR_FROM - 1,
            help_level=HelpLevel.TALK_SOON,
        ),
        Band(
            code="probable_minor",
            label=_("Probable minor depression"),
            plain=_("A fair number of signs of depression"),
            min_score=ANTENATAL_MINOR_FROM,
            max_score=ANTENATAL_MAJOR_FROM - 1,
            help_level=HelpLevel.CONTACT_PROVIDER,
        ),
        Band(
            code="probable_major",
            label=_("Probable major depression"),
            plain=_("Many signs of depression"),
            min_score=ANTENATAL_MAJOR_FROM,
            max_score=MAX_TOTAL,
            help_level=HelpLevel.CONTACT_PROVIDER,
        ),
    ),
    source="NSW IOP 'Scoring the EPDS/EDS' (antenatal 13/15); PIRI further-assessment bands",
)

# Fathers: >=6 "distress caseness" (Matthey 2001, J Affect Disord, doi:10.1016/S0165-0327(00)
# 00236-6; Matthey 2008 also recommends >=6 for men) -> talk_soon; >10 i.e. >=11 for depression
# (Edmondson et al., J Affect Disord, sensitivity 89.5%, specificity 78.2%) -> contact_provider.
# A project choice [P] among published father cut-offs (>=6 / >=11 / 7-10; Appendix A item 11).
FATHERS = CutoffSet(
    code="epds_fathers",
    target=TOTAL,
    respondents=(Respondent.FATHER,),
    bands=(
        Band(
            code="below",
            label=_BELOW,
            plain=_FEW,
            min_score=0,
            max_score=FATHERS_DISTRESS_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="possible_distress",
            label=_("Possible distress (depression or anxiety)"),
            plain=_("Some signs of low mood or worry"),
            min_score=FATHERS_DISTRESS_FROM,
            max_score=FATHERS_DEPRESSION_FROM - 1,
            help_level=HelpLevel.TALK_SOON,
        ),
        Band(
            code="possible_depression",
            label=_("Possible depression"),
            plain=_("Many signs of depression"),
            min_score=FATHERS_DEPRESSION_FROM,
            max_score=MAX_TOTAL,
            help_level=HelpLevel.CONTACT_PROVIDER,
        ),
    ),
    source="Matthey 2001 (>=6 distress); Edmondson et al. (>10 depression, UK fathers)",
    note="Validated after birth (6-7 weeks); Edmondson's year and authors are unverified.",
)

# EPDS-3A (items 3-5, 0-9): women >=6, men >=4 (Matthey 2008 abstract) [V]; other studies
# used >=4 or >=5 (clinical-reference §1.5). A positive anxiety screen -> talk_soon [P].
ANXIETY_WOMEN = CutoffSet(
    code="epds3a_women",
    target="epds3a",
    respondents=(Respondent.MOTHER,),
    bands=(
        Band(
            code="below",
            label=_BELOW,
            plain=_FEW_ANXIETY,
            min_score=0,
            max_score=ANXIETY_WOMEN_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="possible_anxiety",
            label=_("Possible anxiety"),
            plain=_("Some signs of anxiety"),
            min_score=ANXIETY_WOMEN_FROM,
            max_score=ANXIETY_MAX,
            help_level=HelpLevel.TALK_SOON,
        ),
    ),
    source="Matthey 2008 (women, 6 weeks postpartum: >=6)",
    note="Swalm 2010 and PIRI use >=4; a Danish study found >=5.",
)
ANXIETY_MEN = CutoffSet(
    code="epds3a_men",
    target="epds3a",
    respondents=(Respondent.FATHER,),
    bands=(
        Band(
            code="below",
            label=_BELOW,
            plain=_FEW_ANXIETY,
            min_score=0,
            max_score=ANXIETY_MEN_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="possible_anxiety",
            label=_("Possible anxiety"),
            plain=_("Some signs of anxiety"),
            min_score=ANXIETY_MEN_FROM,
            max_score=ANXIETY_MAX,
            help_level=HelpLevel.TALK_SOON,
        ),
    ),
    source="Matthey 2008 abstract (men: >=4; factor structure for men differs)",
)

# Item 10 (self-harm): any score > 0 -> assess at once, whatever the total (skyscape EPDS notes;
# NSW IOP; ACOG CPG 4) [V] -> urgent. Score 3 -> emergency services is the project choice of
# clinical-reference §1.6 [P].
_SKIPPED = _(
    "Question %(number)d, about thoughts of harming yourself, was left unanswered. That is "
    "completely fine, but it means this result can't tell whether you might need support with "
    "thoughts like these. If you have had them, please talk to your doctor, midwife or health "
    "visitor soon, or use one of the services shown here."
)
RULES = (
    ItemRule(
        code="epds.item10",
        item=SELF_HARM_ITEM,
        at_least=SELF_HARM_FROM,
        help_level=HelpLevel.URGENT,
        critical=True,
        message=_(
            "You said you have had thoughts of harming yourself. You deserve support with this "
            "today: please speak to your doctor, midwife or health visitor today, or use one of "
            "the services shown here."
        ),
        source="clinical-reference §1.6 (NSW IOP; ACOG CPG No. 4)",
        skipped_message=_SKIPPED,
    ),
    ItemRule(
        code="epds.item10_highest",
        item=SELF_HARM_ITEM,
        at_least=SELF_HARM_EMERGENCY_FROM,
        help_level=HelpLevel.EMERGENCY,
        critical=True,
        message=_(
            "If you feel you might act on these thoughts, call your emergency number now or go "
            "to the nearest emergency department."
        ),
        source="clinical-reference §1.6 [P]",
        skipped_message=_SKIPPED,
    ),
)

EPDS = Instrument(
    code="epds",
    name=_("Edinburgh Postnatal Depression Scale (EPDS)"),
    citation=(
        "Cox JL, Holden JM, Sagovsky R (1987). Detection of postnatal depression: development "
        "of the 10-item Edinburgh Postnatal Depression Scale. Br J Psychiatry 150:782-786. "
        "doi:10.1192/bjp.150.6.782."
    ),
    licence=(
        "© 1987 The Royal College of Psychiatrists. Written permission must be obtained from "
        "the Royal College of Psychiatrists for copying and distribution to others or for "
        "republication (in print, online or by any other medium). The wording is not shipped; "
        "an operator holding permission loads it locally."
    ),
    time_frame=_("In the past 7 days"),
    respondents=(Respondent.MOTHER, Respondent.FATHER),
    stem=_("Available when your organisation adds the licensed text."),
    items=ITEMS,
    subscales=SUBSCALES,
    cutoff_sets=(MOTHERS_POSTNATAL, MOTHERS_ANTENATAL, FATHERS, ANXIETY_WOMEN, ANXIETY_MEN),
    rules=RULES,
    loinc_panel="71354-5",
    text_licensed=False,
    in_pregnancy=True,
    verification_note=(
        "LOINC total 99046-5 appears in public code but is unverified, so it is not recorded; "
        "no item-level LOINC codes were found. Japanese cut-off >=9 (Okano 1996) is unverified "
        "and not included."
    ),
)


def with_licensed_text(data: object, base: Instrument = EPDS) -> Instrument:
    """The EPDS with the operator's licensed wording: 10 items of 4 options, scores unchanged."""
    return merge_text(base, data)
