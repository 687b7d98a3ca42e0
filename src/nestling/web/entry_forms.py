"""The entry form: common fields plus each kind's details, in the household's units."""

from __future__ import annotations

from datetime import datetime
from typing import Any, get_args
from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext_lazy as _

from nestling.domain import entries as kinds
from nestling.web.entry_text import (
    CM_PER_IN,
    G_PER_LB,
    ML_PER_OZ,
    SOOTHING_LABELS,
    fahrenheit,
    pounds_ounces,
)

RESPONSES = [
    ("calm", _("Calm")),
    ("alert", _("Alert")),
    ("smiling", _("Smiling")),
    ("fussing", _("Fussing")),
    ("asleep", _("Asleep")),
]
SOOTHING = [(code, SOOTHING_LABELS[code]) for code in get_args(kinds.Soothing)]


def _choice(label: Any, choices: list[tuple[str, Any]], required: bool = False) -> forms.Field:
    options = choices if required else [("", _("—")), *choices]
    return forms.ChoiceField(label=label, choices=options, required=required)


def _number(label: Any, **kw: Any) -> forms.Field:
    return forms.FloatField(label=label, required=kw.pop("required", False), **kw)


def detail_fields(kind: str, units: str) -> dict[str, forms.Field]:
    """Form fields for a kind's details; amounts are asked for in the household's units."""
    imperial = units == "imperial"
    vol = _("Amount (oz)") if imperial else _("Amount (ml)")
    spec = kinds.kind_spec(kind)
    if spec.details is kinds.BondingDetails:
        return {"response": _choice(_("How did your baby respond?"), RESPONSES)}
    table: dict[str, dict[str, forms.Field]] = {
        "feed": {
            "method": _choice(
                _("How"),
                [
                    ("breast", _("Breast")),
                    ("bottle", _("Bottle")),
                    ("supplemental", _("Supplement")),
                    ("tube", _("Tube")),
                    ("solids", _("Solids")),
                ],
                required=True,
            ),
            "side": _choice(
                _("Side"), [("left", _("Left")), ("right", _("Right")), ("both", _("Both"))]
            ),
            "left_minutes": forms.IntegerField(
                label=_("Left (minutes)"), required=False, min_value=0, max_value=180
            ),
            "right_minutes": forms.IntegerField(
                label=_("Right (minutes)"), required=False, min_value=0, max_value=180
            ),
            "last_side": _choice(_("Last side"), [("left", _("Left")), ("right", _("Right"))]),
            "amount": _number(vol, min_value=0),
            "milk": _choice(
                _("Milk"),
                [("breast_milk", _("Breast milk")), ("formula", _("Formula")), ("both", _("Both"))],
            ),
            "foods": forms.CharField(label=_("Foods (comma-separated)"), required=False),
            "reaction": forms.CharField(label=_("Any reaction?"), required=False),
            "eye_contact": forms.NullBooleanField(
                label=_("Eye contact during the feed?"),
                required=False,
                widget=forms.Select(
                    choices=[("unknown", "—"), ("true", _("Yes")), ("false", _("No"))]
                ),
            ),
        },
        "diaper": {
            "contents": _choice(
                _("What was in it"),
                [("wet", _("Wet")), ("dirty", _("Dirty")), ("both", _("Both"))],
                required=True,
            ),
            "colour": forms.CharField(label=_("Colour or consistency"), required=False),
        },
        "sleep": {
            "type": _choice(_("Nap or night"), [("nap", _("Nap")), ("night", _("Night"))]),
            "place": _choice(
                _("Where"),
                [
                    (p, p.capitalize())
                    for p in (
                        "cot",
                        "crib",
                        "bassinet",
                        "pram",
                        "arms",
                        "carrier",
                        "car",
                        "bed",
                        "other",
                    )
                ],
            ),
        },
        "pumping": {
            "left": _number(_("Left") + f" ({'oz' if imperial else 'ml'})", min_value=0),
            "right": _number(_("Right") + f" ({'oz' if imperial else 'ml'})", min_value=0),
        },
        "cry": {
            "intensity": _choice(
                _("How intense"), [("low", _("Low")), ("medium", _("Medium")), ("high", _("High"))]
            ),
            "tried": forms.MultipleChoiceField(
                label=_("What you tried"),
                choices=SOOTHING,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            ),
            "soothed_by": forms.MultipleChoiceField(
                label=_("What helped"),
                choices=SOOTHING,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            ),
        },
        "cue": {"description": forms.CharField(label=_("What did you notice?"), max_length=200)},
        "temperature": {
            "value": _number(
                _("Temperature (°F)") if imperial else _("Temperature (°C)"), required=True
            ),
            "method": _choice(
                _("How measured"),
                [(m, m.capitalize()) for m in ("rectal", "armpit", "ear", "forehead", "oral")],
            ),
        },
        "weight": (
            {
                "pounds": _number(_("Pounds"), required=True, min_value=0),
                "ounces": _number(_("Ounces"), min_value=0, max_value=16),
            }
            if imperial
            else {"kg": _number(_("Weight (kg)"), required=True)}
        ),
        "length": {
            "value": _number(_("Length (in)") if imperial else _("Length (cm)"), required=True)
        },
        "head_circumference": {
            "value": _number(_("Head (in)") if imperial else _("Head (cm)"), required=True)
        },
        "medication": {
            "name": forms.CharField(label=_("Medicine"), max_length=100),
            "dose": forms.CharField(label=_("Dose"), required=False, max_length=100),
        },
        "symptom": {
            "description": forms.CharField(
                label=_("What did you notice?"), max_length=500, widget=forms.Textarea
            )
        },
        "checkin": {
            "hours_slept": _number(_("Hours slept (last 24 h)"), min_value=0, max_value=24),
            "mood": _choice(
                _("Mood"),
                [
                    (str(n), t)
                    for n, t in (
                        (1, _("1 — very low")),
                        (2, "2"),
                        (3, "3"),
                        (4, "4"),
                        (5, _("5 — very good")),
                    )
                ],
            ),
            "stress": _choice(
                _("Stress"),
                [
                    (str(n), t)
                    for n, t in (
                        (1, _("1 — calm")),
                        (2, "2"),
                        (3, "3"),
                        (4, "4"),
                        (5, _("5 — very stressed")),
                    )
                ],
            ),
            "supported": forms.NullBooleanField(
                label=_("Did you feel supported?"),
                required=False,
                widget=forms.Select(
                    choices=[("unknown", "—"), ("true", _("Yes")), ("false", _("No"))]
                ),
            ),
            "shared": forms.BooleanField(
                label=_("Share this check-in with the household"), required=False
            ),
        },
        "bump_talk": {
            "how": _choice(
                _("How"),
                [
                    ("talking", _("Talking")),
                    ("singing", _("Singing")),
                    ("reading", _("Reading")),
                    ("touch", _("Touch")),
                ],
            )
        },
        "fetal_movement": {
            "pattern": _choice(
                _("Compared with usual"),
                [
                    ("usual", _("As usual")),
                    ("more", _("More")),
                    ("less", _("Less")),
                    ("changed", _("A different pattern")),
                    ("none", _("None felt")),
                ],
            )
        },
    }
    return table.get(kind, {})


