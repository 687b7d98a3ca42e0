"""Fixtures that start the real server (`nestling serve`) on the run's database."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.server.live import LiveServer


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Callable[..., LiveServer]]:
    """A factory of Nestling installations on the database this test run uses (SQLite unless
    DATABASE_URL names PostgreSQL); each gets its own data directory or database, removed after."""
    made: list[LiveServer] = []

    def make(**kwargs: object) -> LiveServer:
        server = LiveServer(
            tmp_path / f"site{len(made)}", os.environ.get("DATABASE_URL") or None, **kwargs
        )  # type: ignore[arg-type]
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()
