"""Crisis help for anyone: a country's checked lines, for the public help page and the API.

Needs no account (clinical-reference §10.4: never behind a login). The directory and its rules
live in nestling.domain.crisis; the operator's file is read by services/instruments.py.
"""

from __future__ import annotations

from nestling.domain import crisis
from nestling.domain.crisis import ResourceSelection
from nestling.domain.errors import ValidationError
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments
from nestling.services.access import Actor


def country_code(country: str | None) -> str | None:
    """The two-letter code asked for, upper-cased; None when none was given."""
    if country is None or not country.strip():
        return None
    code = country.strip().upper()
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ValidationError(_("Use a two-letter country code such as GB or US."), field="country")
    return code


def lines_for(
    *, country: str | None, actor: Actor | None = None, include_unverified: bool = False
) -> ResourceSelection:
    """The lines for `country`, else the signed-in caller's first household's, else the fallback.

    Unchecked lines are left out unless asked for (the API marks them; pages never show them).
    """
    code = country_code(country)
    if code is None and actor is not None and actor.user.is_authenticated:
        first = access.households_of(actor)[:1]
        code = first[0].household.country if first else None
    return crisis.crisis_resources_for(
        code, instruments.crisis_directory(), include_unverified=include_unverified
    )


def known_countries() -> list[str]:
    """Every country the directory answers with digits (its entries and emergency numbers)."""
    return crisis.known_countries(instruments.crisis_directory())
