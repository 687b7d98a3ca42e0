"""Symptoms: warning signs picked with one tap, and what a caregiver noticed in their own words.

The signs are the cry helper's safety-check vocabulary (nestling.domain.safety.signs): a sign
logged here is a red flag in the cry check and on the baby's page for 24 hours, and saving it
shows what to do at once. A symptom needs a sign or a description.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit
from pydantic import ValidationInfo, field_validator

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words
from nestling.domain.safety.signs import RULES, Sign
from nestling.domain.text import gettext_noop as _

DESCRIPTION_MAX = 500
SIGNS = tuple((sign.value, rule.label) for sign, rule in RULES.items())
SIGN_OR_WORDS = _("Pick a warning sign, or say in a few words what you noticed.")


class SymptomDetails(Details):
    signs: list[Sign] = Limit(
        default_factory=list,
        max_length=len(Sign),
        description="Warning signs picked from the safety check's list (the cry check's "
        "`symptoms`); each is a red flag for 24 hours.",
    )
    description: Annotated[str, Limit(min_length=1, max_length=DESCRIPTION_MAX)] | None = Limit(
        None,
        validate_default=True,
        description="What was noticed, in words. A sign or a description is needed.",
    )

    @field_validator("description")
    @classmethod
    def _sign_or_words(cls, value: str | None, info: ValidationInfo) -> str | None:
        if not value and not info.data.get("signs"):
            raise ValueError(SIGN_OR_WORDS)
        return value


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    labels = [words.choice(FIELDS[0], code) for code in signs_of(d)]
    return [*labels, description_of(d)]


def description_of(details: Mapping[str, Any]) -> str:
    return str(details.get("description") or "")


def signs_of(details: Mapping[str, Any]) -> tuple[str, ...]:
    """The warning-sign codes picked on the entry."""
    return tuple(str(code) for code in details.get("signs") or ())


FIELDS = (
    Field("signs", _("Any of these warning signs? Tap each one you see."), "multi", SIGNS),
    Field("description", _("What did you notice?"), "longtext"),
)

KIND = Kind(
    code="symptom",
    category=Category.HEALTH,
    label=_("Symptom"),
    details=SymptomDetails,
    order=45,
    fields=FIELDS,
    summarise=summarise,
)
