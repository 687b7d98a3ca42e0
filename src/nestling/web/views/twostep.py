"""Two-step sign-in pages: the code after the password, and Settings → Two-step sign-in
(turn on with the app, recovery codes, turn off)."""

from __future__ import annotations

import time
from typing import Any

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from nestling.domain.errors import DomainError, TooManyAttempts
from nestling.services import twofactor
from nestling.web.forms import error_text, show_error
from nestling.web.views import actor

PENDING = "_nestling_second_step"  # {"user": id, "backend": ..., "at": seconds, "next": url}


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=20,
        help_text=gettext_lazy(
            "The 6 digits your authenticator app shows now, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )


class PasswordForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


def remember(request: HttpRequest, user: Any, next_url: str) -> None:
    """After a right password: remember who is signing in while the code is asked."""
    request.session[PENDING] = {
        "user": user.pk,
        "backend": user.backend,
        "at": int(time.time()),
        "next": next_url,
    }


def _pending(request: HttpRequest) -> dict[str, Any] | None:
    found = request.session.get(PENDING)
    if not isinstance(found, dict) or time.time() - found["at"] > settings.SECOND_STEP_SECONDS:
        return None
    return found


def login_code(request: HttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None:
        messages.info(request, _("Please log in again."))
        return redirect("login")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = twofactor.second_step(
                user_id=pending["user"], code=form.cleaned_data["code"], now=timezone.now()
            )
        except TooManyAttempts:
            request.session.pop(PENDING, None)
            raise
        except DomainError as exc:
            show_error(form, exc)
        else:
            request.session.pop(PENDING, None)
            login(request, user, backend=pending["backend"])
            return redirect(pending["next"])
    return render(request, "accounts/login_code.html", {"form": form})


def _qr(uri: str) -> str:
    # Dark on white whatever the theme: scanners need the contrast.
    return str(segno.make(uri, error="m").svg_data_uri(scale=5, dark="#000", light="#fff"))


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    found = twofactor.status(actor=actor(request))
    return render(
        request,
        "accounts/two_step.html",
        {"status": found, "password_form": PasswordForm(), "recovery": None},
    )


@login_required
def setup(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                codes = twofactor.confirm(
                    actor=who, code=form.cleaned_data["code"], now=timezone.now()
                )
            except TooManyAttempts:
                raise
            except DomainError as exc:
                show_error(form, exc)
            else:
                messages.success(request, _("Two-step sign-in is on."))
                return _show_codes(request, codes)
        found = twofactor.pending(actor=who)
    else:
        if twofactor.enabled(who.user):
            return redirect("two-step")
        found = twofactor.begin(actor=who)
    if found is None:
        return redirect("two-step")
    return render(
        request,
        "accounts/two_step_setup.html",
        {"form": form, "setup": found, "qr": _qr(found.uri)},
    )


def _show_codes(request: HttpRequest, codes: list[str]) -> HttpResponse:
    found = twofactor.status(actor=actor(request))
    return render(
        request,
        "accounts/two_step.html",
        {"status": found, "password_form": PasswordForm(), "recovery": codes},
    )


def _password(request: HttpRequest) -> str:
    form = PasswordForm(request.POST)
    return str(form.cleaned_data["password"]) if form.is_valid() else ""


@login_required
@require_POST
def new_codes(request: HttpRequest) -> HttpResponse:
    try:
        codes = twofactor.new_recovery_codes(
            actor=actor(request), password=_password(request), now=timezone.now()
        )
    except TooManyAttempts:
        raise
    except DomainError as exc:
        messages.error(request, error_text(exc))
        return redirect("two-step")
    messages.success(request, _("New recovery codes. The old ones no longer work."))
    return _show_codes(request, codes)


@login_required
@require_POST
def turn_off(request: HttpRequest) -> HttpResponse:
    try:
        twofactor.turn_off(actor=actor(request), password=_password(request), now=timezone.now())
    except TooManyAttempts:
        raise
    except DomainError:
        messages.error(request, _("That password is not right, so two-step sign-in stays on."))
        return redirect("two-step")
    messages.success(request, _("Two-step sign-in is off. Your password alone now signs you in."))
    return redirect("two-step")
