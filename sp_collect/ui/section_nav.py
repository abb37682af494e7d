"""The section navigator: one entry per visible section, with completion and error badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sp_collect.engine.prompts import SectionInfo

_ID = Qt.ItemDataRole.UserRole


class _WrappingDelegate(QStyledItemDelegate):
    """Sizes an entry for its text wrapped at the list's width.

    Qt's own size hint measures wrapped text a little wider than it paints it, so long titles
    lost their last line (the badge) behind an ellipsis.
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 (Qt API)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        margin = option.fontMetrics.horizontalAdvance("M")
        width = max(self._view.viewport().width() - 2 * self._view.spacing(), margin * 4)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width - margin, 1 << 20), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, bounds.height() + margin // 2)


class SectionNav(QListWidget):
    """Lists sections as "Label — 3/7" with "⚠ 2" when two answers need attention."""

    sig_section_selected = Signal(str)
    """The user picked a section (by click or keyboard); carries the section id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sections"))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(self.fontMetrics().height() // 4)
        # Long French and Spanish titles wrap in full, re-laid out when the list is resized.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(_WrappingDelegate(self))
        self._updating = False
        self.currentItemChanged.connect(self._on_current_changed)

    def set_sections(self, sections: list[SectionInfo], current: str | None) -> None:
        """Show ``sections`` (hidden ones are left out) with ``current`` selected."""
        self._updating = True
        try:
            self.clear()
            for info in sections:
                if not info.visible:
                    continue
                item = QListWidgetItem(self.entry_text(info))
                item.setData(_ID, info.id)
                item.setToolTip(self.badge_description(info))
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())
                self.addItem(item)
                if info.id == current:
                    self.setCurrentItem(item)
        finally:
            self._updating = False

    def entry_text(self, info: SectionInfo) -> str:
        text = f"{info.label}\n{info.answered}/{info.total}"
        if info.errors:
            text += f"   ⚠ {info.errors}"
        elif info.total and info.answered == info.total:
            text += "   ✓"
        return text

    def badge_description(self, info: SectionInfo) -> str:
        done = self.tr("%1 of %2 answered").replace("%1", str(info.answered))
        done = done.replace("%2", str(info.total))
        if info.errors:
            return done + "; " + self.tr("%n answer(s) need attention", "", info.errors)
        return done

    def select(self, section_id: str) -> None:
        """Select a section without announcing it as the user's choice."""
        for row in range(self.count()):
            if self.item(row).data(_ID) == section_id:
                self._updating = True
                self.setCurrentRow(row)
                self._updating = False
                return

    def _on_current_changed(self, current: QListWidgetItem | None, _old: object) -> None:
        if current is not None and not self._updating:
            self.sig_section_selected.emit(str(current.data(_ID)))
