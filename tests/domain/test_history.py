"""The history generator: reproducible, valid by the entry rules, and true to the baby's age."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from nestling.domain import entries, kinds
from nestling.domain.history import Record, generate, period

ZONE = "Europe/London"
TZ = ZoneInfo(ZONE)
BIRTH = datetime(2025, 3, 1, 4, 12, tzinfo=UTC)
BIRTH_DATE = BIRTH.astimezone(TZ).date()
BONDING = {code for code, spec in kinds.KINDS.items() if spec.category == kinds.Category.BONDING}


@pytest.fixture(scope="module")
def year() -> list[Record]:
    return generate(birth=BIRTH, start_day=0, days=365, seed=7)


def day_of(record: Record) -> int:
    return (record.started_at.astimezone(TZ).date() - BIRTH_DATE).days


def per_day(records: list[Record], kind: str) -> Counter[int]:
    return Counter(day_of(r) for r in records if r.kind == kind)


def minutes(record: Record) -> float:
    assert record.ended_at is not None
    return (record.ended_at - record.started_at).total_seconds() / 60


def overlaps(a: Record, b: Record) -> bool:
    assert a.ended_at is not None and b.ended_at is not None
    return a.started_at < b.ended_at and b.started_at < a.ended_at


def full_days(first: int = 1, last: int = 364) -> range:
    return range(first, last)  # day 0 starts at the birth; the last day ends at `now`


def test_the_same_seed_gives_the_same_journal_and_another_seed_another() -> None:
    one = generate(birth=BIRTH, start_day=10, days=7, seed=1)
    assert one == generate(birth=BIRTH, start_day=10, days=7, seed=1)
    assert one != generate(birth=BIRTH, start_day=10, days=7, seed=2)


def test_every_record_passes_the_entry_rules_at_the_end_of_the_period(year: list[Record]) -> None:
    start, end = period(birth=BIRTH, start_day=0, days=365, zone=ZONE)
    assert start == BIRTH and end == datetime.combine(
        BIRTH_DATE + timedelta(days=365), time(0), tzinfo=TZ
    )
    for r in year:
        kinds.parse_details(r.kind, r.details)
        entries.validate_times(r.kind, entries.EntryTimes(r.started_at, r.ended_at), now=end)
        entries.validate_note(r.kind, r.note)
        assert start <= r.started_at < end
        assert r.ended_at is None or r.ended_at <= end  # nothing in the future of the last day
        assert (r.ended_at is not None) == kinds.KINDS[r.kind].timed
        assert r.caregiver in {None, 0, 1}


def test_records_come_in_start_order(year: list[Record]) -> None:
    assert [r.started_at for r in year] == sorted(r.started_at for r in year)


def test_a_year_is_about_twenty_thousand_entries(year: list[Record]) -> None:
    assert 15_000 <= len(year) <= 25_000


def test_sleeps_never_overlap_and_nothing_the_baby_does_happens_inside_a_sleep(
    year: list[Record],
) -> None:
    sleeps = [r for r in year if r.kind == "sleep"]
    for a, b in itertools.pairwise(sleeps):
        assert a.ended_at is not None and a.ended_at <= b.started_at
    awake = [r for r in year if r.kind in {"feed", "cry"} | BONDING]
    # Everything is sorted by start: compare each awake thing with the sleeps around it.
    index = 0
    for thing in awake:
        while index + 1 < len(sleeps) and sleeps[index + 1].started_at <= thing.started_at:
            index += 1
        for sleep in sleeps[max(0, index - 1) : index + 2]:
            assert not overlaps(thing, sleep), (thing, sleep)


def test_feeds_follow_the_age(year: list[Record]) -> None:
    feeds = per_day(year, "feed")
    assert all(6 <= feeds[d] <= 14 for d in full_days()), feeds
    assert 8 <= statistics.mean(feeds[d] for d in full_days(1, 28)) <= 12
    assert statistics.mean(feeds[d] for d in full_days(1, 28)) > statistics.mean(
        feeds[d] for d in full_days(120, 180)
    )
    night = [r for r in year if r.kind == "feed" and r.started_at.astimezone(TZ).hour < 5]
    assert {day_of(r) for r in night} >= set(full_days(1, 28))  # newborns feed at night


def test_breast_feeds_alternate_sides_and_bottles_grow(year: list[Record]) -> None:
    breast = [r.details for r in year if r.kind == "feed" and r.details["method"] == "breast"]
    assert all(d["left_minutes"] + d["right_minutes"] > 0 and d["last_side"] for d in breast)
    firsts = Counter(d["last_side"] for d in breast)
    assert firsts["left"] > len(breast) / 3 and firsts["right"] > len(breast) / 3

    def bottle_ml(first: int, last: int) -> float:
        return statistics.mean(
            r.details["amount_ml"]
            for r in year
            if r.kind == "feed" and r.details["method"] == "bottle" and first <= day_of(r) < last
        )

    assert 45 <= bottle_ml(5, 14) <= 80
    assert 130 <= bottle_ml(60, 120) <= 180


def test_solids_start_at_six_months(year: list[Record]) -> None:
    solids = [r for r in year if r.kind == "feed" and r.details["method"] == "solids"]
    assert solids and min(day_of(r) for r in solids) >= 180


def test_at_least_six_wet_nappies_a_day_after_day_five(year: list[Record]) -> None:
    wet = Counter(
        day_of(r) for r in year if r.kind == "diaper" and r.details["contents"] in {"wet", "both"}
    )
    assert all(wet[d] >= 6 for d in full_days(5)), wet
    assert sum(r.kind == "diaper" and r.details["contents"] != "wet" for r in year) > 365


def sleep_hours(sleeps: list[Record], day: int) -> float:
    on = BIRTH_DATE + timedelta(days=day)
    start = datetime.combine(on, time(0), tzinfo=TZ)
    end = datetime.combine(on + timedelta(days=1), time(0), tzinfo=TZ)
    total = timedelta()
    for r in sleeps:
        assert r.ended_at is not None
        if r.started_at < end and r.ended_at > start:
            total += min(end, r.ended_at) - max(start, r.started_at)
    return total.total_seconds() / 3600


def test_sleep_totals_follow_the_age(year: list[Record]) -> None:
    sleeps = [r for r in year if r.kind == "sleep"]
    newborn = statistics.mean(sleep_hours(sleeps, d) for d in range(1, 28))
    older = statistics.mean(sleep_hours(sleeps, d) for d in range(180, 360, 5))
    assert 14 <= newborn <= 17
    assert 12 <= older <= 16
    assert all(r.details["type"] in {"nap", "night"} for r in year if r.kind == "sleep")


def crying_per_day(year: list[Record], first_week: int, last_week: int) -> float:
    days = range(first_week * 7, last_week * 7)
    by_day: defaultdict[int, float] = defaultdict(float)
    for r in year:
        if r.kind == "cry":
            by_day[day_of(r)] += minutes(r)
    return statistics.mean(by_day[d] for d in days)


def test_crying_peaks_in_the_second_month_and_settles_by_twelve_weeks(
    year: list[Record],
) -> None:
    early = crying_per_day(year, 0, 2)
    peak = crying_per_day(year, 5, 9)
    settled = crying_per_day(year, 12, 14)
    assert peak > 1.5 * early
    assert settled < 0.6 * peak
    weekly = [crying_per_day(year, w, w + 1) for w in range(20)]
    assert 4 <= weekly.index(max(weekly)) <= 9


def test_evening_cries_are_mostly_settled_by_the_babys_favourite(year: list[Record]) -> None:
    evening = [
        r for r in year if r.kind == "cry" and r.started_at.astimezone(TZ).time() >= time(17)
    ]
    settled = Counter(s for r in evening for s in r.details["soothed_by"])
    favourite, count = settled.most_common(1)[0]
    assert count > 0.6 * len(evening)
    assert all(set(r.details["soothed_by"]) <= set(r.details["tried"]) for r in evening)
    assert favourite in {"rocking", "walk", "white_noise", "skin_to_skin", "singing"}
    others = [generate(birth=BIRTH, start_day=0, days=56, seed=s) for s in range(1, 8)]
    favourites = {
        Counter(
            s
            for r in journal
            if r.kind == "cry" and r.started_at.astimezone(TZ).time() >= time(17)
            for s in r.details["soothed_by"]
        ).most_common(1)[0][0]
        for journal in others
    }
    assert len(favourites) > 1  # a preference per baby, not one for every baby


def test_both_caregivers_bond_every_day(year: list[Record]) -> None:
    bonders: defaultdict[int, set[int | None]] = defaultdict(set)
    for r in year:
        if r.kind in BONDING:
            bonders[day_of(r)].add(r.caregiver)
    assert all(bonders[d] == {0, 1} for d in full_days()), bonders
    kinds = Counter(r.kind for r in year if r.kind in BONDING)
    assert {"skin_to_skin", "reading", "talking", "singing", "rocking", "massage"} <= set(kinds)
    assert 365 * 2 / 7 <= kinds["bath"] <= 365 * 4 / 7


def test_milestones_arrive_at_their_ages(year: list[Record]) -> None:
    assert min(day_of(r) for r in year if r.kind == "smile") >= 42
    assert min(day_of(r) for r in year if r.kind == "babble") >= 60
    assert min(day_of(r) for r in year if r.kind == "tummy_time") >= 14
    assert per_day(year, "smile")[200] > 0


def test_health_and_parent_entries(year: list[Record]) -> None:
    weights = [r for r in year if r.kind == "weight"]
    assert len(weights) == 52
    grams = [r.details["grams"] for r in weights]
    assert grams[-1] > 2 * grams[0]
    temperatures = [r.details["celsius"] for r in year if r.kind == "temperature"]
    assert temperatures and all(36.5 <= c <= 37.4 for c in temperatures)
    checkins = Counter((day_of(r), r.caregiver) for r in year if r.kind == "checkin")
    assert all(checkins[(d, c)] == 1 for d in full_days() for c in (0, 1))


def test_a_slice_of_days_stays_inside_its_period() -> None:
    start, end = period(birth=BIRTH, start_day=40, days=3, zone=ZONE)
    assert start == datetime.combine(BIRTH_DATE + timedelta(days=40), time(0), tzinfo=TZ)
    records = generate(birth=BIRTH, start_day=40, days=3, caregivers=1, seed=3)
    assert records and all(start <= r.started_at < end for r in records)
    assert {r.caregiver for r in records} <= {None, 0}


def test_other_time_zones_and_more_caregivers() -> None:
    birth = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    records = generate(birth=birth, start_day=0, days=21, caregivers=3, zone="America/New_York")
    _start, end = period(birth=birth, start_day=0, days=21, zone="America/New_York")
    for r in records:  # 8 March 2026 is a 23-hour day in New York
        entries.validate_times(r.kind, entries.EntryTimes(r.started_at, r.ended_at), now=end)
    assert {r.caregiver for r in records if r.kind == "checkin"} == {0, 1, 2}


def test_nothing_to_generate_and_bad_arguments() -> None:
    assert generate(birth=BIRTH, start_day=3, days=0) == []
    with pytest.raises(ValueError, match="time zone"):
        generate(birth=datetime(2025, 3, 1, 4, 12), start_day=0, days=1)
    with pytest.raises(ValueError, match="negative"):
        generate(birth=BIRTH, start_day=-1, days=1)


def test_day_zero_begins_at_the_birth() -> None:
    records = generate(birth=BIRTH, start_day=0, days=1)
    assert records[0].kind == "skin_to_skin" and records[0].started_at == BIRTH
    assert all(r.started_at.date() >= date(2025, 3, 1) for r in records)
