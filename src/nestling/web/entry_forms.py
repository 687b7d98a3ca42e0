"""The entry form: common fields plus each kind's details, built from the kind registry.

Every detail a kind declares (`nestling.domain.kinds`) becomes a form field here by its type;
numbers with a dimension are asked for in the household's units (two boxes for pounds and
ounces) and stored metric by `nestling.domain.units`. Nothing here names a kind or a detail.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from nestling.domain import entries, kinds, units
from nestling.domain.kinds import Field

YES_NO = [("unknown", "—"), ("true", _("Yes")), ("false", _("No"))]


def _label(field: Field, part: units.InputPart | None = None) -> str:
    text = gettext(field.label)
    return f"{text} ({part.symbol})" if part else text


def _form_fields(field: Field, units_name: str) -> dict[str, forms.Field]:
    """The form field(s) for one detail, named after it (plus a suffix for each part)."""
    required = field.required
    attrs = {"data-detail": field.name}
    if field.when is not None:
        other, values = field.when
        attrs["data-when"] = f"{other}:{','.join(values)}"
    if field.dimension is not None:
        parts = units.input_parts(field.dimension, units_name)
        return {
            field.name + part.suffix: forms.FloatField(
                label=_label(field, part),
                required=required and index == 0,
                widget=forms.NumberInput(attrs={**attrs, "step": "any", "inputmode": "decimal"}),
                # Amounts are never negative; the kind's own limits are checked in stored units.
                min_value=None if field.dimension is units.Dimension.TEMPERATURE else 0,
            )
            for index, part in enumerate(parts)
        }
    label = _label(field)
    made: forms.Field
    if field.type == "choice":
        options = [(value, gettext(text)) for value, text in field.choices]
        made = forms.ChoiceField(
            label=label,
            choices=options if required else [("", "—"), *options],
            required=required,
            widget=forms.Select(attrs=attrs),
        )
    elif field.type == "multi":
        made = forms.MultipleChoiceField(
            label=label,
            choices=[(value, gettext(text)) for value, text in field.choices],
            required=required,
            widget=forms.CheckboxSelectMultiple(attrs=attrs),
        )
    elif field.type in ("number", "integer"):
        limits = {"min_value": field.minimum, "max_value": field.maximum}
        cls = forms.IntegerField if field.type == "integer" else forms.FloatField
        made = cls(
            label=label,
            required=required,
            widget=forms.NumberInput(attrs={**attrs, "inputmode": "decimal"}),
            **{k: v for k, v in limits.items() if v is not None},
        )
    elif field.type == "yesno":
        made = forms.NullBooleanField(
            label=label, required=False, widget=forms.Select(choices=YES_NO, attrs=attrs)
        )
    elif field.type == "flag":
        made = forms.BooleanField(
            label=label, required=False, widget=forms.CheckboxInput(attrs=attrs)
        )
    else:  # text, longtext, list
        widget = forms.Textarea(attrs={**attrs, "rows": 3}) if field.type == "longtext" else None
        made = forms.CharField(
            label=label,
            required=required,
            widget=widget or forms.TextInput(attrs=attrs),
        )
    return {field.name: made}


def detail_fields(kind: str, units_name: str) -> dict[str, forms.Field]:
    """Form fields for a kind's details; amounts are asked for in the household's units."""
    made: dict[str, forms.Field] = {}
    for field in kinds.kind_spec(kind).fields:
        made.update(_form_fields(field, units_name))
    return made


def details_from(kind: str, data: dict[str, Any], units_name: str) -> dict[str, Any]:
    """Form values -> the kind's details in stored (metric) units; empty values left out, and
    so are details that do not apply to the choice made (a bottle feed's breast minutes)."""
    details: dict[str, Any] = {}
    for field in kinds.kind_spec(kind).fields:
        if field.dimension is not None:
            parts = units.input_parts(field.dimension, units_name)
            typed = tuple(data.get(field.name + p.suffix) for p in parts)
            if all(v is None for v in typed):
                continue
            details[field.name] = units.from_parts(typed, field.dimension, units_name)
            continue
        value = data.get(field.name)
        if field.type == "list" and isinstance(value, str):
            value = [item.strip() for item in value.split(",") if item.strip()]
        elif field.type == "choice" and value and all(v.isdigit() for v, _t in field.choices):
            value = int(value)
        elif field.type == "flag" and not value:
            value = None
        if value not in (None, "", []):
            details[field.name] = value
    spec = kinds.kind_spec(kind)
    for name in spec.irrelevant(details):
        details.pop(name)
    return details


def initial_from(kind: str, details: dict[str, Any], units_name: str) -> dict[str, Any]:
    """Stored details -> form values in the household's units (the inverse of details_from)."""
    initial: dict[str, Any] = {}
    for field in kinds.kind_spec(kind).fields:
        value = details.get(field.name)
        if value is None:
            continue
        if field.dimension is not None:
            parts = units.input_parts(field.dimension, units_name)
            shown = units.to_parts(float(value), field.dimension, units_name)
            initial.update({field.name + p.suffix: v for p, v in zip(parts, shown, strict=True)})
        elif field.type == "list":
            initial[field.name] = ", ".join(value)
        else:
            initial[field.name] = value
    return initial


def form_name(detail: str, units_name: str, kind: str) -> str:
    """The form field that shows a detail's error (the first box of pounds and ounces)."""
    field = kinds.kind_spec(kind).field(detail)
    if field is None or field.dimension is None:
        return detail
    return detail + units.input_parts(field.dimension, units_name)[0].suffix


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
    """Common fields; the kind's detail fields are added from the registry."""

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
        max_length=entries.NOTE_MAX,
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self, *args: Any, kind: str, units: str, members: list[tuple[int, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.units = units
        self.fields["caregiver"].choices = members
        spec = kinds.kind_spec(kind)
        if not spec.timed:
            del self.fields["ended_at"]
        if spec.personal:
            del self.fields["caregiver"]
        details = detail_fields(kind, units)
        self.detail_names = list(details)
        self.fields.update(details)
        if spec.needs_note:
            self.fields["note"].required = True

    def detail_values(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in self.detail_names}
