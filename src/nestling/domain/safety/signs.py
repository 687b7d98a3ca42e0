"""A baby's warning signs: one vocabulary for the cry helper's safety check and symptom entries.

Each sign has a code (stored in a symptom entry's `details.signs` and sent as the cry check's
`symptoms`), the words a parent sees, how pressing it is at a given age, and the source line it
comes from (clinical-reference §8; [V] unless marked):
- NICE NG143 "Fever in under 5s" (2019, updated 2021), traffic-light table. Red features: urgent
  face-to-face assessment within 2 hours; life-threatening features: emergency services.
- NHS "call 999" list for babies (via NCT, Hackney health visiting; MKUH adds green vomit and
  going blue) and the NHS "get help quickly" lists (bucks.healthhelpnow.nhs.uk; Sutton/Bromley
  0–19 services).
- NHS anaphylaxis page (mirror reviewed 21/06/2023) and Livewell Southwest: a swollen throat or
  tongue, difficulty breathing or swallowing; call 999; use an adrenaline auto-injector if there
  is one [V2].
- NICE NG143 1.1.6, "Reported parental perception of a fever should be considered valid and
  taken seriously by healthcare professionals" (quoted verbatim by two secondary sources read
  here; the guideline page itself was not opened) [V2].
Ages are in days, the corrected age when that applies (see nestling.domain.thresholds.ages).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import ages

NICE_RED = "NICE NG143 traffic-light table, red"
NICE_AMBER = "NICE NG143 traffic-light table, amber"
NHS_999 = "NHS 'call 999' list for babies (via NCT)"
NHS_SERIOUS = "NHS 'get help quickly' lists"


class Sign(enum.StrEnum):
    CRY_UNUSUAL = "cry_unusual"
    WONT_WAKE = "wont_wake"
    FLOPPY_OR_DROWSY = "floppy_or_drowsy"
    BREATHING_HARD = "breathing_hard"
    BREATHING_PAUSES = "breathing_pauses"
    BLUE_OR_GREY = "blue_or_grey"
    PALE_OR_MOTTLED = "pale_or_mottled"
    RASH_NOT_FADING = "rash_not_fading"
    SEIZURE = "seizure"
    STIFF_NECK = "stiff_neck"
    BULGING_SOFT_SPOT = "bulging_soft_spot"
    SEVERE_ALLERGIC_REACTION = "severe_allergic_reaction"
    SERIOUS_INJURY = "serious_injury"
    GREEN_VOMIT = "green_vomit"
    NOT_FEEDING = "not_feeding"
    FEWER_WET_DIAPERS = "fewer_wet_diapers"
    LIMB = "limb_swollen_or_not_used"
    COLD_HANDS_FEET_WITH_FEVER = "cold_hands_feet_with_fever"
    FEELS_HOT = "feels_hot"
    VERY_WORRIED = "very_worried"


CODES = frozenset(s.value for s in Sign)


@dataclass(frozen=True)
class SignRule:
    label: str  # what the parent ticks
    title: str  # the heading of the flag
    level: Callable[[int], HelpLevel]  # (corrected) age in days -> how pressing
    source: str  # the source line(s), quoted where short
    nice_red: bool = False  # a NICE red feature: "seen within 2 hours" applies
    age_dependent: bool = False  # the level depends on the age: say which age was used
    steps: tuple[str, ...] = ()  # what to do for this sign in particular, before the usual steps
    words: tuple[str, ...] = ()  # words in a logged note that hint at this sign (a hint only)


def _always(level: HelpLevel) -> Callable[[int], HelpLevel]:
    return lambda _age: level


def _worried(age: int) -> HelpLevel:
    # NHS: "is under 8 weeks old and you are very worried" -> call 999; older: trust your
    # instincts and get help now.
    return HelpLevel.EMERGENCY if age < ages.EIGHT_WEEKS else HelpLevel.URGENT


def _feels_hot(age: int) -> HelpLevel:
    # NICE NG143: a parent's sense of a fever is valid; under 3 months a fever is a red feature,
    # at 3–6 months 39 °C is amber; [P] without a reading, act as if it could be one.
    if age < ages.THREE_MONTHS:
        return HelpLevel.URGENT
    if age < ages.SIX_MONTHS:
        return HelpLevel.CONTACT_PROVIDER
    return HelpLevel.TALK_SOON


URGENT, EMERGENCY = _always(HelpLevel.URGENT), _always(HelpLevel.EMERGENCY)
RULES: dict[Sign, SignRule] = {
    Sign.CRY_UNUSUAL: SignRule(
        _("A high-pitched, weak or non-stop cry, not like their usual cry"),
        _("An unusual cry: high-pitched, weak or non-stop"),
        URGENT,
        f"{NICE_RED}: 'Weak, high-pitched or continuous cry'; {NHS_SERIOUS}: 'high-pitched, "
        "weak or continuous cry'",
        nice_red=True,
        words=("high-pitched", "high pitched", "weak cry", "screech", "non-stop", "nonstop"),
    ),
    Sign.WONT_WAKE: SignRule(
        _("Will not wake up, or does not stay awake when woken"),
        _("Will not wake up"),
        EMERGENCY,
        f"{NHS_999}: 'has stopped breathing or will not wake up'; {NICE_RED}: 'Does not wake or "
        "if roused does not stay awake'",
        words=("won't wake", "wont wake", "will not wake", "can't wake", "cant wake"),
    ),
    Sign.FLOPPY_OR_DROWSY: SignRule(
        _("Floppy, unusually sleepy, or hard to wake"),
        _("Floppy, unusually sleepy or hard to wake"),
        URGENT,
        f"{NHS_SERIOUS}: 'floppiness, reduced responsiveness', 'unusually drowsy or hard to "
        f"wake'; {NICE_AMBER}: 'wakes only with prolonged stimulation', 'decreased activity'",
        words=("floppy", "drowsy", "lethargic", "hard to wake", "limp"),
    ),
    Sign.BREATHING_HARD: SignRule(
        _("Breathing fast, grunting, or sucking in under the ribs"),
        _("Breathing fast, grunting or sucking in under the ribs"),
        URGENT,
        f"{NICE_RED}: 'Grunting', 'respiratory rate more than 60 breaths per minute', 'moderate "
        f"or severe chest indrawing'; {NHS_SERIOUS}: 'difficult, fast or grunting breathing, or "
        "sucking in under the ribs'",
        nice_red=True,
        words=("breath", "grunt", "wheez", "pant"),
    ),
    Sign.BREATHING_PAUSES: SignRule(
        _("Pauses in breathing, or stopped breathing"),
        _("Pauses in breathing"),
        EMERGENCY,
        f"{NHS_999}: 'has stopped breathing or will not wake up'",
        words=("apnoea", "apnea", "stopped breathing"),
    ),
    Sign.BLUE_OR_GREY: SignRule(
        _("Blue or grey lips, tongue or skin"),
        _("Blue or grey colour"),
        EMERGENCY,
        f"{NHS_999} (MKUH): 'goes blue'; {NICE_RED}: 'pale, mottled, ashen or blue'",
        words=("blue", "grey", "gray", "ashen"),
    ),
    Sign.PALE_OR_MOTTLED: SignRule(
        _("Very pale, blotchy or mottled skin"),
        _("Very pale, blotchy or mottled skin"),
        URGENT,
        f"{NICE_RED}: 'pale, mottled, ashen or blue'; {NHS_SERIOUS}: 'blue, very pale, mottled "
        "or ashen skin'",
        nice_red=True,
        words=("mottled", "blotchy", "very pale"),
    ),
    Sign.RASH_NOT_FADING: SignRule(
        _("A rash that does not fade when you press a glass against it"),
        _("A rash that does not fade under a glass"),
        EMERGENCY,
        f"{NHS_999}: 'a spotty purple-red rash that does not fade under a glass (on brown or "
        f"black skin, check palms and soles)'; {NICE_RED}: 'Non-blanching rash'",
        steps=(
            _("On brown or black skin, check the palms of the hands and the soles of the feet."),
        ),
        words=("rash", "spots", "purple"),
    ),
    Sign.SEIZURE: SignRule(
        _("A fit (seizure), even if it stopped"),
        _("A fit (seizure)"),
        EMERGENCY,
        f"{NHS_999}: 'has a first-time fit, even if they recover'; {NICE_RED}: 'Status "
        "epilepticus', 'Focal seizures'",
        words=("seizure", "fit", "fitting", "convuls", "jerking"),
    ),
    Sign.STIFF_NECK: SignRule(
        _("A stiff neck"),
        _("A stiff neck"),
        URGENT,
        f"{NICE_RED}: 'Neck stiffness'",
        nice_red=True,
        words=("stiff neck", "neck stiff", "neck is stiff"),
    ),
    Sign.BULGING_SOFT_SPOT: SignRule(
        _("A bulging soft spot on the top of the head"),
        _("A bulging soft spot"),
        URGENT,
        f"{NICE_RED}: 'Bulging fontanelle'; {NHS_SERIOUS}: 'bulging fontanelle'",
        nice_red=True,
        words=("fontanel", "soft spot"),
    ),
    Sign.SEVERE_ALLERGIC_REACTION: SignRule(
        _(
            "A severe allergic reaction: a swelling tongue or throat, or sudden trouble "
            "breathing or swallowing"
        ),
        _("A severe allergic reaction"),
        EMERGENCY,
        f"{NHS_999}: 'has a severe allergic reaction'; NHS anaphylaxis page [V2]: 'a swollen "
        "throat and tongue, difficulty breathing or swallowing'; 'call 999 ... use an adrenaline "
        "auto-injector if you have one'",
        steps=(_("If your baby has an adrenaline auto-injector, use it as you were shown."),),
        words=("allerg", "anaphyla", "swollen lip", "swollen tongue", "swollen face"),
    ),
    Sign.SERIOUS_INJURY: SignRule(
        _("May have been seriously injured"),
        _("A serious injury"),
        EMERGENCY,
        f"{NHS_999}: 'may be seriously injured'",
        words=("injur", "fell off", "fell from", "dropped", "head injury"),
    ),
    Sign.GREEN_VOMIT: SignRule(
        _("Green (bile-stained) vomit"),
        _("Green vomit"),
        EMERGENCY,
        f"{NHS_999} (MKUH): 'vomits green fluid'; {NHS_SERIOUS}: 'repeated or green vomiting'",
        words=("vomit", "bile", "being sick"),
    ),
    Sign.NOT_FEEDING: SignRule(
        _("Not feeding, or feeding much less than usual"),
        _("Not feeding"),
        URGENT,
        f"{NHS_SERIOUS}: 'under 8 weeks and does not want to feed', 'not drinking for more "
        f"than 8 hours'; {NICE_AMBER}: 'Poor feeding in infants'",
        words=("not feeding", "won't feed", "wont feed", "refus", "not eating", "not drinking"),
    ),
    Sign.FEWER_WET_DIAPERS: SignRule(
        _("Fewer wet diapers than usual"),
        _("Fewer wet diapers than usual"),
        URGENT,
        f"{NHS_SERIOUS}: 'nappies drier than usual'; {NICE_AMBER}: 'Reduced urine output'",
        words=("dry nappy", "dry diaper", "no wee", "not wet"),
    ),
    Sign.LIMB: SignRule(
        _("A swollen arm, leg or joint, or not moving or using an arm or leg"),
        _("A swollen limb, or not using a limb"),
        URGENT,
        f"{NICE_AMBER}: 'Swelling of a limb or joint', 'Non-weight bearing limb or not using "
        "an extremity'",
        words=("swollen arm", "swollen leg", "swollen knee", "not moving her", "not moving his"),
    ),
    Sign.COLD_HANDS_FEET_WITH_FEVER: SignRule(
        _("Cold hands and feet, with a high temperature"),
        _("Cold hands and feet with a high temperature"),
        URGENT,
        f"{NHS_SERIOUS}: 'a high temperature with cold hands and feet'",
        words=("cold hands", "cold feet"),
    ),
    Sign.FEELS_HOT: SignRule(
        _("Feels hot, and you have no thermometer reading"),
        _("Feels hot, with no temperature taken"),
        _feels_hot,
        "NICE NG143 1.1.6 [V2]: 'Reported parental perception of a fever should be considered "
        f"valid and taken seriously'; {NICE_RED}: 'Age less than 3 months, temperature >= 38 °C'; "
        f"{NICE_AMBER}: 'Age 3 to 6 months, temperature >= 39 °C'",
        age_dependent=True,
        steps=(_("If you can, take their temperature now and log it."),),
        words=("feels hot", "feel hot", "burning up", "hot to touch", "hot to the touch"),
    ),
    Sign.VERY_WORRIED: SignRule(
        _("You are very worried: something feels wrong"),
        _("You are very worried"),
        _worried,
        f"{NHS_999}: 'is under 8 weeks old and you are very worried'; NHS: trust your instincts",
        age_dependent=True,
    ),
}


def rule(code: str) -> SignRule:
    return RULES[Sign(code)]


def require_known(codes: Iterable[str], field: str = "symptoms") -> None:
    """Refuse a sign nobody knows (the first unknown code, alphabetically), naming `field`."""
    unknown = sorted(code for code in set(codes) if code not in CODES)
    if unknown:
        raise ValidationError(
            _("Unknown symptom: %(code)s."), field=field, params={"code": unknown[0]}
        )
