"""The baby at a glance: what caregivers ask most, worked out from a few recent entries.

When did she last feed, on which side (and which is next), how much; the last wet and the last
dirty diaper and today's counts; asleep or awake and since when; today's moments together by
caregiver. Pure: the service passes the rows it read and `now`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nestling.domain.kinds import diaper, feed


@dataclass(frozen=True)
class Row:
    kind: str
    started_at: datetime
    ended_at: datetime | None
    running: bool
    details: Mapping[str, Any]
    caregiver: str = ""


@dataclass(frozen=True)
class Glance:
    last_feed: Row | None = None
    next_side: str | None = None  # "left" or "right" after a breast feed
    last_wet: datetime | None = None
    last_dirty: datetime | None = None
    wet_today: int = 0
    dirty_today: int = 0
    asleep_since: datetime | None = None
    awake_since: datetime | None = None
    moments_by_caregiver: tuple[tuple[str, int], ...] = field(default_factory=tuple)


def next_side(details: Mapping[str, Any]) -> str | None:
    """The breast to offer next: the other one from where the last feed ended."""
    if feed.method_of(details) != "breast":
        return None
    last = details.get("last_side") or details.get("side")
    return {"left": "right", "right": "left"}.get(str(last))


def glance(
    *,
    feeds: Sequence[Row],
    diapers: Sequence[Row],
    sleeps: Sequence[Row],
    moments: Sequence[Row],
    day_start: datetime,
) -> Glance:
    """`feeds`, `diapers` and `sleeps` newest first (a few each); `moments` are today's bonding
    entries; `day_start` is when the family day began."""
    last_feed = feeds[0] if feeds else None
    wet = [d.started_at for d in diapers if diaper.is_wet(d.details)]
    dirty = [d.started_at for d in diapers if diaper.is_dirty(d.details)]
    sleep = sleeps[0] if sleeps else None
    asleep = sleep.started_at if sleep and sleep.running else None
    awake = sleep.ended_at if sleep and not sleep.running else None
    by_caregiver = Counter(m.caregiver for m in moments if m.caregiver)
    return Glance(
        last_feed=last_feed,
        next_side=next_side(last_feed.details) if last_feed else None,
        last_wet=wet[0] if wet else None,
        last_dirty=dirty[0] if dirty else None,
        wet_today=sum(1 for moment in wet if moment >= day_start),
        dirty_today=sum(1 for moment in dirty if moment >= day_start),
        asleep_since=asleep,
        awake_since=awake,
        moments_by_caregiver=tuple(sorted(by_caregiver.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
