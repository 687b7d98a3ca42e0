"""Scoring helpers shared by the reasons: a draft that collects evidence, and ramps."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from nestling.domain.cry.context import CryContext
from nestling.domain.cry.result import Reason
from nestling.domain.cry.text import Text, t

Points = tuple[tuple[float, float], ...]


@dataclass
class Draft:
    """A reason being scored: evidence and score adjustments accumulate here."""

    reason: Reason
    score: float
    evidence: list[Text] = field(default_factory=list)

    def add(self, amount: float, text: Text | None = None) -> None:
        self.score += amount
        if text is not None:
            self.evidence.append(text)


def ramp(x: float, points: Points) -> float:
    """Piecewise-linear through `points` (x ascending), flat beyond both ends."""
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def recent_cue(ctx: CryContext, words: Iterable[str]) -> tuple[datetime, str] | None:
    """The newest cue noted in the last 30 minutes that mentions one of `words`."""
    for note in sorted(ctx.notes, key=lambda n: n.at, reverse=True):
        fresh = note.kind == "cue" and ctx.recent(note.at, timedelta(minutes=30))
        if fresh and any(word in note.text.lower() for word in words):
            return note.at, note.text
    return None


def listing(labels: list[str]) -> Text:
    """Labels joined with commas, each translated on its own."""
    template = ", ".join(f"%(a{i})s" for i in range(len(labels)))
    return Text(template, {f"a{i}": t(label) for i, label in enumerate(labels)})
