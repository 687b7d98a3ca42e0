"""System checks run by `nestling check` (and before serving): the operator's configuration."""

from __future__ import annotations

from typing import Any

from django.core.checks import Error, register

from nestling.domain.errors import ValidationError


@register()
def crisis_resources(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """The crisis resources file must load: a broken one would hide the operator's help lines."""
    from nestling.services import instruments

    path = instruments.crisis_file()
    try:
        instruments.read_crisis_file(path)
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
    return []
