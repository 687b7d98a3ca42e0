"""Persistence: Django models, migrations and query helpers. Never commits: services do."""
