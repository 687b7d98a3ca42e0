"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from nestling import __version__

NAV_BABY = "nav_baby"  # session key: the baby the tab bar points at


def site(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    theme = getattr(user, "theme", "auto") if signed_in else "auto"
    return {
        "theme": theme,
        "allow_signup": settings.ALLOW_SIGNUP,
        "version": __version__,
        "tabs": _tabs(request) if signed_in else None,
    }


def remember_baby(request: HttpRequest, baby_id: int) -> None:
    """The tab bar's Baby, Log and Timeline go to the baby last looked at (one session write
    when it changes, none on every page)."""
    session = getattr(request, "session", None)
    if session is not None and session.get(NAV_BABY) != baby_id:
        session[NAV_BABY] = baby_id


def _tabs(request: HttpRequest) -> dict[str, Any]:
    match = getattr(request, "resolver_match", None)
    name = match.url_name if match else ""
    baby_id = (match.kwargs.get("baby_id") if match else None) or request.session.get(NAV_BABY)
    current = {
        "baby": name in ("baby", "baby-edit", "cry"),
        "log": name in ("quick-log", "entry-new", "entry-edit"),
        "timeline": name == "timeline",
        "ideas": name in ("practices", "practice", "guide"),
        "me": name in ("settings", "wellbeing", "password", "token-new")
        or (name or "").startswith("screening"),
    }
    return {"baby_id": baby_id, "current": current}
