"""Friendly error pages, including the CSRF failure page self-hosters behind proxies meet."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    context = {"base_url": settings.BASE_URL, "origin": request.headers.get("Origin", "")}
    return render(request, "errors/csrf.html", context, status=403)
