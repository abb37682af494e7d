"""Fixtures of the coordinator UI tests; their helpers live in ``coordinator_kit``."""

from coordinator_kit import kit

__all__ = ["kit"]
