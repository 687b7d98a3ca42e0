"""The solid food and allergen kind: what was tried, which allergens, any reaction; end to end
with its own module."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.errors import ValidationError
from nestling.domain.kinds import KINDS, Words, parse_details, solids
from nestling.store.models import Entry
from tests.conftest import World


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({}, "details.food"),
        ({"food": "toast", "allergens": ["gluten"]}, "details.allergens.0"),
        ({"food": "egg", "reaction": "terrible"}, "details.reaction"),
    ],
)
def test_bad_records_name_the_field(details: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_details("solids", details)
    assert caught.value.field == field


def test_summary_and_readers() -> None:
    details = {"food": "Scrambled egg", "allergens": ["egg", "milk"], "reaction": "mild"}
    assert KINDS["solids"].summary(details, Words()) == (
        "Scrambled egg · egg, cow's milk · mild reaction"
    )
    assert solids.allergens_of(details) == ("egg", "milk")
    assert solids.severe_reaction({**details, "reaction": "severe"})
    assert not solids.severe_reaction(details)


def test_end_to_end(world: World, api: Any, pages: Any) -> None:
    created = api(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries",
        {"kind": "solids", "details": {"food": "Peanut puffs", "allergens": ["peanut"]}},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    client = pages(world.bob)
    response = client.post(
        f"/babies/{world.baby_id}/log/solids/",
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.bob.pk,
            "food": "Houmous",
            "allergens": ["sesame"],
            "reaction": "none",
        },
    )
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert Entry.objects.filter(kind="solids").count() == 2
    timeline = client.get(f"/babies/{world.baby_id}/timeline/").content.decode()
    assert "Houmous · sesame · no reaction" in timeline
    kinds = api(world.vera).get("/api/v1/entry-kinds").json()
    solid = next(k for k in kinds if k["code"] == "solids")
    assert {f["name"] for f in solid["fields"]} == {"food", "allergens", "reaction"}
