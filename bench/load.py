"""The load generator: N concurrent clients against one loopback URL; prints one JSON result.

Run in its own process (by bench/run.py) so it never shares an interpreter with the server.
Each client is a thread with its own http.client connection (kept alive when the server allows;
gunicorn's sync workers close after every response, so the client reconnects, as browsers do).
A run is bounded by a request count and a time cap, after a few warm-up requests per client.

    python bench/load.py '{"port": 8100, "method": "GET", "path": "/healthz"}'

Spec fields: port, method, path (may contain {offset}), offsets (cycled), body (a string; {now}
becomes the current time minus one second, ISO with Z), headers, expect (statuses), requests,
seconds, clients, warmup (per client).
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

HOST = "127.0.0.1"  # only ever loopback: this is a benchmark, not a load test of anyone else


class Shared:
    """The counters the clients share: how many requests are left, and what came back."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.lock = threading.Lock()
        self.left = int(spec.get("requests", 2000))
        self.deadline = 0.0
        self.issued = 0
        self.latencies: list[float] = []
        self.statuses: dict[str, int] = {}
        self.errors = 0
        self.sample_error = ""

    def take(self) -> int | None:
        """A request number to send, or None when the count or the time is used up."""
        with self.lock:
            if self.left <= 0 or time.perf_counter() >= self.deadline:
                return None
            self.left -= 1
            self.issued += 1
            return self.issued

    def done(self, seconds: float, status: str, ok: bool, error: str = "") -> None:
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if not ok:
                self.errors += 1
                self.sample_error = self.sample_error or error


class Client:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.conn = http.client.HTTPConnection(HOST, int(spec["port"]), timeout=60)
        self.offsets = spec.get("offsets") or [0]
        self.expect = set(spec.get("expect") or [200])

    def request(self, number: int) -> tuple[int, str]:
        spec = self.spec
        path = spec["path"].replace("{offset}", str(self.offsets[number % len(self.offsets)]))
        body = spec.get("body")
        if body is not None:
            now = datetime.now(UTC) - timedelta(seconds=1)
            body = body.replace("{now}", now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
        headers = dict(spec.get("headers") or {})
        if body is not None:
            headers.setdefault("Content-Type", "application/json")
        for retry in (False, True):
            try:
                self.conn.request(spec.get("method", "GET"), path, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read()
                break
            except (OSError, http.client.HTTPException):
                if retry:
                    raise
                self.conn.close()  # reconnect once: a worker may have closed an idle connection
        if response.status not in self.expect:
            return response.status, text[:300].decode(errors="replace")
        return response.status, ""

    def run(self, shared: Shared, warmup: int, ready: threading.Barrier) -> None:
        for number in range(warmup):
            try:
                self.request(number)
            except (OSError, http.client.HTTPException):
                self.conn.close()
        ready.wait()
        while (number := shared.take()) is not None:
            started = time.perf_counter()
            try:
                status, error = self.request(number)
                shared.done(time.perf_counter() - started, str(status), not error, error)
            except (OSError, http.client.HTTPException) as exc:
                self.conn.close()
                shared.done(time.perf_counter() - started, type(exc).__name__, False, repr(exc))
        self.conn.close()


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (share between 0 and 1)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def run(spec: dict[str, Any]) -> dict[str, Any]:
    clients = [Client(spec) for _ in range(int(spec.get("clients", 8)))]
    shared = Shared(spec)
    started = 0.0

    def begin() -> None:
        nonlocal started
        started = time.perf_counter()
        shared.deadline = started + float(spec.get("seconds", 20))

    ready = threading.Barrier(len(clients), action=begin)
    warmup = int(spec.get("warmup", 2))
    threads = [
        threading.Thread(target=c.run, args=(shared, warmup, ready), daemon=True) for c in clients
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    done = len(shared.latencies)
    return {
        "requests": done,
        "seconds": round(elapsed, 2),
        "rps": round(done / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(percentile(shared.latencies, 0.50) * 1000, 1),
        "p99_ms": round(percentile(shared.latencies, 0.99) * 1000, 1),
        "errors": shared.errors,
        "statuses": shared.statuses,
        "time_capped": done < int(spec.get("requests", 2000)),
        "sample_error": shared.sample_error,
        "clients": len(clients),
        "warmup": warmup * len(clients),
    }


if __name__ == "__main__":
    print(json.dumps(run(json.loads(sys.argv[1]))))
