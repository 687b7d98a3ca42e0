"""Maternal Antenatal Attachment Scale (Condon 1993; 2015 deposit); CC BY 3.0 AU, © John T Condon.

Sources (clinical-reference §6.1): item wording and per-option scores (1-5, 5 = high attachment)
verbatim from CamCOPS `server/camcops_server/extra_strings/maas.xml`, options in printed order;
items 1, 3, 5, 6, 7, 9, 10, 12, 15, 16 and 18 are printed high-attachment first (CamCOPS
`maas.py`); subscales from CamCOPS `maas.py` [V]. The CamCOPS q2 transcription bug (option 4
duplicated as "In between strong and weak") is fixed to "Fairly strong" per the Flinders PDF.
No cut-offs exist [U], so the score is shown as a trend; the total is the global attachment score.
"""

from __future__ import annotations

from nestling.domain.instruments.base import (
    HelpLevel,
    Instrument,
    Item,
    ItemRule,
    Option,
    Respondent,
    Subscale,
)
from nestling.domain.text import gettext_noop as _

# Items whose options are printed from score 5 down to 1 (CamCOPS maas.py REVERSED_Q).
HIGH_FIRST = (1, 3, 5, 6, 7, 9, 10, 12, 15, 16, 18)

# (question, option labels in printed order)
_WORDING: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        _(
            "Over the past two weeks I have thought about, or been preoccupied with the baby "
            "inside me:"
        ),
        (
            _("Almost all the time"),
            _("Very frequently"),
            _("Frequently"),
            _("Occasionally"),
            _("Not at all"),
        ),
    ),
    (
        _(
            "Over the past two weeks when I have spoken about, or thought about the baby inside me "
            "I got emotional feelings which were:"
        ),
        (
            _("Very weak or non-existent"),
            _("Fairly weak"),
            _("In between strong and weak"),
            _("Fairly strong"),
            _("Very strong"),
        ),
    ),
    (
        _("Over the past two weeks my feelings about the baby inside me have been:"),
        (
            _("Very positive"),
            _("Mainly positive"),
            _("Mixed positive and negative"),
            _("Mainly negative"),
            _("Very negative"),
        ),
    ),
    (
        _(
            "Over the past two weeks I have had the desire to read about or get information about "
            "the developing baby. This desire is:"
        ),
        (
            _("Very weak or non-existent"),
            _("Fairly weak"),
            _("Neither strong nor weak"),
            _("Moderately strong"),
            _("Very strong"),
        ),
    ),
    (
        _(
            "Over the past two weeks I have been trying to picture in my mind what the developing "
            "baby actually looks like in my womb:"
        ),
        (
            _("Almost all the time"),
            _("Very frequently"),
            _("Frequently"),
            _("Occasionally"),
            _("Not at all"),
        ),
    ),
    (
        _("Over the past two weeks I think of the developing baby mostly as:"),
        (
            _("A real little person with special characteristics"),
            _("A baby like any other baby"),
            _("A human being"),
            _("A living thing"),
            _("A thing not yet really alive"),
        ),
    ),
    (
        _(
            "Over the past two weeks I have felt that the baby inside me is dependent on me for "
            "its well-being:"
        ),
        (_("Totally"), _("A great deal"), _("Moderately"), _("Slightly"), _("Not at all")),
    ),
    (
        _("Over the past two weeks I have found myself talking to my baby when I am alone"),
        (
            _("Not at all"),
            _("Occasionally"),
            _("Frequently"),
            _("Very frequently"),
            _("Almost all the time I am alone"),
        ),
    ),
    (
        _(
            "Over the past two weeks when I think about (or talk to) my baby inside me, my "
            "thoughts:"
        ),
        (
            _("Are always tender and loving"),
            _("Are mostly tender and loving"),
            _("Are a mixture of both tenderness and irritation"),
            _("Contain a fair bit of irritation"),
            _("Contain a lot of irritation"),
        ),
    ),
    (
        _(
            "The picture in my mind of what the baby at this stage actually looks like inside the "
            "womb is:"
        ),
        (
            _("Very clear"),
            _("Fairly clear"),
            _("Fairly vague"),
            _("Very vague"),
            _("I have no idea at all"),
        ),
    ),
    (
        _(
            "Over the past two weeks when I think about the baby inside me I get feelings which "
            "are:"
        ),
        (
            _("Very sad"),
            _("Moderately sad"),
            _("A mixture of happiness and sadness"),
            _("Moderately happy"),
            _("Very happy"),
        ),
    ),
    (
        _(
            "Some pregnant women sometimes get so irritated by the baby inside them that they feel "
            "like they want to hurt it or punish it:"
        ),
        (
            _("I couldn’t imagine I would ever feel like this"),
            _("I could imagine I might sometimes feel like this, but I never actually have"),
            _("I have felt like this once or twice myself"),
            _("I have occasionally felt like this myself"),
            _("I have often felt like this myself"),
        ),
    ),
    (
        _("Over the past two weeks I have felt:"),
        (
            _("Very emotionally distant from my baby"),
            _("Moderately emotionally distant from my baby"),
            _("Not particularly emotionally close to my baby"),
            _("Moderately close emotionally to my baby"),
            _("Very close emotionally to my baby"),
        ),
    ),
    (
        _(
            "Over the past two weeks I have taken care with what I eat to make sure the baby gets "
            "a good diet:"
        ),
        (
            _("Not at all"),
            _("Once or twice when I ate"),
            _("Occasionally when I ate"),
            _("Quite often when I ate"),
            _("Every time I ate"),
        ),
    ),
    (
        _("When I first see my baby after the birth I expect I will feel:"),
        (
            _("Intense affection"),
            _("Mostly affection"),
            _("Dislike about one or two aspects of the baby"),
            _("Dislike about quite a few aspects of the baby"),
            _("Mostly dislike"),
        ),
    ),
    (
        _("When my baby is born I would like to hold the baby:"),
        (
            _("Immediately"),
            _("After it has been wrapped in a blanket"),
            _("After it has been washed"),
            _("After a few hours for things to settle down"),
            _("The next day"),
        ),
    ),
    (
        _("Over the past two weeks I have had dreams about the pregnancy or baby:"),
        (
            _("Not at all"),
            _("Occasionally"),
            _("Frequently"),
            _("Very frequently"),
            _("Almost every night"),
        ),
    ),
    (
        _(
            "Over the past two weeks I have found myself feeling, or rubbing with my hand, the "
            "outside of my stomach where the baby is:"
        ),
        (
            _("A lot of times each day"),
            _("At least once per day"),
            _("Occasionally"),
            _("Once only"),
            _("Not at all"),
        ),
    ),
    (
        _(
            "If the pregnancy was lost at this time (due to miscarriage or other accidental event) "
            "without any pain or injury to myself, I expect I would feel:"
        ),
        (
            _("Very pleased"),
            _("Moderately pleased"),
            _("Neutral (i.e. neither sad nor pleased; or mixed feelings)"),
            _("Moderately sad"),
            _("Very sad"),
        ),
    ),
)


