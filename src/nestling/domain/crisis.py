"""The crisis directory: where to turn in each country, checked lines only on pages, never a blank.

One home for the directory's shape, its validation and how a country's lines are chosen; the
operator's file is read by services/instruments.py and every page, the API, the cry helper and
screening results go through `crisis_resources_for`. Sources: clinical-reference §10.4 [P]
(resources are locale-configurable data, shown at once when help is urgent, never behind a
login); each line carries the page it was checked against and the date (`source`, `checked`).

A country that is not in the directory still gets digits when its emergency number is known
(`emergency_numbers`), and a link to an international helpline directory (`helpline_directory`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

import pydantic

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import FrozenModel
from nestling.domain.text import gettext_noop as _

VERSIONS = (1, 2)  # file versions this code reads; 2 adds `checked`, emergency numbers, directory
CHECK_EVERY_MONTHS = 12  # `nestling check` warns about lines checked longer ago than this
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class ResourceKind(StrEnum):
    """In display order: emergency first, then crisis lines, advice, support, the directory."""

    EMERGENCY = "emergency"  # emergency services: 911, 999, 112, 000...
    CRISIS_LINE = "crisis_line"  # for people in suicidal or emotional crisis
    URGENT_ADVICE = "urgent_advice"  # same-day medical advice when it is not an emergency
    SUPPORT_LINE = "support_line"  # support (parents, pregnancy), explicitly not a crisis line
    ROUTINE_CARE = "routine_care"  # GP, midwife, health visitor, paediatrician
    DIRECTORY = "directory"  # an international directory of helplines


class CrisisResource(FrozenModel):
    """One place to turn; `verified` False: the line still needs checking and stays off pages."""

    id: str
    name: str
    kind: ResourceKind
    phone: str | None = None  # dialable
    phone_label: str | None = None  # as advertised, e.g. with letters
    text: str | None = None  # SMS number
    url: str | None = None
    hours: str = ""
    description: str = ""
    crisis_line: bool = False
    nationwide: bool = True  # False: only part of the country; listed, but never named in advice
    verified: bool
    checked: date | None = None  # when someone last confirmed it against `source`
    note: str = ""  # what still needs checking (required when not verified)
    source: str = ""  # the page or publication it was checked against


class CountryResources(FrozenModel):
    name: str
    resources: tuple[CrisisResource, ...]


class EmergencyNumber(FrozenModel):
    """A country's emergency number, for countries without a full entry in the directory."""

    phone: str
    source: str
    checked: date | None = None


class HelplineDirectory(FrozenModel):
    """An international, maintained directory of helplines: the last resort that is never blank."""

    name: str
    url: str
    source: str
    checked: date | None = None


class CrisisDirectory(FrozenModel):
    """The operator-editable crisis data: per ISO 3166-1 alpha-2 country, plus a fallback."""

    version: int = 1
    note: str = ""
    aliases: dict[str, str] = {}
    countries: dict[str, CountryResources]
    emergency_numbers: dict[str, EmergencyNumber] = {}
    helpline_directory: HelplineDirectory | None = None
    fallback: CountryResources


class ResourceSelection(FrozenModel):
    country: str | None  # None when the fallback was used
    name: str
    fallback: bool
    resources: tuple[CrisisResource, ...]
    asked: str | None = None  # the country asked for, normalised (also when it fell back)
    emergency_number: str | None = None  # digits to dial in an emergency, when known


class Phrase(FrozenModel):
    """A short translatable phrase with plain values, e.g. "your doctor or NHS 111"."""

    template: str  # marked with gettext_noop
    params: dict[str, str] = {}


Problems = list[tuple[str | None, str]]


