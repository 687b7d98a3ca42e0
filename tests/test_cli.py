"""The `nestling` command line: users, tokens, the demo, checks and serving."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from nestling.store.models import ApiToken, Baby, Membership, User


def run(*args: str, stdin: str = "") -> str:
    out = io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        call_command(*args, stdout=out)
    finally:
        sys.stdin = old
    return out.getvalue()


def test_createuser_from_stdin(db: None) -> None:
    assert "Created maya" in run(
        "createuser", "maya", "--password-stdin", stdin="a-long-passphrase\n"
    )
    assert User.objects.get(username="maya").check_password("a-long-passphrase")


def test_createuser_rejects_weak_password_naming_the_field(db: None) -> None:
    with pytest.raises(CommandError, match="password"):
        run("createuser", "maya", "--password-stdin", stdin="123\n")
    assert not User.objects.filter(username="maya").exists()


def test_token_create_prints_it_once(db: None) -> None:
    run("createuser", "maya", "--password-stdin", stdin="a-long-passphrase\n")
    raw = run("token", "create", "maya", "--name", "HA", "--scope", "write").strip()
    assert ApiToken.objects.get(name="HA").scope == "write"
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/api/v1/me").status_code == 200
    listed = run("token", "list", "maya")
    assert "HA" in listed and raw not in listed
    token_id = ApiToken.objects.get(name="HA").pk
    assert "Revoked" in run("token", "revoke", "maya", str(token_id))
    with pytest.raises(CommandError, match="username"):
        run("token", "create", "nobody")


def test_demo_is_idempotent_and_resettable(db: None) -> None:
    first = run("demo")
    assert "amara" in first and "tom" in first and "nestling-demo" in first
    assert "Found" in run("demo")
    baby = Baby.objects.get()
    age = (baby.household.created_at.date() - baby.birth_date).days
    assert 45 <= age <= 52  # about 7 weeks
    roles = sorted(Membership.objects.values_list("relationship", "role"))
    assert roles == [("father", "parent"), ("mother", "parent")]
    assert "Created" in run("demo", "--reset")
    assert Baby.objects.count() == 1 and User.objects.count() == 2


def test_demo_has_seven_weeks_of_history_up_to_now(db: None) -> None:
    from collections import Counter

    from django.utils import timezone

    from nestling.store.models import Entry

    run("demo")
    entries = Entry.objects.all()
    now = timezone.now()
    assert entries.count() > 1500
    assert not entries.filter(running=True).exists()
    assert not entries.filter(started_at__gt=now).exists()
    first = entries.order_by("started_at").first()
    assert (now - first.started_at).days >= 48
    feeds = Counter(e.started_at.date() for e in entries.filter(kind="feed"))
    full_days = sorted(feeds)[1:-1]
    assert all(6 <= feeds[d] <= 14 for d in full_days)
    both = set(
        entries.filter(
            kind__in=["skin_to_skin", "reading", "talking", "singing", "rocking", "massage"]
        ).values_list("caregiver_id", flat=True)
    )
    assert len(both) == 2  # both caregivers have bonding moments


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_migrates_serves_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["NESTLING_DATA_DIR"] = str(tmp_path)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "nestling", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        body = ""
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    body = r.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert body == "ok"
        assert (tmp_path / "nestling.sqlite3").exists()
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=20)
    assert code == 0, proc.stdout.read() if proc.stdout else ""


def test_check_is_clean_for_production(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("NESTLING_") and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        NESTLING_DATA_DIR=str(tmp_path),
        NESTLING_ENV="production",
        NESTLING_SECRET_KEY="k" * 30 + "-a-long-random-secret-for-tests-0123456789",
        NESTLING_BASE_URL="https://baby.example.org",
    )
    env.pop("DATABASE_URL", None)
    out = subprocess.run(
        [sys.executable, "-m", "nestling", "check"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "no issues" in out.stdout


def test_console_script_is_installed() -> None:
    from shutil import which

    script = which("nestling", path=str(Path(sys.executable).parent))
    assert script is not None
    out: Any = subprocess.run([script, "help", "demo"], capture_output=True, text=True, check=False)
    assert "--reset" in out.stdout


def test_changepassword_checks_the_password_and_signs_out(db: None) -> None:
    from django.utils import timezone

    from nestling.domain import limits as rules
    from nestling.services import limits
    from nestling.store.models import UserSession

    run("createuser", "maya", "--password-stdin", stdin="a-long-passphrase\n")
    maya = User.objects.get(username="maya")
    client = Client()
    client.force_login(maya)
    client.get("/settings/")
    with pytest.raises(CommandError, match="password"):
        run("changepassword", "maya", "--password-stdin", stdin="maya\n")  # too short, too like
    with pytest.raises(CommandError, match="username"):
        run("changepassword", "nobody", "--password-stdin", stdin="another-long-passphrase\n")
    from nestling.domain.errors import TooManyAttempts

    guessed = [limits.of_account(rules.LOGIN_ACCOUNT, "maya")]
    for _ in range(rules.LOGIN_ACCOUNT.attempts - 1):  # she was locked out by guessing
        limits.count(guessed, timezone.now())
    with pytest.raises(TooManyAttempts):
        limits.count(guessed, timezone.now())
    out = run("changepassword", "maya", "--password-stdin", stdin="another-long-passphrase\n")
    assert "Password changed for maya" in out
    maya.refresh_from_db()
    assert maya.check_password("another-long-passphrase")
    assert not UserSession.objects.filter(user=maya).exists()
    assert client.get("/settings/").status_code == 302
    login = Client().post(
        "/accounts/login/", {"username": "maya", "password": "another-long-passphrase"}
    )
    assert login.status_code == 302  # the pause is lifted


def test_changepassword_is_nestlings_own_command() -> None:
    from django.core.management import get_commands

    assert get_commands()["changepassword"] == "nestling"
