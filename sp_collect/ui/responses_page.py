"""Lists of responses with search and sort, and the Drafts page built on them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.texts import text_in
from sp_collect.errors import SpCollectError
from sp_collect.ui.context import AppContext
from sp_collect.ui.pages import COORDINATOR, FIELD, Page, heading_label, register_page

_UUID = Qt.ItemDataRole.UserRole + 1
_SORT = Qt.ItemDataRole.UserRole + 2


def status_text(status: str) -> str:
    """A response status as the user reads it."""
    texts = {
        "draft": QCoreApplication.translate("status", "Draft"),
        "finalized": QCoreApplication.translate("status", "Finalized, not sent"),
        "exported": QCoreApplication.translate("status", "Sent, not confirmed yet"),
        "received": QCoreApplication.translate("status", "Confirmed by the coordinator"),
        "approved": QCoreApplication.translate("status", "Approved by the coordinator"),
        "returned": QCoreApplication.translate("status", "Returned for correction"),
    }
    return texts.get(status, status)


@dataclass(frozen=True)
class Row:
    """One line of a list: its response, the texts shown and (optionally) what sorts them."""

    uuid: str
    cells: tuple[str, ...]
    sort_keys: tuple[Any, ...] = ()


def summary_row(summary: Any, form_titles: dict[str, str], *extra: str) -> Row:
    """The usual columns for a response summary: name, form, status, revision, last change."""
    name = summary.instance_name or summary.uuid[:8]
    cells = (
        name,
        form_titles.get(summary.form_id, summary.form_id),
        status_text(summary.status),
        str(summary.revision),
        local_time(summary.updated_at),
        *extra,
    )
    keys = (name.lower(), cells[1].lower(), cells[2], summary.revision, summary.updated_at)
    return Row(summary.uuid, cells, keys + tuple(e.lower() for e in extra))


def local_time(stamp: str) -> str:
    """A stored UTC timestamp in the computer's time zone, to the minute."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16].replace("T", " ")


def summary_headers(*extra: str) -> list[str]:
    return [
        QCoreApplication.translate("responses", "Name"),
        QCoreApplication.translate("responses", "Form"),
        QCoreApplication.translate("responses", "Status"),
        QCoreApplication.translate("responses", "Revision"),
        QCoreApplication.translate("responses", "Last change"),
        *extra,
    ]


def question_labels(ctx: AppContext, form_id: str, version: str) -> Callable[[str], str]:
    """Question path → its label in the UI language (``jobs[1].country`` → "Country (2)"),
    for lists that name questions; the path itself if the form is not installed."""
    language = str(ctx.settings.get("language") or "en")
    try:
        form = ctx.workspace.forms.compiled(form_id, version)
    except SpCollectError:
        return lambda path: path
    model = form.model

    def label(path: str) -> str:
        name = path.rsplit(".", 1)[-1]
        indices = re.findall(r"\[(\d+)\]", path)
        info = form.items.get(re.sub(r"\[\d+\]", "", name))
        text = getattr(info.item, "label", None) if info is not None else None
        shown = text_in(text, language, model.default_language) or path
        return shown + "".join(f" ({int(i) + 1})" for i in indices)

    return label


def form_titles(ctx: AppContext) -> dict[str, str]:
    """Form id → title in the UI language where the form has it (else its default language)."""
    language = str(ctx.settings.get("language") or "en")
    return {form.form_id: form.title(language) for form in ctx.workspace.forms.summaries()}


class ResponseTable(QWidget):
    """A search box over a sortable table; Enter or double-click opens the selected response."""

    sig_activated = Signal(str)
    """The uuid of the response the user opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(_SORT)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)
        self.view.header().setStretchLastSection(False)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, form or status"))
        self.search.setAccessibleName(self.tr("Search the list"))
        self.view.setAccessibleName(self.tr("Responses"))

    def set_rows(self, headers: Sequence[str], rows: Iterable[Row], empty_text: str) -> None:
        """Replace the content, keeping the user's sort column and selection."""
        selected = self.selected()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(headers))
        count = 0
        for row in rows:
            items = []
            for column, text in enumerate(row.cells):
                item = QStandardItem(text)
                item.setToolTip(text)  # an elided cell shows its whole text on hover
                item.setData(row.uuid, _UUID)
                keys = row.sort_keys
                item.setData(keys[column] if column < len(keys) else text.lower(), _SORT)
                items.append(item)
            self.model.appendRow(items)
            count += 1
        self.empty.setText(empty_text)
        self.empty.setVisible(count == 0)
        # The name and the form title are the long columns: they share what is left and
        # elide (the whole text is the tooltip), so the status and dates stay readable and
        # nothing scrolls sideways; a comments column (the Inbox) shares the room too.
        header = self.view.header()
        last = len(headers) - 1
        for column in range(len(headers)):
            stretch = column in (0, 1) or (column == last and column > 3)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        if selected:
            self.select(selected)
        elif count:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def uuids(self) -> list[str]:
        """The uuids shown, in display order (after search and sort)."""
        return [str(self.proxy.index(r, 0).data(_UUID)) for r in range(self.proxy.rowCount())]

    def selected(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(_UUID)) if index.isValid() else None

    def select(self, uuid: str) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(_UUID) == uuid:
                self.view.setCurrentIndex(index)
                return

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(_UUID)
        if uuid:
            self.sig_activated.emit(str(uuid))


class ResponsesPage(Page):
    """A page that is a titled response list with an Open button (and maybe more buttons)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = heading_label()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = ResponseTable()
        self.table.sig_activated.connect(self.sig_open_response)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def retranslate(self) -> None:
        self.heading.setText(self.title)
        self.open_button.setText(self.tr("&Open"))
        self.table.retranslate()

    def _open_selected(self) -> None:
        uuid = self.table.selected()
        if uuid:
            self.sig_open_response.emit(uuid)


def returned_uuids(ctx: AppContext, drafts: Iterable[Any]) -> set[str]:
    """Drafts the coordinator sent back: they carry review comments."""
    return {s.uuid for s in drafts if s.revision > 1 and ctx.workspace.responses.comments(s.uuid)}


@register_page
class DraftsPage(ResponsesPage):
    """Responses still being filled in (returned ones are in the Inbox)."""

    roles = frozenset({FIELD, COORDINATOR})
    order = 20

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Drafts")

    def retranslate(self) -> None:
        super().retranslate()
        self.open_button.setText(self.tr("&Resume"))
        self.explain.setText(
            self.tr("Responses being filled in. Every answer is saved as soon as it is given.")
        )
        self.refresh_if_shown()

    def refresh(self, changes: object | None = None) -> None:
        drafts = self.ctx.workspace.responses.list(status="draft")
        returned = returned_uuids(self.ctx, drafts)
        titles = form_titles(self.ctx)
        self.table.set_rows(
            summary_headers(),
            (summary_row(s, titles) for s in drafts if s.uuid not in returned),
            self.tr("No drafts. Start a new response from Home (Ctrl+N)."),
        )
