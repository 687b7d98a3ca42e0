"""PHQ-9 depression screen (Spitzer et al. 1999; Kroenke et al. 2001); free to reproduce (Pfizer).

Sources (clinical-reference §5): wording verbatim from CamCOPS `phq9.xml`; bands from the
LOINC 44261-6 term description; LOINC codes from loinc.org 44249-1 / LL358-3 (all marked [V]).
Licence: "no permission is required to reproduce, translate, display or distribute" (PHQ site).
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    ALL_RESPONDENTS,
    TOTAL,
    Band,
    CutoffSet,
    HelpLevel,
    Instrument,
    Item,
    ItemRule,
    Option,
)
from nestling.domain.text import gettext_noop as _

# Shared by the PHQ family (PHQ-9, PHQ-2, GAD-7, GAD-2): LOINC answer list LL358-3 [V].
FREQUENCY_OPTIONS = (
    Option(label=_("Not at all"), score=0, loinc="LA6568-5"),
    Option(label=_("Several days"), score=1, loinc="LA6569-3"),
    Option(label=_("More than half the days"), score=2, loinc="LA6570-1"),
    Option(label=_("Nearly every day"), score=3, loinc="LA6571-9"),
)

PHQ_STEM = _(
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)
PHQ_LICENCE = (
    "Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt "
    "Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required "
    "to reproduce, translate, display or distribute."
)

_WORDING = (
    ("44250-9", _("Little interest or pleasure in doing things")),
    ("44255-8", _("Feeling down, depressed, or hopeless")),
    ("44259-0", _("Trouble falling or staying asleep, or sleeping too much")),
    ("44254-1", _("Feeling tired or having little energy")),
    ("44251-7", _("Poor appetite or overeating")),
    (
        "44258-2",
        _(
            "Feeling bad about yourself — or that you are a failure or have let yourself or your "
            "family down"
        ),
    ),
    (
        "44252-5",
        _("Trouble concentrating on things, such as reading the newspaper or watching television"),
    ),
    (
        "44253-3",
        _(
            "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
            "being so fidgety or restless that you have been moving around a lot more than usual"
        ),
    ),
    ("44260-8", _("Thoughts that you would be better off dead or of hurting yourself in some way")),
)

ITEMS = tuple(
    Item(number=number, text=text, options=FREQUENCY_OPTIONS, loinc=loinc)
    for number, (loinc, text) in enumerate(_WORDING, start=1)
)

# The numbers of this scale, in one place: the bands and rules below are built from them, and
# every text that states a limit fills it in from the band or rule that checks it.
MILD_FROM = 5
MODERATE_FROM = 10  # the validated cut-off for major depression (Kroenke 2010; Levis 2019)
MODERATELY_SEVERE_FROM = 15
SEVERE_FROM = 20  # issue 11: ask for contact within a day or two, not "this week"
SELF_HARM_ITEM = 9
SELF_HARM_FROM = 1  # "Several days": a same-day safety assessment (clinical-reference §5.4)
SELF_HARM_EMERGENCY_FROM = 3  # "Nearly every day" [P]
MAX_TOTAL = 27


def _bands() -> CutoffSet:
    """Bands: LOINC 44261-6 (0-4 none/minimal, 5-9 mild, 10-14 moderate, 15-19 moderately
    severe, 20-27 severe). Help levels [P]: >= MODERATE_FROM, the validated cut-off for major
    depression (Kroenke 2010 via CamCOPS; Levis 2019 BMJ 365:l1476) -> contact_provider; mild ->
    talk_soon; severe -> contact within a day or two (issue 11). "urgent" (today) is kept for the
    self-harm item below.
    """
    return CutoffSet(
        code="phq9_standard",
        target=TOTAL,
        respondents=ALL_RESPONDENTS,
        bands=(
            Band(
                code="minimal",
                label=_("None or minimal"),
                plain=_("Few or no signs of depression"),
                min_score=0,
                max_score=MILD_FROM - 1,
                help_level=HelpLevel.NONE,
            ),
            Band(
                code="mild",
                label=_("Mild"),
                plain=_("Some signs of depression"),
                min_score=MILD_FROM,
                max_score=MODERATE_FROM - 1,
                help_level=HelpLevel.TALK_SOON,
            ),
            Band(
                code="moderate",
                label=_("Moderate"),
                plain=_("A fair number of signs of depression"),
                min_score=MODERATE_FROM,
                max_score=MODERATELY_SEVERE_FROM - 1,
                help_level=HelpLevel.CONTACT_PROVIDER,
            ),
            Band(
                code="moderately_severe",
                label=_("Moderately severe"),
                plain=_("Many signs of depression"),
                min_score=MODERATELY_SEVERE_FROM,
                max_score=SEVERE_FROM - 1,
                help_level=HelpLevel.CONTACT_PROVIDER,
            ),
            Band(
                code="severe",
                label=_("Severe"),
                plain=_("A great many signs of depression"),
                min_score=SEVERE_FROM,
                max_score=MAX_TOTAL,
                help_level=HelpLevel.CONTACT_WITHIN_DAYS,
                message=_(
                    "Your score is in the highest range of this questionnaire (%(from)d to "
                    "%(to)d): these feelings have been weighing on you a lot. You deserve support "
                    "soon, so please don't wait for your next appointment."
                ),
            ),
        ),
        source="LOINC 44261-6 term description; Kroenke 2010; Levis 2019 BMJ 365:l1476",
        note="General adult population; accepted for perinatal screening by ACOG and NICE.",
    )


def _rules() -> tuple[ItemRule, ...]:
    """Item 9: any score > 0 needs a same-day safety assessment (clinical-reference §5.4, the
    same principle as ACOG CPG 4 for self-harm items) -> urgent. "Nearly every day" ->
    emergency is a project choice [P] by analogy with EPDS item 10 at its highest score, 3
    (clinical-reference §1.6).
    """
    skipped = _(
        "Question %(number)d, about thoughts of being better off dead or of hurting yourself, "
        "was left unanswered. That is completely fine, but it means this result can't tell "
        "whether you might need support with thoughts like these. If you have had them, please "
        "talk to your doctor, midwife or health visitor soon, or use one of the services shown "
        "here."
    )
    return (
        ItemRule(
            code="phq9.item9",
            item=SELF_HARM_ITEM,
            at_least=SELF_HARM_FROM,
            help_level=HelpLevel.URGENT,
            critical=True,
            message=_(
                "You said you have had thoughts that you would be better off dead or of hurting "
                "yourself. You deserve support with this today: please speak to your doctor, "
                "midwife or health visitor today, or use one of the services shown here."
            ),
            source="clinical-reference §5.4; ACOG CPG No. 4 (2023)",
            skipped_message=skipped,
        ),
        ItemRule(
            code="phq9.item9_daily",
            item=SELF_HARM_ITEM,
            at_least=SELF_HARM_EMERGENCY_FROM,
            help_level=HelpLevel.EMERGENCY,
            critical=True,
            message=_(
                "If you feel you might act on these thoughts, call your emergency number now or "
                "go to the nearest emergency department."
            ),
            source="project choice [P], by analogy with clinical-reference §1.6",
            skipped_message=skipped,
        ),
    )


def build() -> Instrument:
    """The PHQ-9 from this module's numbers (read when called, so a test can change one)."""
    return Instrument(
        code="phq9",
        name=_("Patient Health Questionnaire (PHQ-9)"),
        citation=(
            "Spitzer RL et al. (1999), PMID 10568646 (as cited by CamCOPS); Kroenke K, Spitzer RL, "
            "Williams JB (2001). The PHQ-9. J Gen Intern Med 16:606-613."
        ),
        licence=PHQ_LICENCE,
        time_frame=_("Over the last 2 weeks"),
        respondents=ALL_RESPONDENTS,
        stem=PHQ_STEM,
        items=ITEMS,
        cutoff_sets=(_bands(),),
        rules=_rules(),
        loinc_panel="44249-1",
        loinc_total="44261-6",
        in_pregnancy=True,
        verification_note=(
            "The Kroenke 2001 citation details are from memory in the clinical reference [U]. "
            "The unscored functional-difficulty question that follows item 9 is not included."
        ),
    )


PHQ9 = build()
