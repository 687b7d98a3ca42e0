"""Signed-in browser sessions, with whose they are and where they were last seen."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models


class UserSession(AbstractBaseSession):
    """Django's database session plus the columns a person needs to recognise it in their
    list of devices. They are copied from the session's data on each save (store/session_store.py);
    the session key itself (the cookie's secret) is never shown."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="browser_sessions",
    )
    user_agent = models.CharField(max_length=300, blank=True)
    address = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(null=True, blank=True)
    last_seen = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "user_session"

    @classmethod
    def get_session_store_class(cls) -> Any:
        from nestling.store.session_store import SessionStore

        return SessionStore
