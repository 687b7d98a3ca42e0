"""What each local day holds in store: bonding moments, meals, cues, weighings, check-ins."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from nestling.domain.history.base import Base, Day, wall
from nestling.domain.history.rates import (
    BABBLES,
    BEDTIME_MIN,
    BONDING_MINUTES,
    CRY_MIN,
    EYE_CONTACT,
    GRAMS_PER_DAY,
    HOURS_SLEPT,
    MORNING_MIN,
    SMILES,
    TUMMY_MIN,
    WEEKLY_NOTES,
    curve,
)


class DayPlans(Base):
    days: dict[date, Day]
    gained: list[float]  # grams gained since day 12, by age in days
    birth_grams: float

    def _day(self, on: date) -> Day:
        found = self.days.get(on)
        if found is not None:
            return found
        rng = self.rng
        age = (on - self.birth_date).days
        cry_total = curve(CRY_MIN, age) * rng.uniform(0.6, 1.4)
        evening_cry = round(cry_total * (0.6 if 14 <= age < 120 else 0.3))
        day = Day(
            age=age,
            morning=wall(on, curve(MORNING_MIN, age) + rng.randint(-20, 20), self.tz),
            bedtime=wall(on, curve(BEDTIME_MIN, age) + rng.randint(-20, 20), self.tz),
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
        return sorted(wall(on, m + self.rng.randint(-30, 30), self.tz) for m in times)

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
            at = wall(on, 21 * 60 + rng.randint(0, 120), self.tz)
            details = {
                "hours_slept": round(max(2.0, self._jitter(curve(HOURS_SLEPT, age), 0.2)), 1),
                "mood": min(5, max(1, round(rng.gauss(3.8 - strain * 0.5, 0.7)))),
                "stress": min(5, max(1, round(rng.gauss(2.2 + strain * 0.7, 0.7)))),
                "supported": rng.random() < 0.8,
                "shared": rng.random() < 0.6,
            }
            self._add("checkin", at, None, caregiver, details)
