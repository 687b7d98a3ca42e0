"""The cry helper's use cases: check a crying baby against the journal, and log the crying spell.

A check costs the same few small, indexed queries however long the history is: the baby with
its household and the actor's membership (access), the last 24 hours of the entries the rules
read, the cry entries of the last 14 family days, and the actor's own check-ins of the last 3
days. Everything else is the pure `nestling.domain.cry`.

A crying spell is a running `cry` timer in the journal, so both caregivers see it live: "tried —
no change" and "that helped" add to its `tried` / `soothed_by`, and "stopped crying" stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, get_args

from django.db import transaction

from nestling.domain import cry, kinds
from nestling.domain import days as family_days
from nestling.domain.babies import Age, age_on
from nestling.domain.cry import flags
from nestling.domain.cry.context import FEVER_WINDOW, HISTORY_DAYS, RECENT
from nestling.domain.entries import CLOCK_SKEW
from nestling.domain.errors import Conflict, ValidationError
from nestling.domain.escalation import (
    ResourceSelection,
    crisis_resources_for,
)
from nestling.domain.households import Access
from nestling.domain.kinds import checkin, cues, diaper, feed, symptom, temperature
from nestling.domain.kinds import cry as cry_kind
from nestling.domain.safety import alerts as safety
from nestling.domain.safety import signs as warning_signs
from nestling.domain.text import gettext_noop as _
from nestling.services import access, instruments, journal, phrases, timers
from nestling.services.access import Actor
from nestling.services.babies import facts_of
from nestling.services.journal import EntryData
from nestling.store.models import Baby, Entry

log = logging.getLogger(__name__)
ACTIVITY_KINDS = kinds.codes_in(kinds.Category.BONDING)
# The kinds the rules read from the last 24 h; notes and solids too, for warning signs in them.
RECENT_KINDS = ("feed", "diaper", "sleep", "symptom", "cue", "note", "solids", *ACTIVITY_KINDS)
CHECKIN_DAYS = 3
# What the helper reads as a caregiver's own words about the baby.
LONGEST_CRY = timedelta(minutes=cry_kind.MAX_MINUTES)


@dataclass(frozen=True)
class RunningEpisode:
    id: int
    started_at: datetime
    tried: tuple[str, ...]
    soothed_by: tuple[str, ...]


@dataclass(frozen=True)
class CryCheck:
    baby: Baby
    at: datetime
    age: Age
    assessment: cry.Assessment
    episode: RunningEpisode | None  # the crying spell going on at `at`, if one was started
    resources: ResourceSelection  # the household's country's help lines

    @property
    def household(self) -> Any:
        return self.baby.household


def check(
    *,
    actor: Actor,
    baby_id: int,
    now: datetime,
    at: datetime | None = None,
    symptoms: Iterable[str] = (),
) -> CryCheck:
    """The cry check for a baby the actor may read, at `at` (default: now)."""
    baby, _member = access.baby(actor, baby_id, Access.READ)
    return _check(baby, at or now, now, symptoms, caregiver_id=actor.user.pk)


def check_as_operator(
    *, baby_id: int, now: datetime, at: datetime | None = None, symptoms: Iterable[str] = ()
) -> CryCheck:
    """The same check for the operator's shell: no user, so nobody's check-ins are read."""
    return _check(access.operator_baby(baby_id), at or now, now, symptoms, caregiver_id=None)


@dataclass(frozen=True)
class Warnings:
    """The warning signs the journal shows now, for the baby's page (empty before the birth)."""

    baby: Baby
    red_flags: tuple[cry.RedFlag, ...]
    advice: tuple[cry.Advice, ...]
    resources: ResourceSelection | None

    @property
    def household(self) -> Any:
        return self.baby.household


def warnings(*, actor: Actor, baby_id: int, now: datetime) -> Warnings:
    """Warning signs logged or written in the last 24 h, logged temperatures and gaps in the
    log: the red-flag half of the cry check, without the reasons (two small queries)."""
    baby, _member = access.baby(actor, baby_id, Access.READ)
    age = age_on(facts_of(baby), access.local_today(baby.household, now))
    if age is None:
        return Warnings(baby, (), (), None)
    red, advice = cry.red_flags(_facts(baby, now).context(baby, age))
    resources = None
    if red or advice:
        resources = crisis_resources_for(baby.household.country, instruments.crisis_directory())
    return Warnings(baby, tuple(red), tuple(advice), resources)


