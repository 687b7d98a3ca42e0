"""A note: free text about the day, for everyone in the household."""

from __future__ import annotations

from nestling.domain.kinds.base import Category, Kind
from nestling.domain.text import gettext_noop as _

KIND = Kind(code="note", category=Category.NOTE, label=_("Note"), order=60, needs_note=True)
