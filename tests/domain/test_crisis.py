"""The crisis directory: the shipped lines per country, the fallback that is never blank, the
file's validation and versions, the country's own words for advice, and when lines go stale."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from nestling.domain import crisis
from nestling.domain.crisis import (
    ResourceKind,
    crisis_resources_for,
    emergency_phrase,
    load_crisis_resources,
    months_between,
    stale_lines,
    urgent_advice_phrase,
)
from nestling.domain.errors import ValidationError

DATA_FILE = Path(__file__).parents[2] / "src" / "nestling" / "data" / "crisis_resources.json"
# Issue 11 item 6: at least these countries, each with digits to call.
LISTED = (
    "US CA GB IE AU NZ DE AT CH FR BE NL ES IT PT SE NO DK FI IN ZA BR MX".split()  # noqa: SIM905
)


@pytest.fixture(scope="module")
def raw():
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def directory(raw):
    return load_crisis_resources(raw)


def said(phrase):
    return phrase.template % phrase.params if phrase.params else phrase.template


# --- the shipped directory ---------------------------------------------------------------------


@pytest.mark.parametrize("country", LISTED)
def test_every_listed_country_has_a_checked_emergency_number_and_crisis_line(country, directory):
    chosen = crisis_resources_for(country, directory, include_unverified=False)
    assert (chosen.country, chosen.fallback) == (country, False)
    first = chosen.resources[0]
    assert first.kind is ResourceKind.EMERGENCY and first.phone and first.phone[0].isdigit()
    assert chosen.emergency_number == first.phone
    lines = [r for r in chosen.resources if r.kind is ResourceKind.CRISIS_LINE]
    assert lines and all((r.phone or r.text) for r in lines)
    for line in chosen.resources:
        if line.phone or line.text:
            assert line.verified and line.checked is not None, line.id
            assert "http" in line.source or "clinical-reference" in line.source, line.id


def test_every_number_shipped_as_checked_names_its_source_and_date(directory):
    groups = [*directory.countries.values(), directory.fallback]
    for line in (r for group in groups for r in group.resources):
        if line.verified and line.phone:
            assert line.source.strip() and line.checked, line.id
        if not line.verified:
            assert line.note.strip(), line.id


def test_unchecked_lines_are_shipped_marked_and_kept_off_pages(directory):
    everything = {r.id: r for c in directory.countries.values() for r in c.resources}
    unchecked = {i for i, r in everything.items() if not r.verified}
    # Lines the corpus could not confirm from a current page: shipped with what to check.
    assert {"gb-pandas-helpline", "au-pregnancy-birth-baby", "fr-allo-parents-bebe"} <= unchecked
    page = crisis_resources_for("GB", directory, include_unverified=False)
    assert "gb-pandas-helpline" not in {r.id for r in page.resources}
    api = crisis_resources_for("GB", directory)
    assert next(r for r in api.resources if r.id == "gb-pandas-helpline").verified is False


def test_shipped_data_us(directory):
    us = crisis_resources_for("US", directory)
    by_id = {r.id: r for r in us.resources}
    assert us.resources[0].id == "us-911" and us.resources[0].phone == "911"
    hotline = by_id["us-maternal-mental-health-hotline"]
    assert hotline.phone == "1-833-852-6262" and hotline.text == "1-833-852-6262"
    assert "1-833-TLC-MAMA" in (hotline.phone_label or "")
    assert hotline.crisis_line is False and "not a crisis line" in hotline.description
    lifeline = by_id["us-988"]
    assert lifeline.verified and (lifeline.phone, lifeline.text) == ("988", "988")
    assert lifeline.crisis_line and [r.id for r in us.resources].index("us-988") == 1


def test_shipped_data_gb(directory):
    gb = crisis_resources_for("GB", directory)
    assert [r.phone for r in gb.resources][:2] == ["999", "111"]
    samaritans = next(r for r in gb.resources if r.id == "gb-samaritans")
    assert samaritans.verified and samaritans.phone == "116 123" and samaritans.hours == "24/7"
    assert any(r.kind is ResourceKind.ROUTINE_CARE for r in gb.resources)


@pytest.mark.parametrize(
    ("country", "expected"),
    [("US", "US"), ("us", "US"), (" gb ", "GB"), ("UK", "GB"), ("uk", "GB"), ("de", "DE")],
)
def test_country_lookup(country, expected, directory):
    assert crisis_resources_for(country, directory).country == expected


# --- never a blank -------------------------------------------------------------------------------


@pytest.mark.parametrize(("country", "number"), [("PL", "112"), ("JP", "119"), ("sg", "995")])
def test_a_country_outside_the_directory_gets_its_emergency_number_and_the_directory(
    country, number, directory
):
    chosen = crisis_resources_for(country, directory, include_unverified=False)
    assert (chosen.country, chosen.fallback, chosen.asked) == (None, True, country.upper())
    first = chosen.resources[0]
    assert (first.kind, first.phone, first.verified) == (ResourceKind.EMERGENCY, number, True)
    assert chosen.emergency_number == number
    assert not [r for r in chosen.resources if r.id == "local-emergency"]  # digits replace it
    last = chosen.resources[-1]
    assert last.kind is ResourceKind.DIRECTORY and last.url == "https://findahelpline.com"


@pytest.mark.parametrize("country", ["ZZ", "", None, "USA", "KP"])
def test_an_unknown_country_still_gets_the_emergency_advice_and_the_directory(country, directory):
    chosen = crisis_resources_for(country, directory, include_unverified=False)
    assert (chosen.country, chosen.fallback, chosen.emergency_number) == (None, True, None)
    first = chosen.resources[0]
    assert first.kind is ResourceKind.EMERGENCY and "local emergency number" in first.description
    assert chosen.resources[-1].kind is ResourceKind.DIRECTORY


def test_every_extra_emergency_number_is_digits_with_a_source(directory):
    assert len(directory.emergency_numbers) >= 20
    for code, number in directory.emergency_numbers.items():
        assert number.phone.isdigit() and number.source.startswith("http"), code
        assert code not in directory.countries  # one home per country


def test_known_countries_cover_the_directory_and_the_extra_numbers(directory):
    known = crisis.known_countries(directory)
    assert set(LISTED) <= set(known) and {"PL", "JP"} <= set(known)


# --- the household's country's own words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "emergency", "urgent"),
    [
        ("US", "911", "your doctor or your doctor's out-of-hours line"),
        ("GB", "999", "your doctor or NHS 111"),
        ("AU", "000", "your doctor or healthdirect on 1800 022 222"),
        ("NZ", "111", "your doctor or Healthline on 0800 611 116"),
        ("DE", "112", "your doctor or 116 117 (ärztlicher Bereitschaftsdienst)"),
        ("SE", "112", "your doctor or 1177"),
        # Only part of the country has the line: never name another region's service.
        ("DK", "112", "your doctor or your doctor's out-of-hours line"),
        ("IT", "112", "your doctor or your doctor's out-of-hours line"),
        ("PL", "112", "your doctor or your doctor's out-of-hours line"),
        ("ZZ", "your local emergency number", "your doctor or your doctor's out-of-hours line"),
    ],
)
def test_emergency_and_urgent_words_follow_the_country(country, emergency, urgent, directory):
    chosen = crisis_resources_for(country, directory, include_unverified=False)
    assert said(emergency_phrase(chosen)) == emergency
    assert said(urgent_advice_phrase(chosen)) == urgent


def test_no_country_is_ever_told_about_another_countrys_advice_line(directory):
    for code in LISTED:
        words = said(urgent_advice_phrase(crisis_resources_for(code, directory)))
        if code != "GB":
            assert "NHS" not in words, code


# --- the file: validation, versions ---------------------------------------------------------------


def broken(raw, change):
    data = copy.deepcopy(raw)
    change(data)
    return data


def set_in(path, value, merge=False):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        if merge:
            target[path[-1]].update(value)
        else:
            target[path[-1]] = value

    return change


def drop(path):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (drop(["fallback"]), "fallback"),
        (
            set_in(["countries", "US", "resources", 0, "kind"], "hotline"),
            "countries.US.resources[0].kind",
        ),
        (
            drop(["countries", "GB", "resources", 1, "verified"]),
            "countries.GB.resources[1].verified",
        ),
        (
            set_in(["countries", "US", "resources", 2, "colour"], "red"),
            "countries.US.resources[2].colour",
        ),
        (
            set_in(
                ["countries", "us"],
                {
                    "name": "x",
                    "resources": [{"id": "x", "name": "x", "kind": "emergency", "verified": True}],
                },
            ),
            "countries.us",
        ),
        (
            set_in(["emergency_numbers", "pl"], {"phone": "112", "source": "x"}),
            "emergency_numbers.pl",
        ),
        (set_in(["aliases", "UK"], "XX"), "aliases.UK"),
        (set_in(["countries", "GB", "resources", 0, "verified"], False), "countries.GB.resources"),
        (set_in(["fallback", "resources"], []), "fallback.resources"),
        (  # an unchecked line must say what to check
            set_in(
                ["countries", "US", "resources", 1], {"verified": False, "note": " "}, merge=True
            ),
            "countries.US.resources[1].note",
        ),
        (drop(["countries", "US", "resources", 1, "checked"]), "countries.US.resources[1].checked"),
        (
            set_in(["countries", "US", "resources", 1, "source"], " "),
            "countries.US.resources[1].source",
        ),
        (
            set_in(["countries", "US", "resources", 1, "checked"], "last spring"),
            "countries.US.resources[1].checked",
        ),
        (set_in(["version"], 3), "version"),
    ],
)
def test_bad_crisis_data_names_the_field(raw, change, field):
    with pytest.raises(ValidationError) as error:
        load_crisis_resources(broken(raw, change))
    assert field in [f for f, _ in error.value.errors]


def test_a_newer_file_version_gets_a_clear_error(raw):
    with pytest.raises(ValidationError) as error:
        load_crisis_resources({**raw, "version": 3})
    assert "version 3" in error.value.message % error.value.params
    assert "reads versions 1 and 2" in error.value.message


def test_a_version_1_file_from_before_checked_dates_still_loads(raw):
    """Operators' existing files (version 1: no `checked`, no extra numbers) keep working."""
    old = {
        "version": 1,
        "aliases": {"UK": "GB"},
        "countries": {
            "GB": {
                "name": "United Kingdom",
                "resources": [
                    {
                        "id": "gb-999",
                        "name": "Emergency",
                        "kind": "emergency",
                        "phone": "999",
                        "verified": True,
                        "source": "NHS",
                    },
                    {
                        "id": "gb-111",
                        "name": "NHS 111",
                        "kind": "urgent_advice",
                        "phone": "111",
                        "verified": True,
                    },
                ],
            }
        },
        "fallback": raw["fallback"],
    }
    directory = load_crisis_resources(old)
    gb = crisis_resources_for("UK", directory)
    assert [r.phone for r in gb.resources] == ["999", "111"]
    assert crisis_resources_for("PL", directory).resources[0].id == "local-emergency"
    # ...and `nestling check` asks for the dates it lacks.
    assert {s.id for s in stale_lines(directory, today=date(2026, 11, 26))} == {"gb-999", "gb-111"}


