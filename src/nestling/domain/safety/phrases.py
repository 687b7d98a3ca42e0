"""Danger phrases in free text: words about harming oneself or the baby, and a baby's 999 signs.

A small list, reviewed line by line, for the words parents write in symptom entries, cues,
notes and check-ins. Each group is one translatable string of alternatives separated by "|";
"*" stands for one word or none ("hurt * baby": "hurt the baby", "hurt my baby", "hurt baby").
Text is compared in a normal form: lower case, apostrophes dropped ("won't" -> "wont"), anything
that is not a letter or digit read as a space ("high-pitched" -> "high pitched").

A match is a prompt to show help at once, never a diagnosis. For a baby's signs, two words of
negation just before a phrase ("she was not floppy") set it aside; words about harm are never set
aside ("I would never hurt the baby" still gets the crisis lines, gently), because a missed
thought of harm costs far more than a help panel shown once too often.
Sources: clinical-reference §10.4 [P] (crisis resources for any free-text mention of harming
self or baby); §8.2 NHS "call 999" list and NICE NG143 red features for the baby's signs (see
nestling.domain.safety.signs for their source lines).
The edge compiles one matcher per language (the English phrases are always included, since
people often write in English in a translated app) and keeps it: matching is one pass of one
compiled expression, cheap enough for the entry insert path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nestling.domain.safety.signs import Sign
from nestling.domain.text import gettext_noop as _

HARM_SELF = "harm_self"
HARM_BABY = "harm_baby"
HARM = frozenset({HARM_SELF, HARM_BABY})


@dataclass(frozen=True)
class Phrases:
    code: str  # a Sign value, HARM_SELF or HARM_BABY
    phrases: str  # marked for translation: alternatives separated by "|"
    negatable: bool = True  # "not <phrase>" sets it aside


GROUPS: tuple[Phrases, ...] = (
    Phrases(
        HARM_SELF,
        _(
            "want to die|wanna die|want to be dead|wish i was dead|wish i were dead|"
            "wish i wasnt here|better off dead|better off without me|kill myself|killing myself|"
            "end my life|ending my life|end it all|take my own life|taking my own life|suicide|"
            "suicidal|hurt myself|hurting myself|harm myself|harming myself|self harm|"
            "no reason to live|dont want to live|do not want to live|dont want to be alive|"
            "cant go on|cannot go on"
        ),
        negatable=False,
    ),
    Phrases(
        HARM_BABY,
        _(
            "hurt * baby|hurting * baby|harm * baby|harming * baby|shake * baby|shaking * baby|"
            "kill * baby|killing * baby|smother * baby|smothering * baby|suffocate * baby|"
            "suffocating * baby|throw * baby|throwing * baby|hurt * newborn|harm * newborn|"
            "shake * newborn"
        ),
        negatable=False,
    ),
    Phrases(
        Sign.BREATHING_PAUSES,
        _(
            "not breathing|isnt breathing|wasnt breathing|stopped breathing|stops breathing|"
            "stop breathing|pauses in breathing|pause in breathing|pauses in * breathing|"
            "apnoea|apnea"
        ),
    ),
    Phrases(
        Sign.BLUE_OR_GREY,
        _(
            "turned blue|turning blue|went blue|going blue|gone blue|goes blue|blue lips|"
            "lips are blue|lips were blue|blue around * lips|blue around * mouth|turned grey|"
            "went grey|going grey|grey lips|turned gray|went gray|gray lips"
        ),
    ),
    Phrases(
        Sign.WONT_WAKE,
        _(
            "wont wake|will not wake|cant wake|cannot wake|couldnt wake|could not wake|"
            "wouldnt wake|would not wake|unable to wake|not waking up"
        ),
    ),
    Phrases(
        Sign.FLOPPY_OR_DROWSY,
        _(
            "floppy|went limp|gone limp|goes limp|very limp|hard to wake|difficult to wake|"
            "very drowsy|unusually sleepy|unresponsive"
        ),
    ),
    Phrases(
        Sign.SEIZURE,
        _(
            "fitting|having a fit|had a fit|seizure|seizures|seizing|convulsing|convulsion|"
            "convulsions"
        ),
    ),
    Phrases(
        Sign.CRY_UNUSUAL,
        _(
            "high pitched cry|high pitched crying|high pitched scream|high pitched screaming|"
            "weak high pitched|weak cry|weak crying|cry is weak|cry was weak"
        ),
    ),
    Phrases(
        Sign.RASH_NOT_FADING,
        _(
            "doesnt fade|does not fade|didnt fade|did not fade|wont fade|not fading|"
            "non blanching|nonblanching|purple rash|purple spots"
        ),
    ),
    Phrases(
        Sign.GREEN_VOMIT,
        _(
            "green vomit|vomiting green|vomited green|vomits green|green sick|sick was green|"
            "vomit was green|bile|bilious"
        ),
    ),
    Phrases(Sign.STIFF_NECK, _("stiff neck|neck is stiff|neck was stiff|neck stiffness")),
    Phrases(
        Sign.SEVERE_ALLERGIC_REACTION,
        _(
            "anaphylaxis|anaphylactic|swollen tongue|tongue swelling|swollen lips|lips swelling|"
            "swollen throat|throat swelling"
        ),
    ),
)
# Words that, among the two just before a baby's sign, set the sign aside ("not floppy").
NEGATIONS = _(
    "not|no|never|isnt|wasnt|arent|werent|dont|doesnt|didnt|hasnt|havent|hadnt|without|nor"
)


@dataclass(frozen=True)
class Hit:
    """A group found in a text, and the words that matched (in the normal form)."""

    code: str
    words: str


_APOSTROPHES = re.compile(r"['’`´]")
_NOT_WORD = re.compile(r"[\W_]+")


def normal(text: str) -> str:
    """Lower case, no apostrophes, one space between words (see the module docstring)."""
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()


_ANY_WORD = "zzanywordzz"  # stands for "*" while a phrase is put in the normal form


def _alternatives(phrases: str) -> list[str]:
    """Regular expressions for the "|"-separated phrases, in the normal form."""
    found = []
    for phrase in phrases.split("|"):
        pattern = ""
        for word in normal(phrase.replace("*", f" {_ANY_WORD} ")).split():
            pattern += r"(?:\w+ )?" if word == _ANY_WORD else re.escape(word) + " "
        if pattern.strip():
            found.append(pattern.removesuffix(" "))
    return found


class Matcher:
    """Every phrase group compiled into one expression; `find` is one pass over the text."""

    def __init__(self, groups: tuple[Phrases, ...], negations: set[str], extra: dict[str, str]):
        self._groups = groups
        self._negations = frozenset(negations)
        parts = []
        for index, group in enumerate(groups):
            alternatives = _alternatives(group.phrases)
            if group.code in extra:
                alternatives += _alternatives(extra[group.code])
            unique = sorted(set(alternatives), key=len, reverse=True)  # longest first
            parts.append(f"(?P<g{index}>{'|'.join(unique)})")
        self._pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")

    def find(self, text: str) -> tuple[Hit, ...]:
        """The groups found in `text`, each once, in the order they first appear."""
        if not text:
            return ()
        plain = normal(text)
        found: dict[str, Hit] = {}
        for match in self._pattern.finditer(plain):
            group = self._groups[int((match.lastgroup or "g0")[1:])]
            if group.code in found:
                continue
            before = plain[: match.start()].split()[-2:]
            if group.negatable and self._negations.intersection(before):
                continue
            found[group.code] = Hit(str(group.code), match.group(0))
        return tuple(found.values())


def _identity(message: str) -> str:
    return message


def compile_matcher(translate: Callable[[str], str] = _identity) -> Matcher:
    """A matcher for one language: the English phrases plus their translation, when different."""
    extra = {g.code: translate(g.phrases) for g in GROUPS if translate(g.phrases) != g.phrases}
    negations = set(NEGATIONS.split("|")) | set(normal(translate(NEGATIONS)).split())
    return Matcher(GROUPS, negations, extra)
