"""Today's bonding moments for a caregiver, the practice library, and guided sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, get_args
from zoneinfo import ZoneInfo

from django.db import transaction

from nestling.domain import babies as baby_rules
from nestling.domain import kinds
from nestling.domain.caregivers import Challenge
from nestling.domain.errors import NotFound, ValidationError
from nestling.domain.households import Access
from nestling.domain.kinds import bonding
from nestling.domain.kinds import temperature as temperature_kind
from nestling.domain.practices import library
from nestling.domain.practices.plan import KIND_CATEGORY, Plan, PlanInput, plan
from nestling.domain.practices.practice import Practice, Stage
from nestling.domain.text import gettext_noop as _
from nestling.domain.thresholds import temperature
from nestling.services import access, accounts, babies, journal
from nestling.services.access import Actor
from nestling.services.journal import EntryData
from nestling.store.models import Baby, Entry, Membership, PlanChoice

ACTIONS = ("done", "swap", "dismiss")
RESPONSES = get_args(bonding.Response)
# Kinds whose details record how the baby responded (bonding moments after birth) ...
BONDING_KINDS = frozenset(kinds.codes_in(kinds.Category.BONDING))
# ... and every moment a guided session logs with its duration, talking to the bump included.
MOMENT_KINDS = BONDING_KINDS | {"bump_talk"}


@dataclass(frozen=True)
class DayPlan:
    plan: Plan
    day: date
    caregiver: Membership
    personal: bool  # built with the caregiver's own profile (only they see that)


def _practice(slug: str) -> Practice:
    try:
        return library.get(slug)
    except NotFound as exc:
        raise NotFound(_("No such practice."), field="practice") from exc


def _member(baby: Baby, user_id: int) -> Membership:
    found = Membership.objects.filter(household_id=baby.household_id, user_id=user_id).first()
    if found is None:
        raise ValidationError(_("That caregiver is not part of this household."), field="caregiver")
    return found


def _baby_state(baby: Baby, now: datetime) -> dict[str, Any]:
    """What the journal says about the baby right now (a few small indexed queries)."""
    since = now - timedelta(hours=24)
    recent = list(
        Entry.objects.filter(
            baby_id=baby.pk,
            started_at__gte=since,
            kind__in=("sleep", "feed", "temperature", "symptom"),
        )
        .order_by("-started_at")
        .values("kind", "started_at", "ended_at", "running", "details")
    )
    asleep = any(e["kind"] == "sleep" and e["running"] for e in recent)
    last_sleep = next((e for e in recent if e["kind"] == "sleep" and e["ended_at"]), None)
    last_feed = next((e for e in recent if e["kind"] == "feed"), None)
    feed_end = last_feed and (last_feed["ended_at"] or last_feed["started_at"])
    unwell = any(
        e["kind"] == "symptom"
        or (
            e["kind"] == "temperature"
            and (temperature_kind.celsius_of(e["details"]) or 0) >= temperature.FEVER_C
        )
        for e in recent
    )
    awake = None
    if not asleep and last_sleep is not None:
        awake = int((now - last_sleep["ended_at"]).total_seconds() // 60)
    return {
        "baby_asleep": asleep,
        "baby_awake_minutes": awake,
        "unwell": unwell,
        "just_fed": bool(feed_end and now - feed_end < timedelta(minutes=40)),
    }


def day_plan(
    *,
    actor: Actor,
    baby_id: int,
    now: datetime,
    caregiver_id: int | None = None,
    on: date | None = None,
) -> DayPlan:
    """A caregiver's suggestions for a day. Someone else's plan leaves out their private
    profile of challenges: that stays between them and Nestling."""
    baby, mine = access.baby(actor, baby_id)
    member = mine if caregiver_id in (None, actor.user.pk) else _member(baby, caregiver_id)
    personal = member.user_id == actor.user.pk
    zone = ZoneInfo(baby.household.time_zone)
    local = now.astimezone(zone)
    today = journal.today(baby, now)
    day = on or today
    view = babies.view_of(baby, mine, now)
    facts = babies.facts_of(baby)
    gestation = baby_rules.birth_gestation_days(facts)
    challenges = (
        frozenset(Challenge(c) for c in accounts.challenges_of(member.user))
        if personal
        else frozenset()
    )
    twins = (
        baby.birth_date is not None
        and Baby.objects.filter(household_id=baby.household_id, birth_date=baby.birth_date)
        .exclude(pk=baby.pk)
        .exists()
    )
    week_ago = now - timedelta(days=7)
    recent = [
        (kind, (local.date() - started.astimezone(zone).date()).days)
        for kind, started in Entry.objects.filter(
            baby_id=baby_id,
            caregiver_id=member.user_id,
            started_at__gte=week_ago,
            kind__in=list(KIND_CATEGORY),
        ).values_list("kind", "started_at")
    ]
    choices = PlanChoice.objects.filter(user_id=member.user_id, baby_id=baby_id, on=day)
    given = PlanInput(
        day=day,
        caregiver_id=member.user_id,
        stage=Stage.PREGNANCY if view.age is None else Stage.BABY,
        weeks=(view.pregnancy_week or 0) if view.age is None else view.age.effective_days // 7,
        relationship=member.relationship,
        challenges=challenges,
        preterm=gestation is not None and gestation < baby_rules.PRETERM_BELOW_DAYS,
        in_nicu=baby.nicu_from is not None and baby.nicu_until is None,
        twins=twins,
        hour=local.hour if day == today else 10,
        recent=tuple(recent),
        done_today=frozenset(c.practice for c in choices if c.action == "done"),
        set_aside=frozenset(c.practice for c in choices if c.action != "done"),
        **(_baby_state(baby, now) if view.age is not None else {}),
    )
    return DayPlan(plan(given), day, member, personal)


def choose(*, actor: Actor, baby_id: int, slug: str, action: str, now: datetime) -> None:
    """Mark one of today's suggestions done, swapped for another, or set aside for today."""
    if action not in ACTIONS:
        raise ValidationError(_("The action must be done, swap or dismiss."), field="action")
    _practice(slug)
    with transaction.atomic():
        # Your own plan is yours to shape, whatever your role: even a viewer may set one aside.
        baby, _member = access.baby(actor, baby_id, Access.READ)
        access.require_write(actor)
        PlanChoice.objects.create(
            user_id=actor.user.pk,
            baby=baby,
            practice=slug,
            action=action,
            on=journal.today(baby, now),
            at=now,
        )


