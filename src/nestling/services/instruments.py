"""The questionnaire catalogue with operator-loaded licensed wording, and the crisis resources.

Licensed wording (the EPDS) lives in the database table `instrument_text`, loaded by the
operator with `nestling instruments load-text epds FILE`: never in the repository, shared by
every worker and server, and included in the database backup. The crisis resources come from the
JSON file named by NESTLING_CRISIS_RESOURCES (default: the packaged file), re-read when it changes.
"""

from __future__ import annotations

import functools
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from nestling.domain.errors import NotFound, ValidationError
from nestling.domain.escalation import CrisisDirectory, load_crisis_resources
from nestling.domain.instruments import registry
from nestling.domain.instruments.base import Instrument
from nestling.domain.instruments.licensed_text import merge_text
from nestling.domain.text import gettext_noop as _
from nestling.store.models import InstrumentText

log = logging.getLogger(__name__)
PACKAGED_CRISIS_FILE = Path(__file__).resolve().parents[1] / "data" / "crisis_resources.json"


def _merged(base: Instrument, content: Any) -> Instrument:
    try:
        return merge_text(base, content)
    except ValidationError:
        # The text was valid when loaded; a later definition change must not break the pages.
        log.exception(
            "The stored licensed text for %s no longer fits; showing placeholders", base.code
        )
        return base


def registered(code: str, *, field: str = "code") -> Instrument:
    """The registry's instrument without loaded wording; NotFound names `field` (no query)."""
    try:
        return registry.get(code)
    except NotFound as exc:
        raise NotFound(exc.message, field=field) from exc


def definition(code: str, *, field: str = "code") -> Instrument:
    """The instrument called `code`, worded with the operator's licensed text when loaded.

    NotFound names `field` (the caller's name for the code) when there is no such instrument.
    """
    base = registered(code, field=field)
    if base.text_licensed:
        return base
    row = InstrumentText.objects.filter(instrument=code).only("content").first()
    return _merged(base, row.content) if row is not None else base


def catalogue() -> list[Instrument]:
    """Every instrument in the registry's order, worded where text was loaded (one query)."""
    texts = dict(InstrumentText.objects.values_list("instrument", "content"))
    return [
        base if base.text_licensed or base.code not in texts else _merged(base, texts[base.code])
        for base in registry.all_instruments()
    ]


def load_text(*, code: str, data: Any, now: datetime) -> Instrument:
    """Check the operator's parsed file against the instrument and store it for everyone."""
    base = registry.get(code)
    if base.text_licensed:
        raise ValidationError(
            _("This questionnaire ships with its own wording; there is nothing to load."),
            field="code",
        )
    worded = merge_text(base, data)
    with transaction.atomic():
        InstrumentText.objects.update_or_create(
            instrument=code, defaults={"content": data, "loaded_at": now}
        )
    return worded


def remove_text(*, code: str) -> bool:
    """Forget the loaded wording (e.g. when a licence ends); True when there was some."""
    registry.get(code)
    with transaction.atomic():
        deleted, _rows = InstrumentText.objects.filter(instrument=code).delete()
    return bool(deleted)


def crisis_file() -> Path:
    return Path(settings.CRISIS_RESOURCES)


def read_crisis_file(path: Path) -> CrisisDirectory:
    """Parse and validate a crisis resources file; ValidationError names what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(
            _("Cannot read the crisis resources file: %(error)s"),
            field="NESTLING_CRISIS_RESOURCES",
            params={"error": exc.strerror or str(exc)},
        ) from exc
    except ValueError as exc:
        raise ValidationError(
            _("The crisis resources file is not valid JSON: %(error)s"),
            field="NESTLING_CRISIS_RESOURCES",
            params={"error": str(exc)},
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError(_("The crisis resources file must hold a JSON object."), field=None)
    return load_crisis_resources(data)


@functools.lru_cache(maxsize=4)
def _cached(path: str, _changed: int) -> CrisisDirectory:
    return read_crisis_file(Path(path))


def crisis_directory() -> CrisisDirectory:
    """The operator's crisis resources; if their file is broken, the packaged ones (and a log).

    Falling back rather than failing keeps the crisis panel on screen whatever happens;
    `nestling check` reports the broken file (see nestling.checks).
    """
    path = crisis_file()
    try:
        return _cached(str(path), path.stat().st_mtime_ns)
    except (OSError, ValueError, ValidationError):
        log.exception("Crisis resources file %s is unusable; using the packaged one", path)
        return _cached(str(PACKAGED_CRISIS_FILE), PACKAGED_CRISIS_FILE.stat().st_mtime_ns)
