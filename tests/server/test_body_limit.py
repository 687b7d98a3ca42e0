"""A body over NESTLING_MAX_BODY_BYTES gets a readable 413 from the real server (gunicorn), not a
reset connection (issue 10: a 10 MB body reset the connection)."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable

from tests.server.live import LiveServer, make_family

LIMIT = 64 * 1024


def _post(server: LiveServer, path: str, token: str, body: bytes) -> tuple[int, dict[str, object]]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request(
            "POST",
            path,
            body=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def test_a_body_over_the_configured_limit_gets_413_under_gunicorn(
    live: Callable[..., LiveServer],
) -> None:
    server = live(extra_env={"NESTLING_MAX_BODY_BYTES": str(LIMIT)})
    server.nestling("migrate", "--verbosity", "0")
    family = make_family(server, "ann", "Ada")
    server.start(workers=2)
    server.wait_ready()
    path = f"/api/v1/babies/{family['baby_id']}/entries"
    note = json.dumps({"kind": "note", "note": "x" * (10 * 1024 * 1024)}).encode()
    for _ in range(3):  # every time, from either worker
        status, body = _post(server, path, family["token"], note)
        assert status == 413, body
        assert body["field"] == "body" and "64 KiB" in str(body["detail"]), body
    # Just under the limit the body is read and judged on its content (the note is too long).
    status, body = _post(
        server, path, family["token"], json.dumps({"kind": "note", "note": "x" * 60000}).encode()
    )
    assert (status, body["field"]) == (422, "note"), body
    status, body = _post(server, path, family["token"], b'{"kind": "note", "note": "ok"}')
    assert status == 201, body
