"""A seeded, plausible journal for one baby over a span of days: for demos, tests and benchmarks.

The baby's age drives everything (clinical-reference §7.2–7.4):
- feeds every 2–3 h at first and 3–4 h later, night feeds that fade, solids from 6 months,
  bottles growing from about 60 ml to about 150 ml by 2 months (CDC; AAP healthychildren);
- about 14–17 h of sleep a day for newborns (Hirshkowitz 2015), 12–16 h later (Paruthi 2016),
  in naps and night stretches that never overlap, with feeds always between sleeps;
- at least six wet nappies a day after day 5 (§7.3 output check);
- fuss and cry that rises from about 2 weeks, is highest in the second month and has settled
  by 12 weeks, mostly in the evening (Wolke 2017; Period of PURPLE Crying);
- social smiles from about 6 weeks, cooing and babbling from about 2 months.

Each baby has a favourite way of being settled in the evening, and the parents learn it, so a
cry helper has something real to find. Beyond two years the pattern stays at two-year-old
rates: long histories are for volume, not realism. Only `random.Random(seed)` is used, and
nothing is read from the clock, so the same arguments always give the same journal.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MINUTE = timedelta(minutes=1)
Curve = tuple[tuple[int, float], ...]

# Age in days -> value, linearly interpolated and flat beyond the ends.
WAKE_MIN: Curve = ((0, 50), (28, 65), (60, 80), (120, 100), (180, 130), (365, 200), (730, 300))
NAP_MIN: Curve = ((0, 90), (42, 80), (90, 70), (180, 75), (365, 90), (730, 110))
BEDTIME_MIN: Curve = ((0, 23 * 60), (42, 22 * 60), (90, 20 * 60 + 15), (180, 19 * 60 + 30))
MORNING_MIN: Curve = ((0, 7 * 60), (180, 6 * 60 + 45))
NIGHT_STRETCH_MIN: Curve = ((0, 150), (30, 180), (60, 230), (90, 290), (150, 360), (365, 540))
NIGHT_FEED_P: Curve = ((0, 1.0), (180, 1.0), (300, 0.8), (365, 0.5), (540, 0.1))
NIGHT_DIAPER_P: Curve = ((0, 0.7), (90, 0.4), (240, 0.2))
CRY_MIN: Curve = (
    (0, 15),
    (14, 45),
    (35, 100),
    (49, 110),
    (63, 85),
    (84, 40),
    (120, 25),
    (180, 15),
    (365, 10),
)
BOTTLE_ML: Curve = ((0, 30), (5, 60), (30, 90), (60, 140), (120, 160), (240, 180))
BREAST_MIN: Curve = ((0, 32), (30, 26), (90, 18), (180, 14), (365, 10))
DIRTY_P: Curve = ((0, 0.55), (42, 0.25), (180, 0.2))
TUMMY_MIN: Curve = ((14, 3), (90, 10), (180, 20))
SMILES: Curve = ((41, 0), (42, 1), (70, 4), (120, 7))
BABBLES: Curve = ((59, 0), (60, 1), (120, 4), (240, 7))
EYE_CONTACT: Curve = ((0, 2), (42, 3))
HOURS_SLEPT: Curve = ((0, 5.0), (42, 5.5), (120, 6.5), (365, 7.0))
GRAMS_PER_DAY: Curve = ((12, 32), (90, 25), (180, 15), (365, 8), (730, 4))

EVENING_SOOTHERS = ("rocking", "walk", "white_noise", "skin_to_skin", "singing")
OTHER_SOOTHERS = ("cuddle", "feed", "diaper", "dummy", "wind", "bath", "talking", "quiet")
DAY_CRY_REASONS = (("wind", "wind"), ("diaper", "diaper"), ("sleep", "rocking"), ("cuddle", "walk"))
BONDING_MINUTES = {
    "skin_to_skin": (20, 45),
    "talking": (5, 15),
    "singing": (5, 10),
    "reading": (5, 15),
    "rocking": (10, 20),
    "massage": (10, 15),
    "eye_contact_play": (5, 10),
    "walk": (20, 40),
    "bath": (10, 20),
}
FOODS = ("baby rice", "sweet potato", "banana", "avocado", "carrot", "apple", "pear", "broccoli")
FOODS_LATER = ("porridge", "yoghurt", "pasta", "toast", "egg", "lentils", "cheese", "chicken")
HUNGER_CUES = ("rooting", "hands to mouth", "lip smacking")
TIRED_CUES = ("yawning", "rubbing eyes", "staring away", "jerky movements")
NOTES = {
    "feed": "Very sleepy feed.",
    "sleep": "Woke up happy.",
    "cry": "Hard evening, took turns.",
    "diaper": "Nappy rash cream on.",
}
WEEKLY_NOTES = ("Health visitor came by.", "Grandparents visited.", "First trip to the park.")


@dataclass(frozen=True)
class Record:
    """One journal entry as plain data; `caregiver` indexes the household's caregivers."""

    kind: str
    started_at: datetime
    ended_at: datetime | None
    caregiver: int | None
    note: str
    details: dict[str, Any] = field(default_factory=dict)


