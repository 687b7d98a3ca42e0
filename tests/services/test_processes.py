"""No database connection crosses a fork: what `nestling serve` checks around each fork."""

from __future__ import annotations

from typing import Any

from django.db import connection

from nestling.services import processes


def test_an_open_connection_is_seen_and_closing_clears_it(transactional_db: Any) -> None:
    connection.ensure_connection()
    assert processes.inherited_connections() == ["default"]
    processes.close_before_fork()
    assert processes.inherited_connections() == []