def household_zone(baby_id: int) -> str:
    """The baby's household's time zone, for the shell to read times without a zone."""
    return str(access.operator_baby(baby_id).household.time_zone)


def _check(
    baby: Baby, at: datetime, now: datetime, symptoms: Iterable[str], caregiver_id: int | None
) -> CryCheck:
    if at.tzinfo is None:
        raise ValidationError(_("Times need a time zone (e.g. 2026-11-22T14:30:00Z)."), field="at")
    if at > now + CLOCK_SKEW:
        raise ValidationError(_("The time of the check is in the future."), field="at")
    household = baby.household
    age = age_on(facts_of(baby), access.local_today(household, at))
    if age is None:
        raise ValidationError(
            _("The cry helper is for after the birth. Add the date of birth first."),
            field="baby",
        )
    context, episode = _context(baby, at, age, caregiver_id)
    assessment = cry.assess(context, list(symptoms))
    # Only checked lines: an unverified number never reaches a parent with a crying baby.
    resources = crisis_resources_for(
        household.country, instruments.crisis_directory(), include_unverified=False
    )
    return CryCheck(baby, at, age, assessment, episode, resources)


def _context(
    baby: Baby, at: datetime, age: Age, caregiver_id: int | None
) -> tuple[cry.CryContext, RunningEpisode | None]:
    household = baby.household
    zone, day_start = household.time_zone, household.day_starts_at
    first_day = family_days.day_of(at, zone, day_start) - timedelta(days=HISTORY_DAYS - 1)
    history_start = family_days.day_window(first_day, zone, day_start)[0] - LONGEST_CRY
    cries = (
        Entry.objects.filter(
            baby_id=baby.pk, kind="cry", started_at__gte=history_start, started_at__lte=at
        )
        .order_by()
        .values_list("id", "started_at", "ended_at", "running", "details")
    )
    episodes, current = _episodes(cries, at)
    context = _facts(baby, at).context(
        baby, age, episodes=episodes, checkins=_checkins(baby, at, caregiver_id)
    )
    return context, current


def _facts(baby: Baby, at: datetime) -> _Facts:
    """The last 24 hours of the entries the rules read, and the temperatures of FEVER_WINDOW."""
    recent = (
        Entry.objects.filter(
            baby_id=baby.pk, started_at__gt=at - RECENT, started_at__lte=at, kind__in=RECENT_KINDS
        )
        .order_by()
        .values_list("kind", "started_at", "ended_at", "running", "details", "note")
    )
    # Temperatures reach further back: a fever that has lasted 5 days is a warning sign.
    temperatures = (
        Entry.objects.filter(
            baby_id=baby.pk,
            kind="temperature",
            started_at__gt=at - FEVER_WINDOW,
            started_at__lte=at,
        )
        .order_by()
        .values_list("kind", "started_at", "ended_at", "running", "details", "note")
    )
    facts = _Facts(at)
    for kind, started, ended, running, details, note in [*recent, *temperatures]:
        facts.add(kind, started, ended, running, details or {}, note)
    return facts