def load_crisis_resources(data: Mapping[str, Any]) -> CrisisDirectory:
    """Validate the parsed crisis file; ValidationError names the field ("countries.US.…")."""
    version = data.get("version", 1)
    if version not in VERSIONS:
        raise ValidationError(
            _(
                "This crisis resources file is version %(version)s; this Nestling reads versions "
                "1 and 2. Update Nestling, or write the file in a version it reads."
            ),
            field="version",
            params={"version": str(version)},
        )
    try:
        directory = CrisisDirectory.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError.collect(
            [(_field(error["loc"]), error["msg"]) for error in exc.errors()]
        ) from None
    problems = _directory_problems(directory)
    if problems:
        raise ValidationError.collect(problems)
    return directory


def _field(loc: tuple[int | str, ...]) -> str | None:
    field = ""
    for part in loc:
        field += f"[{part}]" if isinstance(part, int) else (f".{part}" if field else part)
    return field or None


def _groups(directory: CrisisDirectory) -> dict[str, CountryResources]:
    groups = {f"countries.{code}": group for code, group in directory.countries.items()}
    groups["fallback"] = directory.fallback
    return groups


def _directory_problems(directory: CrisisDirectory) -> Problems:
    codes = [f"countries.{c}" for c in directory.countries]
    codes += [f"emergency_numbers.{c}" for c in directory.emergency_numbers]
    problems: Problems = [
        (field, _("Use an upper-case two-letter country code such as US or GB."))
        for field in codes
        if not COUNTRY_CODE.match(field.rsplit(".", 1)[1])
    ]
    problems += [
        (f"aliases.{alias}", _("This alias names a country that is not in the file."))
        for alias, target in directory.aliases.items()
        if target not in directory.countries
    ]
    groups = _groups(directory)
    # A crisis panel without a checked way to reach emergency services must never ship.
    problems += [
        (f"{field}.resources", _("List at least one verified emergency resource."))
        for field, group in groups.items()
        if not any(r.kind is ResourceKind.EMERGENCY and r.verified for r in group.resources)
    ]
    for field, group in groups.items():
        for index, resource in enumerate(group.resources):
            where = f"{field}.resources[{index}]"
            if not resource.verified and not resource.note.strip():
                problems.append(
                    (f"{where}.note", _("Say what must be verified about this resource."))
                )
            if directory.version >= 2 and resource.verified and resource.phone:
                if not resource.source.strip():
                    problems.append((f"{where}.source", _("Say where this number was checked.")))
                if resource.checked is None:
                    problems.append((f"{where}.checked", _("Say when this number was checked.")))
    return problems


def _normalise(country: str | None) -> str:
    return (country or "").strip().upper()


def crisis_resources_for(
    country: str | None, resources: CrisisDirectory, *, include_unverified: bool = True
) -> ResourceSelection:
    """The resources for `country` (ISO alpha-2, any case; aliases such as UK), else the fallback.

    Unverified entries are kept by default and carry `verified=False`, so the API can mark them;
    pages pass include_unverified=False to hide them until someone has checked them. The
    fallback leads with the country's emergency number when it is known and always ends with
    the international helpline directory, so nobody is left with a blank.
    """
    asked = _normalise(country)
    code = resources.aliases.get(asked, asked)
    found = resources.countries.get(code)
    if found is not None:
        chosen = tuple(r for r in found.resources if include_unverified or r.verified)
        return ResourceSelection(
            country=code,
            name=found.name,
            fallback=False,
            resources=chosen,
            asked=code,
            emergency_number=_first_emergency_phone(chosen),
        )
    return _fallback(code or None, resources, include_unverified)


