"""Conflicts: two copies of one revision side by side; the coordinator keeps one answer each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sp_collect.ui.context import AppContext
from sp_collect.ui.coordinator.answer_rows import question_labels, raw_answer_text
from sp_collect.ui.coordinator.display import explanation, heading
from sp_collect.ui.coordinator.text_table import Cell, read_only_table
from sp_collect.ui.pages import COORDINATOR, Page, register_page
from sp_collect.ui.settings import preferences
from sp_collect.workspace import Changes
from sp_collect.workspace.conflicts import INCOMING, OURS, ConflictView

QUESTION, CURRENT, THEIRS, KEEP = range(4)


@register_page
class ConflictsPage(Page):
    """Pick, for each question that differs, our answer or the incoming one; save resolves it."""

    roles = frozenset({COORDINATOR})
    order = 70

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.views: list[ConflictView] = []
        self.heading = heading()
        self.explain = explanation()
        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)
        self.conflicts.currentRowChanged.connect(self._show)
        self.only_differences = QCheckBox()
        self.only_differences.toggled.connect(self._filter_rows)
        self.table = read_only_table("")
        self.choices: dict[str, QComboBox] = {}
        self.differing_rows: set[int] = set()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.only_differences)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.conflicts)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.refresh()

    @property
    def title(self) -> str:
        return self.tr("Conflicts")

    def retranslate(self) -> None:
        self.heading.setText(self.title)
        self.explain.setText(
            self.tr(
                "Two copies of the same revision arrived with different answers. The questions "
                "that differ are highlighted: choose which answer to keep for each, then save. "
                "The result becomes the next revision, waiting for review."
            )
        )
        self.conflicts.setAccessibleName(self.tr("Conflicts to resolve"))
        self.table.setAccessibleName(self.tr("Both copies side by side"))
        self.only_differences.setText(self.tr("Show &only the questions that differ"))
        self.save_button.setText(self.tr("&Save the resolution"))
        self.refresh_if_shown()  # hidden, it reads the store when shown again

    def refresh(self, changes: object | None = None) -> None:
        current = self.conflicts.currentRow()
        self.views = self.ctx.workspace.conflicts.views()
        senders = {c.key_id: c.name for c in self.ctx.workspace.contacts.list()}
        self.conflicts.blockSignals(True)
        self.conflicts.clear()
        for view in self.views:
            text = (
                self.tr("%1, revision %2, from %3: %4 answer(s) differ")
                .replace("%1", view.instance_name or view.uuid[:8])
                .replace("%2", str(view.revision))
                .replace("%3", senders.get(view.sender, view.sender))
                .replace("%4", str(len(view.differing)))
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.conflicts.addItem(item)
        self.conflicts.blockSignals(False)
        if not self.views:
            self.conflicts.addItem(self.tr("No conflicts."))
            self.conflicts.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.conflicts.setCurrentRow(min(max(current, 0), len(self.views) - 1))
        self._show(self.conflicts.currentRow())

    def current_view(self) -> ConflictView | None:
        row = self.conflicts.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show(self, _row: int) -> None:
        view = self.current_view()
        headers = [self.tr("Question"), self.tr("Ours"), self.tr("Incoming"), self.tr("Keep")]
        self.choices = {}
        self.differing_rows = set()
        self.save_button.setEnabled(view is not None)
        if view is None:
            self.table.fill(headers, [])
            return
        form = self.ctx.workspace.forms.compiled(view.form_id, view.form_version)
        language = preferences(self.ctx).language
        labels = question_labels(form, language)
        rank = {name: i for i, name in enumerate(form.items)}
        names = sorted(set(view.ours) | set(view.incoming), key=lambda n: (rank.get(n, 1e9), n))
        # Metadata (start, device, …) only shows when it is what differs.
        names = [
            n
            for n in names
            if n in view.differing or (n in form.items and form.items[n].is_question)
        ]
        marked = self.palette().color(QPalette.ColorRole.Highlight).lighter(170)
        # Dark mode's light text would vanish on the light mark: pick text for the mark itself.
        ink = QColor("black" if marked.lightness() > 128 else "white")
        rows = []
        for row, name in enumerate(names):
            texts = [
                f"{labels.get(name, name)} ({name})",
                raw_answer_text(form, name, view.ours.get(name), language),
                raw_answer_text(form, name, view.incoming.get(name), language),
            ]
            if name in view.differing:
                self.differing_rows.add(row)
                rows.append(
                    [Cell(t, t, background=marked, foreground=ink, bold=True) for t in texts]
                )
            else:
                rows.append([Cell(t, t) for t in texts])
        self.table.fill(headers, rows)
        for row, name in enumerate(names):
            if name in view.differing:
                choice = self._choice(name, labels.get(name, name))
                self.table.setIndexWidget(self.table.content.index(row, KEEP), choice)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CURRENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEEP, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(QUESTION, max(self.table.width() // 3, 240))
        self.table.resizeRowsToContents()
        self._filter_rows(self.only_differences.isChecked())

    def _choice(self, name: str, label: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Ours"), OURS)
        combo.addItem(self.tr("Incoming"), INCOMING)
        combo.setAccessibleName(self.tr("Answer to keep for %1").replace("%1", label))
        self.choices[name] = combo
        return combo

    def _filter_rows(self, only_differences: bool) -> None:
        for row in range(self.table.row_count()):
            self.table.setRowHidden(row, only_differences and row not in self.differing_rows)

    def picked(self) -> dict[str, str]:
        return {name: str(combo.currentData()) for name, combo in self.choices.items()}

    def save(self) -> None:
        view = self.current_view()
        if view is None:
            return
        workspace = self.ctx.workspace
        choices = self.picked()
        self.ctx.run(
            lambda _p, _c: workspace.conflicts.resolve(view.uuid, view.revision, choices),
            self._saved,
            parent=self,
        )

    def _saved(self, changes: Changes) -> None:
        self.ctx.announce(changes)
        self.refresh()
        self.sig_status.emit(self.tr("Conflict resolved; the response waits for review again."))
