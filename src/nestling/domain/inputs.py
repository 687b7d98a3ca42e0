"""Rules every input obeys whatever its field: text a database can store, local times of day.

Each rule returns the untranslated message (or None when the value is fine), so the API, the
pages and the command line say the same thing when they refuse a value.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from nestling.domain.text import gettext_noop as _

# PostgreSQL cannot store a NUL character in text and SQLite would store it raw, to cut strings
# short later in C code; unpaired UTF-16 surrogates cannot be encoded for either database.
NUL_TEXT = _("Text cannot contain a NUL character (\\u0000).")
UNENCODABLE_TEXT = _("Text contains characters that are not valid Unicode.")

# A time of day (a day's start, a time of birth) is read on the household's clock, in its time
# zone; an offset such as "Z" or "+02:00" would say another clock, so it is refused, not guessed.
LOCAL_TIME = _(
    "Use a local time of day such as 06:00, without a time zone: the household's time zone applies."
)

# An instant is a date and time with its offset; without one it could be any of 26 hours.
NEEDS_ZONE = _("Times need a time zone (e.g. 2026-11-22T14:30:00Z).")
# Nothing Nestling records or asks about lies outside these years; the bounds also keep date
# arithmetic (a day before, a week after) and the databases' conversions away from overflow.
EARLIEST_INSTANT = datetime(1900, 1, 1, tzinfo=UTC)
LATEST_INSTANT = datetime(3000, 1, 1, tzinfo=UTC)
INSTANT_RANGE = _("Use a date between 1900 and 2999.")


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored as text, or None."""
    if "\x00" in value:
        return NUL_TEXT
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return UNENCODABLE_TEXT
    return None


def local_time_problem(value: time) -> str | None:
    """Why `value` is not a local time of day, or None."""
    return LOCAL_TIME if value.tzinfo is not None else None


def moment_problem(value: datetime) -> str | None:
    """Why `value` is not an instant Nestling can record, or None."""
    if value.tzinfo is None or value.utcoffset() is None:
        return NEEDS_ZONE
    try:
        in_range = EARLIEST_INSTANT <= value.astimezone(UTC) < LATEST_INSTANT
    except OverflowError:
        in_range = False
    return None if in_range else INSTANT_RANGE
