"""The PySide6 desktop app: a thin shell over sp_collect.workspace."""