def _options(number: int, labels: tuple[str, ...]) -> tuple[Option, ...]:
    scores = (5, 4, 3, 2, 1) if number in HIGH_FIRST else (1, 2, 3, 4, 5)
    return tuple(
        Option(label=label, score=score) for label, score in zip(labels, scores, strict=True)
    )


ITEMS = tuple(
    Item(
        number=number,
        text=text,
        options=_options(number, labels),
        reverse_scored=number in HIGH_FIRST,
    )
    for number, (text, labels) in enumerate(_WORDING, start=1)
)

_SUBSCALE_SOURCE = "Condon 2015 via CamCOPS maas.py; item 7 counts in the global score only"
SUBSCALES = (
    Subscale(
        code="quality",
        name=_("Quality of attachment"),
        items=(3, 6, 9, 10, 11, 12, 13, 15, 16, 19),
        source=_SUBSCALE_SOURCE,
        plain=_("How you feel about your baby"),
    ),
    Subscale(
        code="intensity",
        name=_("Time spent in attachment mode (intensity of preoccupation)"),
        items=(1, 2, 4, 5, 8, 14, 17, 18),
        source=_SUBSCALE_SOURCE,
        plain=_("How much you think about your baby"),
    ),
)

# The numbers of this scale, in one place (the rules below are built from them).
IRRITATION_ITEM = 12
IRRITATION_AT_MOST = 3  # "I have felt like this once or twice myself" or more often
# Quality-of-attachment items about feelings (3 feelings, 9 thoughts, 11 happy or sad, 13 close or
# distant, 15 expected feelings at the birth, 19 feelings about a loss); items 6, 10 and 16 are
# about picturing and holding the baby and are left to the total.
FEELING_ITEMS = (3, 9, 11, 13, 15, 19)
CONCERNING_AT_MOST = 2  # the two answers furthest from a warm bond, of five


