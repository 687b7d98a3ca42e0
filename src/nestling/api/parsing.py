"""Reading request bodies and queries: JSON only, well-formed, and text a database can store."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict
from ninja.parser import Parser

from nestling.domain import inputs
from nestling.domain.errors import DomainError, ValidationError
from nestling.domain.text import gettext_noop as _

JSON_TYPES = ("application/json",)


class UnsupportedMediaType(DomainError):
    status = 415

    def __init__(self, message: str, *, params: dict[str, object]) -> None:
        super().__init__(message, field="body", code="unsupported_media_type", params=params)


class MalformedBody(DomainError):
    status = 400

    def __init__(self, message: str, *, params: dict[str, object] | None = None) -> None:
        super().__init__(message, field="body", code="malformed", params=params)


def _is_json(content_type: str) -> bool:
    # application/json, and structured types such as application/merge-patch+json
    return content_type in JSON_TYPES or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


def field_path(parts: list[str | int]) -> str:
    """("details", "foods", 0) -> "details.foods[0]": how errors name a nested field."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def check_text(value: Any, path: list[str | int]) -> None:
    """Raise naming the first string (or key) in `value` that cannot be stored as text."""
    if isinstance(value, str):
        problem = inputs.text_problem(value)
        if problem:
            raise ValidationError(problem, field=field_path(path) or "body")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key, [*path, key] if isinstance(key, str) else path)
            check_text(item, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_text(item, [*path, index])


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


class JsonParser(Parser):
    """ninja's parser, made strict: a body must say it is JSON, be JSON, and hold storable text."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        content_type = (request.content_type or "").lower()
        if not _is_json(content_type):
            raise UnsupportedMediaType(
                _("Send the body as JSON with 'Content-Type: application/json' (got %(type)s)."),
                params={"type": content_type or _("no content type")},
            )
        try:
            data = json.loads(request.body, parse_constant=_no_constant)
            check_text(data, [])
        except UnicodeDecodeError as exc:
            raise MalformedBody(_("The body is not valid UTF-8 text.")) from exc
        except json.JSONDecodeError as exc:
            raise MalformedBody(
                _("The body is not valid JSON: %(problem)s (line %(line)s, column %(column)s)."),
                params={"problem": exc.msg, "line": exc.lineno, "column": exc.colno},
            ) from exc
        except RecursionError as exc:
            raise MalformedBody(_("The body is nested too deeply.")) from exc
        except ValueError as exc:  # e.g. NaN, or an integer of thousands of digits
            raise MalformedBody(
                _("The body is not valid JSON: %(problem)s."), params={"problem": str(exc)}
            ) from exc
        return data  # type: ignore[no-any-return]

    def parse_querydict(
        self, data: MultiValueDict[str, Any], list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        result = super().parse_querydict(data, list_fields, request)
        check_text(result, [])
        return result
