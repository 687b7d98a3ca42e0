"""Households and their members: settings, roles, relationships and what each role may do."""

from __future__ import annotations

import enum
import zoneinfo
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from nestling.domain.errors import ValidationError
from nestling.domain.text import gettext_noop as _

NAME_MAX = 100


class Units(enum.StrEnum):
    METRIC = "metric"
    IMPERIAL = "imperial"


class Role(enum.StrEnum):
    PARENT = "parent"  # everything, including members, invitations and the babies' details
    CAREGIVER = "caregiver"  # reads and logs for the babies
    VIEWER = "viewer"  # reads, never writes


class Relationship(enum.StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    PARTNER = "partner"
    GRANDPARENT = "grandparent"
    OTHER = "other"


class Access(enum.IntEnum):
    """What an action needs; roles grant a level and a level includes those below it."""

    READ = 1
    LOG = 2  # add to the journal and the baby's day
    MANAGE = 3  # household settings, babies' details, members and invitations


ROLE_ACCESS = {Role.VIEWER: Access.READ, Role.CAREGIVER: Access.LOG, Role.PARENT: Access.MANAGE}


def role_allows(role: Role, needed: Access) -> bool:
    return ROLE_ACCESS[role] >= needed


@dataclass(frozen=True)
class HouseholdSettings:
    name: str
    time_zone: str
    country: str  # ISO 3166-1 alpha-2, for help lines
    units: str
    day_starts_at: time = time(6, 0)


def validate_time_zone(value: str) -> str:
    """Return an IANA time zone name unchanged, or raise naming the field."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            _("Unknown time zone: use a name such as Europe/London or America/New_York."),
            field="time_zone",
        ) from exc
    return value


def validate_settings(settings: HouseholdSettings) -> None:
    problems: list[tuple[str | None, str]] = []
    name = settings.name.strip()
    if not name:
        problems.append(("name", _("Please give the household a name.")))
    elif len(name) > NAME_MAX:
        problems.append(("name", _("The name is too long (100 characters at most).")))
    try:
        validate_time_zone(settings.time_zone)
    except ValidationError as exc:
        problems.append((exc.field, exc.message))
    if not (
        len(settings.country) == 2 and settings.country.isalpha() and settings.country.isascii()
    ):
        problems.append(("country", _("Use a two-letter country code such as GB or US.")))
    if settings.units not in {u.value for u in Units}:
        problems.append(("units", _("Units must be metric or imperial.")))
    if settings.day_starts_at.minute or settings.day_starts_at.second:
        problems.append(("day_starts_at", _("The day must start on the hour.")))
    if problems:
        raise ValidationError.collect(problems)


def invitation_expired(expires_at: datetime, now: datetime) -> bool:
    return now >= expires_at


def invitation_expiry(now: datetime, hours: int) -> datetime:
    return now + timedelta(hours=hours)
