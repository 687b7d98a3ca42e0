"""The instruments Nestling offers, by code, in a stable order for lists and menus."""

from __future__ import annotations

from nestling.domain.errors import NotFound
from nestling.domain.instruments.base import Instrument
from nestling.domain.instruments.epds import EPDS
from nestling.domain.instruments.gad2 import GAD2
from nestling.domain.instruments.gad7 import GAD7
from nestling.domain.instruments.maas import MAAS
from nestling.domain.instruments.mibs import MIBS
from nestling.domain.instruments.pbq import PBQ
from nestling.domain.instruments.phq2 import PHQ2
from nestling.domain.instruments.phq9 import PHQ9
from nestling.domain.text import gettext_noop as _

# Perinatal scales first, then the general mood and anxiety screens.
_ORDER = (EPDS, PBQ, MIBS, MAAS, PHQ9, PHQ2, GAD7, GAD2)
_BY_CODE = {instrument.code: instrument for instrument in _ORDER}


def all_instruments() -> tuple[Instrument, ...]:
    """Every instrument, always in the same order."""
    return _ORDER


def codes() -> tuple[str, ...]:
    return tuple(_BY_CODE)


def get(code: str) -> Instrument:
    """The instrument called `code`; NotFound when there is none."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise NotFound(_("There is no questionnaire with that code."), field="code") from None
