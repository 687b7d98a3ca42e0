"""Hand-written queries for the paths every request takes, where the ORM's per-query Python
cost outweighs the database's own work many times over.

Each lookup is one plain SQL statement that SQLite and PostgreSQL both accept; the row is
turned into ordinary model instances with Django's own converters for that database (so
datetimes are aware, booleans are bools and JSON is decoded exactly as the ORM would do), but
without building a queryset per request. Measured on the insert path (bench/, docs/
performance.md): a token or access lookup costs about 40 µs this way against about 280 µs as a
raw queryset, and the INSERT about 120 µs against about 390 µs through Model.save().
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.db import connections, router
from django.db.models import Model

from nestling.store.models import ApiToken, Baby, Entry, Household, Membership, User

# The statements below are put together from model metadata only (table and column names, quoted
# by the backend); every value travels as a parameter, hence the `noqa: S608` marks.

M = TypeVar("M", bound=Model)
Converter = Callable[[Any, Any, Any], Any]

# What is worked out once per database connection (statements, converters bound to that
# connection). Weak keys: a connection that is closed and dropped takes its entries with it.
_PER_CONNECTION: weakref.WeakKeyDictionary[Any, dict[Any, Any]] = weakref.WeakKeyDictionary()


def _memo(connection: Any, key: Any, build: Callable[[], Any]) -> Any:
    cache = _PER_CONNECTION.get(connection)
    if cache is None:
        cache = _PER_CONNECTION[connection] = {}
    if key not in cache:
        cache[key] = build()
    return cache[key]


def _fields(model: type[Model]) -> list[Any]:
    return list(model._meta.concrete_fields)


def _select(model: type[Model], alias: str, connection: Any) -> str:
    """`alias.col1, alias.col2, ...` in the model's field order."""
    quote = connection.ops.quote_name
    return ", ".join(f"{alias}.{quote(f.column)}" for f in _fields(model))


def _converters(model: type[Model], connection: Any) -> list[tuple[int, Any, list[Converter]]]:
    """Per field position, its column and the converters the ORM would apply to it on
    `connection` (the backend's first, then the field's own, as the SQL compiler orders them)."""

    def build() -> list[tuple[int, Any, list[Converter]]]:
        found = []
        for index, field in enumerate(_fields(model)):
            column = field.get_col(model._meta.db_table)
            chain = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
            if chain:
                found.append((index, column, chain))
        return found

    found: list[tuple[int, Any, list[Converter]]] = _memo(connection, ("convert", model), build)
    return found


def _load(model: type[M], row: Sequence[Any], connection: Any, alias: str) -> M:
    values = list(row)
    for index, column, chain in _converters(model, connection):
        value = values[index]
        for convert in chain:
            value = convert(value, column, connection)
        values[index] = value
    names = _memo(connection, ("names", model), lambda: [f.attname for f in _fields(model)])
    return model.from_db(alias, names, values)


def _fetch(
    models: Sequence[type[Model]], sql: Callable[[Any], str], params: Sequence[Any]
) -> list[Any] | None:
    """Run one SELECT of `models`' columns side by side (`sql` writes the statement for a
    connection, once); their instances, or None for no row."""
    alias = router.db_for_read(models[0])
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(_memo(connection, ("sql", sql), lambda: sql(connection)), params)
        row = cursor.fetchone()
    if row is None:
        return None
    found, start = [], 0
    for model in models:
        width = len(_fields(model))
        found.append(_load(model, row[start : start + width], connection, alias))
        start += width
    return found


def _baby_for_member_sql(connection: Any) -> str:
    return (
        f"SELECT {_select(Baby, 'b', connection)}, {_select(Household, 'h', connection)}, "  # noqa: S608
        f"{_select(Membership, 'm', connection)} "
        "FROM baby b JOIN household h ON h.id = b.household_id "
        "JOIN membership m ON m.household_id = b.household_id AND m.user_id = %s "
        "WHERE b.id = %s"
    )


def baby_for_member(baby_id: int, user_id: int) -> tuple[Baby, Membership] | None:
    """The baby (its household loaded) and the user's membership of that household, in one
    query; None when there is no such baby in a household of the user."""
    found = _fetch((Baby, Household, Membership), _baby_for_member_sql, [user_id, baby_id])
    if found is None:
        return None
    baby, household, member = found
    baby.household = household
    member.household = household
    return baby, member


def _live_token_sql(connection: Any) -> str:
    # "user" is quoted: it is a reserved word in PostgreSQL.
    return (
        f"SELECT {_select(ApiToken, 't', connection)}, {_select(User, 'u', connection)} "  # noqa: S608
        'FROM api_token t JOIN "user" u ON u.id = t.user_id '
        "WHERE t.digest = %s AND t.revoked_at IS NULL AND u.is_active"
    )


def live_token(digest: str) -> ApiToken | None:
    """The unrevoked token with this digest, its active user loaded, in one query; or None."""
    found = _fetch((ApiToken, User), _live_token_sql, [digest])
    if found is None:
        return None
    token, user = found
    token.user = user
    return token


def _insert(model: type[Model], connection: Any) -> tuple[list[Any], str, bool]:
    """The fields, the INSERT statement and whether it returns the new id."""

    def build() -> tuple[list[Any], str, bool]:
        fields = [f for f in _fields(model) if not f.primary_key]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        marks = ", ".join(["%s"] * len(fields))
        table = quote(model._meta.db_table)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
        returning = bool(connection.features.can_return_columns_from_insert)
        if returning:
            sql += f" RETURNING {quote(model._meta.pk.column)}"
        return fields, sql, returning

    found: tuple[list[Any], str, bool] = _memo(connection, ("insert", model), build)
    return found


def insert_entry(entry: Entry) -> None:
    """INSERT one new entry with one statement and set its id, as Model.save() would for a new
    row (Entry has no signals, auto_now fields or save() override to skip)."""
    alias = router.db_for_write(Entry)
    connection = connections[alias]
    fields, sql, returning = _insert(Entry, connection)
    values = [f.get_db_prep_save(getattr(entry, f.attname), connection) for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        entry.pk = cursor.fetchone()[0] if returning else cursor.lastrowid  # SQLite < 3.35
    entry._state.adding = False
    entry._state.db = alias
