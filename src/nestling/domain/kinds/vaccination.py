"""Vaccinations: which vaccine, which dose, where it was given and any reaction afterwards.

Parents keep their own record (the UK's red book, the US immunization record); this mirrors it
so it can go in the visit report. Nestling does not advise on schedules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Field as Limit

from nestling.domain.kinds.base import Category, Details, Field, Kind, Words, choices
from nestling.domain.text import gettext_noop as _

Site = Literal["left_thigh", "right_thigh", "left_arm", "right_arm", "mouth", "nose", "other"]
SITES = choices(
    Site,
    {
        "left_thigh": _("Left thigh"),
        "right_thigh": _("Right thigh"),
        "left_arm": _("Left arm"),
        "right_arm": _("Right arm"),
        "mouth": _("By mouth"),
        "nose": _("Nasal spray"),
        "other": _("Somewhere else"),
    },
)


class VaccinationDetails(Details):
    vaccine: Annotated[str, Limit(min_length=1, max_length=100)]
    dose: Annotated[str, Limit(max_length=40)] | None = None
    site: Site | None = None
    reaction: Annotated[str, Limit(max_length=200)] | None = None


FIELDS = (
    Field("vaccine", _("Vaccine"), "text", required=True),
    Field("dose", _("Dose (e.g. 1st, 2nd, booster)"), "text"),
    Field("site", _("Where it was given"), "choice", SITES),
    Field("reaction", _("Any reaction afterwards?"), "text"),
)


def summarise(d: Mapping[str, Any], words: Words) -> list[str]:
    return [
        d.get("vaccine", ""),
        d.get("dose") or "",
        words.choice(FIELDS[2], d["site"]).lower() if d.get("site") else "",
        words(_("reaction: %(what)s"), what=d["reaction"]) if d.get("reaction") else "",
    ]


KIND = Kind(
    code="vaccination",
    category=Category.HEALTH,
    label=_("Vaccination"),
    details=VaccinationDetails,
    order=46,
    fields=FIELDS,
    summarise=summarise,
)
