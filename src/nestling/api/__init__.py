"""The JSON API under /api/v1/, documented by OpenAPI at /api/v1/openapi.json and /api/v1/docs."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI

from nestling import __version__
from nestling.api import (
    audit,
    babies,
    crisis,
    cry,
    entries,
    errors,
    households,
    me,
    openapi,
    plans,
    questionnaires,
    screenings,
    sessions,
    tokens,
)
from nestling.api.auth import BrowserSession, TokenAuth
from nestling.api.parsing import JsonParser


class NestlingAPI(NinjaAPI):
    """Adds each entry kind's details schema and every operation's errors to the document."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(*args, **kwargs)
        entries.document(schema)
        openapi.document_errors(schema)
        return schema


api = NestlingAPI(
    title="Nestling API",
    version=__version__,
    description=(
        "Nestling's JSON API. Authenticate with a personal token "
        "(`Authorization: Bearer <token>`, created under Settings) or the browser session."
    ),
    auth=[TokenAuth(), BrowserSession()],
    urls_namespace="api",
    parser=JsonParser(),
)
errors.install(api)
for module in (me, households, babies, entries, cry, plans, questionnaires, screenings, tokens):
    api.add_router("", module.router)
api.add_router("", crisis.router)  # no account needed: see api/crisis.py
api.add_router("", sessions.router)
api.add_router("", audit.router)
