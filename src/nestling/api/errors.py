"""One mapping from errors to API responses: a clear message and the field it is about."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from nestling.api.parsing import field_path
from nestling.domain.errors import DomainError, TooManyAttempts, ValidationError


def _translated(template: str, params: dict[str, Any]) -> str:
    text = gettext(template)
    return text % params if params else text


def _field_from_loc(loc: list[Any] | tuple[Any, ...]) -> str | None:
    # ninja reports ("body", "payload", "name", 0, ...); keep the part a client sent. An error
    # about the body as a whole (missing, or not an object) names the body.
    parts = [p for p in loc if p not in {"body", "payload", "query", "path", "filters"}]
    return field_path(parts) or ("body" if loc and loc[0] == "body" else None)


def _input_error(error: dict[str, Any]) -> dict[str, Any]:
    """One problem pydantic found, as {field, message}, in our words where we have them."""
    field = _field_from_loc(error.get("loc", ()))
    message = error.get("msg", "Invalid value.")
    kind = error.get("type")
    if kind == "extra_forbidden":
        message = gettext("This field is not allowed here.")
    elif kind == "missing":
        message = (
            gettext("Send a JSON body.") if field == "body" else gettext("This field is required.")
        )
    elif kind in {"local_time", "moment"}:  # our own rules (api/schemas.py): translate them
        message = gettext(message)
    return {"field": field, "message": message}


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
        response = api.create_response(request, body, status=exc.status)
        if isinstance(exc, TooManyAttempts):
            response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(NinjaValidationError)
    def invalid_input(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        errors = [_input_error(error) for error in exc.errors]
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
        if isinstance(exc.__cause__, DomainError):
            # ninja wraps what the body parser raised ("Cannot parse request body"); say why.
            return domain_error(request, exc.__cause__)
        body = {"detail": str(exc), "field": None, "code": "error"}
        return api.create_response(request, body, status=exc.status_code)
