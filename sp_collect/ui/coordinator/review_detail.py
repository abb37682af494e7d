"""One received response, read-only, with the reviewer's comments being written on its questions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_collect.ui.coordinator.answer_rows import AnswerRow
from sp_collect.ui.coordinator.display import compact_combo, explanation

_PATH = Qt.ItemDataRole.UserRole + 1
COLUMN_SHARES = (0.5, 0.5)
"""Question and answer, when no question has an earlier comment."""
COLUMN_SHARES_WITH_COMMENTS = (0.38, 0.34, 0.28)
TEXT_MARGIN = 4
"""Pixels the style keeps between a cell's text and its edges (a little more than Fusion's)."""


class WrappingDelegate(QStyledItemDelegate):
    """Row heights from each cell's text wrapped at its column's width: a tree asks its
    delegate for a size without telling it the column's width, so long labels would stay on one
    line, cut off."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        width = self._view.columnWidth(index.column())
        if index.column() == 0:  # the first column starts after the branch lines
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * depth
        text = str(index.data() or "")
        if not text or width <= 0:
            return hint
        room = QRect(0, 0, max(width - 2 * TEXT_MARGIN, 1), 1_000_000)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        height = QFontMetrics(font).boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
        return QSize(hint.width(), max(hint.height(), height + 2 * TEXT_MARGIN))


class ReviewDetail(QWidget):
    """Answers with their question labels, a comment composer, and the two decisions."""

    sig_approve = Signal()
    """The reviewer approves the response shown."""
    sig_return = Signal(dict)
    """The reviewer returns it with ``{question path: comment}``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = explanation()
        self.answers = QTreeWidget()
        self.answers.setColumnCount(3)
        self.answers.setWordWrap(True)
        self.answers.setUniformRowHeights(False)
        self.answers.setItemDelegate(WrappingDelegate(self.answers))
        self.answers.setAlternatingRowColors(True)
        self.answers.setIndentation(self.fontMetrics().horizontalAdvance("M"))
        self.answers.header().setStretchLastSection(False)
        self.answers.header().setTextElideMode(Qt.TextElideMode.ElideRight)
        # Always there, so wrapped rows do not show and hide it, re-fitting the columns in turn.
        self.answers.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.answers.viewport().installEventFilter(self)
        self.answers.currentItemChanged.connect(self._question_picked)
        self.answers.itemActivated.connect(lambda *_: self.comment.setFocus())
        self.question = compact_combo()
        self.comment = QLineEdit()
        self.comment.returnPressed.connect(self.add_comment)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_comment)
        self.comments = QListWidget()
        self.comments.setMaximumHeight(self.fontMetrics().height() * 6)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_comment)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(self.sig_approve)
        self.return_button = QPushButton()
        self.return_button.clicked.connect(self._return)
        compose = QHBoxLayout()
        compose.addWidget(self.question, 2)
        compose.addWidget(self.comment, 3)
        compose.addWidget(self.add_button)
        decisions = QHBoxLayout()
        decisions.addWidget(self.remove_button)
        decisions.addStretch(1)
        decisions.addWidget(self.approve_button)
        decisions.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.answers, 1)
        layout.addLayout(compose)
        layout.addWidget(self.comments)
        layout.addLayout(decisions)
        self.retranslate()
        self.show_response("", [])

    def retranslate(self) -> None:
        self.answers.setHeaderLabels(
            [self.tr("Question"), self.tr("Answer"), self.tr("Earlier comments")]
        )
        self.answers.setAccessibleName(self.tr("Answers of the selected response"))
        self.question.setAccessibleName(self.tr("Question to comment on"))
        self.comment.setPlaceholderText(self.tr("What should be corrected?"))
        self.comment.setAccessibleName(self.tr("Comment on the chosen question"))
        self.add_button.setText(self.tr("&Add comment"))
        self.comments.setAccessibleName(self.tr("Comments to send back"))
        self.remove_button.setText(self.tr("Remove co&mment"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.return_button.setText(self.tr("Re&turn with comments"))
        self._update_buttons()

    def show_response(
        self, caption: str, rows: list[AnswerRow], earlier: dict[str, str] | None = None
    ) -> None:
        """Show a response (or nothing, with no rows) with the comments of earlier reviews by
        question path; comments being written are dropped."""
        earlier = earlier or {}
        self.caption.setText(caption)
        self.answers.clear()
        self.question.clear()
        self.comments.clear()
        parents: list[QTreeWidgetItem] = []
        for row in rows:
            del parents[row.depth :]
            item = QTreeWidgetItem([row.label, row.text, earlier.get(row.path, "")])
            item.setData(0, _PATH, row.path)
            item.setToolTip(0, row.path)
            item.setToolTip(1, row.text)  # long answers are elided in the column
            item.setToolTip(2, earlier.get(row.path, ""))
            if row.question:
                self.question.addItem(f"{row.label} ({row.path})", row.path)
            else:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            if parents:
                parents[-1].addChild(item)
            else:
                self.answers.addTopLevelItem(item)
            parents.append(item)
        self.answers.expandAll()
        # The earlier comments' column only when a question has one.
        self.answers.setColumnHidden(2, not any(earlier.get(row.path) for row in rows))
        self._fit_columns()
        self.setEnabled(bool(rows))
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Questions, answers (and earlier comments, when shown) share the width and wrap:
        a long label takes more lines instead of being cut or scrolling sideways."""
        width = self.answers.viewport().width()
        shares = (
            COLUMN_SHARES_WITH_COMMENTS if not self.answers.isColumnHidden(2) else COLUMN_SHARES
        )
        for column, share in enumerate(shares):
            self.answers.setColumnWidth(column, int(width * share))
        self.answers.doItemsLayout()  # row heights follow the new widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.answers.viewport() and event.type() == QEvent.Type.Resize:
            old, new = event.oldSize().width(), event.size().width()  # type: ignore[attr-defined]
            if old != new:
                self._fit_columns()
        return super().eventFilter(watched, event)

    def pending(self) -> dict[str, str]:
        """The comments written so far, by question path (several on one question joined)."""
        result: dict[str, str] = {}
        for index in range(self.comments.count()):
            item = self.comments.item(index)
            path, text = item.data(_PATH)
            result[path] = f"{result[path]}\n{text}" if path in result else text
        return result

    def add_comment(self) -> None:
        text = self.comment.text().strip()
        path = self.question.currentData()
        if not text or not path:
            return
        item = QListWidgetItem(f"{self.question.currentText()}: {text}")
        item.setData(_PATH, (str(path), text))
        self.comments.addItem(item)
        self.comment.clear()
        self._update_buttons()

    def remove_comment(self) -> None:
        row = self.comments.currentRow()
        if row >= 0:
            self.comments.takeItem(row)
        self._update_buttons()

    def _return(self) -> None:
        comments = self.pending()
        if comments:
            self.sig_return.emit(comments)

    def _question_picked(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        index = self.question.findData(item.data(0, _PATH))
        if index >= 0:
            self.question.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        has_comments = self.comments.count() > 0
        self.return_button.setEnabled(has_comments)
        self.remove_button.setEnabled(has_comments)
        self.approve_button.setEnabled(self.question.count() > 0 and not has_comments)
