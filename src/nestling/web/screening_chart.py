"""A small line chart of one questionnaire's totals over time, as inline SVG geometry (no script).

Coordinates are formatted here as plain strings so that no locale ever puts a decimal comma
into the SVG. The template only places them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

WIDTH, HEIGHT = 320, 150
LEFT, RIGHT, TOP, BOTTOM = 30, 12, 12, 22


@dataclass(frozen=True)
class Point:
    x: str
    y: str
    score: int
    at: datetime


@dataclass(frozen=True)
class Level:
    """A horizontal line: a cut-off (where a band starts) or an axis end."""

    y: str
    score: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    points: list[Point]
    polyline: str
    cutoffs: list[Level]
    low: Level
    high: Level
    left: int
    right: int
    bottom: str


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def chart(
    scores: Sequence[tuple[datetime, int]], low: int, high: int, cutoffs: Sequence[int] = ()
) -> Chart | None:
    """Totals in time order, scaled into the chart; None when there is nothing to draw."""
    if not scores:
        return None
    span_y = max(high - low, 1)
    inner_h = HEIGHT - TOP - BOTTOM
    inner_w = WIDTH - LEFT - RIGHT
    first, last = scores[0][0], scores[-1][0]
    span_x = (last - first).total_seconds()

    def y_of(score: int) -> str:
        return _fmt(TOP + inner_h * (1 - (score - low) / span_y))

    def x_of(at: datetime) -> str:
        if span_x <= 0:
            return _fmt(LEFT + inner_w / 2)
        return _fmt(LEFT + inner_w * (at - first).total_seconds() / span_x)

    points = [Point(x_of(at), y_of(score), score, at) for at, score in scores]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        polyline=" ".join(f"{p.x},{p.y}" for p in points),
        cutoffs=[Level(y_of(c), c) for c in cutoffs if low < c <= high],
        low=Level(y_of(low), low),
        high=Level(y_of(high), high),
        left=LEFT,
        right=WIDTH - RIGHT,
        bottom=_fmt(HEIGHT - 4),
    )