def test_unverified_resources_can_be_hidden(raw):
    def unchecked(data):
        data["countries"]["US"]["resources"][1].update(
            verified=False, note="Check the hours before release."
        )

    directory = load_crisis_resources(broken(raw, unchecked))
    ids = {r.id for r in crisis_resources_for("US", directory, include_unverified=False).resources}
    assert "us-988" not in ids and "us-911" in ids
    assert "us-988" in {r.id for r in crisis_resources_for("US", directory).resources}


# --- staleness ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "later", "months"),
    [
        (date(2026, 11, 26), date(2026, 11, 26), 0),
        (date(2026, 11, 26), date(2027, 11, 25), 11),
        (date(2026, 11, 26), date(2027, 11, 26), 12),
        (date(2026, 1, 31), date(2026, 2, 28), 0),
        (date(2027, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_months_between(earlier, later, months):
    assert months_between(earlier, later) == months


def test_lines_checked_more_than_a_year_ago_are_stale(raw, directory):
    assert stale_lines(directory, today=date(2027, 11, 25)) == []
    stale = stale_lines(directory, today=date(2027, 11, 26))
    ids = {s.id for s in stale}
    assert {"us-988", "gb-samaritans", "PL", "JP"} <= ids
    assert "gb-pandas-helpline" not in ids  # unverified lines are already off pages
    assert "us-provider" not in ids  # no number to go stale
    older = broken(raw, set_in(["countries", "US", "resources", 1, "checked"], "2025-01-01"))
    stale = stale_lines(load_crisis_resources(older), today=date(2026, 11, 26))
    assert [(s.field, s.id) for s in stale] == [("countries.US.resources[1]", "us-988")]


def test_every_sentence_of_the_packaged_file_is_marked_for_translation(raw):
    """Descriptions, opening hours and generic names reach translators (domain/crisis_text.py)."""
    from nestling.domain import crisis_text

    marked = set(crisis_text.STRINGS)
    groups = [*raw["countries"].values(), raw["fallback"]]
    for line in (r for group in groups for r in group["resources"]):
        for key in ("description", "hours"):
            assert not line.get(key) or line[key] in marked, (line["id"], key)
        if line["kind"] in ("emergency", "routine_care"):
            assert line["name"] in marked, line["id"]
    assert crisis.EMERGENCY_DESCRIPTION in marked
