"""The JSON API under /api/v1/, documented by OpenAPI at /api/v1/openapi.json and /api/v1/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from nestling import __version__
from nestling.api import babies, errors, households, me, tokens
from nestling.api.auth import BrowserSession, TokenAuth

api = NinjaAPI(
    title="Nestling API",
    version=__version__,
    description=(
        "Nestling's JSON API. Authenticate with a personal token "
        "(`Authorization: Bearer <token>`, created under Settings) or the browser session."
    ),
    auth=[TokenAuth(), BrowserSession()],
    urls_namespace="api",
)
errors.install(api)
for module in (me, households, babies, tokens):
    api.add_router("", module.router)
