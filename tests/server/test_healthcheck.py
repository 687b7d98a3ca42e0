"""The container's health check and listening address, against the real `nestling serve`:
NESTLING_HOST/NESTLING_PORT choose where it listens, and `python -m nestling.healthcheck`
finds it there, also when a base URL restricts the host names it answers to."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from nestling import healthcheck
from tests.server.live import LiveServer, free_port


def start_from_environment(server: LiveServer) -> None:
    """`nestling serve` with no --host/--port: the environment alone says where to listen."""
    log = open(server.tmp / f"serve-{server.port}.log", "a")  # noqa: SIM115 - closed by stop()
    server._log = log
    server.proc = subprocess.Popen(
        [sys.executable, "-m", "nestling", "serve", "--workers", "1"],
        env=server.env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    server.wait_ready()


def run_healthcheck(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nestling.healthcheck"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_serve_listens_where_the_environment_says_and_the_check_finds_it(
    live: Callable[..., LiveServer],
) -> None:
    port = free_port()
    server = live(port=port, extra_env={"NESTLING_HOST": "0.0.0.0", "NESTLING_PORT": str(port)})
    start_from_environment(server)
    assert server.request("GET", "/healthz").body == b"ok"

    done = run_healthcheck(server.env)
    assert done.returncode == 0, done.stderr
    server.stop()
    done = run_healthcheck(server.env)
    assert done.returncode == 1
    assert f"http://127.0.0.1:{port}/healthz is not answering" in done.stderr


def test_the_check_asks_by_the_base_url_host_the_server_allows(
    live: Callable[..., LiveServer],
) -> None:
    server = live(extra_env={"NESTLING_BASE_URL": "https://baby.example.org"})
    server.start(workers=1)
    server.wait_ready()
    env = {**server.env, "NESTLING_PORT": str(server.port)}
    # Asked as 127.0.0.1 the server refuses (only the base URL's host is allowed)...
    assert server.request("GET", "/healthz").status == 400
    # ...so the check sends the base URL's host, and plain HTTP is not redirected to HTTPS.
    assert healthcheck.problem(env) is None
    assert healthcheck.problem({**env, "NESTLING_BASE_URL": ""}) == (
        f"http://127.0.0.1:{server.port}/healthz answered 400"
    )


def test_a_port_that_is_not_a_number_is_named(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "nestling", "check"],
        env={"NESTLING_PORT": "80a", "NESTLING_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "NESTLING_PORT must be a port number from 1 to 65535." in done.stderr


def test_the_check_reaches_a_specific_address_in_brackets_when_ipv6() -> None:
    assert healthcheck.target({"NESTLING_HOST": "::1", "NESTLING_PORT": "9000"}) == (
        "http://[::1]:9000/healthz",
        {},
    )
    assert healthcheck.target({"NESTLING_BASE_URL": "https://u@baby.example.org:8443/n"})[1] == {
        "Host": "baby.example.org:8443"
    }
