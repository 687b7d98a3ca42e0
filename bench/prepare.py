"""Fill a migrated Nestling data directory with a household, a baby and a generated history.

Run by bench/run.py with NESTLING_DATA_DIR set (settings are read once per process, so each
database size gets its own process). Users, household and baby are made through the services,
as a family would make them; the history goes straight into the Entry table with bulk_create,
which is fine for a tool and thousands of times faster than the API. Prints one JSON line.

    NESTLING_DATA_DIR=/tmp/x nestling migrate && NESTLING_DATA_DIR=/tmp/x \\
        python bench/prepare.py --days 365 --seed 1
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from nestling.store.models import User

PASSWORD = "bench-password-1"  # a throwaway database in a temporary directory


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, required=True, help="days of history, ending now")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nestling.settings")
    import django

    django.setup()
    print(json.dumps(prepare(days=args.days, seed=args.seed)))


def prepare(*, days: int, seed: int) -> dict[str, object]:
    from django.db import connection, transaction
    from django.utils import timezone

    from nestling.domain.history import generate
    from nestling.services import demo
    from nestling.store.models import Entry

    now = timezone.now()
    users, household_id, baby_id, birth = _family(now, days)
    started = time.perf_counter()
    records = generate(
        birth=birth, start_day=0, days=days, caregivers=2, seed=seed, zone=demo.TIME_ZONE
    )
    generate_s = time.perf_counter() - started
    started = time.perf_counter()
    # Up to a minute ago: the rest of today has not happened yet.
    rows = demo.history_entries(
        records,
        baby_id=baby_id,
        caregivers=[u.pk for u in users],
        until=now - timedelta(minutes=1),
    )
    with transaction.atomic():
        Entry.objects.bulk_create(rows, batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {
        "username": users[0].username,
        "password": PASSWORD,
        "household_id": household_id,
        "baby_id": baby_id,
        "birth_date": birth.date().isoformat(),
        "entries": len(rows),
        "generate_s": round(generate_s, 2),
        "insert_s": round(time.perf_counter() - started, 2),
    }


def _family(now: datetime, days: int) -> tuple[list[User], int, int, datetime]:
    """Two parents in one household and a baby born `days - 1` days before today."""
    from django.db import transaction

    from nestling.services import demo

    zone = ZoneInfo(demo.TIME_ZONE)
    birth_date = now.astimezone(zone).date() - timedelta(days=days - 1)
    birth = datetime.combine(birth_date, demo.BIRTH_TIME, tzinfo=zone)
    with transaction.atomic():
        family = demo.create_family(
            household_name="The Bench family", password=PASSWORD, birth_date=birth_date, now=now
        )
    return family.users, family.household_id, family.baby_id, birth


if __name__ == "__main__":
    main(sys.argv[1:])
