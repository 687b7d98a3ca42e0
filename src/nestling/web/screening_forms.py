"""Forms of the wellbeing pages: starting a questionnaire, one question, marking and sharing."""

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


class ReportForm(forms.Form):
    """Mark a result to show at the next appointment (the visit report does not exist yet, so
    the words promise only what is true: it is saved and can be shown at the visit)."""

    include_in_report = forms.BooleanField(
        label=_("Mark it to show at my next appointment"),
        required=False,
        help_text=_(
            "Your result is saved here. At the visit, open it on your phone and show your "
            "midwife, health visitor or doctor. Only you can see it."
        ),
    )


class ShareForm(forms.Form):
    """Share with the household, choosing what they see after seeing the preview (issue 10)."""

    share_scope = forms.ChoiceField(label=_("What will they see?"), widget=forms.RadioSelect)

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["share_scope"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices
        if len(choices) == 1:
            field.widget = forms.HiddenInput()
            field.initial = choices[0][0]
