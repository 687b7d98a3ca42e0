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


def grams_of(details: Mapping[str, Any]) -> float | None:
    value = details.get("grams")
    return None if value is None else float(value)


def cm_of(details: Mapping[str, Any]) -> float | None:
    value = details.get("cm")
    return None if value is None else float(value)


def _measurement(
    code: str,
    label: str,
    details: type[Details],
    order: int,
    key: str,
    field_label: str,
    dimension: Dimension,
    bounds: tuple[int, int],
) -> Kind:
    """A growth measurement: one required number, stored metric, shown in household units."""

    def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
        return [words.amount(d[key], dimension)]

    field = Field(
        key,
        field_label,
        "number",
        required=True,
        dimension=dimension,
        minimum=bounds[0],
        maximum=bounds[1],
    )
    return Kind(
        code, Category.HEALTH, label, details, order=order, fields=(field,), summarise=summarise
    )


KINDS = (
    _measurement(
        "weight", _("Weight"), WeightDetails, 41, "grams", _("Weight"), Dimension.MASS, WEIGHT_G
    ),
    _measurement(
        "length", _("Length"), LengthDetails, 42, "cm", _("Length"), Dimension.LENGTH, LENGTH_CM
    ),
    _measurement(
        "head_circumference",
        _("Head circumference"),
        HeadDetails,
        43,
        "cm",
        _("Head"),
        Dimension.LENGTH,
        HEAD_CM,
    ),
)
