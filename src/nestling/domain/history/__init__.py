"""A seeded, plausible journal for one baby over a span of days: for demos, tests and benchmarks.

The baby's age drives everything (clinical-reference §7.2–7.4):
- feeds every 2–3 h at first and 3–4 h later, night feeds that fade, solids from 6 months,
  bottles growing from about 60 ml to about 150 ml by 2 months (CDC; AAP healthychildren);
- about 14–17 h of sleep a day for newborns (Hirshkowitz 2015), 12–16 h later (Paruthi 2016),
  in naps and night stretches that never overlap, with feeds always between sleeps;
- at least six wet nappies a day after day 5 (§7.3 output check);
- fuss and cry that rises from about 2 weeks, is highest in the second month and has settled
  by 12 weeks, mostly in the evening (Wolke 2017; Period of PURPLE Crying);
- social smiles from about 6 weeks, cooing and babbling from about 2 months.

Each baby has a favourite way of being settled in the evening, and the parents learn it, so a
cry helper has something real to find. Beyond two years the pattern stays at two-year-old
rates: long histories are for volume, not realism. Only `random.Random(seed)` is used, and
nothing is read from the clock, so the same arguments always give the same journal.
"""

from nestling.domain.history.base import Record, period
from nestling.domain.history.journal import generate
from nestling.domain.history.rates import Curve, curve

__all__ = ["Curve", "Record", "curve", "generate", "period"]
