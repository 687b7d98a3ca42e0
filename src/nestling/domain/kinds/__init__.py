"""The kind registry: every module of this package declares one kind (`KIND`) or a small family
of kinds (`KINDS`), and is found here without being listed. Adding a kind is adding a module.

Everything else — forms, the timeline, the quick log, the API's documented schemas, the cry
helper, the plan — reads kinds from here (see docs/architecture.md, "Adding a kind").
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError as PydanticError

from nestling.domain.errors import ValidationError
from nestling.domain.kinds.base import (
    Category,
    Details,
    EmptyDetails,
    Field,
    Kind,
    Tap,
    TapSection,
    Words,
)
from nestling.domain.text import gettext_noop as _

Group = Category  # the older name, still used by the API's `group`

__all__ = [
    "KINDS",
    "TIMER_KINDS",
    "Category",
    "Details",
    "EmptyDetails",
    "Field",
    "Group",
    "Kind",
    "Tap",
    "Words",
    "codes_in",
    "kind_spec",
    "parse_details",
    "taps",
]


def _discover() -> dict[str, Kind]:
    found: list[Kind] = []
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        declared = getattr(module, "KINDS", None) or (getattr(module, "KIND", None),)
        found += [kind for kind in declared if isinstance(kind, Kind)]
    found.sort(key=lambda kind: (kind.order, kind.code))
    registry: dict[str, Kind] = {}
    for kind in found:
        if kind.code in registry:
            raise RuntimeError(f"two kinds are called {kind.code!r}")
        registry[kind.code] = kind
    return registry


KINDS: dict[str, Kind] = _discover()
TIMER_KINDS = tuple(code for code, kind in KINDS.items() if kind.timed)


def kind_spec(code: str) -> Kind:
    kind = KINDS.get(code)
    if kind is None:
        raise ValidationError(_("Unknown kind of entry."), field="kind")
    return kind


def codes_in(*categories: Category) -> tuple[str, ...]:
    return tuple(code for code, kind in KINDS.items() if kind.category in categories)


def taps(section: TapSection) -> list[tuple[Kind, Tap]]:
    """The quick log's buttons of one section, in their order."""
    found = [(kind, tap) for kind in KINDS.values() for tap in kind.taps if tap.section == section]
    return sorted(found, key=lambda pair: (pair[1].order, pair[0].order))


def parse_details(kind: str, raw: Mapping[str, Any] | None) -> Details:
    """The kind's details from plain data, or a ValidationError naming `details.<field>`."""
    spec = kind_spec(kind)
    try:
        details = spec.details.model_validate(raw or {})
    except PydanticError as exc:
        problems: list[tuple[str | None, str]] = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in error["loc"])
            message = (
                _("This detail does not belong to this kind of entry.")
                if error["type"] == "extra_forbidden"
                # A kind's own check (a ValueError): its message, without pydantic's prefix.
                else str(error["ctx"]["error"])
                if error["type"] == "value_error"
                else error["msg"]
            )
            problems.append((f"details.{loc}" if loc else "details", message))
        raise ValidationError.collect(problems) from exc
    irrelevant = spec.irrelevant(details.model_dump())
    if irrelevant:
        raise ValidationError.collect(
            [
                (f"details.{name}", _("This detail does not apply to that choice."))
                for name in irrelevant
            ]
        )
    return details
