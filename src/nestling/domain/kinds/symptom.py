"""Symptoms: what a caregiver noticed, in their own words; the cry helper reads them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words
from nestling.domain.text import gettext_noop as _

DESCRIPTION_MAX = 500


class SymptomDetails(Details):
    description: Annotated[str, Limit(min_length=1, max_length=DESCRIPTION_MAX)]


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    return [d.get("description", "")]


def description_of(details: Mapping[str, Any]) -> str:
    return str(details.get("description") or "")


KIND = Kind(
    code="symptom",
    category=Category.HEALTH,
    label=_("Symptom"),
    details=SymptomDetails,
    order=45,
    fields=(Field("description", _("What did you notice?"), "longtext", required=True),),
    summarise=summarise,
)
