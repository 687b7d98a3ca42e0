"""Nestling: a self-hosted parent–infant bonding companion."""

__version__ = "0.1.0"
