"""Temperatures: fever by age, a low temperature, and how long a fever may last.

Sources (clinical-reference §8.1–8.3):
- NICE NG143 "Fever in under 5s" traffic-light table: red "age less than 3 months, temperature
  more than or equal to 38 °C"; amber "age 3 to 6 months, temperature more than or equal to
  39 °C" and "fever for more than or equal to 5 days". NICE prints ">= 38 °C"; the nasgp
  transcription's "> 38 °C" is read as NICE's own ">=" ([P] >= 38.0 °C).
- NHS parent-facing lists (via NCT): "a low temperature below 35 °C".
- AAP (via HealthDay and practice pages, [V2]): over 6 months, call at 103 °F (39.4 °C) or above.
- Cry-sis: a baby's normal temperature is about 36.4 °C; NCT: about 37 °C. The "a little warm"
  and "on the cool side" marks below are Nestling's own [P], used only to rank "too hot or too
  cold?" among the reasons for crying, never to reassure.
[P] A fever episode is a chain of fever readings no more than FEVER_EPISODE_GAP apart (see
nestling.domain.cry.fever).
"""

from __future__ import annotations

from datetime import timedelta

from nestling.domain.thresholds import ages

FEVER_C = 38.0  # NICE NG143 red under 3 months; the line between a fever and not at any age
FEVER_3_TO_6_MONTHS_C = 39.0  # NICE NG143 amber at 3–6 months; NHS "over 39 °C at 3–6 months"
HIGH_FEVER_C = 39.4  # AAP: 103 °F over 6 months, call the doctor
WARM_C = 37.5  # [P] "a little warm": check clothes and wrapping
COOL_C = 36.0  # [P] "on the cool side": check they are warm enough
LOW_C = 35.0  # NHS via NCT: below 35 °C, get help quickly
FEVER_DAYS = 5  # NICE NG143 amber: "fever for more than or equal to 5 days"
FEVER_EPISODE_GAP = timedelta(hours=48)  # [P] fever readings further apart: separate episodes


def fever_days_span() -> timedelta:
    """From the first fever reading of an episode to the start of its FEVER_DAYS-th day."""
    return timedelta(days=FEVER_DAYS - 1)


def red_flag_fever_c(age_days: int) -> float | None:
    """The temperature that is a red flag at this age (NICE NG143), or None past 6 months."""
    if age_days < ages.THREE_MONTHS:
        return FEVER_C
    if age_days < ages.SIX_MONTHS:
        return FEVER_3_TO_6_MONTHS_C
    return None
