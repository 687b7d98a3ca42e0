"""Cross-cutting concerns: security and caching headers, the 429 page, one log line per request."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext

from nestling.domain.errors import TooManyAttempts

log = logging.getLogger("nestling.request")

# No inline scripts or styles anywhere: everything comes from our own static files.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CSP)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        # Pages and API answers carry family and health data: no browser or proxy may keep a
        # copy (a shared computer's back button, a disk cache). Static files never get here:
        # whitenoise answers them earlier with their own caching.
        add_never_cache_headers(response)
        return response


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        log.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": getattr(user, "pk", None),
            },
        )
        return response


class RequestStateMiddleware:
    """Per-thread state a view sets (the household's time zone) ends with its request.

    A gunicorn worker serves different families one after another in the same thread; a time
    zone activated for one family's page would otherwise shape the next family's times.
    """
class TooManyAttemptsMiddleware:
    """A page refused by a rate limit (domain/limits.py): the 429 page, with Retry-After."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not isinstance(exc, TooManyAttempts):
            return None
        return too_many_attempts(request, exc)


def too_many_attempts(request: HttpRequest, exc: TooManyAttempts) -> HttpResponse:
    text = gettext(exc.template) % exc.params
    response = render(request, "errors/too_many.html", {"message": text}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response
