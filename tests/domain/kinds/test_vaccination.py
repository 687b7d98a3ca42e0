"""The vaccination kind: what a record holds, how it reads, and that it works end to end
(API, form, timeline) with nothing but its own module."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.errors import ValidationError
from nestling.domain.kinds import KINDS, Words, parse_details
from tests.conftest import World

GOOD = {"vaccine": "MenB", "dose": "2nd", "site": "left_thigh", "reaction": "sleepy"}


def test_it_is_registered_as_a_health_record() -> None:
    kind = KINDS["vaccination"]
    assert kind.category.value == "health" and not kind.timed


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({}, "details.vaccine"),
        ({"vaccine": ""}, "details.vaccine"),
        ({"vaccine": "MMR", "site": "ear"}, "details.site"),
        ({"vaccine": "MMR", "batch": "X1"}, "details.batch"),
    ],
)
def test_bad_records_name_the_field(details: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_details("vaccination", details)
    assert caught.value.field == field


def test_summary() -> None:
    text = KINDS["vaccination"].summary(GOOD, Words())
    assert text == "MenB · 2nd · left thigh · reaction: sleepy"


def test_end_to_end(world: World, api: Any, pages: Any) -> None:
    created = api(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries",
        {"kind": "vaccination", "details": GOOD},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["details"] == GOOD
    client = pages(world.bob)
    form = client.get(f"/babies/{world.baby_id}/log/vaccination/").content.decode()
    assert 'name="vaccine"' in form and 'value="left_thigh"' in form
    response = client.post(
        f"/babies/{world.baby_id}/log/vaccination/",
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.bob.pk,
            "vaccine": "Rotavirus",
            "site": "mouth",
        },
    )
    assert response.status_code == 302
    timeline = client.get(f"/babies/{world.baby_id}/timeline/").content.decode()
    assert "Rotavirus · by mouth" in timeline and "MenB · 2nd" in timeline
    menu = client.get(f"/babies/{world.baby_id}/log/").content.decode()
    assert f"/babies/{world.baby_id}/log/vaccination/" in menu
