"""Sign up, log in and out, password, the settings page and personal API tokens."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nestling.addresses import client_address
from nestling.domain.errors import DomainError, TooManyAttempts
from nestling.services import accounts, sessions, signin, tokens, twofactor
from nestling.web.forms import ProfileForm, SignUpForm, TokenForm, error_text, show_error
from nestling.web.views import actor, twostep


class LoginView(auth_views.LoginView):
    """Django's login, with the limits of services/signin.py around the password check."""

    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def _who(self) -> dict[str, Any]:
        return {
            "username": self.request.POST.get("username", ""),
            "address": client_address(self.request),
        }

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        signin.before_password(**self._who(), now=timezone.now())
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        if form.data.get("password"):
            signin.password_failed(**self._who(), now=timezone.now())
        return super().form_invalid(form)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        signin.password_ok(**self._who())
        user = form.get_user()
        if twofactor.enabled(user):
            # The password was right; the code from the app comes next (web/views/twostep.py).
            twostep.remember(self.request, user, self.get_success_url())
            return redirect("login-code")
        return super().form_valid(form)


class LogoutView(auth_views.LogoutView):
    pass


class CheckedPasswordChangeForm(PasswordChangeForm):
    """The current password is checked by services/accounts.py, which pauses after a few
    wrong ones (TooManyAttempts goes on to the 429 page)."""

    def __init__(self, *args: Any, request: HttpRequest, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_old_password(self) -> str:
        password: str = self.cleaned_data["old_password"]
        try:
            accounts.check_current_password(
                actor=actor(self.request), password=password, now=timezone.now()
            )
        except TooManyAttempts:
            raise
        except DomainError as exc:
            raise forms.ValidationError(error_text(exc), code="password_incorrect") from exc
        return password


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password.html"
    success_url = reverse_lazy("settings")
    form_class = CheckedPasswordChangeForm

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        kwargs["request"] = self.request
        return kwargs

    def form_valid(self, form: PasswordChangeForm) -> HttpResponse:
        response = super().form_valid(form)  # saves, and keeps this browser signed in
        sessions.end_all(user=self.request.user, keep=self.request.session.session_key)
        messages.success(self.request, _("Your password is changed. Other devices are signed out."))
        return response


def signup(request: HttpRequest) -> HttpResponse:
    if not settings.ALLOW_SIGNUP:
        raise Http404
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = ""
    if request.method == "POST" and form.is_valid():
        try:
            user = accounts.sign_up(
                **form.cleaned_data, address=client_address(request), now=timezone.now()
            )
        except TooManyAttempts:
            raise
        except DomainError as exc:
            show_error(form, exc)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(next_url or "household-new")
    return render(request, "accounts/signup.html", {"form": form, "next": next_url})


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    user = request.user
    initial = {
        "display_name": user.display_name,
        "email": user.email,
        "theme": user.theme,
        "challenges": accounts.challenges_of(user),
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            data = form.cleaned_data
            accounts.update_account(
                actor=who,
                display_name=data["display_name"],
                theme=data["theme"],
                email=data["email"],
            )
            accounts.set_challenges(actor=who, challenges=data["challenges"], now=timezone.now())
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("settings")
    context = {"form": form, "tokens": tokens.of(actor=who), "token_form": TokenForm()}
    return render(request, "accounts/settings.html", context)


@login_required
def token_create(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            token, raw = tokens.create(
                actor=actor(request), now=timezone.now(), **form.cleaned_data
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            return render(request, "accounts/token_created.html", {"token": token, "raw": raw})
    return render(request, "accounts/token_new.html", {"form": form})


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        token = tokens.revoke(actor=actor(request), token_id=token_id, now=timezone.now())
    except DomainError as exc:
        raise Http404 from exc
    messages.success(request, _("The token “%(name)s” no longer works.") % {"name": token.name})
    return redirect("sessions" if request.POST.get("next") == "sessions" else "settings")
