"""Countries and time zones for a household: names, which zone is where, and a proposal.

A new household's country and time zone are proposed from what the browser says (its
Accept-Language region, and its time zone sent by the page's script), never a fixed country;
the person confirms or changes them. Country names and the zone-to-country table come from the
Unicode CLDR through Babel (docs/decisions.md §17), so names follow the reader's language.
"""

from __future__ import annotations

import functools
import unicodedata
import zoneinfo
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from django.utils.translation.trans_real import parse_accept_lang_header

COUNTRY_LEN = 2
UNKNOWN_REGION = "ZZ"  # CLDR's code for "no country" (Etc/UTC and friends)


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the places people live (CLDR territories with a time zone)."""
    return frozenset(
        code
        for code in get_global("territory_zones")
        if len(code) == COUNTRY_LEN and code.isalpha() and code != UNKNOWN_REGION
    )


@functools.cache
def _names(language: str) -> dict[str, str]:
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    names = locale.territories
    english = Locale("en").territories
    return {code: names.get(code) or english.get(code, code) for code in country_codes()}


def country_name(code: str, language: str = "en") -> str:
    """The country's name in `language` ("Deutschland" for DE in German); the code if unknown."""
    return _names(language).get(code.upper(), code.upper())


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def countries(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(code, name) for every country, sorted by name in `language` (accents ignored)."""
    names = _names(language)
    return tuple(sorted(names.items(), key=lambda item: _sort_key(item[1])))


@functools.cache
def zone_countries() -> dict[str, str]:
    """Each time zone this server knows (aliases too) -> the country it lies in, if any."""
    territories = get_global("zone_territories")
    aliases = get_global("zone_aliases")
    found = {}
    for zone in zoneinfo.available_timezones():
        country = territories.get(zone) or territories.get(aliases.get(zone, ""), "")
        if country in country_codes():
            found[zone] = country
    return found


def country_of_zone(zone: str | None) -> str | None:
    return zone_countries().get(zone or "")


def zones_of(country: str) -> list[str]:
    """The time zones this server knows in `country`, canonical names first."""
    canonical = get_global("territory_zones").get(country.upper(), [])
    known = zoneinfo.available_timezones()
    return [zone for zone in canonical if zone in known]


def region_of(accept_language: str) -> str | None:
    """The country the browser's languages point to: the first tag with a region ("de-AT" ->
    AT), else the likely region of the first language ("de" -> DE); None when there is none."""
    tags = [tag for tag, _quality in parse_accept_lang_header(accept_language or "") if tag != "*"]
    for tag in tags:
        for part in tag.replace("_", "-").split("-")[1:]:
            if len(part) == COUNTRY_LEN and part.isalpha() and part.upper() in country_codes():
                return part.upper()
    if not tags or any(part.isdigit() for part in tags[0].split("-")[1:]):
        return None  # no language, or a region such as es-419 (Latin America): no guess
    likely = get_global("likely_subtags").get(tags[0].split("-")[0].lower(), "")
    region = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return region if region in country_codes() else None


@dataclass(frozen=True)
class Proposal:
    """What to fill in for a new household; None means "let the person choose"."""

    country: str | None
    time_zone: str | None
    # Where the country came from: "time_zone" (where the browser is), "language" or None.
    country_from: str | None


def propose(*, accept_language: str = "", time_zone: str | None = None) -> Proposal:
    """Country and time zone for a new household from the browser's hints.

    The time zone says where the person is, so it decides the country when it lies in one; the
    languages are the fallback (a German speaker in Boston needs American help lines). Without a
    time zone, a country with a single zone gets it; otherwise the person picks.
    """
    zone = time_zone if time_zone in zone_countries() or time_zone == "UTC" else None
    country = country_of_zone(zone)
    source = "time_zone" if country else None
    if country is None:
        country = region_of(accept_language)
        source = "language" if country else None
    if zone is None and country is not None:
        zones = zones_of(country)
        zone = zones[0] if len(zones) == 1 else None
    return Proposal(country=country, time_zone=zone, country_from=source)
