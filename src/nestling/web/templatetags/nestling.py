"""Template filters for ages and the household vocabulary, translated at render time."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nestling.web import forms

register = template.Library()

_LABELS = {
    **{k: v for k, v in forms.RELATIONSHIP_CHOICES},
    **{k: v for k, v in forms.FEEDING_CHOICES if k},
    **{k: v for k, v in forms.SEX_CHOICES if k},
}


@register.filter
def age_text(days: int | None) -> str:
    """'3 days', '7 weeks 2 days', '5 months 1 week' — the way parents say it."""
    if days is None:
        return ""
    if days < 0:
        weeks, rest = divmod(-days, 7)
        return _("%(weeks)s weeks %(days)s days before term") % {"weeks": weeks, "days": rest}
    if days < 14:
        return ngettext("%(n)s day", "%(n)s days", days) % {"n": days}
    if days < 16 * 7:
        weeks, rest = divmod(days, 7)
        text = ngettext("%(n)s week", "%(n)s weeks", weeks) % {"n": weeks}
        if rest:
            text += " " + ngettext("%(n)s day", "%(n)s days", rest) % {"n": rest}
        return text
    months = int(days / 30.4375)
    weeks = int((days - months * 30.4375) // 7)
    text = ngettext("%(n)s month", "%(n)s months", months) % {"n": months}
    if weeks and months < 12:
        text += " " + ngettext("%(n)s week", "%(n)s weeks", weeks) % {"n": weeks}
    return text


@register.filter
def label(code: str) -> str:
    """The translated label of a relationship, feeding method or sex code."""
    value = _LABELS.get(code)
    return str(value) if value is not None else code


@register.filter
def role_label(code: str) -> str:
    return {"parent": _("Parent"), "caregiver": _("Caregiver"), "viewer": _("Viewer")}.get(
        code, code
    )


@register.filter
def choice(code: str) -> str:
    """The translated word for a detail's value (left, right, nap, ...)."""
    from nestling.web.entry_text import label as detail_label

    return detail_label(code)
