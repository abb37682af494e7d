"""Fixtures of the export tests; their helpers live in ``export_kit`` (import them from there)."""

from export_kit import coordinator_folder, workspace

__all__ = ["coordinator_folder", "workspace"]
