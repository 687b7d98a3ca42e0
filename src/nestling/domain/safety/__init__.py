"""Safety rules that every entry path shares: warning signs, danger phrases, and the help to show.

Modules: signs (the vocabulary of a baby's warning signs: codes, labels, level by age, source
lines), phrases (danger phrases in free text, compiled once), alerts (what saving an entry must
show at once), fetal (the reduced-fetal-movement warning). Nestling gives information, never a
diagnosis.
"""
