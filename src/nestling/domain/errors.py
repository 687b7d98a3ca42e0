"""Errors raised by the domain and services; the API and pages map them in one place."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; `message` is for people, `field` names the input at fault (if any)."""

    status = 400

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        code: str = "invalid",
        params: dict[str, object] | None = None,
    ) -> None:
        # `message` is the untranslated template; `params` fill it after translation at the edge.
        self.template = message
        self.params = params or {}
        self.message = message % self.params if self.params else message
        super().__init__(self.message)
        self.field = field
        self.code = code


class ValidationError(DomainError):
    """Input that can never be accepted as it is."""

    status = 422

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        code: str = "invalid",
        errors: list[tuple[str | None, str]] | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, field=field, code=code, params=params)
        # Several problems at once, each (field, message); the first one is also `field`/`message`.
        self.errors = errors if errors is not None else [(field, message)]

    @classmethod
    def collect(cls, problems: list[tuple[str | None, str]]) -> ValidationError:
        field, message = problems[0]
        return cls(message, field=field, errors=problems)


class NotFound(DomainError):
    """The thing does not exist, or the actor may not know that it exists."""

    status = 404

    def __init__(self, message: str = "Not found.", *, field: str | None = None) -> None:
        super().__init__(message, field=field, code="not_found")


class PermissionDenied(DomainError):
    """The actor can see the thing but may not do this to it."""

    status = 403

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, field=field, code="forbidden")


class Conflict(DomainError):
    """The request clashes with the current state (a stale version, a used code, a duplicate)."""

    status = 409

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        code: str = "conflict",
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, field=field, code=code, params=params)


class TooManyAttempts(DomainError):
    """Too many failed attempts: the caller must wait `retry_after` seconds (HTTP 429)."""

    status = 429

    def __init__(
        self, message: str, *, retry_after: int, params: dict[str, object] | None = None
    ) -> None:
        super().__init__(message, code="too_many_attempts", params=params)
        self.retry_after = max(1, retry_after)
