"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from nestling import __version__


def site(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    theme = getattr(user, "theme", "auto") if user and user.is_authenticated else "auto"
    return {"theme": theme, "allow_signup": settings.ALLOW_SIGNUP, "version": __version__}
