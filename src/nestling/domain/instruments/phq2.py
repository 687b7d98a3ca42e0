"""PHQ-2 brief depression screen (PHQ-9 items 1-2; Kroenke et al. 2003); free to reproduce (Pfizer).

Sources (clinical-reference §5): items are PHQ-9 items 1 and 2 [V]; LOINC panel 55757-9 and total
55758-7 from cdn.loinc.org/55757-9 [V]; cut-off >=3 is conventional (Arroll 2010, PMC2906530:
sensitivity 61%, specificity 92%) [V]; the original Kroenke 2003 reference is [U].
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    ALL_RESPONDENTS,
    TOTAL,
    Band,
    CutoffSet,
    HelpLevel,
    Instrument,
)
from nestling.domain.instruments.phq9 import ITEMS as PHQ9_ITEMS
from nestling.domain.instruments.phq9 import PHQ_LICENCE, PHQ_STEM
from nestling.domain.text import gettext_noop as _

# A positive PHQ-2 is a prompt to take the full PHQ-9 (Levis 2020 JAMA 323:2290: PHQ-2 then
# PHQ-9); on its own it asks only for a mention to the provider [P].
POSITIVE_FROM = 3  # the conventional cut-off (see the module docstring)
MAX_TOTAL = 6

BANDS = CutoffSet(
    code="phq2_standard",
    target=TOTAL,
    respondents=ALL_RESPONDENTS,
    bands=(
        Band(
            code="negative",
            label=_("Below the screening cut-off"),
            plain=_("Few signs of low mood"),
            min_score=0,
            max_score=POSITIVE_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="positive",
            label=_("Above the screening cut-off"),
            plain=_("Some signs of low mood: the fuller questionnaire can say more"),
            min_score=POSITIVE_FROM,
            max_score=MAX_TOTAL,
            help_level=HelpLevel.TALK_SOON,
            follow_up="phq9",
        ),
    ),
    source="Arroll 2010 (PMC2906530); Levis 2020 JAMA 323:2290",
)

PHQ2 = Instrument(
    code="phq2",
    name=_("Patient Health Questionnaire (PHQ-2)"),
    citation=(
        "Kroenke K, Spitzer RL, Williams JB (2003) [original reference unverified]; "
        "items 1-2 of the PHQ-9. Cut-off: Arroll B et al. (2010), PMC2906530."
    ),
    licence=PHQ_LICENCE,
    time_frame=_("Over the last 2 weeks"),
    respondents=ALL_RESPONDENTS,
    stem=PHQ_STEM,
    items=PHQ9_ITEMS[:2],
    cutoff_sets=(BANDS,),
    loinc_panel="55757-9",
    loinc_total="55758-7",
    in_pregnancy=True,
    verification_note="The original Kroenke 2003 citation is unverified [U].",
)
