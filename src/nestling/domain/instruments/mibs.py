"""Mother-to-Infant Bonding Scale, 8 items (Taylor et al. 2005); licence not found [U].

Sources (clinical-reference §2): the citation and the eight item labels in order [V]/[V2]. The
stem, response labels and per-option scores are NOT verified [U]: this module implements the
commonly cited scheme (Very much / A lot / A little / Not at all scored 0-3, Loving, Joyful and
Protective reversed, total 0-24, higher = more bonding difficulty) and says so in
`verification_note`. Taylor 2005 published no cut-off, so the score is shown as a trend.

Who it is validated for: Taylor 2005 developed it with mothers. Kitamura et al. 2015 (J Child Fam
Stud 24(2):393-401, doi:10.1007/s10826-013-9849-4) found a two-factor structure (lack of
affection; anger and rejection), equal in fathers and mothers, for the JAPANESE 10-item MIBS-J
(Yoshida et al. 2012, Arch Womens Ment Health 15(5):343-352, PMC3443344) in Japanese parents of
children aged 0-10. That is a different form in another language, so it does not validate this
English 8-item scale for fathers: fathers may take it, the page says it was developed with
mothers, and the schedule does not suggest it to them.

The MIBS-J itself is NOT shipped. Verified so far (abstracts of the sources above; Baba, Kataoka
& Kitamura 2023, Healthcare 11(12):1740; Nishigori et al. 2022, JMA J 5(3):366-369): 10 items
derived from Kumar's Mother-Infant Bonding Questionnaire; two subscales from 8 of them, lack of
affection (alpha 0.71) and anger/rejection (alpha 0.57); an overall cut-off of 4/5 at one month
for maltreatment by mothers, quoted by Nishigori from a source not identified. Missing, so not
shippable: the English wording of the 10 items and their response labels, the per-option scores,
which items load on each subscale and which two are left out of them, the primary source of the
4/5 cut-off and whether it holds for fathers, and any terms of use from the authors. The stored
copies of Yoshida 2012 and Kitamura 2015 available to us hold their abstracts and introductions,
not the Methods or Table 1 where these are given. See docs/instruments.md.
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

# The numbers of this scale, in one place (the rules below are built from them).
AGGRESSIVE_ITEM = 8
AGGRESSIVE_FROM = 1  # any endorsement ("A little" or more)
FEELING_ITEMS = (1, 2, 3, 4, 5, 6, 7)
CONCERNING_FROM = 2  # the two answers at the concerning end of a four-point item


def _rules() -> tuple[ItemRule, ...]:
    """No critical item is defined by the source (clinical-reference §2.2). Project choices [P]:

    - "Aggressive", any endorsement, is treated like PBQ scale 4 (§2.2, §4.4, issue 11): at
      least urgent, crisis help first, and skipping it never reassures.
    - Every other item answered at its concerning end (the two answers furthest from a warm
      bond) prompts a gentle mention to a provider (talk_soon): with no cut-off, item-level
      prompts are how the scale avoids silence at its worst scores (issue 11).
    """
    prompts = tuple(
        ItemRule(
            code=f"mibs.item{number}",
            item=number,
            at_least=CONCERNING_FROM,
            help_level=HelpLevel.TALK_SOON,
            message=_(
                "For “%(item)s” you chose “%(answer)s”. Many parents have feelings like this at "
                "times, especially in the early weeks and when they are tired, and feelings often "
                "change. It can help to talk them through with your midwife, health visitor or "
                "doctor."
            ),
            source="project choice [P]: the concerning end of each item (issue 11)",
        )
        for number in FEELING_ITEMS
    )
    aggressive = ItemRule(
        code="mibs.aggressive",
        item=AGGRESSIVE_ITEM,
        at_least=AGGRESSIVE_FROM,
        help_level=HelpLevel.URGENT,
        critical=True,
        message=_(
            "You said you have felt aggressive towards your baby. Many parents have moments like "
            "this, especially when exhausted, and support really helps: please speak to your "
            "health visitor, midwife or doctor today. If your baby is in danger now, call your "
            "emergency number."
        ),
        source="clinical-reference §2.2 [P]: treated like PBQ scale 4 (§4.4)",
        skipped_message=_(
            "Question %(number)d, about feeling aggressive towards your baby, was left "
            "unanswered. That is completely fine, but it means this result can't tell whether you "
            "might need support with feelings like this. If it is on your mind, please talk to "
            "your health visitor, midwife or doctor soon, or use one of the services shown here."
        ),
    )
    return (*prompts, aggressive)


def build() -> Instrument:
    """Taylor's MIBS from this module's numbers (read when called, so a test can change one)."""
    return Instrument(
        code="mibs",
        name=_("Mother-to-Infant Bonding Scale (MIBS)"),
        citation=(
            "Taylor A, Atkins R, Kumar R, Adams D, Glover V (2005). A new Mother-to-Infant "
            "Bonding Scale: links with early maternal mood. Arch Womens Ment Health 8(1):45-51. "
            "doi:10.1007/s00737-005-0074-z."
        ),
        licence=(
            "No licence statement found [unverified]. Published in a Springer journal; ask the "
            "authors or the publisher before wide distribution."
        ),
        time_frame=_("Since the birth"),
        # Developed and studied with mothers (Taylor 2005). Fathers may take it, but it is not
        # validated for them in this form (see the module docstring) and the schedule does not
        # suggest it to them; the page says so.
        respondents=(Respondent.MOTHER, Respondent.FATHER),
        # Written by the project; Taylor 2005's own stem is not verified (see verification_note).
        stem=_(
            "Here are some words that describe feelings parents can have towards their baby. "
            "For each one, choose the answer that best describes how you have felt towards your "
            "baby since the birth."
        ),
        items=ITEMS,
        rules=_rules(),
        trend_only=True,
        verification_note=(
            "UNVERIFIED, check against the Taylor 2005 appendix before release: the stem (written "
            "by the project), the response labels (Very much / A lot / A little / Not at all), "
            "the per-option scores (0-3, Loving, Joyful and Protective reversed) and the time "
            "frame. The item labels are verified from secondary sources only. No cut-off exists; "
            "the licence is unknown (clinical-reference Appendix B suggests keeping the text out "
            "of the repository until it is clear). Validated with mothers only: Kitamura et al. "
            "2015 studied the Japanese MIBS-J (10 items), not this English 8-item form, in "
            "fathers. The MIBS-J is not shipped: see docs/instruments.md."
        ),
    )


MIBS = build()
