"""The one place that turns errors into what a user sees: one sentence, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sp_collect.errors import Cancelled, SpCollectError

log = logging.getLogger("sp_collect.ui")


def message_for(exc: BaseException) -> str:
    """The sentence to show: ours as written; anything else is a bug, logged without data."""
    if isinstance(exc, SpCollectError):
        return str(exc)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "errors",
        "Something unexpected went wrong. Your saved answers are safe. "
        "The details were written to the log file for a bug report.",
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A dialog with one clear sentence; cancellation is not an error and shows nothing."""
    if isinstance(exc, Cancelled):
        return
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("errors", "Could not finish"),
        message_for(exc),
    )
