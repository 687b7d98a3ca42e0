"""A forgotten password: a reset link by email when the operator set up email, otherwise
the page says who can help (`nestling changepassword USERNAME`)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils import timezone

from nestling.addresses import client_address
from nestling.services import accounts


class ResetView(auth_views.PasswordResetView):
    """Asks for the email address and always says the same thing afterwards, whether or not
    an account has it (no way to learn who has an account). Counted per address."""

    template_name = "accounts/reset.html"
    email_template_name = "accounts/reset_email.txt"
    subject_template_name = "accounts/reset_subject.txt"
    success_url = reverse_lazy("password-reset-sent")

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.EMAIL_ENABLED:
            return render(request, "accounts/reset_unavailable.html")
        return super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.EMAIL_ENABLED:
            return render(request, "accounts/reset_unavailable.html")
        accounts.count_reset_request(address=client_address(request), now=timezone.now())
        return super().post(request, *args, **kwargs)


class ResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/reset_sent.html"


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    """The link's page: a new password. The link works once (Django's token covers the
    password it replaces) and for PASSWORD_RESET_TIMEOUT; every session is signed out."""

    template_name = "accounts/reset_confirm.html"
    success_url = reverse_lazy("password-reset-done")
    post_reset_login = False

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        accounts.after_reset(user=form.user)
        return response


class ResetDoneView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/reset_done.html"