def _rules() -> tuple[ItemRule, ...]:
    """Item 12 at score <= 3 -> a gentle suggestion to talk to the midwife (clinical-reference
    §6.1 [P]) -> talk_soon. The feeling items of the quality subscale at their concerning end ->
    the same gentle prompt [P]: with no cut-off, item-level prompts are how the scale avoids
    silence at its worst scores (issue 11).
    """
    irritation = ItemRule(
        code="maas.item12",
        item=IRRITATION_ITEM,
        at_most=IRRITATION_AT_MOST,
        help_level=HelpLevel.TALK_SOON,
        message=_(
            "You said you have sometimes felt so irritated by your baby that you wanted to hurt or "
            "punish them. Difficult feelings in pregnancy are more common than people think, and "
            "it helps to talk about them. Please mention this to your midwife."
        ),
        source="clinical-reference §6.1 [P]",
    )
    feelings = tuple(
        ItemRule(
            code=f"maas.item{number}",
            item=number,
            at_most=CONCERNING_AT_MOST,
            help_level=HelpLevel.TALK_SOON,
            message=_(
                "In question %(number)d you chose “%(answer)s”. Mixed or distant feelings in "
                "pregnancy are more common than people think, and they often change. It can help "
                "to talk them through with your midwife."
            ),
            source="project choice [P]: the concerning end of the quality items (issue 11)",
        )
        for number in FEELING_ITEMS
    )
    return (*feelings, irritation)


MAAS = Instrument(
    code="maas",
    name=_("Maternal Antenatal Attachment Scale (MAAS)"),
    citation=(
        "Condon J (2015). Maternal Antenatal Attachment Scale [Measurement instrument]. "
        "http://hdl.handle.net/2328/35292. Original: Condon JT (1993). The assessment of antenatal "
        "emotional attachment: development of a questionnaire instrument. Br J Med Psychol "
        "66(2):167-183."
    ),
    licence=(
        "Copyright © John T Condon 2015. Creative Commons Attribution License 3.0 AU (CC BY 3.0 "
        "AU), which permits unrestricted use, distribution, and reproduction in any medium, "
        "provided the original work is properly cited. Dept. Psychiatry, Flinders Medical Centre, "
        "South Australia."
    ),
    time_frame=_("Over the past two weeks (most questions)"),
    respondents=(Respondent.MOTHER,),
    stem=_("These questions are about your thoughts and feelings about the developing baby."),
    items=ITEMS,
    subscales=SUBSCALES,
    rules=_rules(),
    higher_is_worse=False,
    trend_only=True,
    in_pregnancy=True,
    after_birth=False,
    verification_note="No cut-offs are published for the MAAS; the paternal PAAS is not included.",
)
