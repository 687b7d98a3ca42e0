"""Wake windows: soft ranges, a rule of thumb, not medical guidance.

Sources (clinical-reference §7.4): no guideline or evidence base exists; commercial sources
disagree (babycue: 45–60 min at 0–6 weeks, 1–1.5 h at 2–3 months, 1.5–2.5 h at 4–5 months, 2–3 h
at 6–8 months; Huckleberry: 3–4 h at 10–12 months). Shown only with that label.
"""

from __future__ import annotations

# (younger than this age in days, wake window low, high in minutes)
WAKE_WINDOWS = ((42, 45, 60), (120, 60, 90), (180, 90, 150), (300, 120, 180), (100_000, 180, 240))


def wake_window(age_days: int) -> tuple[int, int]:
    for until, low, high in WAKE_WINDOWS:
        if age_days < until:
            return low, high
    return WAKE_WINDOWS[-1][1], WAKE_WINDOWS[-1][2]