class _Facts:
    """Sorts the recent journal rows into the context's lists, as they were at `at`."""

    def __init__(self, at: datetime) -> None:
        self.at = at
        self.feeds: list[cry.Feed] = []
        self.diapers: list[cry.Diaper] = []
        self.sleeps: list[cry.Sleep] = []
        self.readings: list[cry.Reading] = []
        self.notes: list[cry.Note] = []
        self.signs: list[cry.LoggedSign] = []
        self.activities: list[cry.Activity] = []
        self.matcher = phrases.matcher()

    def add(
        self,
        kind: str,
        started: datetime,
        ended: datetime | None,
        running: bool,
        d: dict[str, Any],
        note: str = "",
    ) -> None:
        self._signs(kind, started, d, note)
        ended, running = _as_at(self.at, ended, running)
        if kind == "feed":
            self.feeds.append(_feed(started, ended, running, d))
        elif kind == "diaper":
            self.diapers.append(cry.Diaper(started, diaper.contents_of(d)))
        elif kind == "sleep":
            self.sleeps.append(cry.Sleep(started, ended))
        elif kind == "temperature" and (celsius := temperature.celsius_of(d)) is not None:
            self.readings.append(cry.Reading(started, celsius, temperature.method_of(d)))
        elif (kind == "symptom" and (text := symptom.description_of(d))) or (
            kind == "cue" and (text := cues.description_of(d))
        ):
            self.notes.append(cry.Note(started, text, kind))
        elif kind in ACTIVITY_KINDS:
            self.activities.append(cry.Activity(kind, started, ended, running))

    def context(self, baby: Baby, age: Age, **more: Any) -> cry.CryContext:
        household = baby.household
        return cry.CryContext(
            now=self.at,
            age_days=age.effective_days,
            chronological_days=age.days,
            feeding=baby.feeding_method or None,
            zone=household.time_zone,
            day_starts_at=household.day_starts_at,
            feeds=tuple(self.feeds),
            diapers=tuple(self.diapers),
            sleeps=tuple(self.sleeps),
            temperatures=tuple(self.readings),
            notes=tuple(self.notes),
            logged_signs=tuple(self.signs),
            activities=tuple(self.activities),
            **more,
        )

    def _signs(self, kind: str, started: datetime, d: dict[str, Any], note: str) -> None:
        """Warning signs picked on a symptom entry, and those named in any entry's words."""
        words = safety.words_of(kind, d, note)
        text = " · ".join(words)
        for code in safety.sign_codes(kind, d):
            self.signs.append(cry.LoggedSign(started, code, text))
        for written in words:
            for hit in self.matcher.find(written):
                if hit.code in warning_signs.CODES:
                    self.signs.append(cry.LoggedSign(started, hit.code, written))


def _as_at(at: datetime, ended: datetime | None, running: bool) -> tuple[datetime | None, bool]:
    """An entry as it was at `at`: one that ended later (a check in the past) was still going on."""
    if ended is not None and ended > at:
        return None, True
    return ended, running


