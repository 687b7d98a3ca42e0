"""Age curves and choices the generated journal follows (sources in the package docstring)."""

from __future__ import annotations

import itertools

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


def curve(points: Curve, age: float) -> float:
    """The value of an age curve: linear between points, flat beyond the first and last."""
    if age <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if age <= x1:
            return y0 + (y1 - y0) * (age - x0) / (x1 - x0)
    return points[-1][1]
