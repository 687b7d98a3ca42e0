"""Today's plan reads the baby's state from the journal with the same fever threshold as the cry
helper (nestling.domain.thresholds.temperature), not a number of its own."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nestling.domain.thresholds import temperature
from nestling.services import journal, plans
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import Baby
from tests.conftest import World


def test_unwell_follows_the_shared_fever_threshold(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = timezone.now()
    data = EntryData(
        kind="temperature", started_at=now - timedelta(minutes=20), details={"celsius": 37.6}
    )
    journal.record(actor=Actor(user=world.alice), baby_id=world.baby_id, data=data, now=now)
    baby = Baby.objects.get(pk=world.baby_id)
    assert plans._baby_state(baby, now)["unwell"] is False
    monkeypatch.setattr(temperature, "FEVER_C", 37.5)
    assert plans._baby_state(baby, now)["unwell"] is True
