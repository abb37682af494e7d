"""The one place that turns errors into what a user sees: one sentence, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sp_collect.errors import Cancelled, SpCollectError

log = logging.getLogger("sp_collect.ui")


def translated(code: str) -> str | None:
    """The UI-language sentence for the errors a user meets in the app itself (the core's own
    sentences are English, written for the command line); None for the others."""
    translate = QCoreApplication.translate
    if code == "wrong_passphrase":
        return translate(
            "errors", "The passphrase does not open this workspace. Check it and try again."
        )
    if code == "wrong_recovery_code":
        return translate(
            "errors", "This recovery code does not open this workspace. Check it and try again."
        )
    if code == "workspace_locked":
        return translate(
            "errors", "The workspace is open in another window or program; close it there first."
        )
    if code == "disk_full":
        return translate(
            "errors", "The disk is full; free some space and try again (nothing was changed)."
        )
    if code == "passphrase_empty":
        return translate("errors", "The passphrase cannot be empty.")
    return None


def message_for(exc: BaseException) -> str:
    """The sentence to show: ours (in the UI language where the app has it, else as written);
    anything else is a bug, logged without data."""
    if isinstance(exc, SpCollectError):
        return translated(exc.code) or str(exc)
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
