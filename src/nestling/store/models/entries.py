"""The journal: one row per entry of any kind, with kind-specific details as JSON."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nestling.store.models.babies import Baby


class Entry(models.Model):
    # No index of its own: every index below starts with baby_id and serves its lookups.
    baby = models.ForeignKey(Baby, on_delete=models.CASCADE, related_name="entries", db_index=False)
    # Who did it (the caregiver), and who wrote it down (may differ: "Tom fed her at 3").
    caregiver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    kind = models.CharField(max_length=24)
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    # A live timer: started, not stopped yet. Kept as a column so "what is running" is one query.
    running = models.BooleanField(default=False)
    # Check-ins are the caregiver's own unless they choose to share them with the household.
    private = models.BooleanField(default=False)
    note = models.TextField(blank=True)
    details = models.JSONField(default=dict)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    stopped_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        db_table = "entry"
        ordering = ["-started_at", "-id"]
        # Every index ends with the listing's full order (started_at, id descending), so that
        # SQLite can seek and stop instead of walking the baby's whole history.
        indexes = [
            models.Index(fields=["baby", "-started_at", "-id"], name="entry_baby_time"),
            models.Index(
                fields=["baby", "kind", "-started_at", "-id"], name="entry_baby_kind_time2"
            ),
            models.Index(
                fields=["baby", "-started_at", "-id"],
                name="entry_running2",
                condition=models.Q(running=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} at {self.started_at:%Y-%m-%d %H:%M}"
