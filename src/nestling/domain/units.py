"""Units: amounts are stored metric and shown in the household's units, by this one module.

Pages, forms, PDFs and the cry helper all convert here, so "120 ml" and "4.1 oz" can never
disagree about what an ounce is. A dimension says what a number measures; the stored unit of
each dimension is fixed (ml, g, cm, °C, minutes).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

ML_PER_OZ = 29.5735  # US fluid ounce, the unit on bottles and formula tins
G_PER_LB = 453.592
OZ_PER_LB = 16
CM_PER_IN = 2.54

METRIC = "metric"
IMPERIAL = "imperial"


class Dimension(enum.StrEnum):
    VOLUME = "volume"
    MASS = "mass"
    LENGTH = "length"
    TEMPERATURE = "temperature"
    DURATION = "duration"


STORED_UNIT = {
    Dimension.VOLUME: "ml",
    Dimension.MASS: "g",
    Dimension.LENGTH: "cm",
    Dimension.TEMPERATURE: "°C",
    Dimension.DURATION: "min",
}


@dataclass(frozen=True)
class InputPart:
    """One number a person types for a dimension: "kg"; or "lb" and "oz" for an imperial weight.

    `per_unit` is how many stored units one of these is (1 kg = 1000 g; 1 oz = 29.57 ml).
    """

    suffix: str  # appended to the field's name on a form ("" for the only part)
    symbol: str
    per_unit: float
    decimals: int


def input_parts(dimension: Dimension, units: str) -> tuple[InputPart, ...]:
    """What a form asks for, in the household's units."""
    imperial = units == IMPERIAL
    if dimension is Dimension.VOLUME:
        return (InputPart("", "oz", ML_PER_OZ, 1),) if imperial else (InputPart("", "ml", 1, 1),)
    if dimension is Dimension.MASS:
        if imperial:
            return (
                InputPart("_lb", "lb", G_PER_LB, 0),
                InputPart("_oz", "oz", G_PER_LB / OZ_PER_LB, 1),
            )
        return (InputPart("", "kg", 1000, 3),)
    if dimension is Dimension.LENGTH:
        return (InputPart("", "in", CM_PER_IN, 1),) if imperial else (InputPart("", "cm", 1, 1),)
    if dimension is Dimension.TEMPERATURE:
        return (InputPart("", "°F", 1, 1),) if imperial else (InputPart("", "°C", 1, 1),)
    return (InputPart("", "min", 1, 0),)


def fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def celsius(fahrenheit_value: float) -> float:
    return (fahrenheit_value - 32) * 5 / 9


def to_parts(value: float, dimension: Dimension, units: str) -> tuple[float, ...]:
    """A stored value as the numbers a form shows (the inverse of `from_parts`)."""
    if dimension is Dimension.TEMPERATURE:
        return (round(fahrenheit(value), 1) if units == IMPERIAL else value,)
    parts = input_parts(dimension, units)
    if len(parts) == 2:  # pounds and ounces
        pounds, rest = divmod(value, parts[0].per_unit)
        return (float(int(pounds)), round(rest / parts[1].per_unit, parts[1].decimals))
    return (round(value / parts[0].per_unit, parts[0].decimals),)


def from_parts(values: tuple[float | None, ...], dimension: Dimension, units: str) -> float:
    """The stored value from what a person typed (missing parts count as 0)."""
    if dimension is Dimension.TEMPERATURE:
        typed = values[0] or 0.0
        return round(celsius(typed), 2) if units == IMPERIAL else typed
    parts = input_parts(dimension, units)
    total = sum((v or 0.0) * p.per_unit for v, p in zip(values, parts, strict=True))
    return round(total, 1) if dimension is not Dimension.MASS else float(round(total))


def show(value: float, dimension: Dimension, units: str) -> str:
    """A stored value as people read it: "120 ml", "4.1 oz", "3.25 kg", "7 lb 2.0 oz", "37.5 °C"."""
    imperial = units == IMPERIAL
    if dimension is Dimension.VOLUME:
        return f"{value / ML_PER_OZ:.1f} oz" if imperial else f"{value:.0f} ml"
    if dimension is Dimension.MASS:
        if imperial:
            pounds, ounces = divmod(value / G_PER_LB * OZ_PER_LB, OZ_PER_LB)
            return f"{pounds:.0f} lb {ounces:.1f} oz"
        return f"{value / 1000:.2f} kg"
    if dimension is Dimension.LENGTH:
        return f"{value / CM_PER_IN:.1f} in" if imperial else f"{value:.1f} cm"
    if dimension is Dimension.TEMPERATURE:
        return f"{fahrenheit(value):.1f} °F" if imperial else f"{value:.1f} °C"
    return f"{value:.0f} min"
