"""What every entry kind declares: the shape of one module of the kind registry.

A kind is one module under `nestling.domain.kinds` defining `KIND` (or `KINDS`, for a small
family of kinds). Everything the kind means lives there: its details model and allowed values,
its category, timer and quick-log behaviour, which details apply to which choice, plausibility
limits and units, its one-line summary, typed readers for the rules that consume it, and the
slots later layers fill (FHIR mapping, import mappings). Forms, the timeline, the API's schema,
the cry helper and the plan loop over the registry and never name a details key themselves.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict

from nestling.domain import units
from nestling.domain.units import Dimension


class Category(enum.StrEnum):
    BONDING = "bonding"
    CARE = "care"
    CUES = "cues"
    HEALTH = "health"
    PARENT = "parent"
    NOTE = "note"
    PRENATAL = "prenatal"


class Details(BaseModel):
    """Base for every kind's details: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class EmptyDetails(Details):
    pass


FieldType = Literal[
    "choice", "multi", "number", "integer", "text", "longtext", "list", "yesno", "flag"
]


@dataclass(frozen=True)
class Field:
    """One detail as a form asks for it.

    `dimension` makes a number stored metric and typed in the household's units; `minimum` and
    `maximum` are in stored units. `when` shows (and accepts) the detail only while another
    detail has one of the given values: a bottle feed has an amount, a breast feed has sides.
    """

    name: str
    label: str
    type: FieldType
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = False
    dimension: Dimension | None = None
    minimum: float | None = None
    maximum: float | None = None
    when: tuple[str, tuple[str, ...]] | None = None
    help: str = ""

    def applies(self, details: Mapping[str, Any]) -> bool:
        if self.when is None:
            return True
        other, values = self.when
        return details.get(other) in values


def choices(allowed: Any, labels: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """Form choices in the order of a Literal of allowed values; every value needs a label."""
    values = get_args(allowed)
    missing = [v for v in values if v not in labels]
    if missing:
        raise ValueError(f"no label for {missing}")
    return tuple((v, labels[v]) for v in values)


TapSection = Literal["timer", "care", "bonding", "prenatal"]


@dataclass(frozen=True)
class Tap:
    """A quick-log button: one tap starts a timer or logs "now" with these details."""

    section: TapSection
    label: str
    variant: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)
    order: int = 0  # place within its section of the quick log
    # Details copied from the last entry logged with this tap (a bottle's usual amount), so the
    # usual is one tap; the button shows them. Nothing is remembered until there is a last one.
    remember: tuple[str, ...] = ()


@dataclass(frozen=True)
class Words:
    """What a summary needs from the edge: the household's units and the reader's language."""

    units: str = units.METRIC
    translate: Callable[[str], str] = lambda message: message

    def __call__(self, template: str, **params: Any) -> str:
        text = self.translate(template)
        return text % params if params else text

    def amount(self, value: float, dimension: Dimension) -> str:
        return units.show(value, dimension, self.units)

    def choice(self, kind_field: Field | None, value: Any) -> str:
        """A chosen value's label, translated (the raw value when it has none)."""
        if kind_field is not None:
            for code, label in kind_field.choices:
                if code == value:
                    return self.translate(label)
        return str(value)


def _no_summary(details: Mapping[str, Any], words: Words) -> list[str]:
    return []


def _never_private(details: Mapping[str, Any]) -> bool:
    return False


def _as_given(details: dict[str, Any], at: datetime) -> dict[str, Any]:
    return details


@dataclass(frozen=True)
class Kind:
    code: str
    category: Category
    label: str
    details: type[Details] = EmptyDetails
    order: int = 1000  # place in lists and menus
    timed: bool = False  # has a duration (start–end) and can run as a timer
    max_minutes: int | None = None
    needs_note: bool = False
    personal: bool = False  # always the logger's own (a check-in), never logged for someone else
    exclusive: bool = False  # two periods of this kind cannot overlap (the baby sleeps once)
    fields: tuple[Field, ...] = ()
    taps: tuple[Tap, ...] = ()
    summarise: Callable[[Mapping[str, Any], Words], list[str]] = _no_summary
    # What a timer's details become when it starts and when it stops (a breast feed keeps its
    # side segments while running and turns them into minutes per side when stopped).
    on_start: Callable[[dict[str, Any], datetime], dict[str, Any]] = _as_given
    on_stop: Callable[[dict[str, Any], datetime], dict[str, Any]] = _as_given
    # Only the person who logged it sees it (a caregiver's own check-in unless they share it).
    is_private: Callable[[Mapping[str, Any]], bool] = _never_private
    # Slots for later layers, filled in the kind's module: how the kind maps to FHIR, and how
    # each import format's records map to it (provider name -> mapping).
    fhir: Callable[..., Any] | None = None
    imports: Mapping[str, Any] = field(default_factory=dict)

    @property
    def group(self) -> Category:  # the name the API and older callers use
        return self.category

    def field(self, name: str) -> Field | None:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        return None

    def summary(self, details: Mapping[str, Any], words: Words) -> str:
        """One line about an entry's details, e.g. "Bottle · 120 ml formula"."""
        return " · ".join(part for part in self.summarise(details, words) if part)

    def irrelevant(self, details: Mapping[str, Any]) -> list[str]:
        """Details given that do not apply to the choice made (a bottle feed's breast minutes)."""
        return [
            f.name
            for f in self.fields
            if f.when is not None
            and details.get(f.name) not in (None, [], "")
            and not f.applies(details)
        ]


def shown(values: Iterable[str | None]) -> list[str]:
    return [v for v in values if v]
