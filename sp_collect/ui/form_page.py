"""One page of questions: the prompts of a section as widgets and headers in a scroll area."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sp_collect.engine.prompts import Prompt, RepeatState
from sp_collect.ui.style import icon
from sp_collect.ui.widgets.base import QuestionWidget
from sp_collect.ui.widgets.palette import mark_error
from sp_collect.ui.widgets.registry import WIDGETS, widget_for

HEADER_TYPES = frozenset({"section", "repeat", "repeat_instance"})
_INSTANCE_SUFFIX = re.compile(r"\[\d+\]$")


def repeat_path_of(instance_path: str) -> str:
    """``work_history[2]`` → ``work_history``: the repeat an instance belongs to."""
    return _INSTANCE_SUFFIX.sub("", instance_path)


class HeaderRow(QWidget):
    """A section title, a repeat title with Add, or a repeat instance title with Remove."""

    sig_add = Signal()
    """The user asked for one more instance of this repeat."""
    sig_remove = Signal()
    """The user confirmed removing this repeat instance."""
    sig_move = Signal(int)
    """Move this repeat instance by -1 (up) or +1 (down)."""

    def __init__(self, prompt: Prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        if prompt.type == "section":
            font.setPointSizeF(font.pointSizeF() * 1.3)
        self._title.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title, 1)
        self._button: QPushButton | None = None
        if prompt.type == "repeat":
            self._button = QPushButton(icon("fa5s.plus"), self.tr("Add"))
            self._button.clicked.connect(self.sig_add)
        self._moves: list[tuple[QPushButton, int]] = []
        if prompt.type == "repeat_instance":
            for name, tip, step in (
                ("fa5s.arrow-up", self.tr("Move this entry up"), -1),
                ("fa5s.arrow-down", self.tr("Move this entry down"), 1),
            ):
                move = QPushButton(icon(name), "")
                move.setToolTip(tip)
                move.setAccessibleName(tip)
                move.clicked.connect(lambda _checked=False, d=step: self.sig_move.emit(d))
                layout.addWidget(move)
                self._moves.append((move, step))
            self._button = QPushButton(icon("fa5s.trash-alt"), self.tr("Remove"))
            self._button.clicked.connect(self._confirm_remove)
        if self._button is not None:
            layout.addWidget(self._button)
        self._error = QLabel()
        self._error.setWordWrap(True)
        mark_error(self._error)
        self._error.hide()
        layout.addWidget(self._error)
        self.set_prompt(prompt)

    def show_error(self, message: str) -> None:
        """Say why Add or Remove did not happen (a bound of the repeat, say)."""
        self._error.setText(message)
        self._error.setVisible(bool(message))

    def set_prompt(self, prompt: Prompt) -> None:
        self.prompt = prompt
        self._title.setText(prompt.label)
        self._error.hide()
        if self._button is not None:
            self._button.setAccessibleName(f"{self._button.text()}: {prompt.label}")
        if prompt.repeat is not None:
            self.set_repeat_state(prompt.repeat)
        self.setVisible(prompt.visible)

    def set_repeat_state(self, state: RepeatState) -> None:
        """Enable Add/Remove as the repeat's bounds allow; a fixed count shows neither."""
        if self._button is None:
            return
        allowed = state.can_add if self.prompt.type == "repeat" else state.can_remove
        self._button.setVisible(not state.fixed)
        self._button.setEnabled(allowed)
        index = self.prompt.instance
        for move, step in self._moves:
            move.setVisible(not state.fixed)
            move.setEnabled(index is not None and 0 <= index + step < state.count)

    def _confirm_remove(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove this entry?"),
            self.tr("Remove “%s” and every answer in it?") % self.prompt.label,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_remove.emit()


class FormPage(QScrollArea):
    """Builds rows once per page; later changes update rows in place (no rebuild per keystroke)."""

    sig_answer = Signal(str, object)
    """A question widget reported an edit: carries its path and the native value."""
    sig_add_repeat = Signal(str)
    """Add an instance to the repeat at this path."""
    sig_remove_repeat = Signal(str, int)
    """Remove instance ``index`` of the repeat at this path."""
    sig_move_repeat = Signal(str, int, int)
    """Move instance ``index`` of the repeat at this path to position ``to``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from question to question, not to the scrolling frame around them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Questions"))
        self.widgets: dict[str, QuestionWidget] = {}
        self.headers: dict[str, HeaderRow] = {}
        self._rows: dict[str, QWidget] = {}
        self._order: list[str] = []
        self._repeat_states: dict[str, RepeatState] = {}
        self._comments: dict[str, list[str]] = {}
        self._relevant: dict[str, bool] = {}
        self._only: str | None = None
        self._context: frozenset[str] = frozenset()
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self.setWidget(self._content)

    def show_prompts(self, prompts: Iterable[Prompt], comments: dict[str, list[str]]) -> None:
        """Replace the page with rows for ``prompts``, in order."""
        self._comments = comments
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self._layout.setSpacing(self.fontMetrics().height())
        self._layout.addStretch(1)
        self.widgets, self.headers, self._rows, self._order = {}, {}, {}, []
        self._repeat_states, self._relevant, self._only = {}, {}, None
        self._context = frozenset()
        self.sync_rows(list(prompts))
        # setWidget deletes the previous page's widgets.
        self.setWidget(self._content)

    def sync_rows(self, prompts: list[Prompt]) -> None:
        """Add rows for new prompts and drop rows of vanished ones (a repeat instance, an
        "other, specify" field), keeping the others, their focus and the scroll position."""
        wanted = {prompt.path for prompt in prompts}
        for path in [p for p in self._order if p not in wanted]:
            row = self._rows.pop(path)
            self._layout.removeWidget(row)
            row.deleteLater()
            self.widgets.pop(path, None)
            self.headers.pop(path, None)
            self._repeat_states.pop(path, None)
            self._relevant.pop(path, None)
        self._order = [p for p in self._order if p in wanted]
        position = 0
        indent = self.fontMetrics().height() * 1.5
        inserted_inside = False
        for prompt in prompts:
            if prompt.path in self._rows:
                position += 1
                continue
            inserted_inside = inserted_inside or position < len(self._order)
            row = self._make_row(prompt)
            if row is None:
                continue
            # Indentation follows nesting, measured in the font so it scales with DPI.
            row.setContentsMargins(int(prompt.depth * indent), 0, 0, 0)
            self._layout.insertWidget(position, row)
            self._rows[prompt.path] = row
            self._relevant[prompt.path] = prompt.visible
            self._place(prompt.path)
            self._order.insert(position, prompt.path)
            position += 1
        if inserted_inside:
            self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab follows the page from top to bottom, also through rows added in the middle
        (Qt appends a new widget at the end of the focus chain)."""
        chain: list[QWidget] = []
        for path in self._order:
            row = self._rows[path]
            for widget in [row, *row.findChildren(QWidget)]:
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def update_prompts(self, prompts: Iterable[Prompt], *, restore: bool = False) -> None:
        """Show new states of rows already on the page; other prompts are ignored.

        ``restore`` puts the prompt's value back even where the widget thinks it has it.
        """
        for prompt in prompts:
            if prompt.path in self.widgets:
                self.widgets[prompt.path].set_prompt(prompt, force_value=restore)
            elif prompt.path in self.headers:
                self.headers[prompt.path].set_prompt(prompt)
                if prompt.repeat is not None:
                    self._repeat_states[prompt.path] = prompt.repeat
                    self._update_instances(prompt.path, prompt.repeat)
            else:
                continue
            self._relevant[prompt.path] = prompt.visible
            self._place(prompt.path)

    def set_comments(self, comments: dict[str, list[str]]) -> None:
        self._comments = comments
        for path, widget in self.widgets.items():
            widget.set_comments(comments.get(path, []))

    def order(self) -> list[str]:
        """Paths of the rows, in form order."""
        return list(self._order)

    def show_only(self, path: str | None, context: Iterable[str] = ()) -> None:
        """Show one row (interview mode), with the entry titles framing it (``context``), or,
        with None, every relevant row."""
        self._only = path
        self._context = frozenset(context)
        for row_path in self._rows:
            self._place(row_path)

    def _place(self, path: str) -> None:
        # A row shows when its prompt is relevant and, in interview mode, it is the current one
        # or frames it. The page's section title stays above the one question of an interview.
        title = self._order[:1] == [path] and path in self.headers
        current = self._only in (None, path) or path in self._context or title
        self._rows[path].setVisible(self._relevant.get(path, True) and current)

    def focus_question(self, path: str) -> bool:
        """Scroll to a question and give its input the keyboard focus."""
        widget = self.widgets.get(path)
        if widget is None:
            return False
        self.ensureWidgetVisible(self._rows[path])
        widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _make_row(self, prompt: Prompt) -> QWidget | None:
        if prompt.type in HEADER_TYPES:
            header = HeaderRow(prompt, self._content)
            self.headers[prompt.path] = header
            if prompt.repeat is not None:
                self._repeat_states[prompt.path] = prompt.repeat
                header.sig_add.connect(lambda p=prompt.path: self.sig_add_repeat.emit(p))
            elif prompt.instance is not None:
                repeat = repeat_path_of(prompt.path)
                if repeat in self._repeat_states:
                    header.set_repeat_state(self._repeat_states[repeat])
                header.sig_remove.connect(
                    lambda r=repeat, i=prompt.instance: self.sig_remove_repeat.emit(r, i)
                )
                header.sig_move.connect(
                    lambda step, r=repeat, i=prompt.instance: self.sig_move_repeat.emit(
                        r, i, i + step
                    )
                )
            return header
        if (prompt.type, None) not in WIDGETS:
            return None  # metadata: filled by the session, never shown
        # Created inside the page: showing a parentless widget would open a window.
        widget = widget_for(prompt, self._content)
        widget.set_comments(self._comments.get(prompt.path, []))
        widget.sig_value_changed.connect(lambda v, p=prompt.path: self.sig_answer.emit(p, v))
        self.widgets[prompt.path] = widget
        return widget

    def _update_instances(self, repeat_path: str, state: RepeatState) -> None:
        for path, header in self.headers.items():
            if header.prompt.instance is not None and repeat_path_of(path) == repeat_path:
                header.set_repeat_state(state)