def _fallback(
    code: str | None, directory: CrisisDirectory, include_unverified: bool
) -> ResourceSelection:
    known = directory.emergency_numbers.get(code) if code else None
    generic = [r for r in directory.fallback.resources if include_unverified or r.verified]
    lines: list[CrisisResource] = []
    if known is not None:
        lines.append(
            CrisisResource(
                id=f"{code.lower()}-emergency" if code else "emergency",
                name=_("Emergency services"),
                kind=ResourceKind.EMERGENCY,
                phone=known.phone,
                description=EMERGENCY_DESCRIPTION,
                verified=True,
                checked=known.checked,
                source=known.source,
            )
        )
        # The numbered line replaces the generic "your local emergency number".
        generic = [r for r in generic if r.kind is not ResourceKind.EMERGENCY or r.phone]
    lines += generic
    if directory.helpline_directory is not None:
        found = directory.helpline_directory
        lines.append(
            CrisisResource(
                id="helpline-directory",
                name=found.name,
                kind=ResourceKind.DIRECTORY,
                url=found.url,
                description=DIRECTORY_DESCRIPTION,
                verified=True,
                checked=found.checked,
                source=found.source,
            )
        )
    return ResourceSelection(
        country=None,
        name=directory.fallback.name,
        fallback=True,
        resources=tuple(lines),
        asked=code,
        emergency_number=known.phone if known is not None else None,
    )


def _first_emergency_phone(lines: Iterable[CrisisResource]) -> str | None:
    return next((r.phone for r in lines if r.kind is ResourceKind.EMERGENCY and r.phone), None)


EMERGENCY_DESCRIPTION = _(
    "Call now if you or your baby are in danger, or if you might act on thoughts of harming "
    "yourself or your baby."
)
DIRECTORY_DESCRIPTION = _(
    "A free directory of helplines in many countries: pick your country to find someone to talk "
    "to now."
)
UNKNOWN_EMERGENCY = Phrase(template=_("your local emergency number"))
# When a country has no checked line for same-day advice (or we do not know the country).
NO_ADVICE_LINE = Phrase(template=_("your doctor or your doctor's out-of-hours line"))


def emergency_phrase(selection: ResourceSelection) -> Phrase:
    """What to call in an emergency, with the digits when they are known: "911"."""
    if selection.emergency_number:
        return Phrase(template="%(number)s", params={"number": selection.emergency_number})
    return UNKNOWN_EMERGENCY


def urgent_advice_phrase(selection: ResourceSelection) -> Phrase:
    """Where to get medical advice now when it is not an emergency, for the selection's country.

    The first checked, nationwide urgent-advice line with a number ("your doctor or NHS 111");
    without one, the doctor's out-of-hours line, never another country's (or region's) service.
    """
    line = next(
        (
            r
            for r in selection.resources
            if r.kind is ResourceKind.URGENT_ADVICE and r.verified and r.phone and r.nationwide
        ),
        None,
    )
    if line is None or line.phone is None:
        return NO_ADVICE_LINE
    number = line.phone_label or line.phone
    if _digits(line.phone) in _digits(line.name):
        return Phrase(template=_("your doctor or %(service)s"), params={"service": line.name})
    return Phrase(
        template=_("your doctor or %(service)s on %(number)s"),
        params={"service": line.name, "number": number},
    )


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from `earlier` to `later` (0 when later is earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(0, months)


class StaleLine(FrozenModel):
    field: str  # e.g. "countries.US.resources[1]"
    id: str
    checked: date | None  # None: the line never said when it was checked


def stale_lines(
    directory: CrisisDirectory, *, today: date, months: int = CHECK_EVERY_MONTHS
) -> list[StaleLine]:
    """Verified lines with a number whose check is older than `months` (or undated)."""
    stale = []
    for field, group in _groups(directory).items():
        for index, line in enumerate(group.resources):
            if not (line.verified and (line.phone or line.text)):
                continue
            if line.checked is None or months_between(line.checked, today) >= months:
                stale.append(
                    StaleLine(field=f"{field}.resources[{index}]", id=line.id, checked=line.checked)
                )
    for code, number in directory.emergency_numbers.items():
        if number.checked is None or months_between(number.checked, today) >= months:
            stale.append(
                StaleLine(field=f"emergency_numbers.{code}", id=code, checked=number.checked)
            )
    return stale


def known_countries(directory: CrisisDirectory) -> list[str]:
    """Every country the directory can answer with digits: its own entries and emergency numbers."""
    return sorted(set(directory.countries) | set(directory.emergency_numbers))
