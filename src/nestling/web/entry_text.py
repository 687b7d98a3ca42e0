"""How entries read on a page: short summaries and amounts in the household's units."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nestling.domain import entries as kinds
from nestling.domain.cry.patterns import SOOTHING_LABELS as DOMAIN_SOOTHING
from nestling.domain.cry.text import duration, render

ML_PER_OZ = 29.5735
G_PER_LB = 453.592
CM_PER_IN = 2.54


def fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def pounds_ounces(grams: float) -> tuple[float, float]:
    """Whole pounds and the ounces left over."""
    pounds, ounces = divmod(grams / G_PER_LB * 16, 16)
    return pounds, ounces


def temperature(celsius: float, units: str) -> str:
    if units == "imperial":
        return f"{fahrenheit(celsius):.1f} °F"
    return f"{celsius:.1f} °C"


def volume(ml: float, units: str) -> str:
    return f"{ml / ML_PER_OZ:.1f} oz" if units == "imperial" else f"{ml:.0f} ml"


def weight(grams: float, units: str) -> str:
    if units == "imperial":
        pounds, ounces = pounds_ounces(grams)
        return f"{pounds:.0f} lb {ounces:.1f} oz"
    return f"{grams / 1000:.2f} kg"


def length(cm: float, units: str) -> str:
    return f"{cm / CM_PER_IN:.1f} in" if units == "imperial" else f"{cm:.1f} cm"


def minutes(total: int | None) -> str:
    """'45 min', '3 h', '3 h 10 min' (the cry helper's wording), or '' for no duration."""
    return "" if total is None else render(duration(total), translate=_)


CHOICE_LABELS = {
    "breast": gettext_lazy("Breast"),
    "bottle": gettext_lazy("Bottle"),
    "supplemental": gettext_lazy("Supplement"),
    "tube": gettext_lazy("Tube"),
    "solids": gettext_lazy("Solids"),
    "left": gettext_lazy("left"),
    "right": gettext_lazy("right"),
    "both": gettext_lazy("both"),
    "breast_milk": gettext_lazy("breast milk"),
    "formula": gettext_lazy("formula"),
    "wet": gettext_lazy("Wet"),
    "dirty": gettext_lazy("Dirty"),
    "nap": gettext_lazy("Nap"),
    "night": gettext_lazy("Night sleep"),
    "calm": gettext_lazy("calm"),
    "alert": gettext_lazy("alert"),
    "smiling": gettext_lazy("smiling"),
    "fussing": gettext_lazy("fussing"),
    "asleep": gettext_lazy("asleep"),
    "low": gettext_lazy("low"),
    "medium": gettext_lazy("medium"),
    "high": gettext_lazy("high"),
    "usual": gettext_lazy("as usual"),
    "more": gettext_lazy("more than usual"),
    "less": gettext_lazy("less than usual"),
    "changed": gettext_lazy("a changed pattern"),
    "none": gettext_lazy("none felt"),
}


# The domain names each soothing method once (marked for translation); pages translate it.
SOOTHING_LABELS = {code: gettext_lazy(text) for code, text in DOMAIN_SOOTHING.items()}


def label(code: str | None) -> str:
    return str(CHOICE_LABELS.get(code or "", code or ""))


def summary(kind: str, details: dict[str, Any], units: str) -> str:
    """One line about an entry's details, e.g. "Bottle · 120 ml formula"."""
    d = details
    parts: list[str] = []
    if kind == "feed":
        parts.append(label(d.get("method")))
        sides = [
            f"{label(s)} {d[s + '_minutes']} min"
            for s in ("left", "right")
            if d.get(s + "_minutes")
        ]
        parts += sides or ([label(d["side"])] if d.get("side") else [])
        if d.get("amount_ml"):
            parts.append(
                volume(d["amount_ml"], units) + (f" {label(d['milk'])}" if d.get("milk") else "")
            )
        if d.get("foods"):
            parts.append(", ".join(d["foods"]))
    elif kind == "diaper":
        parts.append(
            label(d.get("contents")) if d.get("contents") != "both" else _("Wet and dirty")
        )
    elif kind == "sleep":
        parts += [label(d.get("type")), d.get("place") or ""]
    elif kind == "pumping":
        parts += [
            f"{label(s)} {volume(d[s + '_ml'], units)}"
            for s in ("left", "right")
            if d.get(s + "_ml") is not None
        ]
    elif kind == "cry":
        if d.get("intensity"):
            parts.append(_("intensity %(level)s") % {"level": label(d["intensity"])})
        if d.get("soothed_by"):
            soothed = ", ".join(str(SOOTHING_LABELS.get(c, c)).lower() for c in d["soothed_by"])
            parts.append(_("soothed by %(what)s") % {"what": soothed})
    elif kind == "temperature":
        parts.append(
            temperature(d["celsius"], units) + (f" ({d['method']})" if d.get("method") else "")
        )
    elif kind == "weight":
        parts.append(weight(d["grams"], units))
    elif kind in ("length", "head_circumference"):
        parts.append(length(d["cm"], units))
    elif kind == "medication":
        parts.append(" ".join(p for p in (d.get("name"), d.get("dose")) if p))
    elif kind in ("symptom", "cue"):
        parts.append(d.get("description", ""))
    elif kind == "checkin":
        if d.get("mood"):
            parts.append(_("mood %(n)s/5") % {"n": d["mood"]})
        if d.get("hours_slept") is not None:
            parts.append(_("slept %(n)s h") % {"n": d["hours_slept"]})
    elif kind == "fetal_movement" and d.get("pattern"):
        parts.append(label(d["pattern"]))
    if d.get("response"):
        parts.append(_("baby was %(state)s") % {"state": label(d["response"])})
    return " · ".join(p for p in parts if p)


def kind_label(kind: str) -> str:
    spec = kinds.KINDS.get(kind)
    return _(spec.label) if spec else kind
