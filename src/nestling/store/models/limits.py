"""Counters of failed attempts behind the rate limits (see domain/limits.py)."""

from __future__ import annotations

from django.db import models


class RateCounter(models.Model):
    """Attempts against one limit for one key (an address, an account, ...) in the current
    window. The key is stored hashed: the table holds no addresses or usernames."""

    digest = models.CharField(max_length=64, primary_key=True)
    attempts = models.IntegerField()
    window_ends = models.BigIntegerField(db_index=True)  # Unix seconds

    class Meta:
        db_table = "rate_counter"

    def __str__(self) -> str:
        return f"{self.digest[:8]}: {self.attempts}"
