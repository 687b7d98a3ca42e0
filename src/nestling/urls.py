"""URL map: pages, the API under /api/v1/, and a health check."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from nestling.api import api


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("api/v1/", api.urls),
    path("healthz", healthz, name="healthz"),
    path("", include("nestling.web.urls")),
]
