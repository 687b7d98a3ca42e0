"""Merges operator-supplied licensed wording into an instrument that ships with placeholders.

The caller reads and parses the operator's JSON file; this module only checks its shape and
builds the worded definition. Field names in errors use 0-based indexes: "items[3].options[2]".
Shape: {"intro": "...", "items": [{"text": "...", "options": ["...", ...]}, ...]}.
"""

from __future__ import annotations

from collections.abc import Mapping

from nestling.domain.errors import ValidationError
from nestling.domain.instruments.base import Instrument, Item
from nestling.domain.text import gettext_noop as _

_KEYS = {"intro", "items"}
_ITEM_KEYS = {"text", "options"}

Problems = list[tuple[str | None, str]]

# Problems are reported several at a time, so each message is a plain template.
UNKNOWN = _("Unknown field.")


def merge_text(instrument: Instrument, data: object) -> Instrument:
    """Return `instrument` with the operator's wording; scores and structure stay as defined."""
    if not isinstance(data, Mapping):
        raise ValidationError(_("The text file must hold a JSON object."), field=None)
    problems = _top_problems(instrument, data)
    if problems:
        raise ValidationError.collect(problems)
    intro = data.get("intro")
    items = tuple(
        _worded(item, entry) for item, entry in zip(instrument.items, data["items"], strict=True)
    )
    return instrument.model_copy(
        update={
            "items": items,
            "stem": intro.strip() if isinstance(intro, str) else instrument.stem,
            "text_licensed": True,
        }
    )


def _top_problems(instrument: Instrument, data: Mapping[object, object]) -> Problems:
    problems: Problems = [(str(key), UNKNOWN) for key in data if key not in _KEYS]
    if "intro" in data and not _is_text(data["intro"]):
        problems.append(("intro", _("Give the introduction as non-empty text.")))
    entries = data.get("items")
    count = len(instrument.items)
    if not isinstance(entries, list) or len(entries) != count:
        problems.append(("items", _("Give a list with exactly one entry per question.")))
        return problems
    for index, (item, entry) in enumerate(zip(instrument.items, entries, strict=True)):
        problems += _item_problems(f"items[{index}]", item, entry)
    return problems


def _item_problems(field: str, item: Item, entry: object) -> Problems:
    if not isinstance(entry, Mapping):
        return [(field, _("Give each question as an object with 'text' and 'options'."))]
    problems: Problems = [(f"{field}.{key}", UNKNOWN) for key in entry if key not in _ITEM_KEYS]
    if not _is_text(entry.get("text")):
        problems.append((f"{field}.text", _("Give the question text as non-empty text.")))
    labels = entry.get("options")
    count = len(item.options)
    if not isinstance(labels, list) or len(labels) != count:
        problems.append((f"{field}.options", _("Give exactly one label per answer option.")))
        return problems
    problems += [
        (f"{field}.options[{index}]", _("Give the option label as non-empty text."))
        for index, label in enumerate(labels)
        if not _is_text(label)
    ]
    return problems


def _worded(item: Item, entry: object) -> Item:
    assert isinstance(entry, Mapping)  # checked by _item_problems
    labels = entry["options"]
    options = tuple(
        option.model_copy(update={"label": str(label).strip()})
        for option, label in zip(item.options, labels, strict=True)
    )
    return item.model_copy(update={"text": str(entry["text"]).strip(), "options": options})


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
