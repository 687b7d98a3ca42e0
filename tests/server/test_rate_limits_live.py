"""Rate limits on the real server with two workers: the counts are shared by the workers (and
held in the database, SQLite or PostgreSQL), a made-up X-Forwarded-For changes nothing without
a proxy, and behind a configured proxy the client's own address is what counts."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

from nestling.domain import limits as rules
from tests.server.live import LiveServer, Response

LIMIT = rules.API_TOKEN_ADDRESS.attempts


def _wrong_tokens(server: LiveServer, count: int, forwarded: Callable[[int], str]) -> Counter[int]:
    """`count` requests with wrong tokens from 6 threads at once (so both workers answer)."""
    seen: Counter[int] = Counter()
    lock = threading.Lock()
    todo = list(range(count))

    def run() -> None:
        while True:
            with lock:
                if not todo:
                    return
                i = todo.pop()
            r = server.request(
                "GET",
                "/api/v1/me",
                token=f"nst_wrong{i}",
                headers={"X-Forwarded-For": forwarded(i)},
            )
            with lock:
                seen[r.status] += 1
                if r.status == 429:
                    assert 0 < int(r.headers["Retry-After"]) <= 15 * 60

    threads = [threading.Thread(target=run) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return seen


def _me(server: LiveServer, forwarded: str) -> Response:
    return server.request(
        "GET", "/api/v1/me", token="nst_wrong", headers={"X-Forwarded-For": forwarded}
    )


def test_wrong_tokens_hit_one_shared_limit_and_spoofed_addresses_do_not_reset_it(
    live: Callable[..., LiveServer],
) -> None:
    server = live()
    server.start(workers=2)
    server.wait_ready()
    # Every request claims another address; with no proxy configured none of them counts.
    seen = _wrong_tokens(server, LIMIT + 10, lambda i: f"203.0.113.{i % 250}")
    # Counting is atomic across the workers: exactly LIMIT - 1 answers before the pause.
    assert seen == Counter({401: LIMIT - 1, 429: 11}), (seen, server.log())
    assert _me(server, "198.51.100.1").status == 429


def test_behind_a_configured_proxy_the_clients_own_address_counts(
    live: Callable[..., LiveServer],
) -> None:
    server = live(extra_env={"NESTLING_TRUSTED_PROXIES": "127.0.0.1"})
    server.start(workers=2)
    server.wait_ready()
    seen = _wrong_tokens(server, LIMIT, lambda i: "203.0.113.5")
    assert seen == Counter({401: LIMIT - 1, 429: 1}), (seen, server.log())
    assert _me(server, "203.0.113.5").status == 429
    # Another client behind the same proxy is not paused...
    assert _me(server, "203.0.113.6").status == 401
    # ...and the paused one cannot get out by putting another address in front: the proxy
    # appends the real one, and that is the one read.
    assert _me(server, "203.0.113.6, 203.0.113.5").status == 429