def details_from(kind: str, data: dict[str, Any], units: str) -> dict[str, Any]:
    """Form values -> the kind's details in stored (metric) units; empty values left out."""
    imperial = units == "imperial"
    d = {k: v for k, v in data.items() if v not in (None, "", [])}
    if kind == "feed":
        if "amount" in d:
            d["amount_ml"] = round(d.pop("amount") * (ML_PER_OZ if imperial else 1), 1)
        if "foods" in d:
            d["foods"] = [f.strip() for f in d["foods"].split(",") if f.strip()]
    elif kind == "pumping":
        for side in ("left", "right"):
            if side in d:
                d[f"{side}_ml"] = round(d.pop(side) * (ML_PER_OZ if imperial else 1), 1)
    elif kind == "temperature":
        value = d.pop("value")
        d["celsius"] = round((value - 32) * 5 / 9, 2) if imperial else value
    elif kind == "weight":
        grams = (
            (d.pop("pounds", 0) + d.pop("ounces", 0) / 16) * G_PER_LB
            if imperial
            else d.pop("kg") * 1000
        )
        d["grams"] = round(grams)
    elif kind in ("length", "head_circumference"):
        d["cm"] = round(d.pop("value") * (CM_PER_IN if imperial else 1), 1)
    elif kind == "checkin":
        for key in ("mood", "stress"):
            if key in d:
                d[key] = int(d[key])
    if kind == "checkin" and "shared" in d and not d["shared"]:
        d.pop("shared")
    return d


def initial_from(kind: str, details: dict[str, Any], units: str) -> dict[str, Any]:
    """Stored details -> form values in the household's units (the inverse of details_from)."""
    imperial = units == "imperial"
    d = dict(details)
    d.pop("segments", None)
    if "amount_ml" in d:
        d["amount"] = round(d.pop("amount_ml") / (ML_PER_OZ if imperial else 1), 1)
    for side in ("left", "right"):
        if f"{side}_ml" in d:
            d[side] = round(d.pop(f"{side}_ml") / (ML_PER_OZ if imperial else 1), 1)
    if "foods" in d:
        d["foods"] = ", ".join(d["foods"])
    if "celsius" in d:
        d["value"] = round(fahrenheit(d.pop("celsius")), 1) if imperial else d.pop("celsius")
    if "grams" in d:
        grams = d.pop("grams")
        if imperial:
            pounds, ounces = pounds_ounces(grams)
            d.update(pounds=int(pounds), ounces=round(ounces, 1))
        else:
            d["kg"] = grams / 1000
    if "cm" in d:
        d["value"] = round(d.pop("cm") / (CM_PER_IN if imperial else 1), 1)
    return d


def local_input(moment: datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M")


def parse_local(value: str, zone: str) -> datetime | None:
    """A datetime-local value typed in the household's zone, as an aware datetime."""
    if not value:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone))


class EntryForm(forms.Form):
    """Common fields; `detail_fields` are added per kind by the view."""

    started_at = forms.CharField(
        label=_("When"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ended_at = forms.CharField(
        label=_("Until"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    caregiver = forms.TypedChoiceField(label=_("Who"), coerce=int)
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=kinds.NOTE_MAX,
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self, *args: Any, kind: str, units: str, members: list[tuple[int, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.fields["caregiver"].choices = members
        spec = kinds.kind_spec(kind)
        if not spec.timed:
            del self.fields["ended_at"]
        if kind == "checkin":
            del self.fields["caregiver"]
        details = detail_fields(kind, units)
        self.detail_names = list(details)
        self.fields.update(details)
        if spec.needs_note:
            self.fields["note"].required = True

    def detail_values(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in self.detail_names}
