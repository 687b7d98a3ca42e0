"""Page forms: they parse and label input; services decide what is valid and say why."""

from __future__ import annotations

import zoneinfo
from datetime import time

from django import forms
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from nestling.domain.babies import FeedingMethod, Sex
from nestling.domain.caregivers import CHALLENGE_LABELS
from nestling.domain.errors import DomainError, ValidationError
from nestling.services import places

ROLE_CHOICES = [
    ("parent", _("Parent — can do everything, including inviting others")),
    ("caregiver", _("Caregiver — can log and read")),
    ("viewer", _("Viewer — can read only")),
]
RELATIONSHIP_CHOICES = [
    ("mother", _("Mother")),
    ("father", _("Father")),
    ("partner", _("Partner")),
    ("grandparent", _("Grandparent")),
    ("other", _("Other caregiver")),
]
UNITS_CHOICES = [
    ("metric", _("Metric (kg, cm, ml, °C)")),
    ("imperial", _("Imperial (lb, in, oz, °F)")),
]
SEX_CHOICES = [
    ("", _("Prefer not to say")),
    (Sex.FEMALE.value, _("Female")),
    (Sex.MALE.value, _("Male")),
    (Sex.INTERSEX.value, _("Intersex")),
]
FEEDING_CHOICES = [
    ("", _("Not set")),
    (FeedingMethod.BREAST.value, _("Breastfeeding")),
    (FeedingMethod.FORMULA.value, _("Formula")),
    (FeedingMethod.MIXED.value, _("Breast and formula")),
    (FeedingMethod.EXPRESSED.value, _("Expressed breast milk")),
    (FeedingMethod.TUBE.value, _("Tube feeding")),
    (FeedingMethod.SOLIDS_AND_MILK.value, _("Solids and milk")),
]
HOUR_CHOICES = [(h, f"{h:02d}:00") for h in range(24)]
THEME_CHOICES = [("auto", _("Follow my phone")), ("light", _("Light")), ("dark", _("Dark (night)"))]
COUNTRY_HELP = _("Where you live: it decides which help lines and emergency numbers you see.")


def time_zone_choices() -> list[tuple[str, str]]:
    zones = [(z, z.replace("_", " ")) for z in sorted(zoneinfo.available_timezones())]
    return [("", gettext("Choose your time zone")), *zones]


class CountryField(forms.ChoiceField):
    """A country picked by name; the code may be sent in any case ("de" is DE)."""

    def to_python(self, value: object) -> str:
        return super().to_python(value).strip().upper()


def country_choices() -> list[tuple[str, str]]:
    """Every country by name in the reader's language (services/places.py)."""
    names = places.countries(get_language() or "en")
    return [("", gettext("Choose your country")), *names]


def error_text(exc: DomainError) -> str:
    """The error's message in the reader's language."""
    text = gettext(exc.template)
    return text % exc.params if exc.params else text


def show_error(form: forms.Form, exc: DomainError) -> None:
    """Put a domain error on the form, next to the field it names when the form has it."""
    problems = exc.errors if isinstance(exc, ValidationError) else [(exc.field, exc.template)]
    for field, template in problems:
        text = error_text(exc) if template == exc.template else gettext(template)
        shown = field in form.fields and not form.fields[field].widget.is_hidden
        form.add_error(field if shown else None, text)


class SignUpForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    display_name = forms.CharField(
        label=_("Your name (as others in the household see it)"), max_length=100, required=False
    )
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters."),
    )


class HouseholdForm(forms.Form):
    name = forms.CharField(
        label=_("Household name"), max_length=100, help_text=_("For example “The Okafor family”.")
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)
    country = CountryField(label=_("Country"), choices=country_choices, help_text=COUNTRY_HELP)
    units = forms.ChoiceField(label=_("Units"), choices=UNITS_CHOICES, widget=forms.RadioSelect)
    day_starts_at = forms.TypedChoiceField(
        label=_("A day starts at"),
        choices=HOUR_CHOICES,
        coerce=int,
        initial=6,
        help_text=_("Night feeds stay in the same day until this hour."),
    )

    def settings_values(self) -> dict[str, object]:
        data = dict(self.cleaned_data)
        data["day_starts_at"] = time(data["day_starts_at"], 0)
        data.pop("relationship", None)
        return data


class NewHouseholdForm(HouseholdForm):
    relationship = forms.ChoiceField(label=_("You are the baby's…"), choices=RELATIONSHIP_CHOICES)


class InviteForm(forms.Form):
    role = forms.ChoiceField(
        label=_("What they can do"),
        choices=ROLE_CHOICES,
        widget=forms.RadioSelect,
        initial="caregiver",
    )
    relationship = forms.ChoiceField(
        label=_("They are the baby's… (they can change this)"),
        choices=[("", _("Let them choose")), *RELATIONSHIP_CHOICES],
        required=False,
    )


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Invitation code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off"}),
    )
    relationship = forms.ChoiceField(label=_("You are the baby's…"), choices=RELATIONSHIP_CHOICES)


class MemberForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=ROLE_CHOICES)
    relationship = forms.ChoiceField(label=_("Relationship"), choices=RELATIONSHIP_CHOICES)


class BabyForm(forms.Form):
    name = forms.CharField(label=_("Name or nickname"), max_length=100)
    birth_date = forms.DateField(
        label=_("Date of birth"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty while you are expecting."),
    )
    birth_time = forms.TimeField(
        label=_("Time of birth"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    due_date = forms.DateField(
        label=_("Due date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("While pregnant; after the birth it helps work out a corrected age."),
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=SEX_CHOICES, required=False)
    gestational_weeks = forms.IntegerField(
        label=_("Born at (weeks of pregnancy)"),
        required=False,
        min_value=0,
        max_value=60,
        help_text=_("Babies born early get a corrected age."),
    )
    gestational_days = forms.IntegerField(
        label=_("and days"), required=False, min_value=0, max_value=6
    )
    nicu_from = forms.DateField(
        label=_("Neonatal unit (NICU) stay from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    nicu_until = forms.DateField(
        label=_("until (empty if still there)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    feeding_method = forms.ChoiceField(label=_("Feeding"), choices=FEEDING_CHOICES, required=False)


class ProfileForm(forms.Form):
    display_name = forms.CharField(label=_("Your name"), max_length=100, required=False)
    email = forms.CharField(
        label=_("Email"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Only for a link to set a new password if you forget it. Nobody else sees it."),
    )
    theme = forms.ChoiceField(
        label=_("Appearance"), choices=THEME_CHOICES, widget=forms.RadioSelect
    )
    challenges = forms.MultipleChoiceField(
        label=_("What may be making things harder right now?"),
        help_text=_(
            "Only you and Nestling see this. It helps suggest the right kind of help; "
            "change it whenever you like."
        ),
        choices=[(c.value, _(label)) for c, label in CHALLENGE_LABELS.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("Where you will use it, e.g. “Home Assistant”."),
    )
    scope = forms.ChoiceField(
        label=_("Access"),
        widget=forms.RadioSelect,
        initial="read",
        choices=[("read", _("Read only")), ("write", _("Read and write"))],
    )
