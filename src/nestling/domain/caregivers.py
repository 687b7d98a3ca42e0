"""A caregiver's profile of what may make bonding harder right now (from the seed articles)."""

from __future__ import annotations

import enum

from nestling.domain.errors import ValidationError
from nestling.domain.text import gettext_noop as _


class Challenge(enum.StrEnum):
    """Things the seed articles name as getting in the way of the bond; later issues tailor help."""

    SEPARATION_NICU = "separation_nicu"
    TRAUMATIC_BIRTH = "traumatic_birth"
    HORMONAL_CHANGES = "hormonal_changes"
    PRESSURE_ON_SELF = "pressure_on_self"
    SLEEP_DEPRIVATION = "sleep_deprivation"
    STRESS = "stress"
    FEAR = "fear"
    ANXIETY = "anxiety"
    LOW_MOOD = "low_mood"
    PHYSICAL_EXHAUSTION = "physical_exhaustion"
    MEDICAL_COMPLICATIONS = "medical_complications"
    LACK_OF_SUPPORT = "lack_of_support"


CHALLENGE_LABELS: dict[Challenge, str] = {
    Challenge.SEPARATION_NICU: _("Being apart after the birth (neonatal unit / NICU)"),
    Challenge.TRAUMATIC_BIRTH: _("A hard or traumatic pregnancy or birth"),
    Challenge.HORMONAL_CHANGES: _("Hormonal changes"),
    Challenge.PRESSURE_ON_SELF: _("Putting a lot of pressure on myself"),
    Challenge.SLEEP_DEPRIVATION: _("Not getting enough sleep"),
    Challenge.STRESS: _("Stress"),
    Challenge.FEAR: _("Fear"),
    Challenge.ANXIETY: _("Anxiety or worry"),
    Challenge.LOW_MOOD: _("Low mood or depression"),
    Challenge.PHYSICAL_EXHAUSTION: _("Physical exhaustion"),
    Challenge.MEDICAL_COMPLICATIONS: _("Medical complications (mine or the baby's)"),
    Challenge.LACK_OF_SUPPORT: _("Not enough support around me"),
}


def parse_challenges(values: list[str]) -> list[Challenge]:
    """Known challenge codes, de-duplicated, in the canonical order; unknown codes are an error."""
    known = {c.value for c in Challenge}
    for index, value in enumerate(values):
        if value not in known:
            raise ValidationError(
                _("Unknown challenge: %(value)s."),
                field=f"challenges[{index}]",
                params={"value": value},
            )
    chosen = set(values)
    return [c for c in Challenge if c.value in chosen]
