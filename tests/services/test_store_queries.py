"""The hand-written hot-path queries (store/queries.py) must give exactly what the ORM gives:
the same values with the same Python types, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import time, timedelta

from django.db import connection
from django.db.models import Model
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nestling.services import tokens
from nestling.store import queries
from nestling.store.models import ApiToken, Baby, Entry, Household, Membership, User
from tests.conftest import World


def _same(found: object, model: type, pk: int) -> None:
    expected = model.objects.get(pk=pk)  # type: ignore[attr-defined]
    for field in model._meta.concrete_fields:  # type: ignore[attr-defined]
        got, want = getattr(found, field.attname), getattr(expected, field.attname)
        assert got == want, field.attname
        assert type(got) is type(want), field.attname


def test_baby_for_member_is_one_query_and_matches_the_orm(world: World) -> None:
    with CaptureQueriesContext(connection) as captured:
        found = queries.baby_for_member(world.baby_id, world.bob.pk)
    assert len(captured) == 1
    assert found is not None
    baby, member = found
    _same(baby, Baby, world.baby_id)
    _same(baby.household, Household, world.home_id)
    _same(member, Membership, world.bob_member_id)
    assert member.household is baby.household
    assert baby.birth_date is not None and isinstance(baby.household.day_starts_at, time)
    assert not baby._state.adding  # a loaded row, so a later save() updates it


def test_baby_for_member_refuses_a_stranger_and_a_missing_baby(world: World) -> None:
    assert queries.baby_for_member(world.baby_id, world.charlie.pk) is None
    assert queries.baby_for_member(world.other_baby_id, world.alice.pk) is None
    assert queries.baby_for_member(10**9, world.alice.pk) is None


def test_live_token_is_one_query_and_matches_the_orm(world: World) -> None:
    token, raw = tokens.create_for(user=world.alice, name="phone", scope="read", now=timezone.now())
    digest = ApiToken.objects.get(pk=token.pk).digest
    with CaptureQueriesContext(connection) as captured:
        found = queries.live_token(digest)
    assert len(captured) == 1
    assert found is not None
    _same(found, ApiToken, token.pk)
    _same(found.user, User, world.alice.pk)
    assert found.created_at.tzinfo is not None
    assert found.user.is_active is True
    assert raw.startswith(tokens.PREFIX)


def test_live_token_ignores_revoked_tokens_and_inactive_users(world: World) -> None:
    now = timezone.now()
    token, _raw = tokens.create_for(user=world.alice, name="phone", scope="write", now=now)
    digest = ApiToken.objects.get(pk=token.pk).digest
    User.objects.filter(pk=world.alice.pk).update(is_active=False)
    assert queries.live_token(digest) is None
    User.objects.filter(pk=world.alice.pk).update(is_active=True)
    ApiToken.objects.filter(pk=token.pk).update(revoked_at=now)
    assert queries.live_token(digest) is None
    assert queries.live_token("0" * 64) is None


def test_insert_entry_stores_what_save_would(world: World) -> None:
    now = timezone.now().replace(microsecond=123456)
    baby = Baby.objects.get(pk=world.baby_id)
    fields = {
        "baby": baby,
        "caregiver_id": world.bob.pk,
        "created_by_id": world.alice.pk,
        "kind": "feed",
        "started_at": now - timedelta(minutes=20),
        "ended_at": now,
        "note": "left then right, ünïcode ✓",
        "details": {"method": "breast", "left_minutes": 8, "right_minutes": 12},
        "created_at": now,
        "updated_at": now,
    }
    fast = Entry(**fields)
    with CaptureQueriesContext(connection) as captured:
        queries.insert_entry(fast)
    assert len(captured) == 1
    assert fast.pk is not None and not fast._state.adding
    slow = Entry(**fields)
    slow.save()
    assert fast.pk != slow.pk
    stored_fast, stored_slow = Entry.objects.get(pk=fast.pk), Entry.objects.get(pk=slow.pk)
    for field in Entry._meta.concrete_fields:
        if field.primary_key:
            continue
        assert getattr(stored_fast, field.attname) == getattr(stored_slow, field.attname)
    assert stored_fast.started_at == now - timedelta(minutes=20)  # microseconds kept
    assert stored_fast.version == 1 and stored_fast.running is False

    fast.note = "changed later through the ORM"
    fast.save()  # an UPDATE of the same row, not a second INSERT
    assert Entry.objects.filter(pk=fast.pk, note=fast.note).count() == 1


def test_nothing_on_entry_depends_on_what_the_fast_insert_skips() -> None:
    """insert_entry skips save(), pre_save and signals: the day the Entry model gains a field
    filled by them (auto_now, a db_default) or a save signal (an audit row, a sync event), this
    fails instead of the busiest write silently missing it."""
    from django.db.models import signals

    for field in Entry._meta.concrete_fields:
        assert not getattr(field, "auto_now", False), field.name
        assert not getattr(field, "auto_now_add", False), field.name
        assert not field.has_db_default(), field.name
    for signal in (signals.pre_save, signals.post_save, signals.pre_init, signals.post_init):
        assert not signal.has_listeners(Entry), signal
    assert Entry.save is Model.save, "Entry.save() is overridden: insert_entry would skip it"
