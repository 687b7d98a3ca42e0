"""API shapes shared by several routers; each router keeps the ones only it uses."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import Annotated, Any

from ninja import Schema
from ninja.params import functions as params
from pydantic import AfterValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from nestling.domain import babies, inputs

# The largest key either database can hold (64-bit signed): a bigger number can name nothing,
# and passing it on would overflow the database driver.
MAX_ID = 2**63 - 1
# An id in a path (`/babies/{baby_id}`), and one in a body or query.
PathId = Annotated[int, params.Path(..., ge=1, le=MAX_ID)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def _local_time(value: time) -> time:
    problem = inputs.local_time_problem(value)
    if problem:
        raise PydanticCustomError("local_time", problem)
    return value


def _moment(value: datetime) -> datetime:
    problem = inputs.moment_problem(value)
    if problem:
        raise PydanticCustomError("moment", problem)
    return value.astimezone(UTC)


def choice(values: Iterable[str]) -> Any:
    """A string the rules check (their message names the field and the choices), documented with
    the values it may take, so clients and fuzzers can send real ones."""
    return Annotated[str, WithJsonSchema({"type": "string", "enum": list(values)})]


# A time of day on the household's clock: "06:00" or "06:00:00", never with an offset.
LocalTime = Annotated[
    time,
    AfterValidator(_local_time),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$",
            "description": "A local time of day (HH:MM or HH:MM:SS) in the household's time zone.",
            "examples": ["06:00"],
        }
    ),
]
# An instant: a date and time with its offset ("2026-11-22T14:30:00Z"), kept in UTC.
Moment = Annotated[datetime, AfterValidator(_moment)]


class Strict(Schema):
    """Input that rejects unknown fields, so a typo gets an error instead of being ignored."""

    model_config = ConfigDict(extra="forbid")


def _no_null_defaults(schema: dict[str, Any]) -> None:
    for prop in schema.get("properties", {}).values():
        if prop.get("default", 0) is None and "anyOf" not in prop:
            del prop["default"]


class Patch(Strict):
    """A partial change: leave a field out to keep it. Fields typed without `None` refuse null
    (a default of None only stands for "not sent"), so null never reaches the rules as a value."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_no_null_defaults)


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
    day_starts_at: LocalTime
    created_at: datetime
    your_role: str


class BabyOut(Schema):
    id: int
    household_id: int
    name: str
    birth_date: date | None
    birth_time: LocalTime | None
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


Sex = choice(["", *(s.value for s in babies.Sex)])
FeedingMethod = choice(["", *(f.value for f in babies.FeedingMethod)])


class BabyIn(Strict):
    name: str
    birth_date: date | None = None
    birth_time: LocalTime | None = None
    due_date: date | None = None
    sex: Sex | None = None
    gestational_weeks: int | None = None
    gestational_days: int | None = None
    nicu_from: date | None = None
    nicu_until: date | None = None
    feeding_method: FeedingMethod | None = None


class BabyPatch(Patch):
    name: str = None  # type: ignore[assignment]
    birth_date: date | None = None
    birth_time: LocalTime | None = None
    due_date: date | None = None
    sex: Sex | None = None
    gestational_weeks: int | None = None
    gestational_days: int | None = None
    nicu_from: date | None = None
    nicu_until: date | None = None
    feeding_method: FeedingMethod | None = None


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