def period(*, birth: datetime, start_day: int, days: int, zone: str) -> tuple[datetime, datetime]:
    """The UTC span covered: local midnight of `start_day` (not before birth) to the midnight
    after the last day. The end is the `now` the journal is valid for."""
    tz = ZoneInfo(zone)
    birth_date = birth.astimezone(tz).date()
    start = _wall(birth_date + timedelta(days=start_day), 0, tz)
    end = _wall(birth_date + timedelta(days=start_day + days), 0, tz)
    return max(start, _ceil_minute(birth.astimezone(UTC))), end


def generate(
    *,
    birth: datetime,
    start_day: int,
    days: int,
    caregivers: int = 2,
    seed: int = 0,
    zone: str = "Europe/London",
) -> list[Record]:
    """The journal of days `start_day` .. `start_day + days - 1` (day 0 = the day of birth),
    in start order. Caregiver 0 breastfeeds; all caregivers feed bottles, change and bond."""
    if birth.tzinfo is None:
        raise ValueError("birth needs a time zone")
    if start_day < 0 or days < 0 or caregivers < 1:
        raise ValueError("start_day and days cannot be negative; caregivers must be at least 1")
    return _Journal(
        birth=birth, start_day=start_day, days=days, caregivers=caregivers, seed=seed, zone=zone
    ).run()


def curve(points: Curve, age: float) -> float:
    """The value of an age curve: linear between points, flat beyond the first and last."""
    if age <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if age <= x1:
            return y0 + (y1 - y0) * (age - x0) / (x1 - x0)
    return points[-1][1]


