"""GAD-7 anxiety screen (Spitzer, Kroenke, Williams & Löwe 2006); free to reproduce (Pfizer).

Sources (clinical-reference §5): wording verbatim from CamCOPS `gad7.xml` [V] (zero option is
"Not at all", not the misprinted "Not at all sure": Zorowitz 2021); bands 5/10/15 from Spitzer
2006 / Kroenke 2007 [V]; LOINC panel 69737-5, total 70274-6 and item codes from loinc.org [V].
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
)
from nestling.domain.instruments.phq9 import FREQUENCY_OPTIONS, PHQ_LICENCE, PHQ_STEM
from nestling.domain.text import gettext_noop as _

# Item codes exactly as they sit in the LOINC GAD-7 panel (69689-8 is displayed with "last 4
# weeks" in LL358-3 but is the panel's item 6; clinical-reference §5.6).
_WORDING = (
    ("69725-0", _("Feeling nervous, anxious or on edge")),
    ("68509-9", _("Not being able to stop or control worrying")),
    ("69733-4", _("Worrying too much about different things")),
    ("69734-2", _("Trouble relaxing")),
    ("69735-9", _("Being so restless that it is hard to sit still")),
    ("69689-8", _("Becoming easily annoyed or irritable")),
    ("69736-7", _("Feeling afraid as if something awful might happen")),
)

ITEMS = tuple(
    Item(number=number, text=text, options=FREQUENCY_OPTIONS, loinc=loinc)
    for number, (loinc, text) in enumerate(_WORDING, start=1)
)

# The numbers of this scale, in one place (the bands are built from them; texts fill them in).
MILD_FROM = 5
MODERATE_FROM = 10  # GAD: sensitivity 89%, specificity 82% (CamCOPS)
SEVERE_FROM = 15  # issue 11: ask for contact within a day or two, not "this week"
MAX_TOTAL = 21


def _bands() -> CutoffSet:
    """Bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe (Spitzer 2006; Kroenke 2007).
    Help levels [P], as for PHQ-9: >= MODERATE_FROM -> contact_provider; mild -> talk_soon;
    severe -> contact within a day or two. GAD-7 has no self-harm item, so it never reaches urgent.
    """
    return CutoffSet(
        code="gad7_standard",
        target=TOTAL,
        respondents=ALL_RESPONDENTS,
        bands=(
            Band(
                code="minimal",
                label=_("Minimal"),
                plain=_("Few or no signs of anxiety"),
                min_score=0,
                max_score=MILD_FROM - 1,
                help_level=HelpLevel.NONE,
            ),
            Band(
                code="mild",
                label=_("Mild"),
                plain=_("Some signs of anxiety"),
                min_score=MILD_FROM,
                max_score=MODERATE_FROM - 1,
                help_level=HelpLevel.TALK_SOON,
            ),
            Band(
                code="moderate",
                label=_("Moderate"),
                plain=_("A fair number of signs of anxiety"),
                min_score=MODERATE_FROM,
                max_score=SEVERE_FROM - 1,
                help_level=HelpLevel.CONTACT_PROVIDER,
            ),
            Band(
                code="severe",
                label=_("Severe"),
                plain=_("Many signs of anxiety"),
                min_score=SEVERE_FROM,
                max_score=MAX_TOTAL,
                help_level=HelpLevel.CONTACT_WITHIN_DAYS,
                message=_(
                    "Your score is in the highest range of this questionnaire (%(from)d to "
                    "%(to)d): worry has been weighing on you a lot. You deserve support soon, so "
                    "please don't wait for your next appointment."
                ),
            ),
        ),
        source="Spitzer 2006 Arch Intern Med 166:1092; Kroenke 2007 Ann Intern Med 146:317",
    )


def build() -> Instrument:
    """The GAD-7 from this module's numbers (read when called, so a test can change one)."""
    return Instrument(
        code="gad7",
        name=_("Generalized Anxiety Disorder Assessment (GAD-7)"),
        citation=(
            "Spitzer RL, Kroenke K, Williams JBW, Löwe B (2006). A brief measure for assessing "
            "generalized anxiety disorder: the GAD-7. Arch Intern Med 166(10):1092-1097."
        ),
        licence=PHQ_LICENCE,
        time_frame=_("Over the last 2 weeks"),
        respondents=ALL_RESPONDENTS,
        stem=PHQ_STEM,
        items=ITEMS,
        cutoff_sets=(_bands(),),
        loinc_panel="69737-5",
        loinc_total="70274-6",
        in_pregnancy=True,
    )


GAD7 = build()
