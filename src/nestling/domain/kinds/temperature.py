"""Temperatures: stored in °C, shown in the household's units; the cry helper reads them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words, choices
from nestling.domain.text import gettext_noop as _
from nestling.domain.units import Dimension

Method = Literal["rectal", "armpit", "ear", "forehead", "oral"]
# Plausible readings of a living baby; anything outside is a typing slip, not a fever.
LOWEST_C = 30
HIGHEST_C = 45
METHODS = choices(
    Method,
    {
        "rectal": _("Rectal"),
        "armpit": _("Armpit"),
        "ear": _("Ear"),
        "forehead": _("Forehead"),
        "oral": _("Oral"),
    },
)


class TemperatureDetails(Details):
    celsius: Annotated[float, Limit(ge=LOWEST_C, le=HIGHEST_C)]
    method: Method | None = None


FIELDS = (
    Field(
        "celsius",
        _("Temperature"),
        "number",
        required=True,
        dimension=Dimension.TEMPERATURE,
        minimum=LOWEST_C,
        maximum=HIGHEST_C,
    ),
    Field("method", _("How measured"), "choice", METHODS),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    method = f" ({words.choice(FIELDS[1], d['method']).lower()})" if d.get("method") else ""
    return [words.amount(d["celsius"], Dimension.TEMPERATURE) + method]


def celsius_of(details: Mapping[str, Any]) -> float | None:
    value = details.get("celsius")
    return None if value is None else float(value)


def method_of(details: Mapping[str, Any]) -> str | None:
    method = details.get("method")
    return None if method is None else str(method)


KIND = Kind(
    code="temperature",
    category=Category.HEALTH,
    label=_("Temperature"),
    details=TemperatureDetails,
    order=40,
    fields=FIELDS,
    summarise=summarise,
)
