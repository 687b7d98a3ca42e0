"""Turns a DomainError into a CommandError: one "field: message" line per problem."""

from __future__ import annotations

from django.core.management.base import CommandError
from django.utils.translation import gettext

from nestling.domain.errors import DomainError


def command_error(exc: DomainError, *, default_field: str) -> CommandError:
    """The error for the shell; problems without a field are labelled `default_field`."""
    problems = getattr(exc, "errors", [(exc.field, exc.template)])
    lines = [
        f"{field or default_field}: {exc.message if text == exc.template else gettext(text)}"
        for field, text in problems
    ]
    return CommandError("\n".join(lines))
