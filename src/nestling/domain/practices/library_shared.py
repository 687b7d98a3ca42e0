"""Safety wording that several practices share, so it reads the same everywhere it appears.

Sources: safe sleep and awake adult (AAP 2022, clinical reference §7.5); step away and never
shake (ICON, §7.5); cry red flags (NICE NG143, §8.1).
"""

from __future__ import annotations

from nestling.domain.text import gettext_noop as _

AWAKE_ADULT = _(
    "Only do this while you are awake and alert. If you feel drowsy, or have had alcohol or "
    "medicine that makes you sleepy, put your baby down in their cot first."
)
SAFE_SLEEP = _(
    "If your baby falls asleep, lay them on their back on a firm, flat surface of their own, "
    "such as a cot or Moses basket, with no pillows or loose bedding."
)
SOFA_RISK = _(
    "Dozing off with your baby on a sofa or armchair is especially risky; move to a safe "
    "position or put your baby in their cot before you get too sleepy."
)
FACE_CLEAR = _("Keep your baby's face where you can see it, with their nose and mouth uncovered.")
HEAD_SUPPORT = _("Support your baby's head and neck until they can hold their head up themselves.")
STEP_AWAY = _(
    "It's OK to put your baby down safely on their back in their cot and step away for a few "
    "minutes if the crying is getting to you."
)
NEVER_SHAKE = _("Never shake a baby, however upset or tired you feel.")
CRY_RED_FLAGS = _(
    "A weak, high-pitched or non-stop cry, or a baby under 3 months with a temperature of "
    "38 °C or more, needs medical advice straight away."
)
