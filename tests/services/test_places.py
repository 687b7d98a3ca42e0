"""Countries and time zones: names in the reader's language, and the browser-based proposal."""

from __future__ import annotations

import pytest

from nestling.services import places


@pytest.mark.parametrize(
    ("accept_language", "region"),
    [
        ("de-AT,de;q=0.9,en;q=0.8", "AT"),
        ("en-GB,en;q=0.9", "GB"),
        ("fr", "FR"),  # a language alone: its likely region
        ("en", "US"),
        ("zh-Hant-TW,zh;q=0.9", "TW"),
        ("es-419,es;q=0.9", None),  # Latin America as a whole: no guess
        ("*", None),
        ("", None),
        ("xx-QQ", None),
    ],
)
def test_region_of_the_browsers_languages(accept_language: str, region: str | None) -> None:
    assert places.region_of(accept_language) == region


@pytest.mark.parametrize(
    ("accept_language", "zone", "expected"),
    [
        ("de-AT", None, places.Proposal("AT", "Europe/Vienna", "language")),
        ("en-US", None, places.Proposal("US", None, "language")),  # many zones: the person picks
        ("en-US", "Europe/Berlin", places.Proposal("DE", "Europe/Berlin", "time_zone")),
        ("de-DE", "America/New_York", places.Proposal("US", "America/New_York", "time_zone")),
        ("", "Asia/Calcutta", places.Proposal("IN", "Asia/Calcutta", "time_zone")),  # old name
        ("en-GB", "UTC", places.Proposal("GB", "UTC", "language")),
        ("", "Mars/Olympus", places.Proposal(None, None, None)),
        ("", None, places.Proposal(None, None, None)),  # never a fixed country
    ],
)
def test_propose(accept_language: str, zone: str | None, expected: places.Proposal) -> None:
    assert places.propose(accept_language=accept_language, time_zone=zone) == expected


def test_country_names_follow_the_readers_language() -> None:
    assert places.country_name("DE", "de") == "Deutschland"
    assert places.country_name("at", "fr") == "Autriche"
    assert places.country_name("GB", "xx-unknown") == "United Kingdom"
    names = dict(places.countries("en"))
    assert len(names) > 240 and names["US"] == "United States"
    ordered = [name for _code, name in places.countries("de")]
    assert ordered == sorted(ordered, key=places._sort_key)
    assert ordered.index("Ägypten") < ordered.index("Albanien")  # accents do not sort last


def test_every_zone_the_form_offers_maps_to_at_most_one_country() -> None:
    table = places.zone_countries()
    assert table["Europe/Vienna"] == "AT" and table["America/Adak"] == "US"
    assert "UTC" not in table and set(table.values()) <= places.country_codes()
