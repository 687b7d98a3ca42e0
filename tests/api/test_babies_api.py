"""Babies through the API: ages, twins, preterm babies and bad input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nestling.store.models import Baby
from tests.conftest import World, api_client


def _add(world: World, **payload: object):
    return api_client(world.alice).post(
        f"/api/v1/households/{world.home_id}/babies", payload, content_type="application/json"
    )


def test_twins_are_two_babies(world: World) -> None:
    born = (date.today() - timedelta(days=20)).isoformat()
    assert _add(world, name="Twin A", birth_date=born).status_code == 201
    assert _add(world, name="Twin B", birth_date=born).status_code == 201
    names = [
        b["name"]
        for b in api_client(world.bob).get(f"/api/v1/households/{world.home_id}/babies").json()
    ]
    assert {"Twin A", "Twin B"} <= set(names)


def test_preterm_baby_gets_corrected_age(world: World) -> None:
    born = date.today() - timedelta(days=84)
    response = _add(
        world,
        name="Early",
        birth_date=born.isoformat(),
        birth_time="03:15",
        gestational_weeks=30,
        gestational_days=0,
        nicu_from=born.isoformat(),
        nicu_until=(born + timedelta(days=40)).isoformat(),
        feeding_method="tube",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["age_days"], body["corrected_age_days"], body["stage"]) == (84, 14, "newborn")
    assert body["birth_time"] == "03:15:00"


def test_expecting_baby_has_pregnancy_week(world: World) -> None:
    due = date.today() + timedelta(days=70)
    body = _add(world, name="Bump", due_date=due.isoformat()).json()
    assert (body["stage"], body["pregnancy_week"], body["age_days"]) == ("pregnancy", 30, None)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": "A", "birth_date": (date.today() + timedelta(days=2)).isoformat()}, "birth_date"),
        ({"name": "A", "birth_date": "2026-01-01", "gestational_weeks": 20}, "gestational_weeks"),
        ({"name": "A", "birth_date": "2026-01-01", "gestational_weeks": 45}, "gestational_weeks"),
        (
            {
                "name": "A",
                "birth_date": "2026-01-01",
                "gestational_weeks": 30,
                "gestational_days": 7,
            },
            "gestational_days",
        ),
        ({"name": "A", "birth_date": "2026-01-01", "sex": "robot"}, "sex"),
        ({"name": "A", "birth_date": "2026-01-01", "feeding_method": "magic"}, "feeding_method"),
        ({"name": "A", "birth_date": "not a date"}, "birth_date"),
        ({"name": "A"}, "birth_date"),
        ({"name": "A", "due_date": "2026-12-30", "birth_time": "10:00"}, "birth_time"),
        ({"birth_date": "2026-01-01"}, "name"),
        ({"name": "A", "birth_date": "2026-01-01", "weight": 3}, "weight"),
    ],
)
def test_bad_baby_input_names_the_field_and_stores_nothing(
    world: World, payload: dict[str, object], field: str
) -> None:
    before = Baby.objects.count()
    response = _add(world, **payload)
    assert response.status_code == 422, response.content
    assert response.json()["field"] == field, response.json()
    assert Baby.objects.count() == before


def test_patch_is_all_or_nothing(world: World) -> None:
    client = api_client(world.alice)
    response = client.patch(
        f"/api/v1/babies/{world.baby_id}",
        {"name": "Renamed", "birth_date": "2999-01-01"},
        content_type="application/json",
    )
    assert response.status_code == 422 and response.json()["field"] == "birth_date"
    assert Baby.objects.get(pk=world.baby_id).name == "Ada"
    ok = client.patch(
        f"/api/v1/babies/{world.baby_id}", {"sex": "female"}, content_type="application/json"
    )
    assert ok.status_code == 200 and ok.json()["sex"] == "female"
    assert ok.json()["name"] == "Ada"


def test_delete_baby(world: World) -> None:
    client = api_client(world.bob)
    assert client.delete(f"/api/v1/babies/{world.baby_id}").status_code == 204
    assert client.get(f"/api/v1/babies/{world.baby_id}").status_code == 404


def test_unknown_ids_are_404(world: World) -> None:
    client = api_client(world.alice)
    assert client.get("/api/v1/babies/999999").status_code == 404
    assert client.get("/api/v1/households/999999").status_code == 404
