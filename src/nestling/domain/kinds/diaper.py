"""Diaper changes: wet, dirty or both, with the colour or consistency when worth noting."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Tap, Words, choices
from nestling.domain.text import gettext_noop as _

Contents = Literal["wet", "dirty", "both"]
CONTENTS = choices(Contents, {"wet": _("Wet"), "dirty": _("Dirty"), "both": _("Both")})


class DiaperDetails(Details):
    contents: Contents
    colour: Annotated[str, Limit(max_length=100)] | None = None


FIELDS = (
    Field("contents", _("What was in it"), "choice", CONTENTS, required=True),
    Field("colour", _("Colour or consistency"), "text"),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    if d.get("contents") == "both":
        return [words(_("Wet and dirty"))]
    return [words.choice(FIELDS[0], d.get("contents"))]


def contents_of(details: Mapping[str, Any]) -> str:
    return str(details.get("contents", "wet"))


def is_wet(details: Mapping[str, Any]) -> bool:
    return contents_of(details) in ("wet", "both")


def is_dirty(details: Mapping[str, Any]) -> bool:
    return contents_of(details) in ("dirty", "both")


KIND = Kind(
    code="diaper",
    category=Category.CARE,
    label=_("Diaper"),
    details=DiaperDetails,
    order=21,
    fields=FIELDS,
    taps=(
        Tap("care", _("Wet diaper"), "wet", {"contents": "wet"}, order=1),
        Tap("care", _("Dirty diaper"), "dirty", {"contents": "dirty"}, order=2),
        Tap("care", _("Wet + dirty"), "both", {"contents": "both"}, order=3),
    ),
    summarise=summarise,
)
