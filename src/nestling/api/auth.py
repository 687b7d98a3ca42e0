"""API authentication: a personal token (`Authorization: Bearer`) or the browser session + CSRF."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from nestling.services import tokens
from nestling.services.access import Actor, actor_of


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
    """The caller with the token's scope (a browser session may write)."""
    return actor_of(request, getattr(getattr(request, "auth", None), "scope", "write"))
