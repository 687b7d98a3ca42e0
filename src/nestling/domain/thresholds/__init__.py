"""The baby side's clinical numbers, one module per area, each with its source.

Every rule that checks one of these numbers and every text that states it read the same
constant, at the time they run (`temperature.FEVER_C`, never a copy taken at import), so a
change here changes what is checked and what is said together. Texts carry the number as a
typed value (`Celsius`, `Minutes`, `AgeDays`), converted to the household's units at display.

Modules: ages (the age bands), temperature (fever and low temperature by age, fever duration),
feeding (feed intervals, how long without a feed or a wet diaper is a warning sign), sleep (wake
windows), crying (normal crying per day, long crying days, the rule of threes), checkin (a
caregiver's own check-in: what reads as strain, and what calls for a wellbeing check).
"""
