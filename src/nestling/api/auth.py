"""API authentication: a personal token (`Authorization: Bearer`) or the browser session + CSRF."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from nestling.services import tokens
from nestling.services.access import Actor


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = tokens.authenticate(token, timezone.now())
        if found is None:
            return None
        request.user = found.user
        return found


class BrowserSession(SessionAuth):
    """The signed-in browser; ninja checks the CSRF token on unsafe methods."""


def actor(request: HttpRequest) -> Actor:
    """The caller, made once per request so that services can remember what they looked up."""
    found = getattr(request, "nestling_actor", None)
    if found is None:
        auth = getattr(request, "auth", None)
        found = Actor(user=request.user, scope=getattr(auth, "scope", "write"))
        request.nestling_actor = found  # type: ignore[attr-defined]
    return found
