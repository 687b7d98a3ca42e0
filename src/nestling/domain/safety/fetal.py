"""The reduced-fetal-movement warning: contact the maternity unit now, do not wait.

Source (clinical-reference §8.4, [V]): NHS "Your baby's movements"
(https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/), Kicks Count and NHS trust
pages: call the midwife or maternity unit immediately, and do not wait until the next day, if the
baby is moving less, has stopped moving or the pattern has changed; do not use home dopplers or
phone apps to check the heartbeat. NHS trust pages (ESNEFT; Gloucestershire Hospitals) and
MAMA Academy add: contact them no matter how many times it happens; midwives are on duty 24 hours
a day and would much rather you called [V2]. [P] Nestling offers no kick count and no heartbeat
"reassurance" of any kind.
One home for the words: the entry form, the journal, the baby's page and the API all show these.
"""

from __future__ import annotations

from nestling.domain.cry.text import Text, t
from nestling.domain.instruments.base import HelpLevel
from nestling.domain.text import gettext_noop as _

SOURCE = (
    "NHS 'Your baby's movements': call your midwife or maternity unit immediately, do not wait "
    "until the next day, if your baby is moving less, has stopped moving or the pattern has "
    "changed; do not use home dopplers or apps (also Kicks Count)"
)
REDUCED = frozenset({"less", "changed", "none"})  # FetalMovementDetails.pattern values
CALL_NOW = t(
    _(
        "If your baby is moving less than usual, has stopped moving, or the pattern has changed, "
        "call your midwife or maternity unit now — do not wait until tomorrow."
    )
)
NO_MONITOR = t(_("Do not rely on a home heartbeat monitor or an app to check on your baby."))
ANY_TIME = t(
    _(
        "Call however many times it happens: maternity units have midwives on duty day and "
        "night, and would rather you called."
    )
)
NOTICE: tuple[Text, ...] = (CALL_NOW, NO_MONITOR)  # shown wherever movements are logged
TITLE = t(_("Call your midwife or maternity unit now"))
LEVEL = HelpLevel.URGENT


def reduced(pattern: str | None) -> bool:
    """Whether a logged movement pattern is one the NHS says to call about at once."""
    return pattern in REDUCED


EVIDENCE = {
    "less": _("You logged that your baby is moving less than usual."),
    "changed": _("You logged that your baby's pattern of movements has changed."),
    "none": _("You logged that you have not felt your baby move."),
}
