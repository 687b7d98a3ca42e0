"""The milestone kind: a first the family wants to remember, end to end with its own module."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from nestling.domain.errors import ValidationError
from nestling.domain.kinds import KINDS, Words, parse_details
from tests.conftest import World


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ({}, "details.first"),
        ({"first": "juggling"}, "details.first"),
        ({"first": "other"}, "details.description"),
        ({"first": "other", "description": "   "}, "details.description"),
    ],
)
def test_bad_records_name_the_field(details: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_details("milestone", details)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("details", "text"),
    [
        ({"first": "smile"}, "First smile"),
        (
            {"first": "word", "description": '"dada", at breakfast'},
            'First word · "dada", at breakfast',
        ),
        ({"first": "other", "description": "Grabbed her feet"}, "Grabbed her feet"),
    ],
)
def test_summary(details: dict[str, Any], text: str) -> None:
    assert (
        KINDS["milestone"].summary(
            parse_details("milestone", details).model_dump(exclude_none=True), Words()
        )
        == text
    )


def test_end_to_end(world: World, api: Any, pages: Any) -> None:
    created = api(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/entries",
        {"kind": "milestone", "details": {"first": "laugh"}, "note": "at the cat"},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    client = pages(world.bob)
    response = client.post(
        f"/babies/{world.baby_id}/log/milestone/",
        {
            "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "caregiver": world.bob.pk,
            "first": "roll",
        },
    )
    assert response.status_code == 302
    timeline = client.get(f"/babies/{world.baby_id}/timeline/").content.decode()
    assert "Rolled over" in timeline and "First laugh" in timeline
