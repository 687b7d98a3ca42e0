"""Texts the cry helper shows: a translatable template plus typed values the edge formats.

The domain never knows the household's units, time zone or language. A `Text` keeps the
untranslated template (marked with `gettext_noop`) and its parameters; temperatures, clock times,
durations and ages stay typed, so `render` can show °C or °F and local times at the edge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeAlias
from zoneinfo import ZoneInfo

from nestling.domain.text import gettext_noop as _


@dataclass(frozen=True)
class Celsius:
    value: float


@dataclass(frozen=True)
class Minutes:
    value: int


@dataclass(frozen=True)
class Clock:
    """A moment, shown as the household's local time of day."""

    at: datetime


@dataclass(frozen=True)
class AgeDays:
    days: int


@dataclass(frozen=True)
class AgeBand:
    """An age limit of a rule (e.g. 91 days), said as guidance says it: "3 months", "8 weeks"."""

    days: int


@dataclass(frozen=True)
class Local:
    """Words that depend on where the household lives ("911", "your doctor or NHS 111"): the
    domain never knows the country, so the edge fills them in from the crisis directory."""

    key: str


EMERGENCY_NUMBER = Local("emergency")  # e.g. "911"; "your local emergency number" if unknown
URGENT_LINE = Local("urgent")  # e.g. "your doctor or NHS 111"; never another country's line
# Shown when the edge passes no local words (e.g. a text rendered outside a household).
LOCAL_DEFAULTS = {
    EMERGENCY_NUMBER.key: _("your local emergency number"),
    URGENT_LINE.key: _("your doctor or your doctor's out-of-hours line"),
}

Param: TypeAlias = (
    "str | int | float | Celsius | Minutes | Clock | AgeDays | AgeBand | Local | Text"
)


@dataclass(frozen=True)
class Text:
    template: str
    params: Mapping[str, Param] = field(default_factory=dict)


def t(template: str, **params: Param) -> Text:
    """A text; `template` must already be marked with gettext_noop by the caller."""
    return Text(template, params)


def _identity(message: str) -> str:
    return message


def render(
    text: Text,
    *,
    units: str = "metric",
    zone: str = "UTC",
    translate: Callable[[str], str] = _identity,
    local: Mapping[str, str] | None = None,
) -> str:
    """The text in the reader's language, units and time zone, with `local` words (already in
    the reader's language) for the household's country."""
    values = {
        key: _value(value, units=units, zone=zone, translate=translate, local=local)
        for key, value in text.params.items()
    }
    template = translate(text.template)
    return template % values if values else template


def _value(
    value: Param,
    *,
    units: str,
    zone: str,
    translate: Callable[[str], str],
    local: Mapping[str, str] | None,
) -> str | int | float:
    if isinstance(value, Text):
        return render(value, units=units, zone=zone, translate=translate, local=local)
    if isinstance(value, Local):
        return (local or {}).get(value.key) or translate(LOCAL_DEFAULTS[value.key])
    if isinstance(value, Celsius):
        if units == "imperial":
            return f"{value.value * 9 / 5 + 32:.1f} °F"
        return f"{value.value:.1f} °C"
    if isinstance(value, Clock):
        return value.at.astimezone(ZoneInfo(zone)).strftime("%H:%M")
    if isinstance(value, Minutes):
        return render(duration(value.value), translate=translate)
    if isinstance(value, AgeDays):
        return render(age(value.days), translate=translate)
    if isinstance(value, AgeBand):
        return render(band(value.days), translate=translate)
    return value


def duration(minutes: int) -> Text:
    """'45 min', '3 h', '3 h 10 min'."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return t(_("%(m)s min"), m=rest)
    if not rest:
        return t(_("%(h)s h"), h=hours)
    return t(_("%(h)s h %(m)s min"), h=hours, m=rest)


def age(days: int) -> Text:
    """The age as advice says it: days for the first two weeks, then weeks, then months."""
    if days < 14:
        return t(_("1 day"), n=1) if days == 1 else t(_("%(n)s days"), n=max(0, days))
    if days < 16 * 7:
        return t(_("%(n)s weeks"), n=days // 7)
    return t(_("%(n)s months"), n=int(days / 30.4375))  # 16 weeks and over: 3 months or more


def band(days: int) -> Text:
    """An age limit in whole weeks up to 12 weeks, else in whole months (91 days: 3 months)."""
    if days % 7 == 0 and days < 12 * 7:
        return t(_("%(n)s weeks"), n=days // 7)
    return t(_("%(n)s months"), n=round(days / 30.4375))
