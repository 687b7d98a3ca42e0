"""Forms of the wellbeing pages: starting a questionnaire, one question, sharing a result."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from nestling.web.screening_text import RESPONDENT_LABELS


class StartForm(forms.Form):
    household = forms.TypedChoiceField(label=_("Which family is this about?"), coerce=int)
    baby = forms.TypedChoiceField(
        label=_("Which baby?"),
        coerce=int,
        required=False,
        empty_value=None,
        help_text=_(
            "If the baby is not born yet, some scores are read the way they are in pregnancy."
        ),
    )
    respondent = forms.ChoiceField(label=_("Which describes you?"), widget=forms.RadioSelect)

    def __init__(
        self,
        *args: Any,
        households: list[tuple[int, str]],
        babies: list[tuple[int, str]],
        respondents: list[str],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["household"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = households
        if len(households) < 2:
            field.required = False
            field.widget = forms.HiddenInput()
        baby = self.fields["baby"]
        assert isinstance(baby, forms.ChoiceField)
        baby.choices = [("", _("Not about a particular baby")), *babies]
        if not babies:
            del self.fields["baby"]
        who = self.fields["respondent"]
        assert isinstance(who, forms.ChoiceField)
        who.choices = [(r, RESPONDENT_LABELS[r]) for r in respondents]
        if len(respondents) < 2:
            who.widget = forms.HiddenInput()


class ItemForm(forms.Form):
    """One question: its options in printed order, values are option indexes."""

    answer = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None, widget=forms.RadioSelect
    )

    def __init__(self, *args: Any, question: str, options: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["answer"]
        assert isinstance(field, forms.ChoiceField)
        field.label = question
        field.choices = list(enumerate(options))


class SharingForm(forms.Form):
    share = forms.MultipleChoiceField(
        label=_("Who may see this result?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, household: str | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("report", _("Add it to the report for my midwife, health visitor or doctor"))]
        if household:
            choices.append(
                ("household", _("Share the result with %(people)s") % {"people": household})
            )
        field = self.fields["share"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = choices
        field.help_text = _(
            "Sharing shows the score and what it suggests, never your answers. "
            "You can change this at any time."
        )
