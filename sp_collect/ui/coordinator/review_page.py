"""The review queue: received responses to approve or return with comments, and sending returns."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sp_collect.progress import CancelToken, Progress
from sp_collect.sync.results import ExportReport
from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.answer_rows import answer_rows
from sp_collect.ui.coordinator.display import compact_combo, explanation, heading
from sp_collect.ui.coordinator.review_detail import ReviewDetail
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.responses_page import ResponseTable, Row, form_titles
from sp_collect.ui.settings import preferences
from sp_collect.workspace import REVIEWABLE, Changes


def review_status_text(status: str) -> str:
    """Statuses as the coordinator reads them (the field wording says "confirmed")."""
    texts = {
        "received": QCoreApplication.translate("ReviewPage", "Waiting for review"),
        "approved": QCoreApplication.translate("ReviewPage", "Approved"),
        "returned": QCoreApplication.translate("ReviewPage", "Returned for correction"),
    }
    return texts.get(status, status)


def file_stem(name: str) -> str:
    """A contact's name as a file name."""
    kept = "".join(c if c.isalnum() else "-" for c in name.strip().lower())
    return "-".join(part for part in kept.split("-") if part) or "device"


REVISION_COLUMN = 3


@register_page
class ReviewPage(Page):
    """Filter and search received responses; open one to approve it or return it."""

    roles = frozenset({COORDINATOR})
    order = 60

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading()
        self.explain = explanation()
        self.form_filter = compact_combo()
        self.status_filter = compact_combo()
        self.form_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = ResponseTable()
        self.table.view.selectionModel().currentChanged.connect(self._current_changed)
        self.detail = ReviewDetail()
        self.detail.sig_approve.connect(lambda: self.decide("approved", {}))
        self.detail.sig_return.connect(lambda comments: self.decide("returned", comments))
        self.send_button = QPushButton()
        self.send_button.clicked.connect(self.send_returns)
        self.last_sent = explanation()
        self.shown_uuid: str | None = None
        filters = QHBoxLayout()
        filters.addWidget(self.form_filter, 1)
        filters.addWidget(self.status_filter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 600])  # the queue's columns need room, not only the names
        buttons = QHBoxLayout()
        buttons.addWidget(self.last_sent, 1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Review")

    def retranslate(self) -> None:
        self.heading.setText(self.title)
        self.explain.setText(
            self.tr(
                "Responses received from the field. Select one to read it; approve it, or pick "
                "questions, write what to correct and return it. Then send the returns."
            )
        )
        self.form_filter.setAccessibleName(self.tr("Show responses of this form"))
        self.status_filter.setAccessibleName(self.tr("Show responses with this status"))
        self.send_button.setText(self.tr("&Send returns and receipts…"))
        self.send_button.setAccessibleName(
            self.tr("Write a return file with decisions and receipts for each device")
        )
        self.table.retranslate()
        self.table.search.setPlaceholderText(self.tr("Search by name, form, sender or status"))
        self.detail.retranslate()
        with QSignalBlocker(self.status_filter):
            current = self.status_filter.currentData()
            self.status_filter.clear()
            for status in REVIEWABLE:
                self.status_filter.addItem(review_status_text(status), status)
            self.status_filter.addItem(self.tr("Any status"), None)
            found = self.status_filter.findData(current) if current else 0
            self.status_filter.setCurrentIndex(max(found, 0))
        self.refresh_if_shown()  # hidden, it reads the store when shown again

    def refresh(self, changes: object | None = None) -> None:
        workspace = self.ctx.workspace
        titles = form_titles(self.ctx)
        with QSignalBlocker(self.form_filter):
            current = self.form_filter.currentData()
            self.form_filter.clear()
            self.form_filter.addItem(self.tr("All forms"), None)
            for form_id, title in sorted(titles.items(), key=lambda pair: pair[1]):
                self.form_filter.addItem(title, form_id)
            self.form_filter.setCurrentIndex(max(self.form_filter.findData(current), 0))
        form_id = self.form_filter.currentData()
        status = self.status_filter.currentData()
        statuses = (status,) if status else REVIEWABLE
        senders = {c.key_id: c.name for c in workspace.contacts.list()}
        rows = [
            self._row(s, titles, senders)
            for st in statuses
            for s in workspace.responses.list(status=st, form_id=form_id)
        ]
        headers = [
            self.tr("Name"),
            self.tr("Form"),
            self.tr("Status"),
            self.tr("Revision"),
            self.tr("Sender"),
            self.tr("Last change"),
        ]
        self.table.set_rows(headers, rows, self.tr("Nothing to review with these filters."))
        # The revision is in the caption of the response shown: its column would leave the
        # names and titles no room on a small screen.
        self.table.view.setColumnHidden(REVISION_COLUMN, True)
        self.send_button.setEnabled(bool(self.devices()))
        self._show(self.table.selected())

    def _row(self, summary: Any, titles: dict[str, str], senders: dict[str, str]) -> Row:
        name = summary.instance_name or summary.uuid[:8]
        sender = senders.get(summary.sender or "", "")
        cells = (
            name,
            titles.get(summary.form_id, summary.form_id),
            review_status_text(summary.status),
            str(summary.revision),
            sender,
            summary.updated_at[:16].replace("T", " "),
        )
        keys = (name.lower(), cells[1].lower(), cells[2], summary.revision, sender.lower())
        return Row(summary.uuid, cells, (*keys, summary.updated_at))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.table.selected() if current.isValid() else None)

    def _show(self, uuid: str | None) -> None:
        if uuid == self.shown_uuid and uuid is not None:
            return
        self.shown_uuid = uuid
        if uuid is None:
            self.detail.show_response(self.tr("Select a response to read it."), [])
            return
        workspace = self.ctx.workspace
        row = workspace.responses.get(uuid)
        form = workspace.forms.compiled(row.form_id, row.form_version)
        rows = answer_rows(form, row.answers, preferences(self.ctx).language)
        caption = (
            self.tr("%1, revision %2: %3")
            .replace("%1", row.instance_name or row.uuid[:8])
            .replace("%2", str(row.revision))
            .replace("%3", review_status_text(row.status))
        )
        earlier: dict[str, str] = {}
        for comment in workspace.responses.comments(uuid):
            line = f"r{comment.revision}: {comment.text}"
            earlier[comment.question_path] = "\n".join(
                filter(None, (earlier.get(comment.question_path), line))
            )
        self.detail.show_response(caption, rows, earlier)

    # -- decisions -----------------------------------------------------------------------------
    def decide(self, decision: str, comments: dict[str, str]) -> None:
        uuid = self.shown_uuid
        if uuid is None:
            return
        workspace = self.ctx.workspace
        self.ctx.run(
            lambda _p, _c: workspace.reviews.decide(uuid, decision, comments),
            self._decided,
            parent=self,
        )

    def _decided(self, changes: Changes) -> None:
        self.shown_uuid = None  # the same response shows again, its comments cleared
        self.ctx.announce(changes)
        self.refresh()
        text = self.tr("Decision saved. Send the returns when you have reviewed the batch.")
        self.sig_status.emit(text)

    def devices(self) -> list[str]:
        """Key ids of the devices that sent responses: each gets its decisions and a receipt
        (which responses arrived intact, so it may purge them)."""
        workspace = self.ctx.workspace
        return sorted(
            {s.sender for st in REVIEWABLE for s in workspace.responses.list(status=st) if s.sender}
        )

    def send_returns(self) -> None:
        """One return file per device, into a folder the user chooses."""
        workspace = self.ctx.workspace
        devices = self.devices()
        if not devices:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the return files"), str(preferences(self.ctx).export_folder)
        )
        if not folder:
            return
        names = {c.key_id: c.name for c in workspace.contacts.list()}
        stamp = date.today().isoformat()
        targets = [
            (key, Path(folder) / f"{file_stem(names.get(key, key))}-{stamp}.spreturn")
            for key in devices
        ]

        counted = self.tr("return files")

        def work(progress: Progress, cancel: CancelToken) -> list[ExportReport]:
            done = []
            for index, (key, path) in enumerate(targets):
                progress(index, len(targets), counted)
                done.append(workspace.sync.export_return(key, path, cancel=cancel))
            return done

        self.ctx.run(
            work, self._sent, parent=self, progress_label=self.tr("Writing the return files…")
        )

    def _sent(self, reports: list[ExportReport]) -> None:
        text = (
            self.tr("%1 return file(s) written: %2")
            .replace("%1", str(len(reports)))
            .replace("%2", ", ".join(r.path.name for r in reports))
        )
        self.ctx.announce(Changes(message=text))
        self.last_sent.setText(text)
        self.sig_status.emit(text)
