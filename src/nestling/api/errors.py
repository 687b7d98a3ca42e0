"""One mapping from errors to API responses: a clear message and the field it is about."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from nestling.domain.errors import DomainError, ValidationError


def _translated(template: str, params: dict[str, Any]) -> str:
    text = gettext(template)
    return text % params if params else text


def _field_from_loc(loc: list[Any] | tuple[Any, ...]) -> str:
    # ninja reports ("body", "payload", "name", 0, ...); keep the part a client sent.
    parts = [p for p in loc if p not in {"body", "payload", "query", "path"}]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or None  # type: ignore[return-value]


def install(api: NinjaAPI) -> None:
    @api.exception_handler(DomainError)
    def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
        message = _translated(exc.template, exc.params)
        body: dict[str, Any] = {"detail": message, "field": exc.field, "code": exc.code}
        if isinstance(exc, ValidationError):
            body["errors"] = [
                {"field": field, "message": gettext(text) if text != exc.template else message}
                for field, text in exc.errors
            ]
        return api.create_response(request, body, status=exc.status)

    @api.exception_handler(NinjaValidationError)
    def invalid_input(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        errors = []
        for error in exc.errors:
            field = _field_from_loc(error.get("loc", ()))
            message = error.get("msg", "Invalid value.")
            if error.get("type") == "extra_forbidden":
                message = gettext("This field is not allowed here.")
            elif error.get("type") == "missing":
                message = gettext("This field is required.")
            errors.append({"field": field, "message": message})
        first = errors[0] if errors else {"field": None, "message": gettext("Invalid input.")}
        body = {
            "detail": f"{first['field']}: {first['message']}"
            if first["field"]
            else first["message"],
            "field": first["field"],
            "code": "invalid",
            "errors": errors,
        }
        return api.create_response(request, body, status=422)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        body = {
            "detail": gettext(
                "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."
            ),
            "field": None,
            "code": "unauthenticated",
        }
        response = api.create_response(request, body, status=401)
        response["WWW-Authenticate"] = "Bearer"
        return response

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        body = {"detail": str(exc), "field": None, "code": "error"}
        return api.create_response(request, body, status=exc.status_code)
