"""Settings read from the environment, checked in a fresh interpreter each time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = (
    "import json; from nestling import settings as s; print(json.dumps({"
    "'hosts': s.ALLOWED_HOSTS, 'origins': s.CSRF_TRUSTED_ORIGINS, "
    "'proxy': getattr(s, 'SECURE_PROXY_SSL_HEADER', None), "
    "'secure': getattr(s, 'SESSION_COOKIE_SECURE', False), 'script': s.FORCE_SCRIPT_NAME, "
    "'static': s.STATIC_URL, 'engine': s.DATABASES['default']['ENGINE'], "
    "'db': str(s.DATABASES['default']['NAME']), "
    "'options': s.DATABASES['default'].get('OPTIONS', {})}))"
)


def probe(tmp_path: Path, **env: str) -> dict:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith("NESTLING_") and k != "DATABASE_URL"
    }
    clean.update({"NESTLING_DATA_DIR": str(tmp_path), **env})
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=clean, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_default_is_tuned_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    found = probe(tmp_path)
    assert found["engine"].endswith("sqlite3")
    assert found["db"] == str(tmp_path / "nestling.sqlite3")
    options = found["options"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"]
    assert "foreign_keys=ON" in options["init_command"] and options["timeout"] >= 5
    assert (tmp_path / "secret_key").exists()


def test_database_url_selects_postgresql(tmp_path: Path) -> None:
    found = probe(tmp_path, DATABASE_URL="postgres://u:p@db.example:5432/nest")
    assert found["engine"] == "django.db.backends.postgresql" and found["db"] == "nest"


def test_base_url_sets_hosts_origins_and_proxy_headers(tmp_path: Path) -> None:
    found = probe(tmp_path, NESTLING_BASE_URL="https://baby.example.org/")
    assert found["hosts"][0] == "baby.example.org"
    assert found["origins"] == ["https://baby.example.org"]
    assert found["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert found["secure"] is True and found["script"] is None


def test_base_url_with_a_path_serves_under_it(tmp_path: Path) -> None:
    found = probe(tmp_path, NESTLING_BASE_URL="http://home.lan:8080/nestling")
    assert found["hosts"][0] == "home.lan" and found["origins"] == ["http://home.lan:8080"]
    assert found["script"] == "/nestling" and found["static"] == "/nestling/static/"
    assert found["secure"] is False


@pytest.mark.parametrize(
    "env",
    [
        {"NESTLING_ENV": "production"},  # no secret key
        {"NESTLING_ENV": "staging"},
        {"NESTLING_BASE_URL": "baby.example.org"},
    ],
)
def test_misconfiguration_stops_with_a_clear_message(tmp_path: Path, env: dict[str, str]) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NESTLING_")}
    clean.update({"NESTLING_DATA_DIR": str(tmp_path), **env})
    out = subprocess.run(
        [sys.executable, "-c", "import nestling.settings"],
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode != 0 and "ImproperlyConfigured" in out.stderr
