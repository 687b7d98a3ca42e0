"""No database connection crosses a fork: what `nestling serve` checks around each fork."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from nestling.services import processes


def test_an_open_connection_is_seen_and_closing_clears_it(transactional_db: Any) -> None:
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # Django never closes the test run's in-memory database (it would vanish); the real
        # server's SQLite file is covered by tests/server/test_two_users.py.
        pytest.skip("the in-memory test database is never closed")
    connection.ensure_connection()
    assert processes.inherited_connections() == ["default"]
    processes.close_before_fork()
    assert processes.inherited_connections() == []
