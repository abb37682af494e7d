"""One received response, read-only, with the reviewer's comments being written on its questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sp_collect.ui.coordinator.answer_rows import AnswerRow
from sp_collect.ui.coordinator.display import compact_combo, explanation

_PATH = Qt.ItemDataRole.UserRole + 1


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
        self.answers.setAlternatingRowColors(True)
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
        self.answers.resizeColumnToContents(0)
        # Long question labels must leave the answers room to be read; both elide (their
        # tooltips are whole) rather than push the earlier comments out of sight.
        share = self.answers.viewport().width() * 7 // 20  # 35% each, the rest for comments
        self.answers.setColumnWidth(0, min(self.answers.columnWidth(0), share))
        self.answers.setColumnWidth(1, share)
        self.setEnabled(bool(rows))
        self._update_buttons()

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
