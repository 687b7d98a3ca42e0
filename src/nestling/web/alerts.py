"""The help a just-saved entry shows at once on a page: its alerts with verified help lines."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone

from nestling.formats import alerts as present
from nestling.services import alerts


def context(entry: Any) -> dict[str, Any]:
    """Template context for safety/_alerts.html: nothing at all on the usual entry."""
    found = present.as_data(alerts.for_entry(entry, timezone.now()), verified_only=True)
    return {"alerts": found, "wellbeing_url": reverse("wellbeing")} if found else {"alerts": []}
