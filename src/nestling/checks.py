"""System checks run by `nestling check` (and before serving): the operator's configuration."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, Warning, register
from django.utils import timezone

from nestling.domain import crisis
from nestling.domain.errors import ValidationError


@register()
def crisis_resources(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """The crisis resources file must load (a broken one would hide the operator's help lines),
    and its numbers should have been checked within the last year: numbers change."""
    from nestling.services import instruments

    path = instruments.crisis_file()
    try:
        directory = instruments.read_crisis_file(path)
    except ValidationError as exc:
        problems = "; ".join(
            f"{field or 'file'}: {exc.message if index == 0 else message}"
            for index, (field, message) in enumerate(exc.errors)
        )
        return [
            Error(
                f"The crisis resources file {path} is unusable ({problems}).",
                hint="Fix the file or unset NESTLING_CRISIS_RESOURCES to use the packaged one. "
                "Until then the packaged resources are shown.",
                id="nestling.E010",
            )
        ]
    return _stale(path, directory)


def _stale(path: Any, directory: crisis.CrisisDirectory) -> list[CheckMessage]:
    today = timezone.localdate()
    stale = crisis.stale_lines(directory, today=today)
    if not stale:
        return []
    shown = ", ".join(
        f"{line.id} ({line.checked.isoformat() if line.checked else 'no date'})"
        for line in stale[:10]
    )
    more = f" and {len(stale) - 10} more" if len(stale) > 10 else ""
    return [
        Warning(
            f"The crisis resources file {path} has numbers last checked more than "
            f"{crisis.CHECK_EVERY_MONTHS} months ago, or never ({len(stale)}): {shown}{more}.",
            hint="Check each against its source (the 'source' field), then set 'checked' to "
            "the date you did (YYYY-MM-DD). Numbers and opening hours change.",
            id="nestling.W011",
        )
    ]