def _feed(started: datetime, ended: datetime | None, running: bool, d: dict[str, Any]) -> cry.Feed:
    minutes = feed.side_minutes_of(d)
    method = feed.method_of(d)
    if minutes is None and ended is not None and method == "breast":
        minutes = int((ended - started).total_seconds() // 60)
    return cry.Feed(
        started_at=started,
        ended_at=ended,
        method=method,
        amount_ml=feed.amount_ml_of(d),
        minutes=minutes,
        milk=d.get("milk"),
        running=running,
    )


def _episodes(
    rows: Iterable[tuple[int, datetime, datetime | None, bool, dict[str, Any]]], at: datetime
) -> tuple[tuple[cry.Episode, ...], RunningEpisode | None]:
    episodes = []
    current: RunningEpisode | None = None
    for entry_id, started, ended, running, details in rows:
        ended, running = _as_at(at, ended, running)
        tried = cry_kind.tried_of(details)
        soothed = cry_kind.soothed_by_of(details)
        episodes.append(cry.Episode(started, ended, tried, soothed, running))
        if running and (current is None or started > current.started_at):
            current = RunningEpisode(entry_id, started, tried, soothed)
    return tuple(episodes), current


def _checkins(baby: Baby, at: datetime, caregiver_id: int | None) -> tuple[cry.CheckIn, ...]:
    """The actor's own check-ins (private or shared): strain is offered to them, not about them."""
    if caregiver_id is None:
        return ()
    rows = Entry.objects.filter(
        baby_id=baby.pk,
        kind="checkin",
        caregiver_id=caregiver_id,
        started_at__gt=at - timedelta(days=CHECKIN_DAYS),
        started_at__lte=at,
    ).values_list("started_at", "details")
    return tuple(
        cry.CheckIn(
            at=started,
            hours_slept=d.get("hours_slept"),
            mood=checkin.mood_of(d),
            stress=checkin.stress_of(d),
            supported=d.get("supported"),
        )
        for started, d in rows
    )


# --- the crying spell --------------------------------------------------------------------------


def start_episode(*, actor: Actor, baby_id: int, now: datetime) -> Entry:
    """Start a crying spell, or join the one already going on (a second tap, the other parent)."""
    access.baby(actor, baby_id, Access.LOG)
    running = [e for e in timers.running(actor=actor, baby_id=baby_id) if e.kind == "cry"]
    if running:
        return running[0]
    try:
        return timers.start_timer(actor=actor, baby_id=baby_id, kind="cry", now=now)
    except Conflict as exc:
        if exc.code != "timer_running":
            raise
        return next(e for e in timers.running(actor=actor, baby_id=baby_id) if e.kind == "cry")


def _episode(actor: Actor, episode_id: int) -> Entry:
    entry = journal.get(actor=actor, entry_id=episode_id)
    if entry.kind != "cry":
        raise ValidationError(_("That entry is not a crying spell."), field="episode")
    return entry


def _soothing(code: str) -> str:
    if code not in get_args(cry_kind.Soothing):
        raise ValidationError(
            _("Unknown way of soothing: %(code)s."), field="soothing", params={"code": code}
        )
    return code


def mark(*, actor: Actor, episode_id: int, soothing: str, helped: bool, now: datetime) -> Entry:
    """Note on a running crying spell that something was tried, and whether it helped."""
    code = _soothing(soothing)
    for attempt in range(3):
        entry = _episode(actor, episode_id)
        if not entry.running:
            raise Conflict(
                _("This crying spell has already ended."), field="episode", code="episode_ended"
            )
        details = cry_kind.marked(entry.details, code, helped=helped)
        try:
            return journal.update(
                actor=actor,
                entry_id=episode_id,
                version=entry.version,
                data=EntryData(details=details),
                now=now,
            )
        except Conflict as exc:
            # Both parents tapping at once: read the other's change and add ours to it.
            if exc.code != "stale" or attempt == 2:
                raise
    raise AssertionError("unreachable")


def stop_episode(
    *, actor: Actor, episode_id: int, now: datetime, soothed_by: str | None = None
) -> Entry:
    """The baby stopped crying: end the spell (its duration), optionally saying what helped."""
    entry = _episode(actor, episode_id)
    details: dict[str, Any] = {}
    if soothed_by:
        marked = cry_kind.marked(entry.details, _soothing(soothed_by), helped=True)
        details = {key: marked[key] for key in ("tried", "soothed_by")}
    return timers.stop_timer(actor=actor, timer_id=episode_id, now=now, details=details)


def resume_episode(*, actor: Actor, episode_id: int, now: datetime, soothing: str = "") -> Entry:
    """Undo "that helped": the crying spell goes on, as if it had not been ended (within the
    journal's undo window), and `soothing` is no longer counted as what settled the baby."""
    with transaction.atomic():
        entry = journal.entry_for(actor, episode_id, Access.LOG, lock=True)
        if entry.kind != "cry":
            raise ValidationError(_("That entry is not a crying spell."), field="episode")
        if entry.running:
            return entry
        if entry.ended_at is None or now - entry.ended_at > journal.UNDO_WINDOW:
            raise Conflict(
                _("This crying spell ended too long ago to undo; start a new one instead."),
                field="episode",
                code="episode_ended",
            )
        if Entry.objects.filter(baby_id=entry.baby_id, kind="cry", running=True).exists():
            raise Conflict(
                _("Another crying spell is already going on."), field="episode", code="running"
            )
        soothed = [c for c in cry_kind.soothed_by_of(entry.details) if c != soothing]
        entry.details = {**entry.details, "soothed_by": soothed}
        entry.running, entry.ended_at, entry.stopped_by_id = True, None, None
        entry.version += 1
        entry.updated_at = now
        entry.save()
    return entry


def record_symptoms(
    *, actor: Actor, baby_id: int, symptoms: Iterable[str], now: datetime
) -> Entry | None:
    """Log the signs ticked in the cry helper as a symptom entry everyone in the household sees
    (its signs then count as warning signs in the journal for the next 24 hours)."""
    access.baby(actor, baby_id, Access.LOG)
    codes = list(dict.fromkeys(symptoms))
    flags.require_known(codes)
    if not codes:
        return None
    data = EntryData(kind="symptom", details={"signs": codes})
    return journal.record(actor=actor, baby_id=baby_id, data=data, now=now)[0]
