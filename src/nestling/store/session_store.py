"""The session engine: Django's database sessions, kept in `user_session` with their owner.

Ending a session deletes its row, so its cookie stops working on the very next request.
What the list of devices shows (browser, address, since, last seen) travels in the session's
own data, written by web/middleware.py at most every few minutes, and is copied into columns
here whenever Django saves the session.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore

# Keys in the session's data (see web/middleware.py, which sets them).
SINCE = "_nestling_since"
SEEN = "_nestling_seen"
AGENT = "_nestling_agent"
ADDRESS = "_nestling_address"


def _moment(value: Any) -> datetime | None:
    return datetime.fromtimestamp(value, tz=UTC) if isinstance(value, int | float) else None


class SessionStore(DatabaseStore):
    @classmethod
    def get_model_class(cls) -> Any:
        from nestling.store.models import UserSession

        return UserSession

    def create_model_instance(self, data: dict[str, Any]) -> Any:
        session = super().create_model_instance(data)
        user = data.get(SESSION_KEY)
        session.user_id = int(user) if user is not None and str(user).isdigit() else None
        session.user_agent = str(data.get(AGENT, ""))[:300]
        session.address = str(data.get(ADDRESS, ""))[:64]
        session.created_at = _moment(data.get(SINCE))
        session.last_seen = _moment(data.get(SEEN))
        return session
