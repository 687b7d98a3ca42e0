"""Crying per day: the normal range by age, a long crying day, and the rule of threes.

Sources (clinical-reference §7.2):
- Wolke, Bilgin & Samara 2017 (J Pediatr 185:55–61; 28 diary studies, 8,690 infants): fuss/cry
  "stable at 117–133 minutes (SDs 66–70) in the first 6 weeks", "a mean of 68 minutes (SD 46.2)
  by 10–12 weeks"; excessive crying proposed as above the 90th centile of the age chart.
- Wessel 1954 / Rome IV (research criteria): crying >= 3 h a day on >= 3 days in 7 days; Rome IV
  in an infant younger than 5 months; Wessel counts from about 2 weeks.
[P] "Most babies" is mean ± 1 SD; "more than most" is above mean + 1.28 SD (about the 90th
centile if crying were normally distributed; it is skewed, so this is approximate). Between the
6-week plateau and the 10-week figure the mean and SD are interpolated linearly.
"""

from __future__ import annotations

from nestling.domain.thresholds import ages

LONG_DAY_HOURS = 3  # Wessel; Rome IV: crying for 3 hours or more in a day is a long day
RULE_OF_THREES_DAYS = 3  # ... on 3 or more of the last 7 days
COLIC_FROM_DAYS = 14  # Wessel: from about 2 weeks
COLIC_UNTIL_DAYS = 150  # Rome IV: younger than 5 months
MORE_THAN_MOST_SD = 1.28  # [P] about the 90th centile (Wolke's proposed cut)
PLATEAU = (125, 68)  # first 6 weeks: mean of 117–133 min, SD of 66–70 (Wolke 2017)
PLATEAU_UNTIL_DAYS = 42
LATER = (68, 46)  # by 10–12 weeks: 68 min, SD 46.2 (Wolke 2017)
LATER_FROM_DAYS = 70


def typical_minutes(age_days: int) -> tuple[int, int] | None:
    """Mean and SD of daily fuss/cry minutes at this age; None past 3 months (no figures)."""
    if age_days < PLATEAU_UNTIL_DAYS:
        return PLATEAU
    if age_days < LATER_FROM_DAYS:
        share = (age_days - PLATEAU_UNTIL_DAYS) / (LATER_FROM_DAYS - PLATEAU_UNTIL_DAYS)
        return (
            round(PLATEAU[0] - share * (PLATEAU[0] - LATER[0])),
            round(PLATEAU[1] - share * (PLATEAU[1] - LATER[1])),
        )
    if age_days < ages.THREE_MONTHS:
        return LATER
    return None
