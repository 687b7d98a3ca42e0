"""The danger-phrase matcher for the active language, compiled once per language and kept."""

from __future__ import annotations

import functools

from django.conf import settings
from django.utils import translation

from nestling.domain.safety.phrases import Matcher, compile_matcher


@functools.lru_cache(maxsize=16)
def _for_language(language: str) -> Matcher:
    with translation.override(language):
        return compile_matcher(translation.gettext)


def matcher() -> Matcher:
    """The matcher for the language of this request (English phrases are always included)."""
    return _for_language(translation.get_language() or settings.LANGUAGE_CODE)
