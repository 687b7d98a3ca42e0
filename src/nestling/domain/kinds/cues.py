"""The baby's cues: babbling or cooing, smiling or laughing, eye contact, and other cues."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Tap, Words
from nestling.domain.text import gettext_noop as _


class CueDetails(Details):
    description: Annotated[str, Limit(min_length=1, max_length=200)]


def _described(d: Mapping[str, Any], words: Words) -> list[str]:
    return [d.get("description", "")]


def description_of(details: Mapping[str, Any]) -> str:
    return str(details.get("description") or "")


KINDS = (
    Kind(
        "babble",
        Category.CUES,
        _("Babbling or cooing"),
        order=31,
        taps=(Tap("care", _("Babbled"), order=5),),
    ),
    Kind(
        "smile",
        Category.CUES,
        _("Smiling or laughing"),
        order=32,
        taps=(Tap("care", _("Smiled"), order=4),),
    ),
    Kind(
        "eye_contact",
        Category.CUES,
        _("Eye contact"),
        order=33,
        taps=(Tap("care", _("Eye contact"), order=6),),
    ),
    Kind(
        "cue",
        Category.CUES,
        _("Other cue"),
        CueDetails,
        order=34,
        fields=(Field("description", _("What did you notice?"), "text", required=True),),
        summarise=_described,
    ),
)
