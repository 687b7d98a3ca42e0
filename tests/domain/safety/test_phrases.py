"""Danger phrases in free text: the reviewed list, read the way parents write, negation for a
baby's signs only, and a translation that adds to the English phrases."""

from __future__ import annotations

import pytest

from nestling.domain.safety import phrases
from nestling.domain.safety.phrases import HARM_BABY, HARM_SELF, compile_matcher

MATCHER = compile_matcher()

CASES = [
    # The examples.
    ("weak high-pitched cry, won't settle", ["cry_unusual"]),
    ("I feel like hurting the baby and I want to die", [HARM_BABY, HARM_SELF]),
    # Harm to self or baby, as people write it.
    ("Honestly they'd all be better off without me", [HARM_SELF]),
    ("I keep thinking about killing myself", [HARM_SELF]),
    ("scared I might shake him... shake the baby", [HARM_BABY]),
    ("I would never hurt my baby but the thoughts scare me", [HARM_BABY]),  # never set aside
    ("I don't want to die", [HARM_SELF]),  # words about harm are never set aside
    # A baby's 999 signs.
    ("He's not breathing properly!!", ["breathing_pauses"]),
    ("Lips went BLUE for a moment", ["blue_or_grey"]),
    ("went all floppy in my arms", ["floppy_or_drowsy"]),
    ("Couldn’t wake her for the feed", ["wont_wake"]),  # a curly apostrophe
    ("she was fitting for about a minute", ["seizure"]),
    ("rash that doesn't fade under the glass", ["rash_not_fading"]),
    ("vomited green twice", ["green_vomit"]),
    ("stiff neck and a temperature", ["stiff_neck"]),
    ("swollen lips after the egg", ["severe_allergic_reaction"]),
    # Set aside: negated signs, and ordinary words.
    ("she was not floppy at all", []),
    ("no blue lips, colour fine", []),
    ("new sleepsuit not fitting", []),
    ("Blue blanket, lovely nap", []),
    ("a fit of giggles", []),
    ("fell asleep at 7", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "codes"), CASES)
def test_the_reviewed_list(text: str, codes: list[str]) -> None:
    assert [hit.code for hit in MATCHER.find(text)] == codes


def test_each_group_is_found_once_with_the_words_that_matched() -> None:
    hits = MATCHER.find("not breathing... then stopped breathing again")
    assert [(h.code, h.words) for h in hits] == [("breathing_pauses", "not breathing")]


def test_a_translation_adds_to_the_english_phrases() -> None:
    german = {
        phrases.GROUPS[0].phrases: "will sterben|mich umbringen",
        phrases.NEGATIONS: "nicht|kein|nie",
    }
    matcher = compile_matcher(lambda message: german.get(message, message))
    assert [h.code for h in matcher.find("Ich will sterben")] == [HARM_SELF]
    assert [h.code for h in matcher.find("I want to die")] == [HARM_SELF]
    assert matcher.find("sie ist nicht floppy") == ()


def test_every_phrase_compiles_to_a_match_of_itself() -> None:
    for group in phrases.GROUPS:
        for phrase in group.phrases.split("|"):
            text = phrase.replace("*", "the")
            found = [h.code for h in MATCHER.find(f"today: {text}.")]
            assert str(group.code) in found, (group.code, phrase)
