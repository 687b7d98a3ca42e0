"""API authentication: a personal token (`Authorization: Bearer`) or the browser session + CSRF."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth
from ninja.utils import check_csrf

from nestling.addresses import client_address
from nestling.domain.errors import DomainError
from nestling.domain.text import gettext_noop as _
from nestling.services import tokens
from nestling.services.access import Actor, actor_of


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        found = tokens.authenticate(token, timezone.now())
        if found is None:
            # A wrong token is counted per address; past the limit this raises TooManyAttempts
            # (429 instead of 401). A valid one costs nothing extra.
            tokens.count_wrong(address=client_address(request), now=timezone.now())
            return None
        request.user = found.user
        return found


class CsrfFailed(DomainError):
    status = 403

    def __init__(self) -> None:
        super().__init__(
            _(
                "Signed in through the browser: send the CSRF token (from the csrftoken "
                "cookie) as the X-CSRFToken header with every change."
            ),
            field="X-CSRFToken",
            code="csrf",
        )


class BrowserSession(SessionAuth):
    """The signed-in browser, whose changes must carry the CSRF token.

    Without a signed-in session there is nothing to protect: the caller is anonymous and gets
    401 (sign in, or send a token), not a CSRF error about a session they do not have."""

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request):
            raise CsrfFailed()
        return request.COOKIES.get(self.param_name)


def actor(request: HttpRequest) -> Actor:
    """The caller with the token's scope (a browser session may write)."""
    return actor_of(request, getattr(getattr(request, "auth", None), "scope", "write"))
