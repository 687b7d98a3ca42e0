"""Marks user-facing text in the pure core for translation without importing Django.

`makemessages` collects calls to `gettext_noop` by name, so strings wrapped here land in the
catalogue; the web and API layers translate them with Django's `gettext` when they render.
"""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Return `message` unchanged; its only job is to mark the string for translation."""
    return message
