"""The real server, as an operator runs it: `nestling serve` in its own process, on a fresh
SQLite data directory or a fresh PostgreSQL database (whichever DATABASE_URL the test run uses).

Tests of processes, connections, concurrency and security use this instead of Django's test
client, which shares one process and one connection with the test and cannot see what goes
wrong between gunicorn workers.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _admin_url(database_url: str) -> tuple[str, str]:
    """(a URL to the server's maintenance database, the configured database's name)."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/postgres")), parts.path.lstrip("/")


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class LiveServer:
    """One Nestling installation: its environment, database and (once started) its server."""

    tmp: Path
    database_url: str | None
    port: int = field(default_factory=free_port)
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[str] | None = None
    _db_name: str | None = None
    _log: Any = None

    # --- lifecycle -------------------------------------------------------------------------
    def __post_init__(self) -> None:
        self.tmp.mkdir(parents=True, exist_ok=True)
        if self.database_url:
            import psycopg

            admin, base = _admin_url(self.database_url)
            self._db_name = f"{base}_live_{secrets.token_hex(4)}"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{self._db_name}"')

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        env.update(
            NESTLING_DATA_DIR=str(self.tmp / "data"),
            NESTLING_LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
        )
        if self.database_url and self._db_name:
            parts = urlsplit(self.database_url)
            env["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{self._db_name}"))
        env.update(self.extra_env)
        return env

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def backend(self) -> str:
        return "postgresql" if self.database_url else "sqlite"

    def nestling(self, *args: str, stdin: str = "", check: bool = True) -> str:
        """Run a `nestling` command against this installation; its standard output."""
        done = subprocess.run(
            [sys.executable, "-m", "nestling", *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"nestling {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done.stdout

    def shell(self, code: str) -> str:
        """Run Python inside Django (`nestling shell -c`); what it printed."""
        return self.nestling("shell", "-c", code)

    def start(self, *args: str, workers: int = 2) -> None:
        """Start `nestling serve` and return at once: callers decide how soon to send requests."""
        assert self.proc is None, "already running"
        self._log = open(self.tmp / f"serve-{self.port}.log", "a")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "nestling",
                "serve",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
                *args,
            ],
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"nestling serve exited early:\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.02)
        raise AssertionError(f"nestling serve did not listen in {timeout} s:\n{self.log()}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20) -> int:
        if self.proc is None:
            return 0
        proc, self.proc = self.proc, None
        if proc.poll() is None:
            if sig == signal.SIGKILL:
                os.killpg(proc.pid, signal.SIGKILL)  # the master and every worker, at once
            else:
                proc.send_signal(sig)
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            return proc.wait(timeout=timeout)
        finally:
            if self._log:
                self._log.close()

    def kill(self) -> None:
        """kill -9 the whole server (master and workers), as a power cut or the OOM killer would."""
        self.stop(signal.SIGKILL)

    def close(self) -> None:
        self.stop()
        if self._db_name and self.database_url:
            import psycopg

            admin, _ = _admin_url(self.database_url)
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{self._db_name}" WITH (FORCE)')

    def log(self) -> str:
        path = self.tmp / f"serve-{self.port}.log"
        return path.read_text()[-5000:] if path.exists() else ""

    # --- HTTP ------------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
        timeout: float = 15,
    ) -> Response:
        data = None
        sent = dict(headers or {})
        if token:
            sent["Authorization"] = f"Bearer {token}"
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=sent)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return Response(r.status, dict(r.headers), r.read())
        except urllib.error.HTTPError as err:
            return Response(err.code, dict(err.headers), err.read())


def make_family(server: LiveServer, username: str, baby: str) -> dict[str, Any]:
    """An account with a household, a baby and a write token, made by the real commands."""
    server.nestling("createuser", username, "--password-stdin", stdin="a-long-passphrase-1\n")
    token = server.nestling("token", "create", username, "--scope", "write").strip()
    out = server.shell(
        "from datetime import date, time, timedelta\n"
        "from django.utils import timezone\n"
        "from nestling.domain.households import HouseholdSettings\n"
        "from nestling.services import accounts, babies, households\n"
        "from nestling.services.access import Actor\n"
        f"me = Actor(user=accounts.by_username({username!r}))\n"
        "now = timezone.now()\n"
        f"m = households.create(actor=me, settings=HouseholdSettings({username!r} + ' home',"
        " 'Europe/London', 'GB', 'metric', time(6, 0)), relationship='mother', now=now)\n"
        "b = babies.create(actor=me, household_id=m.household_id, values={'name': "
        f"{baby!r}, 'birth_date': date.today() - timedelta(days=40)}}, now=now)\n"
        "print(m.household_id, b.baby.pk)\n"
    )
    household_id, baby_id = (int(x) for x in out.strip().splitlines()[-1].split())
    return {
        "username": username,
        "token": token,
        "household_id": household_id,
        "baby_id": baby_id,
    }
