"""The public help page: where to turn now, in any country, signed in or not."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from nestling.domain.crisis import CrisisResource, ResourceKind, ResourceSelection
from nestling.domain.errors import ValidationError
from nestling.services import crisis, places
from nestling.web import screening_text
from nestling.web.views import actor


def resource_rows(selection: ResourceSelection) -> list[dict[str, Any]]:
    """Template rows: each checked line with its kind's label and its words translated."""
    return [_row(line) for line in selection.resources]


def _row(line: CrisisResource) -> dict[str, Any]:
    return {
        "r": line,
        "kind": screening_text.RESOURCE_KINDS.get(line.kind.value, ""),
        "name": _(line.name),
        "description": _(line.description) if line.description else "",
        "hours": _(line.hours) if line.hours else "",
        "directory": line.kind is ResourceKind.DIRECTORY,
    }


def crisis_help(request: HttpRequest) -> HttpResponse:
    """Crisis resources for anyone, signed in or not (never behind a login)."""
    who = actor(request) if request.user.is_authenticated else None
    asked = request.GET.get("country")
    try:
        selection = crisis.lines_for(country=asked, actor=who)
    except ValidationError:
        selection = crisis.lines_for(country=None, actor=who)  # a bad code: the usual page
    language = get_language() or "en"
    place = selection.asked or ""
    context = {
        "selection": selection,
        "resources": resource_rows(selection),
        "place": places.country_name(place, language) if place else "",
        "countries": places.countries(language),
        "chosen": place,
    }
    return render(request, "screenings/help.html", context)
