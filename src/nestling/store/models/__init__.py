"""All models, one module per area."""

from nestling.store.models.accounts import ApiToken, CaregiverProfile, User
from nestling.store.models.audit import AppendOnly, AuditEvent
from nestling.store.models.babies import Baby
from nestling.store.models.entries import Entry
from nestling.store.models.households import Household, Invitation, Membership
from nestling.store.models.limits import RateCounter
from nestling.store.models.plans import PlanChoice
from nestling.store.models.screenings import (
    EscalationShown,
    InstrumentText,
    Screening,
    ScreeningSnooze,
)
from nestling.store.models.sessions import UserSession

__all__ = [
    "ApiToken",
    "AppendOnly",
    "AuditEvent",
    "Baby",
    "CaregiverProfile",
    "Entry",
    "EscalationShown",
    "Household",
    "InstrumentText",
    "Invitation",
    "Membership",
    "PlanChoice",
    "RateCounter",
    "Screening",
    "ScreeningSnooze",
    "User",
    "UserSession",
]
