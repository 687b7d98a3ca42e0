"""The floor: the least a Django + django-ninja service on SQLite can do per request.

One token-authenticated insert of a row and one list of 100 rows, on the same SQLite options as
Nestling's settings, served like Nestling (gunicorn, sync workers). Nestling's figures are read
as ratios to these, measured in the same run by the same load generator, so the machine's speed
cancels out. Deliberately bare: no middleware, no sessions, no templates, no logging per request.

    python bench/floor_app.py setup --data-dir DIR [--days 365]   # prints the token
    python bench/floor_app.py serve --data-dir DIR --port 8101 [--workers 2]
"""

# No `from __future__ import annotations`: the schemas are built inside build(), after Django
# is configured, and ninja must resolve their annotations there.
import argparse
import hashlib
import json
import os
import secrets
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import django
from django.conf import settings

TOKEN_PREFIX = "flr_"


def configure(data_dir: str) -> None:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="floor-not-secret",  # nothing is signed: no sessions, no CSRF
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=["django.contrib.contenttypes", "ninja"],
        MIDDLEWARE=[],
        USE_TZ=True,
        TIME_ZONE="UTC",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": os.path.join(data_dir, "floor.sqlite3"),
                # The same options as src/nestling/settings.py.
                "OPTIONS": {
                    "transaction_mode": "IMMEDIATE",
                    "timeout": 20,
                    "init_command": (
                        "PRAGMA journal_mode=WAL;"
                        "PRAGMA synchronous=NORMAL;"
                        "PRAGMA foreign_keys=ON;"
                        "PRAGMA busy_timeout=20000;"
                    ),
                },
            }
        },
        LOGGING_CONFIG=None,
    )
    django.setup()


def build() -> tuple[Any, Any, Any]:
    """The models and the WSGI application; only callable once settings are configured."""
    from django.core.wsgi import get_wsgi_application
    from django.db import models
    from django.urls import path
    from ninja import NinjaAPI, Query, Schema, Status
    from ninja.security import HttpBearer

    class Token(models.Model):
        owner = models.IntegerField()
        digest = models.CharField(max_length=64, unique=True)

        class Meta:
            app_label = "floor"
            db_table = "floor_token"

        def __str__(self) -> str:
            return f"token of {self.owner}"

    class Row(models.Model):
        owner = models.IntegerField()
        kind = models.CharField(max_length=24)
        started_at = models.DateTimeField()
        ended_at = models.DateTimeField(null=True)
        note = models.TextField(blank=True)
        details = models.JSONField(default=dict)
        created_at = models.DateTimeField()

        class Meta:
            app_label = "floor"
            db_table = "floor_row"
            indexes = [models.Index(fields=["owner", "-started_at", "-id"], name="row_time")]

        def __str__(self) -> str:
            return f"{self.kind} at {self.started_at}"

    class Bearer(HttpBearer):
        def authenticate(self, request: Any, token: str) -> Any:
            digest = hashlib.sha256(token.encode()).hexdigest()
            return Token.objects.filter(digest=digest).values_list("owner", flat=True).first()

    class RowIn(Schema):
        kind: str
        started_at: datetime
        ended_at: datetime | None = None
        note: str = ""
        details: dict[str, Any] = {}

    class RowOut(RowIn):
        id: int
        created_at: datetime

    class Page(Schema):
        items: list[RowOut]

    class Paging(Schema):
        limit: int = 50
        offset: int = 0

    api = NinjaAPI(auth=Bearer(), urls_namespace="floor")

    @api.post("/rows", response={201: RowOut})
    def insert(request: Any, payload: RowIn) -> Status[RowOut]:
        row = Row.objects.create(
            owner=request.auth, created_at=datetime.now(UTC), **payload.model_dump()
        )
        return Status(201, RowOut.model_validate(row, from_attributes=True))

    @api.get("/rows", response=Page)
    def listing(request: Any, paging: Query[Paging]) -> Page:
        rows = Row.objects.filter(owner=request.auth).order_by("-started_at", "-id")
        window = rows[paging.offset : paging.offset + min(paging.limit, 500)]
        return Page(items=[RowOut.model_validate(r, from_attributes=True) for r in window])

    globals()["urlpatterns"] = [path("api/", api.urls)]
    return Token, Row, get_wsgi_application()


def history(days: int, now: datetime) -> list[Any]:
    """The same kind of rows as Nestling's benchmark baby: a generated year, ending now."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
    from nestling.domain.history import generate

    birth = now - timedelta(days=days - 1)
    return [
        r
        for r in generate(birth=birth, start_day=0, days=days, seed=1)
        if (r.ended_at or r.started_at) <= now
    ]


def setup(data_dir: str, days: int) -> str:
    """A fresh database with a generated history for owner 1; returns a new token."""
    path = os.path.join(data_dir, "floor.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    configure(data_dir)
    token_model, row_model, _app = build()
    from django.db import connection, transaction

    with connection.schema_editor() as editor:
        editor.create_model(token_model)
        editor.create_model(row_model)
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with transaction.atomic():
        token_model.objects.create(owner=1, digest=hashlib.sha256(raw.encode()).hexdigest())
        row_model.objects.bulk_create(
            (
                row_model(
                    owner=1,
                    created_at=now,
                    kind=r.kind,
                    started_at=r.started_at,
                    ended_at=r.ended_at,
                    note=r.note,
                    details=r.details,
                )
                for r in history(days, now)
            ),
            batch_size=2000,
        )
    return raw


def serve(data_dir: str, host: str, port: int, workers: int) -> None:
    configure(data_dir)
    _token, _row, application = build()
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):  # type: ignore[misc]
        # The same gunicorn settings as `nestling serve` (src/nestling/management/commands).
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers)
            self.cfg.set("worker_class", "sync")
            self.cfg.set("timeout", 30)
            self.cfg.set("graceful_timeout", 10)
            self.cfg.set("accesslog", None)
            self.cfg.set("proc_name", "nestling-floor")

        def load(self) -> Any:
            return application

    Server().run()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    prepare = sub.add_parser("setup")
    prepare.add_argument("--data-dir", required=True)
    prepare.add_argument("--days", type=int, default=365, help="days of generated rows")
    run = sub.add_parser("serve")
    run.add_argument("--data-dir", required=True)
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, required=True)
    run.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if args.action == "setup":
        print(json.dumps({"token": setup(args.data_dir, args.days)}))
    else:
        serve(args.data_dir, args.host, args.port, args.workers)


if __name__ == "__main__":
    main(sys.argv[1:])
