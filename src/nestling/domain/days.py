"""A family's "day": it starts at an hour the household chooses, so night feeds stay together."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def day_of(moment: datetime, zone: str, day_starts_at: time) -> date:
    """The family day a moment belongs to: before the start hour it is still yesterday."""
    local = moment.astimezone(ZoneInfo(zone))
    day = local.date()
    return day - timedelta(days=1) if local.time() < day_starts_at else day


def day_window(day: date, zone: str, day_starts_at: time) -> tuple[datetime, datetime]:
    """The start and end of a family day as UTC instants; DST days are 23 or 25 hours long."""
    tz = ZoneInfo(zone)
    start = datetime.combine(day, day_starts_at, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), day_starts_at, tzinfo=tz).astimezone(UTC)
    return start, end
