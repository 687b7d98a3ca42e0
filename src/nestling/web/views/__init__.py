"""Page views, one module per area."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from nestling.domain.errors import DomainError, NotFound, PermissionDenied
from nestling.services.access import Actor, actor_of
from nestling.web.forms import error_text


def actor(request: HttpRequest) -> Actor:
    """The signed-in person, made once per request so services can remember lookups."""
    return actor_of(request)


def access_errors(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Turn "not yours" into a 404 page and "not allowed" into the friendly 403 page."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except NotFound as exc:
            raise Http404(exc.message) from exc
        except PermissionDenied as exc:
            raise DjangoPermissionDenied(exc.message) from exc

    return wrapper


def flash(request: HttpRequest, exc: DomainError, *, pages: tuple[int, ...] = (403, 404)) -> None:
    """Show a refused action as a message on the next page; errors with a status in `pages`
    are raised again so that `access_errors` turns them into the 404 or 403 page."""
    if exc.status in pages:
        raise exc
    messages.error(request, error_text(exc))
