"""What a caregiver did with today's suggestions: done, swapped or set aside for the day."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nestling.store.models.babies import Baby


class PlanChoice(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    baby = models.ForeignKey(Baby, on_delete=models.CASCADE, related_name="+")
    on = models.DateField()
    practice = models.CharField(max_length=60)
    action = models.CharField(max_length=8)  # done | swap | dismiss
    at = models.DateTimeField()

    class Meta:
        db_table = "plan_choice"
        indexes = [models.Index(fields=["user", "baby", "on"], name="plan_choice_day")]

    def __str__(self) -> str:
        return f"{self.practice} {self.action} on {self.on}"
