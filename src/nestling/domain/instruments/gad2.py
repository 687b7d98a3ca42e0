"""GAD-2 brief anxiety screen (GAD-7 items 1-2; Kroenke et al. 2007); free to reproduce (Pfizer).

Sources (clinical-reference §5): items are GAD-7 items 1 and 2 [V]; cut-off >=3 (sensitivity 86%,
specificity 83% for GAD; Kroenke 2007 Ann Intern Med 146:317-325) [V2]. GAD-2 LOINC codes are
unverified [U], so none are recorded (not even the GAD-7 item and answer codes).
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    ALL_RESPONDENTS,
    TOTAL,
    Band,
    CutoffSet,
    HelpLevel,
    Instrument,
    Option,
)
from nestling.domain.instruments.gad7 import ITEMS as GAD7_ITEMS
from nestling.domain.instruments.phq9 import FREQUENCY_OPTIONS, PHQ_LICENCE, PHQ_STEM
from nestling.domain.text import gettext_noop as _

_OPTIONS = tuple(Option(label=option.label, score=option.score) for option in FREQUENCY_OPTIONS)

# A positive GAD-2 is a prompt to take the full GAD-7; on its own, a mention to the provider [P].
POSITIVE_FROM = 3  # the conventional cut-off (see the module docstring)
MAX_TOTAL = 6

BANDS = CutoffSet(
    code="gad2_standard",
    target=TOTAL,
    respondents=ALL_RESPONDENTS,
    bands=(
        Band(
            code="negative",
            label=_("Below the screening cut-off"),
            plain=_("Few signs of anxiety"),
            min_score=0,
            max_score=POSITIVE_FROM - 1,
            help_level=HelpLevel.NONE,
        ),
        Band(
            code="positive",
            label=_("Above the screening cut-off"),
            plain=_("Some signs of anxiety: the fuller questionnaire can say more"),
            min_score=POSITIVE_FROM,
            max_score=MAX_TOTAL,
            help_level=HelpLevel.TALK_SOON,
            follow_up="gad7",
        ),
    ),
    source="Kroenke 2007 Ann Intern Med 146:317-325",
)

GAD2 = Instrument(
    code="gad2",
    name=_("Generalized Anxiety Disorder screen (GAD-2)"),
    citation=(
        "Kroenke K, Spitzer RL, Williams JB, Monahan PO, Löwe B (2007). "
        "Ann Intern Med 146:317-325. Items 1-2 of the GAD-7."
    ),
    licence=PHQ_LICENCE,
    time_frame=_("Over the last 2 weeks"),
    respondents=ALL_RESPONDENTS,
    stem=PHQ_STEM,
    items=tuple(
        item.model_copy(update={"loinc": None, "options": _OPTIONS}) for item in GAD7_ITEMS[:2]
    ),
    cutoff_sets=(BANDS,),
    in_pregnancy=True,
    verification_note="GAD-2 LOINC codes are unverified and deliberately not recorded.",
)
