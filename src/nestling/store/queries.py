"""Hand-written queries for the paths every request takes, where the ORM's per-query Python
cost (about 2 ms to build a joined query) outweighs the database's own work many times over.

Plain SQL that SQLite and PostgreSQL both accept; raw querysets still convert the values to
Python types, so callers get ordinary model instances.
"""

from __future__ import annotations

from nestling.store.models import ApiToken, Baby, Household, User

_BABY_FOR_MEMBER = """
SELECT b.*, m.id AS member_id, m.role AS member_role, m.relationship AS member_relationship
FROM baby b
JOIN membership m ON m.household_id = b.household_id AND m.user_id = %s
WHERE b.id = %s
"""
_HOUSEHOLD = "SELECT * FROM household WHERE id = %s"


def baby_for_member(baby_id: int, user_id: int) -> Baby | None:
    """The baby with its household loaded and the user's membership as `member_*`
    attributes, or None when there is no such baby in a household of the user."""
    found = list(Baby.objects.raw(_BABY_FOR_MEMBER, [user_id, baby_id]))
    if not found:
        return None
    baby = found[0]
    baby.household = next(iter(Household.objects.raw(_HOUSEHOLD, [baby.household_id])))
    return baby


# "user" is quoted: it is a reserved word in PostgreSQL.
_LIVE_TOKEN = """
SELECT t.*
FROM api_token t
JOIN "user" u ON u.id = t.user_id
WHERE t.digest = %s AND t.revoked_at IS NULL AND u.is_active
"""
_USER = 'SELECT * FROM "user" WHERE id = %s'


def live_token(digest: str) -> ApiToken | None:
    """The unrevoked token with this digest, its active user loaded, or None."""
    found = list(ApiToken.objects.raw(_LIVE_TOKEN, [digest]))
    if not found:
        return None
    token = found[0]
    token.user = next(iter(User.objects.raw(_USER, [token.user_id])))
    return token
