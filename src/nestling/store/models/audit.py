"""The household's audit trail: append-only rows of who changed or deleted what."""

from __future__ import annotations

from typing import Any

from django.db import models

from nestling.store.models.households import Household


class AppendOnly(Exception):
    """Audit rows are never changed or deleted by the application."""


class AuditQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnly("audit rows cannot be changed")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnly("audit rows cannot be deleted")


class AuditEvent(models.Model):
    """One change. The person is kept by id and by the name they had then, not as a foreign
    key: removing an account must not rewrite the trail. On PostgreSQL a trigger refuses any
    UPDATE or DELETE (see migration 0010); on SQLite a trigger refuses UPDATE."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField()
    actor_id = models.BigIntegerField(null=True)
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=32)
    target_id = models.BigIntegerField(null=True)
    details = models.JSONField(default=dict)

    objects = AuditQuerySet.as_manager()

    class Meta:
        db_table = "audit_event"
        indexes = [models.Index(fields=["household", "-at", "-id"], name="audit_household_at")]

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_name} in {self.household_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnly("audit rows cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnly("audit rows cannot be deleted")
