"""The day-and-night loop: sleeps, feeds, nappies, crying, bonding, in the baby's rhythm."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from nestling.domain.history.base import MINUTE, Day, Record, period
from nestling.domain.history.plan import DayPlans
from nestling.domain.history.rates import (
    BOTTLE_ML,
    BREAST_MIN,
    DAY_CRY_REASONS,
    DIRTY_P,
    EVENING_SOOTHERS,
    FOODS,
    FOODS_LATER,
    HUNGER_CUES,
    NAP_MIN,
    NIGHT_DIAPER_P,
    NIGHT_FEED_P,
    NIGHT_STRETCH_MIN,
    OTHER_SOOTHERS,
    TIRED_CUES,
    WAKE_MIN,
    curve,
)


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
    return Journal(
        birth=birth, start_day=start_day, days=days, caregivers=caregivers, seed=seed, zone=zone
    ).run()


class Journal(DayPlans):
    def __init__(
        self, *, birth: datetime, start_day: int, days: int, caregivers: int, seed: int, zone: str
    ) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - a reproducible simulation, not secrets
        self.tz = ZoneInfo(zone)
        self.birth = birth.astimezone(UTC)
        self.birth_date = birth.astimezone(self.tz).date()
        self.start, self.end = period(birth=birth, start_day=start_day, days=days, zone=zone)
        self.caregivers = caregivers
        self.days: dict[date, Day] = {}
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

    def _night_waking(self, t: datetime, day: Day) -> datetime:
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

    def _day_window(self, t: datetime, day: Day) -> datetime:
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
        self, day: Day, cursor: datetime, end: datetime, evening: bool, extra_cry: int
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
        self, blocks: list[tuple[str, int | None, int]], cursor: datetime, end: datetime, day: Day
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

    def _points(self, day: Day, start: datetime, end: datetime, evening: bool) -> None:
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

    def _share(self, day: Day, start: datetime, end: datetime) -> float:
        """This window's fair share of what is left of the day."""
        left = (day.bedtime - start) / MINUTE
        return 1.0 if left <= 0 else min(1.0, (end - start) / MINUTE / left)

    # --- single entries ----------------------------------------------------------------------

    def _feed(self, at: datetime, day: Day) -> datetime:
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

    def _solids(self, at: datetime, day: Day, minutes: int) -> datetime:
        pool = FOODS + FOODS_LATER if day.age >= 270 else FOODS
        foods = self.rng.sample(pool, k=self.rng.randint(1, 3))
        details: dict[str, Any] = {"method": "solids", "foods": foods}
        return self._add("feed", at, at + minutes * MINUTE, self._anyone(), details)

    def _diaper(self, at: datetime, day: Day, *, wet: bool = False) -> None:
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

    def _cry(self, at: datetime, minutes: int, day: Day, reason: str) -> datetime:
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
        self, at: datetime, kind: str, caregiver: int | None, minutes: int, day: Day
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
