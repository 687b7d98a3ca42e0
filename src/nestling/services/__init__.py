"""Use cases: each one is a transaction boundary and checks access through services.access."""
