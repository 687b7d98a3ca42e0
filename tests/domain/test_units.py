"""One unit module: stored metric, shown and typed in the household's units, both ways."""

from __future__ import annotations

import pytest

from nestling.domain.units import Dimension, from_parts, input_parts, show, to_parts

V, M, L, T = Dimension.VOLUME, Dimension.MASS, Dimension.LENGTH, Dimension.TEMPERATURE


@pytest.mark.parametrize(
    ("value", "dimension", "units", "text"),
    [
        (120, V, "metric", "120 ml"),
        (120, V, "imperial", "4.1 oz"),
        (3250, M, "metric", "3.25 kg"),
        (3250, M, "imperial", "7 lb 2.6 oz"),
        (54.5, L, "metric", "54.5 cm"),
        (54.5, L, "imperial", "21.5 in"),
        (38.0, T, "metric", "38.0 °C"),
        (38.0, T, "imperial", "100.4 °F"),
    ],
)
def test_show(value: float, dimension: Dimension, units: str, text: str) -> None:
    assert show(value, dimension, units) == text


@pytest.mark.parametrize(
    ("typed", "dimension", "units", "stored"),
    [
        ((120.0,), V, "metric", 120.0),
        ((4.0,), V, "imperial", 118.3),
        ((3.25,), M, "metric", 3250.0),
        ((7.0, 2.0), M, "imperial", 3232.0),
        ((7.0, None), M, "imperial", 3175.0),
        ((21.5,), L, "imperial", 54.6),
        ((100.4,), T, "imperial", 38.0),
        ((37.2,), T, "metric", 37.2),
    ],
)
def test_typed_values_are_stored_metric(
    typed: tuple[float | None, ...], dimension: Dimension, units: str, stored: float
) -> None:
    assert from_parts(typed, dimension, units) == stored


@pytest.mark.parametrize("units", ["metric", "imperial"])
@pytest.mark.parametrize(("stored", "dimension"), [(120.0, V), (3250.0, M), (54.5, L), (38.0, T)])
def test_a_form_shows_what_was_stored(units: str, stored: float, dimension: Dimension) -> None:
    parts = to_parts(stored, dimension, units)
    assert len(parts) == len(input_parts(dimension, units))
    assert from_parts(parts, dimension, units) == pytest.approx(stored, abs=1.5)
