"""Two users at once against the real server, from its first second: every answer belongs to
its caller. This is the test that would have caught workers sharing one inherited database
connection after `nestling serve` ran migrations in the gunicorn master (issue 10)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from tests.server.live import LiveServer, make_family

THREADS = 8
SECONDS = 4.0


def _hammer(server: LiveServer, families: list[dict[str, Any]]) -> dict[str, Any]:
    """THREADS threads, half per user, alternate GET /me and POST an entry for SECONDS after
    the port opens; every answer is checked against its caller."""
    problems: list[str] = []
    outcomes: Counter[str] = Counter()
    created: dict[str, list[int]] = {f["username"]: [] for f in families}
    lock = threading.Lock()
    server.wait_ready()
    stop_at = time.monotonic() + SECONDS

    def run(family: dict[str, Any], n: int) -> None:
        i = 0
        while time.monotonic() < stop_at:
            i += 1
            try:
                r, ok = _one(family, n, i)
            except Exception as exc:  # a thread cannot fail the test: report it instead
                with lock:
                    problems.append(f"{family['username']}: {exc!r}")
                continue
            with lock:
                outcomes[f"{r.status}"] += 1
                if not ok:
                    problems.append(f"{family['username']}: {r.status} {r.body[:200]!r}")
                elif r.status == 201:
                    created[family["username"]].append(r.json()["id"])

    def _one(family: dict[str, Any], n: int, i: int) -> tuple[Any, bool]:
        if (i + n) % 2:
            r = server.request("GET", "/api/v1/me", token=family["token"])
            return r, r.status == 200 and r.json().get("username") == family["username"]
        body = {"kind": "diaper", "details": {"contents": "wet"}, "note": f"{n}-{i}"}
        path = f"/api/v1/babies/{family['baby_id']}/entries"
        r = server.request("POST", path, token=family["token"], body=body)
        return r, r.status == 201 and r.json().get("baby_id") == family["baby_id"]

    threads = [threading.Thread(target=run, args=(families[n % 2], n)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"problems": problems, "outcomes": outcomes, "created": created}


def test_every_answer_belongs_to_its_caller_from_the_first_second(
    live: Callable[..., LiveServer],
) -> None:
    server = live()
    server.nestling("migrate", "--verbosity", "0")
    families = [make_family(server, "ann", "Ada"), make_family(server, "cat", "Cleo")]
    # Start exactly as the README says: `nestling serve` migrates in the master, then forks.
    server.start(workers=2)
    seen = _hammer(server, families)
    assert not seen["problems"], (seen["outcomes"], seen["problems"][:10], server.log())
    ids = [i for ids in seen["created"].values() for i in ids]
    assert len(ids) == len(set(ids)), "two acknowledged entries share an id"
    assert sum(seen["outcomes"].values()) > 50, seen["outcomes"]
    # Every acknowledged entry is stored once, for its own baby.
    for family in families:
        stored: list[int] = []
        offset: int | None = 0
        while offset is not None:
            page = server.request(
                "GET",
                f"/api/v1/babies/{family['baby_id']}/entries?limit=500&offset={offset}",
                token=family["token"],
            ).json()
            stored += [e["id"] for e in page["items"]]
            offset = page["next_offset"]
        assert sorted(stored) == sorted(seen["created"][family["username"]])
