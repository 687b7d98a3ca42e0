"""People: user accounts, their caregiver profile and their personal API tokens."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    display_name = models.CharField(max_length=100, blank=True)
    theme = models.CharField(max_length=8, default="auto")  # auto | light | dark

    class Meta:
        db_table = "user"

    def __str__(self) -> str:
        return self.username

    @property
    def shown_name(self) -> str:
        return self.display_name or self.first_name or self.username


class CaregiverProfile(models.Model):
    """What may make bonding harder for this caregiver right now; later features tailor help."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="caregiver_profile")
    challenges = models.JSONField(default=list)
    updated_at = models.DateTimeField()

    class Meta:
        db_table = "caregiver_profile"

    def __str__(self) -> str:
        return f"profile of user {self.user_id}"


class ApiToken(models.Model):
    """A personal token; only its SHA-256 is stored, the token itself is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    scope = models.CharField(max_length=8)  # read | write
    prefix = models.CharField(max_length=12)  # shown in lists so people can tell tokens apart
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "api_token"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
