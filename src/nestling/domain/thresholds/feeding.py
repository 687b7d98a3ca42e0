"""Feeds and diapers: usual intervals by age, and the gaps that are warning signs.

Sources (clinical-reference §7.3, §8.2):
- CDC (via first5parents.org; cdc.gov formula page): breastfed newborns "as often as every 1 to
  3 hours", then on average every 2–4 h, 8–12 feeds a day; formula every 2–3 h at first, then
  every 3–4 h. AAP healthychildren: about 4–5 oz (120–150 ml) a feed at 2 months, 4–6 oz at
  4 months; CDC: 1–2 oz (30–60 ml) in the first days.
- NHS parent-facing lists: "not drinking for more than 8 hours"; "under 8 weeks and does not
  want to feed". [P] The log-based not-fed flag is kept for babies under 3 months, where a long
  gap matters most and where families log feeds most closely.
- NHS Frimley Healthier Together (fever page, amber): no wet nappy for 8 hours under 3 months,
  or 12 hours over 3 months.
"""

from __future__ import annotations

from nestling.domain.thresholds import ages

NOT_FED_HOURS = 8  # NHS: not drinking for more than 8 hours
NOT_FED_UNTIL_DAYS = ages.THREE_MONTHS  # [P] the not-fed flag is for babies under 3 months
DRY_DIAPER_HOURS_UNDER_3_MONTHS = 8  # NHS Frimley: no wet nappy for 8 h under 3 months
DRY_DIAPER_HOURS = 12  # ... or 12 h over 3 months
NEWBORN_DAYS = 14  # [P] "the first days" of the CDC's feeding advice
# (younger than this age in days, usual bottle in ml): CDC first days; [P] in between;
# AAP at 2 and 4 months. None past 6 months (solids change the picture).
USUAL_BOTTLE_ML = ((5, 30), (30, 60), (ages.SIX_MONTHS, 120))


def dry_diaper_hours(age_days: int) -> int:
    """Hours without a wet diaper that are a warning sign at this age."""
    if age_days < ages.THREE_MONTHS:
        return DRY_DIAPER_HOURS_UNDER_3_MONTHS
    return DRY_DIAPER_HOURS


def feed_interval(age_days: int, formula: bool) -> tuple[int, int]:
    """Usual hours between feeds (start to start) at this age (CDC)."""
    if age_days < NEWBORN_DAYS:
        return (2, 3) if formula else (1, 3)
    if age_days < ages.THREE_MONTHS:
        return (3, 4) if formula else (2, 3)
    return 3, 4


def usual_bottle_ml(age_days: int) -> float | None:
    for until, ml in USUAL_BOTTLE_ML:
        if age_days < until:
            return ml
    return None
