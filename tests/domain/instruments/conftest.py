"""Shared helpers for the instrument tests: answers written as the scores they should give."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from nestling.domain.instruments.base import Instrument

AnswersFor = Callable[[Instrument, Sequence[int | None]], list[int | None]]


def _answers_for(instrument: Instrument, scores: Sequence[int | None]) -> list[int | None]:
    """The option indexes (printed order) that give `scores`; None stays None."""
    assert len(scores) == len(instrument.items)
    answers: list[int | None] = []
    for item, wanted in zip(instrument.items, scores, strict=True):
        if wanted is None:
            answers.append(None)
            continue
        matches = [i for i, option in enumerate(item.options) if option.score == wanted]
        assert len(matches) == 1, f"item {item.number} has no single option scoring {wanted}"
        answers.append(matches[0])
    return answers


@pytest.fixture
def answers_for() -> AnswersFor:
    return _answers_for


def _spread(total: int, maxima: Sequence[int]) -> list[int]:
    """Item scores adding up to `total`, filling items from the first, each up to its maximum."""
    scores = []
    for maximum in maxima:
        part = min(maximum, total)
        scores.append(part)
        total -= part
    assert total == 0, "total is out of reach"
    return scores


@pytest.fixture
def spread() -> Callable[[int, Sequence[int]], list[int]]:
    return _spread
