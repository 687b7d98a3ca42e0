"""Database connections across process boundaries: none may cross a fork.

The gunicorn master opens a connection to migrate; a worker that inherited it would share one
socket with its siblings, so the answer to one user's query reaches another user's request
(issue 10: users received each other's data on PostgreSQL after every start). `nestling serve`
calls these around every fork.
"""

from __future__ import annotations

from django.db import connections


def close_before_fork() -> None:
    """In the parent, before it forks: close every connection it opened."""
    connections.close_all()


def inherited_connections() -> list[str]:
    """In a new child: the aliases of connections still open from the parent (should be none)."""
    return [c.alias for c in connections.all(initialized_only=True) if c.connection is not None]
