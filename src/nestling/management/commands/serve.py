"""`nestling serve`: apply migrations, then serve with gunicorn until Ctrl-C.

No database connection may cross a fork (see services/processes.py): the master closes every
connection before each fork and each worker starts with none.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from nestling.services import processes


class Command(BaseCommand):
    help = "Apply migrations, then serve Nestling with gunicorn."

    def add_arguments(self, parser: CommandParser) -> None:
        # Defaults come from NESTLING_HOST and NESTLING_PORT (settings), as a container sets them.
        parser.add_argument("--host", default=settings.SERVE_HOST)
        parser.add_argument("--port", type=int, default=settings.SERVE_PORT)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--no-migrate", action="store_true", help="Skip applying migrations.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        processes.close_before_fork()
        from gunicorn.app.base import BaseApplication

        from nestling.wsgi import application

        bind = f"{options['host']}:{options['port']}"

        class Server(BaseApplication):  # type: ignore[misc]
            def load_config(self) -> None:
                self.cfg.set("bind", bind)
                self.cfg.set("workers", options["workers"])
                self.cfg.set("worker_class", "sync")
                self.cfg.set("timeout", 30)
                self.cfg.set("graceful_timeout", 10)
                self.cfg.set("accesslog", None)  # requests are logged by Nestling itself
                self.cfg.set("proc_name", "nestling")
                self.cfg.set("pre_fork", _close_before_fork)
                self.cfg.set("post_fork", _start_without_connections)

            def load(self) -> Any:
                return application

        self.stdout.write(f"Nestling is running on http://{bind}/ (Ctrl-C stops it)")
        Server().run()


def _close_before_fork(server: Any, worker: Any) -> None:
    """In the master, before every fork (also when a worker is replaced): close connections."""
    processes.close_before_fork()


def _start_without_connections(server: Any, worker: Any) -> None:
    """In a new worker: refuse to run with a connection the master left open."""
    inherited = processes.inherited_connections()
    if inherited:
        # Closing would end the master's session too; exit and let the master fork afresh.
        raise SystemExit(f"worker inherited open database connections: {inherited}")
