"""sp_collect: offline, encrypted data collection for interviews and institutional surveys."""

__version__ = "0.1.0"
