"""The page contract and registry: every sidebar page subclasses Page and registers itself."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from sp_collect.ui.context import AppContext

FIELD = "field"
COORDINATOR = "coordinator"


class Page(QWidget):
    """A sidebar page: built once per unlocked workspace, refreshed when shown and on changes.

    Subclasses set ``roles`` (``{"field"}``, ``{"coordinator"}`` or both) and ``order`` (sidebar
    position, low first), and give their translated ``title`` as a property so it follows the
    UI language (``self.tr(...)`` inside the property).
    """

    roles: frozenset[str] = frozenset({FIELD, COORDINATOR})
    order: int = 100

    sig_open_response = Signal(str)
    """A response uuid to open in the form view (the shell opens it, read-only if not a draft)."""
    sig_start_form = Signal(str)
    """A form id: the shell starts a new response of it and opens it."""
    sig_show_page = Signal(type)
    """A Page subclass to switch the sidebar to (e.g. Home's "Drafts" count opens Drafts)."""
    sig_status = Signal(str)
    """A sentence for the status bar (what an operation did)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    @property
    def title(self) -> str:
        """The sidebar label, translated when read."""
        raise NotImplementedError

    def refresh(self, changes: object | None = None) -> None:
        """Reload what is shown; ``changes`` is what ``ctx.announce`` carried (None when shown)."""

    def retranslate(self) -> None:
        """Re-read translated texts after a live language switch; pages with static labels
        override it (the main window calls it on every page)."""

    def refresh_if_shown(self) -> None:
        """Reload now only if on screen: hidden pages reload when shown, so building the
        sidebar or switching language does not query every page's data."""
        if self.isVisible():
            self.refresh(None)


PageT = TypeVar("PageT", bound=type[Page])

PAGES: list[type[Page]] = []


def register_page(cls: PageT) -> PageT:
    """Class decorator: add a page to the sidebar registry (once, kept in ``order``)."""
    if cls not in PAGES:
        PAGES.append(cls)
        PAGES.sort(key=lambda page: page.order)
    return cls


def pages_for(role: str) -> list[type[Page]]:
    """The registered pages a workspace of ``role`` shows, in sidebar order."""
    return [page for page in PAGES if role in page.roles]


def heading_label(scale: float = 1.3) -> QLabel:
    """A page's bold title, sized from the user's font so it follows high-DPI and font settings."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
