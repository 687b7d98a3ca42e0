"""Wellbeing screenings: answers and results, what escalation was shown, snoozes, licensed text."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from nestling.store.models.babies import Baby
from nestling.store.models.households import Household


class Screening(models.Model):
    """One questionnaire taken by one caregiver: private to them unless they share it."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="screenings"
    )
    # Where it was taken (for the country's help lines and sharing); kept if they leave.
    household = models.ForeignKey(
        Household, on_delete=models.SET_NULL, null=True, blank=True, related_name="screenings"
    )
    baby = models.ForeignKey(
        Baby, on_delete=models.SET_NULL, null=True, blank=True, related_name="screenings"
    )
    instrument = models.CharField(max_length=16)
    respondent = models.CharField(max_length=12)
    language = models.CharField(max_length=16, blank=True)
    antenatal = models.BooleanField(default=False)
    # Option indexes in printed order, None for unanswered: always one per item.
    answers = models.JSONField(default=list)
    status = models.CharField(max_length=12, default=IN_PROGRESS)
    current_item = models.PositiveSmallIntegerField(default=0)  # 0-based, where to resume
    # The domain's ScoreResult as JSON, frozen when completed (later rule changes do not move it).
    result = models.JSONField(null=True, blank=True)
    shared_with_household = models.BooleanField(default=False)
    # What the household sees when shared: the scope the respondent previewed and chose
    # (domain/instruments/sharing.py); blank while not shared.
    share_scope = models.CharField(max_length=16, blank=True)
    # Marked by the respondent to show at their next appointment (the visit report, later).
    include_in_report = models.BooleanField(default=False)
    started_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "screening"
        ordering = ["-started_at", "-id"]
        indexes = [
            models.Index(fields=["user", "instrument", "status"], name="screening_user_instrument"),
            models.Index(
                fields=["household", "completed_at"],
                name="screening_shared",
                condition=models.Q(shared_with_household=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.instrument} by {self.user_id} ({self.status})"


class EscalationShown(models.Model):
    """A record that a result's help level, messages and resources were shown, and when."""

    screening = models.ForeignKey(
        Screening, on_delete=models.CASCADE, related_name="escalations_shown"
    )
    help_level = models.CharField(max_length=20)
    crisis_panel = models.BooleanField(default=False)
    messages = models.JSONField(default=list)  # message keys, in the order shown
    resources = models.JSONField(default=list)  # crisis resource ids, in the order shown
    country = models.CharField(max_length=2, blank=True)  # blank: the fallback was shown
    channel = models.CharField(max_length=8)  # page | api
    shown_at = models.DateTimeField()

    class Meta:
        db_table = "escalation_shown"
        ordering = ["shown_at", "id"]

    def __str__(self) -> str:
        return f"{self.help_level} shown for screening {self.screening_id}"


class ScreeningSnooze(models.Model):
    """A caregiver asked not to be offered an instrument again before `until`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="screening_snoozes"
    )
    instrument = models.CharField(max_length=16)
    until = models.DateField()
    created_at = models.DateTimeField()

    class Meta:
        db_table = "screening_snooze"
        constraints = [
            models.UniqueConstraint(fields=["user", "instrument"], name="one_snooze_per_instrument")
        ]

    def __str__(self) -> str:
        return f"{self.instrument} snoozed by {self.user_id} until {self.until}"


class InstrumentText(models.Model):
    """Licensed wording an operator loaded (e.g. the EPDS); never shipped in the repository."""

    instrument = models.CharField(max_length=16, unique=True)
    content = models.JSONField()  # {"intro": ..., "items": [{"text": ..., "options": [...]}]}
    loaded_at = models.DateTimeField()

    class Meta:
        db_table = "instrument_text"

    def __str__(self) -> str:
        return f"licensed text for {self.instrument}"
