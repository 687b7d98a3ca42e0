"""Households, their members and invitations to join them."""

from __future__ import annotations

from datetime import time

from django.conf import settings
from django.db import models


class Household(models.Model):
    name = models.CharField(max_length=100)
    # A plain name checked against zoneinfo, not a choices field: no migration per tzdata release.
    time_zone = models.CharField(max_length=64, default="UTC")
    country = models.CharField(max_length=2, default="GB")
    units = models.CharField(max_length=8, default="metric")
    day_starts_at = models.TimeField(default=time(6, 0))
    created_at = models.DateTimeField()

    class Meta:
        db_table = "household"

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=12)
    relationship = models.CharField(max_length=12)
    joined_at = models.DateTimeField()

    class Meta:
        db_table = "membership"
        ordering = ["joined_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["household", "user"], name="one_membership_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.household_id} as {self.role}"


class Invitation(models.Model):
    """A single-use code to join a household; only the code's SHA-256 is stored."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="invitations")
    digest = models.CharField(max_length=64, unique=True)
    hint = models.CharField(max_length=4)  # the code's last characters, to tell invitations apart
    role = models.CharField(max_length=12)
    relationship = models.CharField(max_length=12, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "invitation"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"invitation …{self.hint} to {self.household_id}"
