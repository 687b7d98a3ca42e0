"""The caller's address: X-Forwarded-For only from a trusted proxy, read from the right."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import RequestFactory

from nestling.addresses import address_group, client_address


def _request(peer: str, forwarded: str | None = None) -> Any:
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_a_trusted_proxy_the_header_is_ignored(settings: Any) -> None:
    settings.TRUSTED_PROXIES = []
    assert client_address(_request("198.51.100.7", "203.0.113.9")) == "198.51.100.7"
    assert client_address(_request("127.0.0.1", "203.0.113.9")) == "127.0.0.1"


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        ("127.0.0.1", "203.0.113.9", "203.0.113.9"),  # the proxy's own entry
        ("127.0.0.1", "1.2.3.4, 203.0.113.9", "203.0.113.9"),  # 1.2.3.4 was made up by the client
        ("127.0.0.1", "203.0.113.9, 10.0.0.2", "203.0.113.9"),  # two proxies in a row
        ("127.0.0.1", "203.0.113.9, not-an-address", "127.0.0.1"),  # garbage: stop at the proxy
        ("127.0.0.1", "", "127.0.0.1"),
        ("198.51.100.7", "203.0.113.9", "198.51.100.7"),  # not from a proxy: header ignored
        ("127.0.0.1", "2001:db8::5", "2001:db8::5"),
    ],
)
def test_behind_a_trusted_proxy_the_client_is_the_first_untrusted_hop_from_the_right(
    settings: Any, peer: str, forwarded: str, expected: str
) -> None:
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert client_address(_request(peer, forwarded)) == expected


def test_ipv6_clients_are_counted_per_slash_64() -> None:
    assert address_group("2001:db8:1:2:aaaa::1") == address_group("2001:db8:1:2:bbbb::9")
    assert address_group("2001:db8:1:3::1") != address_group("2001:db8:1:2::1")
    assert address_group("203.0.113.9") == "203.0.113.9"


PROBE = "from nestling import settings as s; print(','.join(s.TRUSTED_PROXIES))"


def _probe(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NESTLING_")}
    clean.update({"NESTLING_DATA_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "-c", PROBE], env=clean, capture_output=True, text=True, check=False
    )


def test_trusted_proxies_setting(tmp_path: Path) -> None:
    assert _probe(tmp_path).stdout.strip() == ""
    base = _probe(tmp_path, NESTLING_BASE_URL="https://baby.example.org")
    assert base.stdout.strip() == "127.0.0.1,::1"  # a proxy on this machine
    listed = _probe(
        tmp_path,
        NESTLING_BASE_URL="https://baby.example.org",
        NESTLING_TRUSTED_PROXIES="172.18.0.0/16, 10.1.2.3",
    )
    assert listed.stdout.strip() == "172.18.0.0/16,10.1.2.3"
    off = _probe(tmp_path, NESTLING_BASE_URL="https://b.example", NESTLING_TRUSTED_PROXIES="none")
    assert off.stdout.strip() == ""
    bad = _probe(tmp_path, NESTLING_TRUSTED_PROXIES="proxy.example")
    assert bad.returncode != 0 and "NESTLING_TRUSTED_PROXIES" in bad.stderr
