"""The registry: lookup by code, a stable order, and facts every definition must carry."""

from __future__ import annotations

import importlib

import pytest

from nestling.domain.errors import NotFound
from nestling.domain.instruments import registry
from nestling.domain.instruments.base import HelpLevel

CODES = ("epds", "pbq", "mibs", "maas", "phq9", "phq2", "gad7", "gad2")


def test_all_instruments_in_a_stable_order():
    assert tuple(i.code for i in registry.all_instruments()) == CODES
    assert registry.all_instruments() == registry.all_instruments()
    assert registry.codes() == CODES


@pytest.mark.parametrize("code", CODES)
def test_get_by_code(code):
    assert registry.get(code).code == code


@pytest.mark.parametrize("code", ["", "PHQ9", "epds-3a", "bdi"])
def test_unknown_code_is_not_found(code):
    with pytest.raises(NotFound) as error:
        registry.get(code)
    assert error.value.field == "code"


@pytest.mark.parametrize("instrument", registry.all_instruments(), ids=CODES)
def test_every_definition_is_sourced(instrument):
    assert instrument.citation and instrument.licence and instrument.time_frame
    assert instrument.respondents and instrument.stem
    for rule in instrument.rules:
        assert rule.source and rule.message
    for cutoffs in instrument.cutoff_sets:
        assert cutoffs.source
    module = importlib.import_module(f"nestling.domain.instruments.{instrument.code}")
    assert module.__doc__ and module.__doc__.strip()


def test_loinc_codes_only_where_verified():
    with_codes = {
        i.code
        for i in registry.all_instruments()
        if i.loinc_panel or i.loinc_total or any(item.loinc for item in i.items)
    }
    assert with_codes == {"epds", "phq9", "phq2", "gad7"}


def test_only_the_epds_waits_for_licensed_text():
    assert [i.code for i in registry.all_instruments() if not i.text_licensed] == ["epds"]


def test_critical_rules_are_at_least_urgent():
    critical = [r for i in registry.all_instruments() for r in i.rules if r.critical]
    assert {r.code for r in critical} == {
        "epds.item10",
        "epds.item10_highest",
        "phq9.item9",
        "phq9.item9_daily",
        "pbq.item17",
        "pbq.item18",
        "pbq.item24",
        "mibs.aggressive",
    }
    assert all(r.help_level.rank >= HelpLevel.URGENT.rank for r in critical)
