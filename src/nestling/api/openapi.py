"""The OpenAPI document's error responses: every operation lists the errors it can answer, all in
one shape (`Error`), so a client knows what to handle and a fuzzer can hold us to it."""

from __future__ import annotations

from typing import Any

from ninja import Field, Schema

REF = "#/components/schemas/Error"
PREFIX = "/api/v1"


class FieldError(Schema):
    field: str | None = Field(..., description="The input at fault, e.g. `details.amount_ml`.")
    message: str


class Error(Schema):
    """Every error answer: what went wrong, the field at fault and a stable code."""

    detail: str = Field(..., description="What went wrong, in words for people.")
    field: str | None = Field(
        ...,
        description="The input at fault (`body` for the body as a whole, a header such as "
        "`X-CSRFToken`), or null when no single input is.",
    )
    code: str = Field(
        ...,
        description="A stable code, e.g. invalid, malformed, unsupported_media_type, too_large, "
        "unauthenticated, csrf, forbidden, not_found, conflict, stale, error.",
    )
    errors: list[FieldError] | None = Field(
        None, description="Every problem found, when the input had several (422)."
    )


WHY = {
    400: "The body is not valid JSON (`field` is `body`).",
    401: "No valid token and no signed-in session.",
    403: "Your role or a read-only token does not allow this, or a browser session sent no "
    "CSRF token.",
    404: "No such thing, or not in your households.",
    409: "It clashes with the current state (someone changed or stopped it first, a used "
    "code, the last parent).",
    413: "The body is larger than the server accepts (NESTLING_MAX_BODY_BYTES).",
    415: "The body is not sent as `application/json`.",
    422: "An input is not acceptable; `field` names it, `errors` lists every problem.",
    429: "Too many attempts: wait for `Retry-After` seconds.",
}

# What the generic rules below cannot see: errors a particular operation answers beyond them.
EXTRA: dict[tuple[str, str], set[int]] = {
    ("get", "/households/{household_id}/invitations"): {403},
    ("get", "/households/{household_id}/audit"): {403},
    ("post", "/babies/{baby_id}/timers"): {409},
    ("patch", "/entries/{entry_id}"): {409},
    ("post", "/timers/{timer_id}/stop"): {409},
    ("post", "/timers/{timer_id}/switch-side"): {409},
    ("patch", "/households/{household_id}/members/{member_id}"): {409},
    ("delete", "/households/{household_id}/members/{member_id}"): {409},
    ("post", "/invitations/accept"): {404, 409},
    ("post", "/cry-episodes/{episode_id}/tried"): {409},
    ("post", "/cry-episodes/{episode_id}/stop"): {409},
    ("get", "/screenings"): {404},
    ("post", "/screenings"): {404, 409},
    ("patch", "/screenings/{screening_id}"): {409},
    ("post", "/screenings/score"): {404},
    ("post", "/screenings/suggestions/snooze"): {404},
}


def statuses(method: str, operation: dict[str, Any]) -> set[int]:
    """The error statuses an operation can answer."""
    found: set[int] = set()
    if operation.get("security"):
        found |= {401, 429}  # wrong tokens are counted, whatever the operation
    if method != "get":
        found.add(403)
    parameters = operation.get("parameters", [])
    if any(p["in"] == "path" for p in parameters):
        found.add(404)
    if parameters:
        found.add(422)
    if "requestBody" in operation:
        found |= {400, 413, 415, 422}
    return found


def document_errors(openapi: dict[str, Any]) -> None:
    """Add the shared error schema and each operation's error responses to the document."""
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    schema = Error.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(schema.pop("$defs", {}))
    schemas["Error"] = schema
    for path, methods in openapi["paths"].items():
        for method, operation in methods.items():
            wanted = statuses(method, operation) | EXTRA.get(
                (method, path.removeprefix(PREFIX)), set()
            )
            responses = operation.setdefault("responses", {})
            for status in sorted(wanted):
                responses.setdefault(
                    status,
                    {
                        "description": WHY[status],
                        "content": {"application/json": {"schema": {"$ref": REF}}},
                    },
                )
