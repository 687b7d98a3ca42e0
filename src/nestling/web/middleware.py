"""Cross-cutting concerns: security and caching headers, the 429 page, one log line per request."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext

from nestling.addresses import client_address
from nestling.domain.errors import TooManyAttempts
from nestling.services.sessions import ADDRESS, AGENT, SEEN, SINCE

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

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class TooManyAttemptsMiddleware:
    """A page refused by a rate limit (domain/limits.py): the 429 page, with Retry-After."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
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


class SessionActivityMiddleware:
    """Note in a signed-in session where and when it was last used, for the list of devices
    under Settings; at most every few minutes, so browsing does not write on every page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        session = getattr(request, "session", None)
        # Only browser sessions that are signed in (an API token's request has no session).
        if session is None or not session.get(SESSION_KEY):
            return response
        now = int(time.time())
        seen = session.get(SEEN)
        if not isinstance(seen, int) or now - seen >= settings.SESSION_TOUCH_SECONDS:
            session.setdefault(SINCE, now)
            session[SEEN] = now
            session[AGENT] = request.headers.get("User-Agent", "")[:300]
            session[ADDRESS] = client_address(request)
        return response
