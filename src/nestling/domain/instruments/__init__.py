"""Screening instruments as data (one module each), their registry and their scoring."""
