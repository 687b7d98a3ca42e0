"""API shapes shared by several routers; each router keeps the ones only it uses."""

from __future__ import annotations

from datetime import date, datetime, time

from ninja import Schema
from pydantic import ConfigDict


class Strict(Schema):
    """Input that rejects unknown fields, so a typo gets an error instead of being ignored."""

    model_config = ConfigDict(extra="forbid")


class HouseholdRef(Schema):
    id: int
    name: str
    role: str
    relationship: str


class HouseholdOut(Schema):
    id: int
    name: str
    time_zone: str
    country: str
    units: str
    day_starts_at: time
    created_at: datetime
    your_role: str


class BabyOut(Schema):
    id: int
    household_id: int
    name: str
    birth_date: date | None
    birth_time: time | None
    due_date: date | None
    sex: str
    gestational_weeks: int | None
    gestational_days: int | None
    nicu_from: date | None
    nicu_until: date | None
    feeding_method: str
    stage: str
    age_days: int | None
    corrected_age_days: int | None
    pregnancy_week: int | None


class BabyIn(Strict):
    name: str
    birth_date: date | None = None
    birth_time: time | None = None
    due_date: date | None = None
    sex: str | None = None
    gestational_weeks: int | None = None
    gestational_days: int | None = None
    nicu_from: date | None = None
    nicu_until: date | None = None
    feeding_method: str | None = None


class BabyPatch(Strict):
    name: str | None = None
    birth_date: date | None = None
    birth_time: time | None = None
    due_date: date | None = None
    sex: str | None = None
    gestational_weeks: int | None = None
    gestational_days: int | None = None
    nicu_from: date | None = None
    nicu_until: date | None = None
    feeding_method: str | None = None


def baby_out(view: object) -> BabyOut:
    from nestling.services.babies import FIELDS, BabyView

    assert isinstance(view, BabyView)
    baby = view.baby
    data = {field: getattr(baby, field) for field in FIELDS}
    return BabyOut(
        id=baby.pk,
        household_id=baby.household_id,
        stage=view.stage.value,
        age_days=view.age.days if view.age else None,
        corrected_age_days=view.age.corrected_days if view.age else None,
        pregnancy_week=view.pregnancy_week,
        **data,
    )
