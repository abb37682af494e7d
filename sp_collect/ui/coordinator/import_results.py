"""Rows of the import results table: per bundle file, what it brought and why it was refused."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sp_collect.errors import BundleError
from sp_collect.sync.results import ImportReport
from sp_collect.ui.errors import message_for
from sp_collect.ui.when import local_time_text

NOTES_SHOWN = 3
DETAILS_SEPARATOR = " · "
"""Details stay on one line (the row keeps one line's height); the tooltip shows them all."""


def outcome_text(status: str) -> str:
    texts = {
        "merged": QCoreApplication.translate("ImportResults", "Merged"),
        "held": QCoreApplication.translate("ImportResults", "Merged; some responses held"),
        "duplicate": QCoreApplication.translate("ImportResults", "Already imported"),
        "quarantined": QCoreApplication.translate("ImportResults", "Held: unknown sender"),
        "rejected": QCoreApplication.translate("ImportResults", "Rejected"),
    }
    return texts.get(status, status)


def headers() -> list[str]:
    return [
        QCoreApplication.translate("ImportResults", "File"),
        QCoreApplication.translate("ImportResults", "Sender"),
        QCoreApplication.translate("ImportResults", "Verified"),
        QCoreApplication.translate("ImportResults", "Result"),
        QCoreApplication.translate("ImportResults", "New"),
        QCoreApplication.translate("ImportResults", "Updated"),
        QCoreApplication.translate("ImportResults", "Unchanged"),
        QCoreApplication.translate("ImportResults", "Conflicts"),
        QCoreApplication.translate("ImportResults", "Rejected"),
        QCoreApplication.translate("ImportResults", "Missing bundles"),
        QCoreApplication.translate("ImportResults", "Details"),
    ]


def what_to_do(report: ImportReport) -> str:
    """The outcome's sentence in the UI language ("merged" needs none: the Result says it)."""
    translate = QCoreApplication.translate
    if report.status == "quarantined":
        return (
            translate(
                "ImportResults",
                "%1 (%2) is not a trusted contact yet: the bundle waits until you check this "
                "fingerprint with them and trust them.",
            )
            .replace("%1", report.sender_name)
            .replace("%2", report.sender_fingerprint)
        )
    if report.status == "held":
        # No %n plural here: lupdate does not mark translate() calls as plural.
        return translate(
            "ImportResults",
            "Responses waiting for a form version this workspace lacks: %1. Install it, then "
            "import this bundle again.",
        ).replace("%1", str(report.held))
    if report.status == "duplicate":
        return translate("ImportResults", "Already imported; nothing changed.")
    if report.status == "rejected":
        return translate("ImportResults", "The sender was revoked: their bundles are refused.")
    return ""


def report_cells(report: ImportReport, language: str) -> list[str]:
    details = [what_to_do(report)]
    if report.held_since:
        details.append(
            QCoreApplication.translate("ImportResults", "held since %1").replace(
                "%1", local_time_text(report.held_since, language)
            )
        )
    if report.constraint_problems:
        details.append(
            QCoreApplication.translate(
                "ImportResults",
                "%1 failed constraint(s) in the responses merged: Review lists them",
            ).replace("%1", str(report.constraint_problems))
        )
    notes = report.notes
    details += [f"{n.uuid[:8]}: {n.reason}" for n in notes[:NOTES_SHOWN]]
    if len(notes) > NOTES_SHOWN:
        details.append(
            QCoreApplication.translate("ImportResults", "and %1 more").replace(
                "%1", str(len(notes) - NOTES_SHOWN)
            )
        )
    if report.out_of_order:
        details.append(
            QCoreApplication.translate(
                "ImportResults", "older than a bundle already received from this sender"
            )
        )
    gaps = ", ".join(str(n) for n in report.missing_sequences)
    return [
        report.path.name,
        report.sender_name,
        QCoreApplication.translate("ImportResults", "Yes")
        if report.verified
        else QCoreApplication.translate("ImportResults", "No"),
        outcome_text(report.status),
        str(report.new),
        str(report.updated),
        str(report.unchanged),
        str(report.conflicts),
        str(report.rejected),
        gaps,
        DETAILS_SEPARATOR.join(d for d in details if d),
    ]


def error_cells(path: Path, error: BaseException) -> list[str]:
    empty = [""] * 6
    return [
        path.name,
        "",
        QCoreApplication.translate("ImportResults", "No"),
        QCoreApplication.translate("ImportResults", "Refused"),
        *empty,
        message_for(error),
    ]


def result_rows(
    results: Iterable[tuple[Path, ImportReport | BundleError]], language: str
) -> list[list[str]]:
    """Table rows for (file, outcome) pairs; refused files keep their name."""
    return [
        report_cells(r, language) if isinstance(r, ImportReport) else error_cells(path, r)
        for path, r in results
    ]
