"""Pregnancy: talking or singing to the bump, and the baby's movements."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from nestling.domain.kinds.base import Category, Details, Field, Kind, Tap, Words, choices
from nestling.domain.text import gettext_noop as _

How = Literal["talking", "singing", "reading", "touch"]
Pattern = Literal["usual", "more", "less", "changed", "none"]
PATTERNS = choices(
    Pattern,
    {
        "usual": _("As usual"),
        "more": _("More"),
        "less": _("Less"),
        "changed": _("A different pattern"),
        "none": _("None felt"),
    },
)
PATTERN_WORDS = {
    "usual": _("as usual"),
    "more": _("more than usual"),
    "less": _("less than usual"),
    "changed": _("a changed pattern"),
    "none": _("none felt"),
}


class BumpTalkDetails(Details):
    how: How | None = None


class FetalMovementDetails(Details):
    pattern: Pattern | None = None


def _pattern(d: Mapping[str, Any], words: Words) -> list[str]:
    return [words.translate(PATTERN_WORDS[d["pattern"]])] if d.get("pattern") else []


def pattern_of(details: Mapping[str, Any]) -> str | None:
    pattern = details.get("pattern")
    return None if pattern is None else str(pattern)


KINDS = (
    Kind(
        "bump_talk",
        Category.PRENATAL,
        _("Talking or singing to the bump"),
        BumpTalkDetails,
        order=70,
        timed=True,
        max_minutes=4 * 60,
        fields=(
            Field(
                "how",
                _("How"),
                "choice",
                choices(
                    How,
                    {
                        "talking": _("Talking"),
                        "singing": _("Singing"),
                        "reading": _("Reading"),
                        "touch": _("Touch"),
                    },
                ),
            ),
        ),
        taps=(Tap("prenatal", _("Talked or sang to the bump"), order=1),),
    ),
    Kind(
        "fetal_movement",
        Category.PRENATAL,
        _("Baby's movements"),
        FetalMovementDetails,
        order=71,
        fields=(Field("pattern", _("Compared with usual"), "choice", PATTERNS),),
        taps=(
            Tap("prenatal", _("Felt the baby move"), "usual", {"pattern": "usual"}, order=2),
            # One tap for the pattern the NHS says to call about at once (safety.fetal).
            Tap("prenatal", _("Moving less than usual"), "less", {"pattern": "less"}, order=3),
        ),
        summarise=_pattern,
    ),
)
