"""Starting the desktop app: QApplication set-up, lock/unlock, demo and first run, ``run()``."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from sp_collect.applog import configure_logging, user_data_dir
from sp_collect.ui import style, system_libs
from sp_collect.ui.context import AppContext
from sp_collect.ui.errors import show_error
from sp_collect.ui.heap import collect_after_lock, freeze_what_is_open
from sp_collect.ui.i18n import Translations
from sp_collect.ui.idle_lock import IdleLock
from sp_collect.ui.main_window import MainWindow, WorkspaceArea
from sp_collect.ui.settings import Preferences
from sp_collect.ui.unlock import FirstRunWizard, UnlockScreen
from sp_collect.ui.worker import Runner
from sp_collect.workspace import Workspace, is_workspace
from sp_collect.workspace.demo_workspace import DEMO_PASSPHRASE, demo_folders, ensure_demo

SMOKE_TIMEOUT_MS = 60_000


def default_workspace() -> Path:
    return user_data_dir() / "workspace"


class Shell(QObject):
    """Holds the window and, while unlocked, the one open workspace and its context."""

    sig_unlock_shown = Signal(object)
    """The unlock screen is up (the demo, if asked for, is ready): the smoke test waits on it."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        demo_root: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder or default_workspace()
        self.demo_root = demo_root
        self.ctx: AppContext | None = None
        self.prefs = Preferences(parent=self)
        self.runner = Runner(self)
        self.translations = Translations(QCoreApplication.instance() or QApplication([]))
        self.window = MainWindow()
        self.idle = IdleLock(self.prefs.lock_minutes * 60_000, self)
        self.idle.sig_idle.connect(self.lock)
        self.window.sig_lock_requested.connect(self.lock)
        self.prefs.sig_changed.connect(self._preference_changed)
        self._apply_language()

    # -- screens -----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the first screen: preparing the demo, unlock, or the first-run wizard."""
        if self.demo_root is not None:
            self._prepare_demo(self.demo_root)
        elif is_workspace(self.folder):
            self.show_unlock()
        else:
            self.show_wizard()
        self.window.show()

    def show_unlock(self) -> UnlockScreen:
        demo = self.demo_root is not None
        choices = None
        if self.demo_root is not None:
            folders = demo_folders(self.demo_root)
            choices = {"coordinator": folders.coordinator, "field": folders.field}
        screen = UnlockScreen(
            self.folder, self.runner, hint=DEMO_PASSPHRASE if demo else "", choices=choices
        )
        screen.sig_unlocked.connect(
            lambda workspace: self.unlocked(workspace, recovered=screen.recovered)
        )
        self.window.show_screen(screen)
        self.sig_unlock_shown.emit(screen)
        return screen

    def show_wizard(self) -> FirstRunWizard:
        wizard = FirstRunWizard(self.folder, self.translations.language)
        wizard.sig_language_chosen.connect(self._wizard_language)
        wizard.setWindowFlags(Qt.WindowType.Widget)  # a page of the window, not a dialog
        wizard.sig_created.connect(self.unlocked)
        wizard.rejected.connect(self.window.close)
        self.window.show_screen(wizard)
        return wizard

    def _wizard_language(self, code: str) -> None:
        """The first-run assistant's language choice: switch, then show it again translated."""
        self.prefs.language = code
        self.show_wizard()

    def _prepare_demo(self, root: Path) -> None:
        waiting = QLabel(self.tr("Preparing the demo workspaces (only the first time)…"))
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.window.show_screen(waiting)
        self.folder = demo_folders(root).coordinator

        def failed(exc: BaseException) -> None:
            show_error(self.window, exc)
            self.window.close()

        self.runner.run(
            lambda progress, cancel: ensure_demo(root, progress=progress, cancel=cancel),
            on_done=lambda _folders: self.show_unlock(),
            on_error=failed,
        )

    # -- lock and unlock ---------------------------------------------------------------------

    def unlocked(self, workspace: Workspace, *, recovered: bool = False) -> None:
        """Show the workspace; ``recovered``: opened with the recovery code, which set a new
        passphrase (said in the status bar)."""
        self.folder = workspace.folder
        self.ctx = AppContext(
            workspace,
            self.runner,
            settings={"preferences": self.prefs, "language": self.translations.language},
        )
        self.window.show_screen(WorkspaceArea(self.ctx))
        if recovered:
            self.window.show_message(
                self.tr(
                    "Unlocked with the recovery code. The new passphrase is set: use it from "
                    "now on; the recovery code still works."
                )
            )
        self.idle.arm()
        freeze_what_is_open()

    def lock(self) -> None:
        """Close the workspace and drop every screen that showed its data; back to unlock."""
        if self.ctx is None:
            return
        self.idle.disarm()
        # A dialog left open (a reason asked, a file chooser) must not stay over the lock.
        while (dialog := QApplication.activeModalWidget()) is not None:
            dialog.close()
            QCoreApplication.processEvents()
        self._finish_work()
        ctx, self.ctx = self.ctx, None
        self.show_unlock()
        ctx.workspace.close()
        collect_after_lock()

    def shutdown(self) -> None:
        """Quitting: finish queued work, take the workspace's screens down, close it."""
        self.idle.disarm()
        self._finish_work()
        if self.ctx is not None:
            self.window.show_screen(QLabel(self.tr("Locked")))
            self.ctx.workspace.close()
            self.ctx = None

    def _finish_work(self) -> None:
        # Queued work finishes, and its results reach the screens, before the store closes.
        if self.window.area is not None:
            self.window.area.close_response(ask=False)  # its last autosave is written first
        # Delivering results (or a timer, such as the form screen's preload) may queue more
        # work: wait until none is left, so none runs on a closed store or at exit.
        while True:
            self.runner.wait()
            QCoreApplication.processEvents()
            if not self.runner.busy:
                break

    # -- preferences -------------------------------------------------------------------------

    def _preference_changed(self, name: str) -> None:
        if name == "language":
            self._apply_language()
        elif name == "lock_minutes":
            self.idle.set_minutes(self.prefs.lock_minutes)

    def _apply_language(self) -> None:
        self.translations.apply(self.prefs.language)
        self.window.set_language(self.translations.language)
        if self.ctx is not None:
            self.ctx.settings["language"] = self.translations.language

    # -- the smoke test ----------------------------------------------------------------------

    def smoke_test(self, passphrase: str | None) -> int:
        """Unlock, visit every page, quit: 0 when the window showed a workspace."""
        if not isinstance(self.window.screens.currentWidget(), UnlockScreen):
            self._wait(self.sig_unlock_shown)  # the demo is being prepared
        screen = self.window.screens.currentWidget()
        if not isinstance(screen, UnlockScreen) or not passphrase:
            print("error: the smoke test needs a workspace and its passphrase", file=sys.stderr)
            return 1
        screen.secret.setText(passphrase)
        self._wait(screen.sig_unlocked, screen.sig_refused, start=screen.unlock)
        area = self.window.area
        if area is None:
            reason = screen.message.text() or "the workspace did not open"
            print(f"error: {reason}", file=sys.stderr)
            return 1
        for row in range(area.sidebar.count()):
            area.sidebar.setCurrentRow(row)
            QCoreApplication.processEvents()
        code = self._smoke_report(area.ctx.workspace)
        self.shutdown()
        return code

    @staticmethod
    def _smoke_report(workspace: Workspace) -> int:
        """A coordinator's regional report, written by the helper process as the Reports page
        does: in the frozen app this proves the executable can also be that helper."""
        if workspace.info.role != "coordinator":
            return 0
        import tempfile  # the smoke test only: kept out of the app's start-up

        from sp_collect.errors import SpCollectError
        from sp_collect.workspace.report_process import ReportRequest, write_apart

        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "regional.pdf"
            try:
                write_apart(workspace, ReportRequest("regional", target))
            except SpCollectError as error:
                print(f"error: the report helper failed: {error}", file=sys.stderr)
                return 1
            if not target.read_bytes().startswith(b"%PDF"):
                print("error: the report helper wrote no PDF", file=sys.stderr)
                return 1
        print("smoke test: a report was written by the helper process")
        return 0

    @staticmethod
    def _wait(*signals: SignalInstance, start: Callable[[], None] | None = None) -> None:
        """Run the event loop until one of ``signals`` fires (or the smoke test's time is up)."""
        loop = QEventLoop()
        for signal in signals:
            signal.connect(loop.quit)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, loop.quit)
        if start is not None:
            QTimer.singleShot(0, start)
        loop.exec()


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with high-DPI and naming set before it exists."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("sp_collect")
    app.setOrganizationName("sp_collect")
    app.setApplicationDisplayName("sp_collect")
    style.apply(app)
    return app


def run(workspace: Path | None = None, *, demo: bool = False, smoke_test: bool = False) -> int:
    """Start the app; returns the exit code. ``smoke_test`` runs offscreen and quits."""
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif missing := system_libs.missing_packages():
        # Qt would stop with a cryptic plugin error; say what to install instead.
        print(system_libs.advice(missing), file=sys.stderr)
        return 1
    app = application()
    configure_logging()
    shell = Shell(workspace, demo_root=user_data_dir() / "demo" if demo else None)
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    if smoke_test:
        passphrase = DEMO_PASSPHRASE if demo else os.environ.get("SP_COLLECT_PASSPHRASE")
        return shell.smoke_test(passphrase)
    return app.exec()
