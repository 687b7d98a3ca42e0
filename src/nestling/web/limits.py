"""The largest request body Nestling reads (NESTLING_MAX_BODY_BYTES): a larger one gets 413."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext

# How much of a refused body is still read and thrown away. Answering before the client has sent
# its body and then closing would make the kernel reset the connection, and most clients then
# report the reset instead of our 413. Past this much, the connection is simply closed.
DRAIN_MAX_BYTES = 64 * 1024 * 1024
CHUNK = 256 * 1024


def _size(n: int) -> str:
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MiB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KiB"
    return f"{n} bytes"


def _drain(request: HttpRequest, length: int) -> None:
    left = min(length, DRAIN_MAX_BYTES)
    stream = request.META.get("wsgi.input")
    if stream is None:
        return
    try:
        while left > 0:
            chunk = stream.read(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
    except OSError:  # the client gave up: nobody is left to answer
        return


class BodySizeLimitMiddleware:
    """Refuse a body over the limit before anything reads it, with 413 and a clear message."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.MAX_BODY_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length <= limit:
            return self.get_response(request)
        _drain(request, length)
        message = gettext("The request body is too large (%(limit)s at most).") % {
            "limit": _size(limit)
        }
        if request.path_info.startswith("/api/"):
            body = {"detail": message, "field": "body", "code": "too_large"}
            return HttpResponse(json.dumps(body), content_type="application/json", status=413)
        return HttpResponse(message, content_type="text/plain; charset=utf-8", status=413)
