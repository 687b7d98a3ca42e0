"""Babies (and babies on the way) of a household."""

from __future__ import annotations

from django.db import models

from nestling.store.models.households import Household


class Baby(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="babies")
    name = models.CharField(max_length=100)
    birth_date = models.DateField(null=True, blank=True)
    birth_time = models.TimeField(null=True, blank=True)
    due_date = models.DateField(null=True, blank=True)
    sex = models.CharField(max_length=10, blank=True)
    gestational_weeks = models.PositiveSmallIntegerField(null=True, blank=True)
    gestational_days = models.PositiveSmallIntegerField(null=True, blank=True)
    nicu_from = models.DateField(null=True, blank=True)
    nicu_until = models.DateField(null=True, blank=True)
    feeding_method = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        db_table = "baby"
        ordering = ["birth_date", "due_date", "id"]

    def __str__(self) -> str:
        return self.name
