"""The main window: a locked screen, or the sidebar of pages with the open response; status bar."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from sp_collect.ui.context import AppContext
from sp_collect.ui.home import HomePage
from sp_collect.ui.i18n import LANGUAGES
from sp_collect.ui.pages import COORDINATOR, Page, pages_for
from sp_collect.ui.settings_passphrase import ChangePassphraseDialog
from sp_collect.ui.style import PAGE_ICONS, icon
from sp_collect.ui.widgets.palette import restyle_errors

if TYPE_CHECKING:
    from sp_collect.ui.form_host import FormHost
    from sp_collect.workspace import ResponseEditor

FORM_HOST = "sp_collect.ui.form_host"
"""The open response's screen, with what it needs (the form engine and its expression parser,
the question widgets): a quarter of a second to import, so start-up does not wait for it."""
PRELOAD_AFTER_MS = 500
"""When, after the workspace's pages show, the worker imports the form host: while the user
reads Home, so that the first form opens as fast as the next."""


def _load_page_modules(role: str) -> None:
    """Import the modules that register the pages of a workspace of ``role`` (a field workspace
    does not load the coordinator's screens)."""
    from sp_collect.ui import home, outbox, responses_page, settings  # noqa: F401
    from sp_collect.ui.coordinator import identity_page  # noqa: F401

    if role == COORDINATOR:
        from sp_collect.ui.coordinator import (  # noqa: F401
            conflicts_page,
            dashboard_page,
            export_page,
            imports_page,
            packages_page,
            reports_page,
            review_page,
            scores_page,
        )


def _import_form_host(_progress: object, _cancel: object) -> None:
    import sp_collect.ui.form_host  # noqa: F401  (FORM_HOST, loaded ahead)


class WorkspaceArea(QWidget):
    """Sidebar and pages of one unlocked workspace; a response opens in place of the pages."""

    sig_status = Signal(str)
    """A sentence for the status bar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host: FormHost | None = None
        self.sidebar = QListWidget()
        self.sidebar.setSpacing(3)
        # Long page names wrap (French, Spanish) rather than hiding behind a scroll bar.
        self.sidebar.setWordWrap(True)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sidebar.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.fontMetrics().height()
        self.sidebar.setIconSize(QSize(line, line))
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        _load_page_modules(ctx.workspace.info.role)
        for page_type in pages_for(ctx.workspace.info.role):
            page = page_type(ctx)
            page.sig_open_response.connect(self.open_response)
            page.sig_start_form.connect(self.start_form)
            page.sig_show_page.connect(self.show_page)
            page.sig_status.connect(self.sig_status)
            self.pages.append(page)
            self.stack.addWidget(page)
            name = PAGE_ICONS.get(type(page).__name__, "fa5s.file-alt")
            self.sidebar.addItem(QListWidgetItem(icon(name), page.title))
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        ctx.bus.sig_changed.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.sidebar.setCurrentRow(0)
        self.retranslate()
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        if ctx.workspace.unlocked_by_recovery:  # the forgotten passphrase must not stay
            QTimer.singleShot(0, self.choose_new_passphrase)
        if FORM_HOST not in sys.modules:
            QTimer.singleShot(PRELOAD_AFTER_MS, self, self.preload_form_host)

    def preload_form_host(self) -> None:
        """Import the form host on the worker thread, off the UI thread. The worker runs one
        task at a time, so a form started meanwhile is compiled, and shown, after it."""
        self.ctx.run(_import_form_host, lambda _result: None, parent=self)

    def choose_new_passphrase(self) -> None:
        """After an unlock with the recovery code: ask for a new passphrase right away."""
        self.passphrase_dialog = ChangePassphraseDialog(self.ctx, self)
        self.passphrase_dialog.accepted.connect(
            lambda: self.sig_status.emit(self.tr("The passphrase was changed."))
        )
        self.passphrase_dialog.open()

    def retranslate(self) -> None:
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for row, page in enumerate(self.pages):
            self.sidebar.item(row).setText(page.title)
            page.retranslate()
        # As wide as the longest name in this language (within reason): names stay whole.
        metrics = self.sidebar.fontMetrics()
        longest = max((metrics.horizontalAdvance(p.title) for p in self.pages), default=0)
        em = metrics.horizontalAdvance("M")
        self.sidebar.setFixedWidth(min(longest + self.sidebar.iconSize().width() + em * 3, em * 17))
        self.sidebar.doItemsLayout()
        if self.host is not None:
            self.host.retranslate()

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, page_type: type) -> None:
        for row, page in enumerate(self.pages):
            if type(page) is page_type:
                self.close_response()
                self.sidebar.setCurrentRow(row)
                self._page_chosen(row)
                return

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.close_response()
            self.stack.setCurrentWidget(self.pages[row])
            self.pages[row].refresh(None)

    def _changed(self, changes: object) -> None:
        page = self.current_page()
        if page is not None and self.host is None:
            page.refresh(changes)
        message = getattr(changes, "message", "")
        if message:
            self.sig_status.emit(message)

    # -- responses ---------------------------------------------------------------------------

    def start_form(self, form_id: str) -> None:
        """Start a new response of ``form_id`` in the UI language if the form has it."""
        language = self.ctx.settings.get("language")
        workspace = self.ctx.workspace

        def start(_progress: object, _cancel: object) -> ResponseEditor:
            languages = workspace.forms.compiled(form_id).model.languages
            chosen = language if language in languages else None
            # Stored at the first answer: leaving at once leaves no empty draft behind.
            return workspace.responses.new(form_id, language=chosen)

        self.ctx.run(start, self.show_editor, parent=self)

    def start_selected_form(self) -> None:
        """Ctrl+N: start the form selected on Home (going Home first if elsewhere)."""
        home = next((p for p in self.pages if isinstance(p, HomePage)), None)
        if home is None:
            return
        if self.current_page() is not home or self.host is not None:
            self.show_page(HomePage)
            return
        home.start_selected()

    def open_response(self, uuid: str) -> None:
        workspace = self.ctx.workspace
        self.ctx.run(lambda _p, _c: workspace.responses.open(uuid), self.show_editor, parent=self)

    def show_editor(self, editor: ResponseEditor) -> None:
        from sp_collect.ui.form_host import FormHost  # see FORM_HOST

        self.close_response()
        self.host = FormHost(self.ctx, editor)
        self.host.sig_closed.connect(self._host_closed)
        self.stack.addWidget(self.host)
        self.stack.setCurrentWidget(self.host)
        self.host.view.setFocus()
        self.host.view.focusNextChild()

    def _host_closed(self, message: str) -> None:
        self.close_response()
        row = self.sidebar.currentRow()
        self._page_chosen(row)
        # The focused widget went with the form: keyboard users go on from the list.
        self.pages[row].setFocus()
        self.pages[row].focusNextChild()
        if message:
            self.sig_status.emit(message)

    def close_response(self, *, ask: bool = True) -> None:
        """Drop the open editor (everything accepted is already saved). ``ask``: changes of a
        finalized response still waiting for their reason ask for it first (locking does not
        ask: they are dropped)."""
        if self.host is None:
            return
        if ask:
            self.host.view.confirm_pending()
        self.host.autosaver.flush()
        host, self.host = self.host, None
        self.stack.removeWidget(host)
        host.deleteLater()
        page = self.pages[self.sidebar.currentRow()] if self.pages else None
        if page is not None:
            self.stack.setCurrentWidget(page)


class MainWindow(QMainWindow):
    """Shows one screen at a time: unlock/wizard, or the workspace area."""

    sig_lock_requested = Signal()
    """Ctrl+L (or the menu): lock the workspace now."""

    def __init__(self) -> None:
        super().__init__()
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self.area: WorkspaceArea | None = None
        self.language_code = "en"
        self._screen: QWidget | None = None
        self.where = QLabel()
        self.role = QLabel()
        self.lock_state = QLabel()
        self.language = QLabel()
        self.message = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.message, 1)
        for label in (self.where, self.role, self.lock_state, self.language):
            bar.addPermanentWidget(label)
        # Locking is one click away, not only Ctrl+L.
        self.lock_button = QPushButton(icon("fa5s.lock"), "")
        self.lock_button.setFlat(True)
        self.lock_button.clicked.connect(self.sig_lock_requested)
        bar.addPermanentWidget(self.lock_button)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.sig_lock_requested)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_action.triggered.connect(self._new_response)
        self.addAction(self.lock_action)
        self.addAction(self.new_action)
        self.resize(
            self.fontMetrics().horizontalAdvance("M") * 90, self.fontMetrics().height() * 45
        )
        self.retranslate()

    def show_screen(self, widget: QWidget) -> None:
        """Replace whatever is shown (the workspace must be cleared first when locking)."""
        if self._screen is not None:
            self.screens.removeWidget(self._screen)
            self._screen.deleteLater()
        self._screen = widget
        self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        self.area = widget if isinstance(widget, WorkspaceArea) else None
        if self.area is not None:
            self.area.sig_status.connect(self.show_message)
        self.lock_action.setEnabled(self.area is not None)
        self.lock_button.setVisible(self.area is not None)
        self.new_action.setEnabled(self.area is not None)
        self._show_state()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        # A long message is elided by the status bar: the whole sentence is a hover away
        # and in what a screen reader reads.
        self.message.setToolTip(text)
        self.message.setAccessibleName(self.tr("Status"))
        self.message.setAccessibleDescription(text)

    def _new_response(self) -> None:
        if self.area is not None:
            self.area.start_selected_form()

    def _show_state(self) -> None:
        if self.area is not None:
            info = self.area.ctx.workspace.info
            self.where.setText(info.name)
            role = self.tr("Field") if info.role == "field" else self.tr("Coordinator")
            self.role.setText(role)
            self.lock_state.setText(self.tr("Unlocked"))
        else:
            self.where.setText("")
            self.role.setText("")
            self.lock_state.setText(self.tr("Locked"))
            self.message.setText("")
        self.language.setText(LANGUAGES.get(self.language_code, self.language_code))

    def set_language(self, code: str) -> None:
        """The UI language, for the status bar (the shell installs the translator)."""
        self.language_code = code
        self._show_state()

    def retranslate(self) -> None:
        # Qt adds " — sp_collect" (the application display name): not repeated here.
        self.setWindowTitle(self.tr("Social-security study"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.lock_button.setToolTip(
            self.tr("Close the workspace now; the passphrase opens it again")
        )
        self.lock_button.setAccessibleName(self.tr("Lock the workspace"))
        self.new_action.setText(self.tr("New response"))
        self.role.setAccessibleName(self.tr("Role"))
        self._show_state()
        retranslate = getattr(self._screen, "retranslate", None)
        if callable(retranslate):
            retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            restyle_errors(self)  # the system switched light/dark: keep error text readable
        super().changeEvent(event)
