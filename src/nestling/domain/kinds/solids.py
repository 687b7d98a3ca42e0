"""Solid food with allergen exposure: what the baby tried, which common allergens it held, and
any reaction, so a family can see what has been introduced and show it at a visit.

The allergen list follows the foods that cause most food allergies in young children and that
infant-feeding guidance names for early introduction (NHS "Food allergies in babies and young
children"; NIAID 2017 addendum guidelines for peanut; EU Regulation 1169/2011 Annex II lists
the same foods among the 14 allergens labelled in Europe). A severe reaction is an emergency:
the form and the cry helper's safety check say so; this record is not advice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words, choices
from nestling.domain.text import gettext_noop as _

Allergen = Literal[
    "milk", "egg", "peanut", "tree_nuts", "sesame", "soya", "wheat", "fish", "shellfish"
]
Reaction = Literal["none", "mild", "severe"]
ALLERGENS = choices(
    Allergen,
    {
        "milk": _("Cow's milk"),
        "egg": _("Egg"),
        "peanut": _("Peanut"),
        "tree_nuts": _("Tree nuts"),
        "sesame": _("Sesame"),
        "soya": _("Soya"),
        "wheat": _("Wheat (gluten)"),
        "fish": _("Fish"),
        "shellfish": _("Shellfish"),
    },
)
REACTIONS = choices(
    Reaction,
    {
        "none": _("No reaction"),
        "mild": _("Mild (a few spots, a little rash around the mouth)"),
        "severe": _("Severe (swelling of lips or face, wheezing, trouble breathing)"),
    },
)
REACTION_WORDS = {
    "none": _("no reaction"),
    "mild": _("mild reaction"),
    "severe": _("severe reaction"),
}


class SolidsDetails(Details):
    food: Annotated[str, Limit(min_length=1, max_length=100)]
    allergens: list[Allergen] = Limit(default_factory=list, max_length=9)
    reaction: Reaction | None = None


FIELDS = (
    Field("food", _("What did your baby try?"), "text", required=True),
    Field("allergens", _("It contained"), "multi", ALLERGENS),
    Field("reaction", _("Any reaction?"), "choice", REACTIONS),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    allergens = ", ".join(words.choice(FIELDS[1], a).lower() for a in d.get("allergens", []))
    reaction = d.get("reaction")
    return [
        d.get("food", ""),
        allergens,
        words.translate(REACTION_WORDS[reaction]) if reaction else "",
    ]


def allergens_of(details: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(details.get("allergens") or ())


def severe_reaction(details: Mapping[str, Any]) -> bool:
    return details.get("reaction") == "severe"


KIND = Kind(
    code="solids",
    category=Category.CARE,
    label=_("Solid food and allergens"),
    details=SolidsDetails,
    order=24,
    fields=FIELDS,
    summarise=summarise,
)
