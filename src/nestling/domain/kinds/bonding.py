"""Bonding moments: skin-to-skin, massage, reading, talking, singing, rocking, mirroring play,
bath, tummy time and walks. Each can run as a timer and may say how the baby responded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import Field as Describe

from nestling.domain.kinds.base import Category, Details, Field, Kind, Tap, Words, choices
from nestling.domain.text import gettext_noop as _

Response = Literal["calm", "alert", "smiling", "fussing", "asleep"]
RESPONSES = choices(
    Response,
    {
        "calm": _("Calm"),
        "alert": _("Alert"),
        "smiling": _("Smiling"),
        "fussing": _("Fussing"),
        "asleep": _("Asleep"),
    },
)
# How a response reads inside a sentence ("baby was calm").
RESPONSE_WORDS = {
    "calm": _("calm"),
    "alert": _("alert"),
    "smiling": _("smiling"),
    "fussing": _("fussing"),
    "asleep": _("asleep"),
}
MAX_MINUTES = 12 * 60
RESPONSE = Field("response", _("How did your baby respond?"), "choice", RESPONSES)


class BondingDetails(Details):
    response: Response | None = Describe(None, description="How the baby responded.")


def response_words(details: Mapping[str, Any], words: Words) -> list[str]:
    """ "baby was calm", for any kind whose details say how the baby responded."""
    response = details.get("response")
    if not response:
        return []
    return [words(_("baby was %(state)s"), state=words.translate(RESPONSE_WORDS[response]))]


def _bonding(code: str, label: str, order: int, *taps: Tap) -> Kind:
    return Kind(
        code=code,
        category=Category.BONDING,
        label=label,
        details=BondingDetails,
        order=order,
        timed=True,
        max_minutes=MAX_MINUTES,
        fields=(RESPONSE,),
        taps=taps,
        summarise=response_words,
    )


KINDS = (
    _bonding("skin_to_skin", _("Skin-to-skin"), 10, Tap("timer", _("Skin-to-skin"), order=4)),
    _bonding("massage", _("Massage"), 11, Tap("timer", _("Massage"), order=5)),
    _bonding("reading", _("Reading"), 12, Tap("bonding", _("Read together"), order=1)),
    _bonding("talking", _("Talking and narrating"), 13, Tap("bonding", _("Talked"), order=2)),
    _bonding("singing", _("Singing"), 14, Tap("bonding", _("Sang"), order=3)),
    _bonding("rocking", _("Rocking and holding"), 15, Tap("bonding", _("Rocked / held"), order=4)),
    _bonding(
        "eye_contact_play",
        _("Eye contact and mirroring"),
        16,
        Tap("bonding", _("Mirroring play"), order=5),
    ),
    _bonding("bath", _("Bath together"), 17, Tap("bonding", _("Bath together"), order=7)),
    _bonding("tummy_time", _("Tummy time"), 18, Tap("bonding", _("Tummy time"), order=6)),
    _bonding("walk", _("Walk or babywearing"), 19, Tap("bonding", _("Walk / carrier"), order=8)),
)
