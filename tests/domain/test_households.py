"""Household settings, roles and the caregiver profile, as tables."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from nestling.domain.caregivers import CHALLENGE_LABELS, Challenge, parse_challenges
from nestling.domain.errors import ValidationError
from nestling.domain.households import (
    Access,
    HouseholdSettings,
    Role,
    invitation_expired,
    role_allows,
    validate_settings,
)

GOOD = HouseholdSettings("Home", "Europe/London", "GB", "metric", time(6, 0))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"time_zone": "../etc/passwd"}, "time_zone"),
        ({"time_zone": ""}, "time_zone"),
        ({"country": "GBR"}, "country"),
        ({"country": "1A"}, "country"),
        ({"units": "furlongs"}, "units"),
        ({"day_starts_at": time(6, 30)}, "day_starts_at"),
    ],
)
def test_invalid_settings_name_the_field(changes: dict[str, object], field: str) -> None:
    settings = HouseholdSettings(**{**GOOD.__dict__, **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        validate_settings(settings)
    assert caught.value.field == field


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"])
def test_valid_time_zones(zone: str) -> None:
    validate_settings(HouseholdSettings("Home", zone, "US", "imperial", time(0, 0)))


@pytest.mark.parametrize(
    ("role", "need", "allowed"),
    [
        (Role.VIEWER, Access.READ, True),
        (Role.VIEWER, Access.LOG, False),
        (Role.VIEWER, Access.MANAGE, False),
        (Role.CAREGIVER, Access.READ, True),
        (Role.CAREGIVER, Access.LOG, True),
        (Role.CAREGIVER, Access.MANAGE, False),
        (Role.PARENT, Access.READ, True),
        (Role.PARENT, Access.LOG, True),
        (Role.PARENT, Access.MANAGE, True),
    ],
)
def test_role_access(role: Role, need: Access, allowed: bool) -> None:
    assert role_allows(role, need) is allowed


def test_invitation_expiry_is_exclusive() -> None:
    expires = datetime(2026, 1, 1, tzinfo=UTC)
    assert not invitation_expired(expires, expires - timedelta(seconds=1))
    assert invitation_expired(expires, expires)


def test_challenges_are_deduplicated_in_canonical_order() -> None:
    assert parse_challenges(["stress", "separation_nicu", "stress"]) == [
        Challenge.SEPARATION_NICU,
        Challenge.STRESS,
    ]


def test_unknown_challenge_names_its_position() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_challenges(["stress", "boredom"])
    assert caught.value.field == "challenges[1]"
    assert "boredom" in caught.value.message


def test_every_challenge_has_a_label() -> None:
    assert set(CHALLENGE_LABELS) == set(Challenge)
