"""Readiness scoring and data exports."""
