"""Pumping: millilitres from each side; it can run as a timer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words
from nestling.domain.text import gettext_noop as _
from nestling.domain.units import Dimension

MAX_ML = 500
MAX_MINUTES = 120
SIDE_WORDS = {"left": _("left"), "right": _("right")}


class PumpingDetails(Details):
    left_ml: Annotated[float, Limit(ge=0, le=MAX_ML)] | None = None
    right_ml: Annotated[float, Limit(ge=0, le=MAX_ML)] | None = None


FIELDS = (
    Field("left_ml", _("Left"), "number", dimension=Dimension.VOLUME, minimum=0, maximum=MAX_ML),
    Field("right_ml", _("Right"), "number", dimension=Dimension.VOLUME, minimum=0, maximum=MAX_ML),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    return [
        f"{words.translate(SIDE_WORDS[s])} {words.amount(d[s + '_ml'], Dimension.VOLUME)}"
        for s in ("left", "right")
        if d.get(s + "_ml") is not None
    ]


KIND = Kind(
    code="pumping",
    category=Category.CARE,
    label=_("Pumping"),
    details=PumpingDetails,
    order=23,
    timed=True,
    max_minutes=MAX_MINUTES,
    fields=FIELDS,
    summarise=summarise,
)
