"""Settings → where you are signed in: browser sessions, ended one by one or all at once."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from nestling.services import sessions, tokens
from nestling.web.views import access_errors, actor


@login_required
def signed_in(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    found = sessions.of(actor=who, current_key=request.session.session_key, now=timezone.now())
    live_tokens = [t for t in tokens.of(actor=who) if t.revoked_at is None]
    return render(
        request,
        "accounts/sessions.html",
        {"sessions": found, "others": [s for s in found if not s.current], "tokens": live_tokens},
    )


@login_required
@access_errors
@require_POST
def session_end(request: HttpRequest, session_id: str) -> HttpResponse:
    was_current = sessions.end(
        actor=actor(request),
        session_id=session_id,
        current_key=request.session.session_key,
        now=timezone.now(),
    )
    if was_current:
        logout(request)
        return redirect("login")
    messages.success(request, _("That device is signed out."))
    return redirect("sessions")


@login_required
@require_POST
def sessions_end_others(request: HttpRequest) -> HttpResponse:
    ended = sessions.end_others(actor=actor(request), current_key=request.session.session_key)
    messages.success(
        request,
        ngettext(
            "%(count)d other device is signed out.",
            "%(count)d other devices are signed out.",
            ended,
        )
        % {"count": ended},
    )
    return redirect("sessions")
