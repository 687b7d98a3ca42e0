"""Age bands of the red flags and the advice, in days of (corrected, when that applies) age.

Sources (clinical-reference §8): NICE NG143 bands its fever rules at 3 and 6 months; the NHS
"call 999" list says "under 8 weeks old and you are very worried".
Which age: a baby born early is judged at their corrected age, the younger one, so the stricter
band applies. For fever this follows Hadhud et al., J Clin Med 2023;12(9):3242 (febrile preterm
infants with a corrected age under 3 months had serious bacterial infections as often as term
infants under 3 months: "age correction should thus be considered"); for the other bands no
source addresses prematurity and the stricter band is Nestling's choice [P].
"""

from __future__ import annotations

EIGHT_WEEKS = 56  # NHS: "under 8 weeks old and you are very worried" -> call 999
THREE_MONTHS = 91  # NICE NG143: "age less than 3 months"; 13 weeks
SIX_MONTHS = 183  # NICE NG143: "age 3 to 6 months"