def _wall(day: date, minutes: float, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a local day, as UTC (DST days have 23 or 25 hours)."""
    whole = int(minutes)
    clock = time(whole // 60 % 24, whole % 60)
    local = datetime.combine(day + timedelta(days=whole // 1440), clock, tzinfo=tz)
    return local.astimezone(UTC)


def _ceil_minute(moment: datetime) -> datetime:
    floor = moment.replace(second=0, microsecond=0)
    return floor if floor == moment else floor + MINUTE


@dataclass
class _Day:
    """What one local day holds in store, used up as the baby's awake windows come along."""

    age: int
    morning: datetime
    bedtime: datetime
    evening_cry: int
    day_cries: list[int]
    bonding: list[tuple[int, str, int]]  # caregiver, kind, minutes
    meals: list[datetime]
    cues: dict[str, int]
    extras: list[tuple[str, dict[str, Any], str]]  # kind, details, note
    bonded: set[int] = field(default_factory=set)  # caregivers with a bonding moment today
    wet: int = 0
    evening_done: bool = False


class _Journal:
    def __init__(
        self, *, birth: datetime, start_day: int, days: int, caregivers: int, seed: int, zone: str
    ) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - a reproducible simulation, not secrets
        self.tz = ZoneInfo(zone)
        self.birth = birth.astimezone(UTC)
        self.birth_date = birth.astimezone(self.tz).date()
        self.start, self.end = period(birth=birth, start_day=start_day, days=days, zone=zone)
        self.caregivers = caregivers
        self.days: dict[date, _Day] = {}
        self.records: list[Record] = []
        self.last_side = "right"
        self.fed_at = self.start
        self.gained = [0.0] * 13  # grams gained since day 12, by age in days
        self.learned = 0  # evening cries settled by the favourite: parents try it first more
        rng = self.rng
        self.favourite = rng.choice(EVENING_SOOTHERS)
        self.bottle_share = rng.uniform(0.15, 0.45)
        self.formula = rng.random() < 0.5
        self.birth_grams = rng.uniform(2900, 3900)

    # --- the day and night loop --------------------------------------------------------------

    def run(self) -> list[Record]:
        t = self.start
        if t >= self.end:
            return []
        if t - self.birth < MINUTE:
            t = self._add("skin_to_skin", t, t + self._minutes(40, 70), 0, {"response": "calm"})
        elif self._night_until(t) is not None:
            t = self._night_sleep(t, first=True)
        while t < self.end:
            t = self._wake(t)
        self.records.sort(key=lambda r: (r.started_at, r.kind))
        return self.records

    def _night_until(self, t: datetime) -> datetime | None:
        """When the night around `t` ends (the morning), or None in the daytime."""
        day = self._day(t.astimezone(self.tz).date())
        if t < day.morning:
            return day.morning
        if t >= day.bedtime:
            return self._day(t.astimezone(self.tz).date() + timedelta(days=1)).morning
        return None

    def _wake(self, t: datetime) -> datetime:
        """One waking from `t` to the start of the next, sleep included; returns the next."""
        day = self._day(t.astimezone(self.tz).date())
        if self._night_until(t) is not None:
            return self._night_waking(t, day)
        return self._day_window(t, day)

    def _night_waking(self, t: datetime, day: _Day) -> datetime:
        rng, age = self.rng, day.age
        if rng.random() < curve(NIGHT_DIAPER_P, age):
            self._diaper(t, day)
        if rng.random() < curve(NIGHT_FEED_P, age):
            cursor = self._feed(t + MINUTE, day)
        else:
            cursor = self._cry(t, self._minutes_int(5, 15), day, "night")
        return self._night_sleep(cursor + self._minutes(3, 10))

    def _night_sleep(self, start: datetime, *, first: bool = False) -> datetime:
        age = self._age(start)
        morning = (
            self._night_until(start)
            or self._day(start.astimezone(self.tz).date() + timedelta(days=1)).morning
        )
        stretch = self._jitter(curve(NIGHT_STRETCH_MIN, age), 0.2)
        if first:
            stretch = stretch * self.rng.uniform(0.2, 1.0)
        wake = start + timedelta(minutes=max(20, round(stretch)))
        if wake > morning - 45 * MINUTE:  # up for the day
            wake = max(morning, start + 20 * MINUTE) + self._minutes(0, 20)
        place = self.rng.choice(("cot", "bassinet") if age < 120 else ("cot", "cot", "bed"))
        return self._add("sleep", start, wake, None, {"type": "night", "place": place})

    def _day_window(self, t: datetime, day: _Day) -> datetime:
        """Awake from `t`: (cry,) change, feed, play and bond, then a nap or the night."""
        rng, age = self.rng, day.age
        cursor = t
        if day.day_cries and rng.random() < 0.3:
            cursor = self._cry(cursor, day.day_cries.pop(), day, "hunger")
        self._diaper(cursor, day)
        self._cue(cursor, HUNGER_CUES)
        cursor = self._feed(cursor + MINUTE, day)
        extra_cry = day.day_cries.pop() if day.day_cries and rng.random() < 0.4 else 0
        natural_end = max(t + self._jitter_min(WAKE_MIN, age, 0.2), cursor + 10 * MINUTE)
        natural_end += extra_cry * MINUTE
        nap = self._jitter_min(NAP_MIN, age, 0.25)
        evening = natural_end + nap / 2 + 30 * MINUTE >= day.bedtime
        end = max(natural_end, day.bedtime - self._minutes(0, 20)) if evening else natural_end
        blocks = self._blocks(day, cursor, end, evening, extra_cry)
        if evening:
            end = max(end, cursor + sum(m for *_, m in blocks) * MINUTE + 10 * MINUTE)
        end = max(end, self._lay_out(blocks, cursor, end, day))
        self._points(day, t, end, evening)
        self._cue(end - self._minutes(1, 10), TIRED_CUES)
        if not evening:
            nap_end = max(min(end + nap, day.bedtime - 30 * MINUTE), end + 15 * MINUTE)
            self._pumping(end, nap_end)
            place = rng.choice(("cot", "pram", "arms", "carrier", "cot"))
            return self._add("sleep", end, nap_end, None, {"type": "nap", "place": place})
        day.evening_done = True
        if age >= 42 and end - self.fed_at >= 40 * MINUTE:  # the bedtime feed
            end = self._feed(end, day)
        return self._night_sleep(end + self._minutes(2, 10))

    # --- what fills an awake window ----------------------------------------------------------

    def _blocks(
        self, day: _Day, cursor: datetime, end: datetime, evening: bool, extra_cry: int
    ) -> list[tuple[str, int | None, int]]:
        """Timed things for this window, in order: (kind, caregiver, minutes)."""
        blocks: list[tuple[str, int | None, int]] = []
        while day.meals and day.meals[0] <= end:
            day.meals.pop(0)
            blocks.append(("solids", None, self._minutes_int(15, 25)))
        if extra_cry:
            blocks.append(("cry", None, extra_cry))
        free = (end - cursor) / MINUTE - sum(m for *_, m in blocks)
        share = 1.0 if evening else self._share(day, cursor, end)
        for item in list(day.bonding):
            caregiver, kind, minutes = item
            if kind == "bath" and not evening:
                continue
            missing = evening and caregiver not in day.bonded  # everyone bonds every day
            if kind == "bath" or missing or (minutes <= free and self.rng.random() < share):
                day.bonded.add(caregiver)
                day.bonding.remove(item)
                blocks.append((kind, caregiver, minutes))
                free -= minutes
        if evening and day.age < 90 and self.rng.random() < 0.7:
            blocks.append(("feed", None, 20))  # cluster feeding in the evening
        if evening and day.evening_cry and not day.evening_done:
            blocks.append(("evening_cry", None, day.evening_cry))
        return blocks

    def _lay_out(
        self, blocks: list[tuple[str, int | None, int]], cursor: datetime, end: datetime, day: _Day
    ) -> datetime:
        """Place the blocks one after another with random gaps; returns when the last ends."""
        slack = max(0.0, (end - cursor) / MINUTE - sum(m for *_, m in blocks))
        cuts = sorted(self.rng.uniform(0, slack) for _ in blocks)
        previous = 0.0
        for (kind, caregiver, minutes), cut in zip(blocks, cuts, strict=True):
            cursor += timedelta(minutes=round(cut - previous))
            previous = cut
            if kind == "solids":
                cursor = self._solids(cursor, day, minutes)
            elif kind == "feed":
                cursor = self._feed(cursor, day)
            elif kind in {"cry", "evening_cry"}:
                cursor = self._cry(cursor, minutes, day, kind)
            else:
                cursor = self._bonding(cursor, kind, caregiver, minutes, day)
        return cursor

    def _points(self, day: _Day, start: datetime, end: datetime, evening: bool) -> None:
        """Moments in the window: cues, an extra change, and the day's one-off entries."""
        rng = self.rng
        span = max(1, round((end - start) / MINUTE))
        share = 1.0 if evening else self._share(day, start, end)
        for kind, left in day.cues.items():
            taken = left if evening else sum(rng.random() < share for _ in range(left))
            day.cues[kind] = left - taken
            for _ in range(taken):
                self._add(kind, start + rng.randrange(span) * MINUTE, None, self._anyone(), {})
        for kind, details, note in day.extras:
            self._add(
                kind, start + rng.randrange(span) * MINUTE, None, self._anyone(), details, note
            )
        day.extras.clear()
        if rng.random() < 0.35:
            self._diaper(start + rng.randrange(span) * MINUTE, day)
        if evening and day.age >= 5 and not day.evening_done:
            for _ in range(6 - day.wet):  # at least six wet nappies a day after day 5
                self._diaper(start + rng.randrange(span) * MINUTE, day, wet=True)

    def _share(self, day: _Day, start: datetime, end: datetime) -> float:
        """This window's fair share of what is left of the day."""
        left = (day.bedtime - start) / MINUTE
        return 1.0 if left <= 0 else min(1.0, (end - start) / MINUTE / left)

    # --- single entries ----------------------------------------------------------------------

    def _feed(self, at: datetime, day: _Day) -> datetime:
        rng, age = self.rng, day.age
        if rng.random() < self.bottle_share:
            ml = round(self._jitter(curve(BOTTLE_ML, age), 0.15) / 5) * 5
            milk = "formula" if self.formula else "breast_milk"
            details: dict[str, Any] = {"method": "bottle", "amount_ml": float(ml), "milk": milk}
            end = self.fed_at = at + self._minutes(10, 25)
            return self._add("feed", at, end, self._anyone(), details, self._note("feed"))
        per = curve(BREAST_MIN, age)
        first = "left" if self.last_side == "right" else "right"
        minutes = {"left": 0, "right": 0}
        minutes[first] = max(3, round(self._jitter(per * 0.6, 0.3)))
        last = first
        if rng.random() < 0.7:
            last = "left" if first == "right" else "right"
            minutes[last] = max(2, round(self._jitter(per * 0.45, 0.3)))
        self.last_side = last
        details = {
            "method": "breast",
            "side": "both" if first != last else first,
            "left_minutes": minutes["left"],
            "right_minutes": minutes["right"],
            "last_side": last,
        }
        if rng.random() < 0.2:
            details["eye_contact"] = True
        end = self.fed_at = at + (minutes["left"] + minutes["right"] + 1) * MINUTE
        return self._add("feed", at, end, 0, details, self._note("feed"))

    def _cue(self, at: datetime, descriptions: tuple[str, ...]) -> None:
        if self.rng.random() < 0.3:
            details = {"description": self.rng.choice(descriptions)}
            self._add("cue", at, None, self._anyone(), details)

    def _solids(self, at: datetime, day: _Day, minutes: int) -> datetime:
        pool = FOODS + FOODS_LATER if day.age >= 270 else FOODS
        foods = self.rng.sample(pool, k=self.rng.randint(1, 3))
        details: dict[str, Any] = {"method": "solids", "foods": foods}
        return self._add("feed", at, at + minutes * MINUTE, self._anyone(), details)

    def _diaper(self, at: datetime, day: _Day, *, wet: bool = False) -> None:
        rng = self.rng
        contents = "wet"
        if not wet and rng.random() < curve(DIRTY_P, day.age):
            contents = "both" if rng.random() < 0.7 else "dirty"
        details: dict[str, Any] = {"contents": contents}
        if contents != "wet" and rng.random() < 0.3:
            details["colour"] = "dark green" if day.age < 4 else "mustard yellow"
        if contents != "dirty":
            day.wet += 1
        self._add("diaper", at, None, self._anyone(), details, self._note("diaper"))

    def _cry(self, at: datetime, minutes: int, day: _Day, reason: str) -> datetime:
        rng = self.rng
        if reason == "evening_cry":
            tried, soothed = self._evening_soothing()
            intensity = "high" if minutes >= 45 else rng.choice(("medium", "high"))
        else:
            if reason == "hunger":
                tried, soothed = ["cuddle", "feed"], ["feed"]
            elif reason == "night":
                choice = rng.choice(("rocking", "cuddle", "dummy"))
                tried, soothed = [choice], [choice]
            else:
                what, fallback = rng.choice(DAY_CRY_REASONS)
                tried = [fallback, what] if rng.random() < 0.3 else [what]
                soothed = [what]
            intensity = rng.choice(("low", "low", "medium"))
        details = {"intensity": intensity, "tried": tried, "soothed_by": soothed}
        end = at + minutes * MINUTE
        return self._add("cry", at, end, self._anyone(), details, self._note("cry"))

    def _evening_soothing(self) -> tuple[list[str], list[str]]:
        """The favourite settles most evening cries; parents reach for it sooner over time."""
        rng, favourite = self.rng, self.favourite
        others = [s for s in EVENING_SOOTHERS + OTHER_SOOTHERS if s != favourite]
        if rng.random() < min(0.75, 0.15 + 0.04 * self.learned):
            tried = [favourite]
        else:
            tried = rng.sample(others, k=rng.randint(1, 3))
            if rng.random() < 0.85:
                tried.append(favourite)
        if tried[-1] == favourite and rng.random() < 0.85:
            self.learned += 1
            return tried, [favourite]
        return tried, ([tried[-1]] if rng.random() < 0.4 else [])

    def _bonding(
        self, at: datetime, kind: str, caregiver: int | None, minutes: int, day: _Day
    ) -> datetime:
        rng = self.rng
        responses = ["calm", "alert", "fussing", "asleep"] + (
            ["smiling"] * 2 if day.age >= 42 else []
        )
        details: dict[str, Any] = {"response": rng.choice(responses)} if rng.random() < 0.8 else {}
        return self._add(kind, at, at + minutes * MINUTE, caregiver, details)

    def _pumping(self, start: datetime, nap_end: datetime) -> None:
        rng = self.rng
        if self.formula or nap_end - start < 30 * MINUTE or rng.random() < 0.7:
            return
        details = {
            "left_ml": float(rng.randrange(20, 90, 5)),
            "right_ml": float(rng.randrange(20, 90, 5)),
        }
        self._add("pumping", start + 5 * MINUTE, start + self._minutes(15, 25), 0, details)

    # --- the day's plan ----------------------------------------------------------------------

    def _day(self, on: date) -> _Day:
        found = self.days.get(on)
        if found is not None:
            return found
        rng = self.rng
        age = (on - self.birth_date).days
        cry_total = curve(CRY_MIN, age) * rng.uniform(0.6, 1.4)
        evening_cry = round(cry_total * (0.6 if 14 <= age < 120 else 0.3))
        day = _Day(
            age=age,
            morning=_wall(on, curve(MORNING_MIN, age) + rng.randint(-20, 20), self.tz),
            bedtime=_wall(on, curve(BEDTIME_MIN, age) + rng.randint(-20, 20), self.tz),
            evening_cry=evening_cry if evening_cry >= 5 else 0,
            day_cries=self._split(cry_total - evening_cry),
            bonding=self._bonding_plan(age),
            meals=self._meals(on, age),
            cues=self._cues(age),
            extras=self._extras(age),
        )
        self.days[on] = day
        self._checkins(on, age, cry_total)
        return day

    def _split(self, minutes: float) -> list[int]:
        pieces = self.rng.randint(1, 3)
        return [round(minutes / pieces) for _ in range(pieces) if minutes / pieces >= 3]

    def _bonding_plan(self, age: int) -> list[tuple[int, str, int]]:
        rng = self.rng
        kinds = ["talking", "singing", "reading", "rocking", "eye_contact_play", "walk"]
        kinds += ["skin_to_skin"] * (3 if age < 90 else 1)
        if age >= 14:
            kinds += ["massage", "tummy_time", "tummy_time"]
        plan = []
        for caregiver in range(self.caregivers):
            for _ in range(rng.randint(3, 5) if caregiver < 2 else rng.randint(0, 2)):
                kind = rng.choice(kinds)
                plan.append((caregiver, kind, self._bonding_minutes(kind, age)))
        if rng.random() < 3 / 7:  # a bath a few times a week, before bed
            plan.append((min(1, self.caregivers - 1), "bath", self._bonding_minutes("bath", age)))
        rng.shuffle(plan)
        return plan

    def _bonding_minutes(self, kind: str, age: int) -> int:
        if kind == "tummy_time":
            return max(2, round(self._jitter(curve(TUMMY_MIN, age), 0.3)))
        low, high = BONDING_MINUTES[kind]
        return self.rng.randint(low, high)

    def _meals(self, on: date, age: int) -> list[datetime]:
        if age < 180:
            return []
        times = [8 * 60, 12 * 60, 17 * 60] + ([10 * 60, 15 * 60] if age >= 365 else [])
        return sorted(_wall(on, m + self.rng.randint(-30, 30), self.tz) for m in times)

    def _cues(self, age: int) -> dict[str, int]:
        rng = self.rng
        return {
            kind: max(0, round(curve(points, age) * rng.uniform(0.5, 1.5)))
            for kind, points in (
                ("eye_contact", EYE_CONTACT),
                ("smile", SMILES),
                ("babble", BABBLES),
            )
        }

    def _extras(self, age: int) -> list[tuple[str, dict[str, Any], str]]:
        rng = self.rng
        extras: list[tuple[str, dict[str, Any], str]] = []
        if (age % 7 == 0 and 0 < age <= 365) or (age % 30 == 0 and age > 365):
            grams = float(round(self._grams(age) * rng.uniform(0.99, 1.01)))
            extras.append(("weight", {"grams": grams}, ""))
        if rng.random() < 0.05:
            celsius = round(rng.uniform(36.5, 37.4), 1)
            extras.append(("temperature", {"celsius": celsius, "method": "armpit"}, ""))
        if age % 7 == 3:
            extras.append(("note", {}, rng.choice(WEEKLY_NOTES)))
        return extras

    def _grams(self, age: int) -> float:
        """Weight: about 7% lost in the first days, regained by day 12, then growth slowing."""
        if age <= 12:
            dip = 0.07 * (age / 4 if age <= 4 else (12 - age) / 8)
            return self.birth_grams * (1 - dip)
        while len(self.gained) <= age:
            self.gained.append(self.gained[-1] + curve(GRAMS_PER_DAY, len(self.gained) - 1))
        return self.birth_grams + self.gained[age]

    def _checkins(self, on: date, age: int, cry_total: float) -> None:
        rng = self.rng
        strain = cry_total / 60  # hours of crying weigh on the parents
        for caregiver in range(self.caregivers):
            at = _wall(on, 21 * 60 + rng.randint(0, 120), self.tz)
            details = {
                "hours_slept": round(max(2.0, self._jitter(curve(HOURS_SLEPT, age), 0.2)), 1),
                "mood": min(5, max(1, round(rng.gauss(3.8 - strain * 0.5, 0.7)))),
                "stress": min(5, max(1, round(rng.gauss(2.2 + strain * 0.7, 0.7)))),
                "supported": rng.random() < 0.8,
                "shared": rng.random() < 0.6,
            }
            self._add("checkin", at, None, caregiver, details)

    # --- small helpers -----------------------------------------------------------------------

    def _add(
        self,
        kind: str,
        start: datetime,
        end: datetime | None,
        caregiver: int | None,
        details: dict[str, Any],
        note: str = "",
    ) -> datetime:
        """Keep an entry that lies inside the period (a last sleep is cut at its end)."""
        if end is not None and end > self.end and kind == "sleep":
            end = self.end
        if self.start <= start < self.end and (end is None or end <= self.end):
            self.records.append(Record(kind, start, end, caregiver, note, details))
        return end or start

    def _age(self, t: datetime) -> int:
        return (t.astimezone(self.tz).date() - self.birth_date).days

    def _anyone(self) -> int:
        return self.rng.randrange(self.caregivers)

    def _note(self, kind: str) -> str:
        return NOTES[kind] if self.rng.random() < 0.03 else ""

    def _jitter(self, value: float, spread: float) -> float:
        return value * self.rng.uniform(1 - spread, 1 + spread)

    def _jitter_min(self, points: Curve, age: int, spread: float) -> timedelta:
        return round(self._jitter(curve(points, age), spread)) * MINUTE

    def _minutes(self, low: int, high: int) -> timedelta:
        return self.rng.randint(low, high) * MINUTE

    def _minutes_int(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)
