"""A caregiver's own check-in: what reads as strain, and what calls for a wellbeing check.

The check-in asks for mood from 1 (very low) to 5 and stress from 1 (calm) to 5 (very
stressed). These marks are Nestling's own [P]: they offer warm words, support and a short
validated questionnaire; they never score, label or diagnose anyone.
"""

from __future__ import annotations

SHORT_SLEEP_HOURS = 4.0  # [P] slept this little or less in 24 h: strain on long crying days
LOW_MOOD = 2  # [P] mood this low or lower: strain on long crying days
HIGH_STRESS = 4  # [P] stress this high or higher: strain on long crying days
VERY_LOW_MOOD = 1  # [P] the scale's bottom, "very low": offer a wellbeing check at once
VERY_HIGH_STRESS = 5  # [P] the scale's top, "very stressed": offer a wellbeing check at once
