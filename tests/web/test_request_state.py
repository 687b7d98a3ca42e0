"""Nothing one request sets up may reach the next one: a gunicorn worker serves requests of
different families one after another in the same thread."""

from __future__ import annotations

from django.test import Client
from django.utils import timezone

from nestling.services import households
from nestling.services.access import Actor
from tests.conftest import World


def test_a_household_time_zone_does_not_outlive_its_request(world: World) -> None:
    households.update(
        actor=Actor(user=world.alice),
        household_id=world.home_id,
        changes={"time_zone": "Pacific/Auckland"},
    )
    client = Client()
    client.force_login(world.alice)
    assert client.get(f"/babies/{world.baby_id}/timeline/").status_code == 200
    # The next request in this thread (another family's) starts from the server's default.
    assert timezone.get_current_timezone_name() == "UTC"