def finish_session(
    *,
    actor: Actor,
    baby_id: int,
    slug: str,
    started_at: datetime,
    now: datetime,
    response: str | None = None,
    note: str = "",
) -> Entry:
    """A guided practice was done: log the matching journal entry with its duration."""
    practice = _practice(slug)
    if response and response not in RESPONSES:
        raise ValidationError(_("Unknown response."), field="response")
    kind = practice.journal_kind.value
    details: dict[str, Any] = {}
    if kind in BONDING_KINDS and response:
        details["response"] = response
    text = note.strip() or (practice.title if kind == "note" else "")
    timed = kind in MOMENT_KINDS
    data = EntryData(
        kind=kind,
        started_at=started_at if timed else now,
        ended_at=now if timed else None,
        note=text,
        details=details,
        set_fields={"started_at", "ended_at"},
    )
    with transaction.atomic():
        entry = journal.record(actor=actor, baby_id=baby_id, data=data, now=now)[0]
        baby = entry.baby
        PlanChoice.objects.create(
            user_id=actor.user.pk,
            baby=baby,
            practice=slug,
            action="done",
            on=journal.today(baby, now),
            at=now,
        )
    return entry


def practices(
    *, query: str = "", category: str | None = None, tag: str | None = None
) -> list[Practice]:
    return list(library.search(query, category=category, tag=tag))


def practices_for(
    *, actor: Actor, baby_id: int, now: datetime, query: str = "", category: str | None = None
) -> tuple[list[Practice], Stage, int]:
    """The library for this baby's stage first: what fits the (corrected) age, then the rest,
    pregnancy practices last once the baby is born. Also the stage and weeks it used."""
    baby, mine = access.baby(actor, baby_id)
    view = babies.view_of(baby, mine, now)
    stage = Stage.PREGNANCY if view.age is None else Stage.BABY
    weeks = (view.pregnancy_week or 0) if view.age is None else view.age.effective_days // 7
    found = practices(query=query, category=category)
    found.sort(key=lambda p: (not p.age.includes(stage, weeks), p.age.stage is not stage))
    return found, stage, weeks


def practice(slug: str) -> Practice:
    return _practice(slug)


def week_of_moments(*, actor: Actor, baby_id: int, now: datetime) -> dict[str, int]:
    """Bonding moments the actor shared with the baby in the last seven days, by kind.

    Only what happened is counted; kinds with no moments are simply absent."""
    access.baby(actor, baby_id)
    since = now - timedelta(days=7)
    counts: dict[str, int] = {}
    for kind in Entry.objects.filter(
        baby_id=baby_id,
        caregiver_id=actor.user.pk,
        started_at__gte=since,
        kind__in=sorted(MOMENT_KINDS),
    ).values_list("kind", flat=True):
        counts[kind] = counts.get(kind, 0) + 1
    return counts
