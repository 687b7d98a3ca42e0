"""GET /api/v1/crisis-resources: every listed country answers with digits, without an account."""

from __future__ import annotations

import pytest
from django.test import Client

from nestling.store.models import Household
from tests.conftest import World, page_client
from tests.domain.test_crisis import LISTED

URL = "/api/v1/crisis-resources"


@pytest.mark.parametrize("country", LISTED)
def test_every_listed_country_answers_with_digits_without_an_account(
    db: None, country: str
) -> None:
    body = Client().get(URL, {"country": country.lower()}).json()
    assert (body["country"], body["asked"], body["fallback"]) == (country, country, False)
    first = body["resources"][0]
    assert first["kind"] == "emergency" and first["phone"][0].isdigit()
    assert body["emergency_number"] == first["phone"]
    crisis_lines = [r for r in body["resources"] if r["kind"] == "crisis_line"]
    assert crisis_lines and all(r["phone"] or r["text"] for r in crisis_lines)
    assert all(
        r["verified"] and r["checked"] and r["source"] for r in body["resources"] if r["phone"]
    )
    assert body["urgent_advice"].startswith("your doctor")


def test_a_country_without_an_entry_gets_its_number_and_the_directory(db: None) -> None:
    body = Client().get(URL, {"country": "PL"}).json()
    assert (body["country"], body["asked"], body["fallback"]) == (None, "PL", True)
    assert body["emergency_number"] == "112"
    assert body["resources"][0]["phone"] == "112"
    assert body["resources"][-1] == {
        **body["resources"][-1],
        "kind": "directory",
        "url": "https://findahelpline.com",
    }


def test_an_unknown_country_is_never_a_blank(db: None) -> None:
    body = Client().get(URL, {"country": "ZZ"}).json()
    assert body["fallback"] and body["emergency_number"] is None
    kinds = [r["kind"] for r in body["resources"]]
    assert kinds[0] == "emergency" and kinds[-1] == "directory"
    assert "local emergency number" in body["resources"][0]["description"]


def test_unchecked_lines_only_when_asked_for_and_marked(db: None) -> None:
    plain = Client().get(URL, {"country": "GB"}).json()
    assert "gb-pandas-helpline" not in [r["id"] for r in plain["resources"]]
    every = Client().get(URL, {"country": "GB", "include_unverified": "true"}).json()
    line = next(r for r in every["resources"] if r["id"] == "gb-pandas-helpline")
    assert line["verified"] is False and "pandasfoundation.org.uk" in line["note"]


@pytest.mark.parametrize("country", ["USA", "1", "G B", "ü1"])
def test_a_malformed_country_is_refused_naming_the_field(db: None, country: str) -> None:
    response = Client().get(URL, {"country": country})
    assert response.status_code == 422 and response.json()["field"] == "country"


def test_without_a_country_a_signed_in_browser_gets_its_households(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(country="NZ")
    body = page_client(world.alice).get(URL).json()
    assert (body["country"], body["emergency_number"]) == ("NZ", "111")
    anonymous = Client().get(URL).json()
    assert anonymous["fallback"] and anonymous["asked"] is None


def test_the_endpoint_is_documented_with_its_error(db: None) -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    operation = schema["paths"][URL]["get"]
    assert {"200", "422"} <= set(operation["responses"])
    error = operation["responses"]["422"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}
    assert not operation.get("security")  # no account needed
    names = [p["name"] for p in operation["parameters"]]
    assert names == ["country", "include_unverified"]
