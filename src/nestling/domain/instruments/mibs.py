"""Mother-to-Infant Bonding Scale, 8 items (Taylor et al. 2005); licence not found [U].

Sources (clinical-reference §2): the citation and the eight item labels in order [V]/[V2]. The
stem, response labels and per-option scores are NOT verified [U]: this module implements the
commonly cited scheme (Very much / A lot / A little / Not at all scored 0-3, Loving, Joyful and
Protective reversed, total 0-24, higher = more bonding difficulty) and says so in
`verification_note`. Taylor 2005 published no cut-off, so the score is shown as a trend.
Kitamura et al. 2015 (J Child Fam Stud 24:393-401) found the same factor structure in fathers.
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    HelpLevel,
    Instrument,
    Item,
    ItemRule,
    Option,
    Respondent,
)
from nestling.domain.text import gettext_noop as _

_LABELS = (_("Very much"), _("A lot"), _("A little"), _("Not at all"))
_NEGATIVE = tuple(Option(label=label, score=3 - index) for index, label in enumerate(_LABELS))
_POSITIVE = tuple(Option(label=label, score=index) for index, label in enumerate(_LABELS))
POSITIVE_ITEMS = (1, 4, 6)  # Loving, Joyful, Protective

_WORDING = (
    _("Loving"),
    _("Resentful"),
    _("Neutral or felt nothing"),
    _("Joyful"),
    _("Dislike"),
    _("Protective"),
    _("Disappointed"),
    _("Aggressive"),
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

# No critical item is defined by the source; "Aggressive" >= "A little" gets a gentle prompt to
# talk to a provider (clinical-reference §2.2 [P]) -> talk_soon.
RULES = (
    ItemRule(
        code="mibs.aggressive",
        item=8,
        at_least=1,
        help_level=HelpLevel.TALK_SOON,
        message=_(
            "You said you have felt aggressive towards your baby at times. Many parents have "
            "moments like this, especially when exhausted, and it helps to talk about them. "
            "Please mention it to your health visitor, midwife or doctor."
        ),
        source="clinical-reference §2.2 [P]",
    ),
)

MIBS = Instrument(
    code="mibs",
    name=_("Mother-to-Infant Bonding Scale (MIBS)"),
    citation=(
        "Taylor A, Atkins R, Kumar R, Adams D, Glover V (2005). A new Mother-to-Infant Bonding "
        "Scale: links with early maternal mood. Arch Womens Ment Health 8(1):45-51. "
        "doi:10.1007/s00737-005-0074-z."
    ),
    licence=(
        "No licence statement found [unverified]. Published in a Springer journal; ask the "
        "authors or the publisher before wide distribution."
    ),
    time_frame=_("Since the birth"),
    respondents=(Respondent.MOTHER, Respondent.FATHER),
    # Written by the project; Taylor 2005's own stem is not verified (see verification_note).
    stem=_(
        "Here are some words that describe feelings parents can have towards their baby. "
        "For each one, choose the answer that best describes how you have felt towards your "
        "baby since the birth."
    ),
    items=ITEMS,
    rules=RULES,
    trend_only=True,
    verification_note=(
        "UNVERIFIED, check against the Taylor 2005 appendix before release: the stem (written "
        "by the project), the response labels (Very much / A lot / A little / Not at all), the "
        "per-option scores (0-3, Loving, Joyful and Protective reversed) and the time frame. "
        "The item labels are verified from secondary sources only. No cut-off exists; the "
        "licence is unknown (clinical-reference Appendix B suggests keeping the text out of the "
        "repository until it is clear)."
    ),
)
