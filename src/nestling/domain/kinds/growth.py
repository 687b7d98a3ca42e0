"""Growth: weight (g), length (cm) and head circumference (cm), shown in the household's units."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words
from nestling.domain.text import gettext_noop as _
from nestling.domain.units import Dimension

# Plausible from a very preterm baby to a toddler; outside is a typing slip.
WEIGHT_G = (300, 25000)
LENGTH_CM = (20, 120)
HEAD_CM = (20, 60)


class WeightDetails(Details):
    grams: Annotated[float, Limit(ge=WEIGHT_G[0], le=WEIGHT_G[1])]


class LengthDetails(Details):
    cm: Annotated[float, Limit(ge=LENGTH_CM[0], le=LENGTH_CM[1])]


class HeadDetails(Details):
    cm: Annotated[float, Limit(ge=HEAD_CM[0], le=HEAD_CM[1])]


def _measure(key: str, dimension: Dimension) -> Any:
    def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
        return [words.amount(d[key], dimension)]

    return summarise


def grams_of(details: Mapping[str, Any]) -> float | None:
    value = details.get("grams")
    return None if value is None else float(value)


def cm_of(details: Mapping[str, Any]) -> float | None:
    value = details.get("cm")
    return None if value is None else float(value)


KINDS = (
    Kind(
        "weight",
        Category.HEALTH,
        _("Weight"),
        WeightDetails,
        order=41,
        fields=(
            Field(
                "grams",
                _("Weight"),
                "number",
                required=True,
                dimension=Dimension.MASS,
                minimum=WEIGHT_G[0],
                maximum=WEIGHT_G[1],
            ),
        ),
        summarise=_measure("grams", Dimension.MASS),
    ),
    Kind(
        "length",
        Category.HEALTH,
        _("Length"),
        LengthDetails,
        order=42,
        fields=(
            Field(
                "cm",
                _("Length"),
                "number",
                required=True,
                dimension=Dimension.LENGTH,
                minimum=LENGTH_CM[0],
                maximum=LENGTH_CM[1],
            ),
        ),
        summarise=_measure("cm", Dimension.LENGTH),
    ),
    Kind(
        "head_circumference",
        Category.HEALTH,
        _("Head circumference"),
        HeadDetails,
        order=43,
        fields=(
            Field(
                "cm",
                _("Head"),
                "number",
                required=True,
                dimension=Dimension.LENGTH,
                minimum=HEAD_CM[0],
                maximum=HEAD_CM[1],
            ),
        ),
        summarise=_measure("cm", Dimension.LENGTH),
    ),
)
