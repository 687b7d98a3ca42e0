"""The practice library: every bonding practice, looked up by slug or found by words and filters.

The content lives in one module per category (library_touch.py, library_voice.py, ...); the
types live in practice.py and the citations in sources.py. Nothing here counts or tracks what a
family has not done: the library only describes practices.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from nestling.domain.errors import NotFound, ValidationError
from nestling.domain.practices.library_face import FACE
from nestling.domain.practices.library_movement import MOVEMENT
from nestling.domain.practices.library_pregnancy import PREGNANCY
from nestling.domain.practices.library_routine import ROUTINE
from nestling.domain.practices.library_self_care import SELF_CARE
from nestling.domain.practices.library_touch import TOUCH
from nestling.domain.practices.library_voice import VOICE
from nestling.domain.practices.practice import (
    Adaptation,
    AdaptationFor,
    AgeRange,
    Category,
    Energy,
    JournalKind,
    Practice,
    Stage,
    Step,
)
from nestling.domain.text import gettext_noop as _

__all__ = [
    "PRACTICES",
    "Adaptation",
    "AdaptationFor",
    "AgeRange",
    "Category",
    "Energy",
    "JournalKind",
    "Practice",
    "Stage",
    "Step",
    "get",
    "search",
]

PRACTICES: tuple[Practice, ...] = (
    *PREGNANCY,
    *TOUCH,
    *VOICE,
    *FACE,
    *MOVEMENT,
    *ROUTINE,
    *SELF_CARE,
)

_BY_SLUG: Mapping[str, Practice] = MappingProxyType({p.slug: p for p in PRACTICES})

# Search weights: a word in the title matters more than one in the tags, slug or category,
# which matter more than one somewhere in the body text.
_WEIGHTS = (4, 2, 1)  # title, labels, body


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def _index(practice: Practice) -> tuple[frozenset[str], ...]:
    labels = " ".join((practice.slug, practice.category.value, *practice.tags))
    return _words(practice.title), _words(labels), _words(" ".join(practice.texts()))


_INDEX = {practice.slug: _index(practice) for practice in PRACTICES}


def get(slug: str) -> Practice:
    """The practice with this slug; NotFound when there is none."""
    try:
        return _BY_SLUG[slug]
    except KeyError:
        raise NotFound(_("There is no practice with that name."), field="slug") from None


def search(
    query: str = "",
    *,
    category: Category | str | None = None,
    tag: str | None = None,
) -> tuple[Practice, ...]:
    """Practices matching every word of `query` (as a word prefix), best matches first.

    An empty query lists everything that passes the filters, in library order. `category` may
    be a Category or its value; an unknown one is a ValidationError naming the field.
    """
    wanted = _category(category)
    wanted_tag = tag.casefold().strip() if tag else None
    terms = sorted(_words(query))
    scored: list[tuple[int, int, Practice]] = []
    for position, practice in enumerate(PRACTICES):
        if wanted is not None and practice.category is not wanted:
            continue
        if wanted_tag is not None and wanted_tag not in practice.tags:
            continue
        score = _score(_INDEX[practice.slug], terms)
        if score:
            scored.append((score, position, practice))
    scored.sort(key=lambda hit: (-hit[0], hit[1]))
    return tuple(hit[2] for hit in scored)


def _category(category: Category | str | None) -> Category | None:
    if category is None or isinstance(category, Category):
        return category
    try:
        return Category(category)
    except ValueError:
        raise ValidationError(_("Unknown practice category."), field="category") from None


def _score(index: tuple[frozenset[str], ...], terms: list[str]) -> int:
    """Sum of the best weight each term earns; 0 when any term matches nothing."""
    if not terms:
        return 1
    total = 0
    for term in terms:
        best = max(
            (w for w, words in zip(_WEIGHTS, index, strict=True) if _matches(term, words)),
            default=0,
        )
        if not best:
            return 0
        total += best
    return total


def _matches(term: str, words: frozenset[str]) -> bool:
    return any(word.startswith(term) for word in words)
