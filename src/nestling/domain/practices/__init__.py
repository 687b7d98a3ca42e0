"""Bonding practices: a library of short, sourced things to do together, written as data."""
