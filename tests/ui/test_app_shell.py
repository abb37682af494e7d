"""The app shell driven through real widgets: first run, unlock, lock on demand and when idle."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from sp_collect.ui.app import Shell, run
from sp_collect.ui.home import HomePage
from sp_collect.ui.unlock import FirstRunWizard, UnlockScreen
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a long shell passphrase"


@pytest.fixture(scope="module")
def field_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shell") / "ws"
    workspace, _created = Workspace.create(folder, PASSPHRASE, name="Ana Field", role="field")
    workspace.close()
    return folder


def started(qtbot: QtBot, folder: Path) -> Shell:
    shell = Shell(folder)
    qtbot.addWidget(shell.window)
    shell.start()
    qtbot.waitExposed(shell.window)
    return shell


def unlock(qtbot: QtBot, shell: Shell, secret: str) -> UnlockScreen:
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    screen.secret.clear()
    qtbot.keyClicks(screen.secret, secret)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    return screen


def test_the_wizard_creates_a_workspace_only_after_the_code_is_written_down(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shell = started(qtbot, tmp_path / "new")
    wizard = shell.window.screens.currentWidget()
    assert isinstance(wizard, FirstRunWizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a name is required
    qtbot.keyClicks(wizard.about.name, "Kingston team")
    wizard.about.coordinator.setChecked(True)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(wizard.passphrase.first, "short")
    assert "too short" in wizard.passphrase.problem.text()
    wizard.passphrase.first.clear()
    qtbot.keyClicks(wizard.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase.second, PASSPHRASE + "x")
    assert "differ" in wizard.passphrase.problem.text()
    assert not next_button.isEnabled()
    qtbot.keyClick(wizard.passphrase.second, Qt.Key.Key_Backspace)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is wizard.recovery
    code = wizard.recovery.code.text()
    assert len(code) > 20
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery.confirmed.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    area = shell.window.area
    assert area is not None
    assert area.ctx.workspace.info.role == "coordinator"
    assert isinstance(area.current_page(), HomePage)
    shell.shutdown()
    # The code shown is the real recovery code of the new workspace.
    Workspace.open(tmp_path / "new", recovery_code=code).close()


def test_a_wrong_passphrase_is_said_inline_and_the_right_one_unlocks(
    qtbot: QtBot, field_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spoken: list[tuple[object, str, object]] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            spoken.append((event.object(), event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    shell = started(qtbot, field_folder)
    screen = unlock(qtbot, shell, "not the passphrase")
    qtbot.waitUntil(screen.message.isVisible)
    assert "passphrase" in screen.message.text().lower()
    assert spoken == [
        (screen.secret, screen.message.text(), QAccessible.AnnouncementPoliteness.Assertive)
    ], "the screen reader says at once why the passphrase was refused"
    assert shell.window.screens.currentWidget() is screen
    assert shell.window.lock_state.text() == "Locked"

    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    assert shell.window.area is not None
    assert shell.window.where.text() == "Ana Field"
    assert shell.window.lock_state.text() == "Unlocked"
    shell.shutdown()


def test_the_recovery_code_clears_the_field_masks_it_and_sets_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    workspace, created = Workspace.create(tmp_path / "ws", PASSPHRASE, name="R", role="field")
    workspace.close()
    shell = started(qtbot, tmp_path / "ws")
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    assert not screen.new_passphrase.isVisibleTo(screen)
    screen.secret.setText("a wrongly typed passphrase")
    screen.use_recovery.setChecked(True)
    assert screen.secret.text() == "", "the mistyped passphrase is not shown as a code"
    assert screen.secret.echoMode() == QLineEdit.EchoMode.Password
    assert screen.secret.accessibleName() == "Recovery code"
    assert screen.new_passphrase.isVisibleTo(screen)

    screen.secret.setText(created.recovery_code)
    screen.new_passphrase.setText("a new passphrase")
    screen.repeat_passphrase.setText("a different one")
    screen.unlock()
    assert "differ" in screen.message.text()
    assert (
        screen.repeat_passphrase.accessibleDescription()
        == ""
        != (screen.new_passphrase.accessibleDescription())
    ), "the message is linked to the field it concerns"

    screen.repeat_passphrase.setText("a new passphrase")
    with qtbot.waitSignal(screen.sig_unlocked):
        screen.unlock()
    assert "recovery code" in shell.window.message.text()
    shell.shutdown()
    Workspace.open(tmp_path / "ws", passphrase="a new passphrase").close()


def test_a_visible_lock_button_locks(qtbot: QtBot, field_folder: Path) -> None:
    shell = started(qtbot, field_folder)
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    assert not shell.window.lock_button.isVisibleTo(shell.window)
    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    assert shell.window.lock_button.isVisibleTo(shell.window)
    assert "Ctrl+L" in shell.window.lock_button.text()
    qtbot.mouseClick(shell.window.lock_button, Qt.MouseButton.LeftButton)
    assert shell.ctx is None
    assert isinstance(shell.window.screens.currentWidget(), UnlockScreen)


def test_while_unlocked_full_collections_skip_what_was_open(
    qtbot: QtBot, field_folder: Path
) -> None:
    """What exists once the workspace is open is frozen out of the garbage collector's full
    passes (which pause the window); locking gives it back and collects."""
    shell = started(qtbot, field_folder)
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    assert gc.get_freeze_count() > 10 * len(gc.get_objects())
    shell.lock()
    assert gc.get_freeze_count() == 0


def test_ctrl_l_locks_and_idle_time_locks(qtbot: QtBot, field_folder: Path) -> None:
    shell = started(qtbot, field_folder)
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    qtbot.keyClick(shell.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.ctx is None
    assert isinstance(shell.window.screens.currentWidget(), UnlockScreen)

    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    assert shell.idle.interval_ms == 10 * 60_000, "ten minutes unless the user chose otherwise"
    shell.prefs.lock_minutes = 3
    assert shell.idle.interval_ms == 3 * 60_000
    shell.idle.set_interval_ms(100)
    qtbot.waitUntil(lambda: shell.ctx is None, timeout=5000)
    assert isinstance(shell.window.screens.currentWidget(), UnlockScreen)
    # Locking closed the workspace: it opens again (its folder lock was released).
    Workspace.open(field_folder, passphrase=PASSPHRASE).close()


def test_the_smoke_test_opens_the_demo_and_quits_with_zero(qtbot: QtBot) -> None:
    assert run(demo=True, smoke_test=True) == 0
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_locking_closes_a_dialog_left_open(qtbot: QtBot, field_folder: Path) -> None:
    shell = started(qtbot, field_folder)
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    dialog = QMessageBox(QMessageBox.Icon.Question, "Reason", "Why?", parent=shell.window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    assert QApplication.activeModalWidget() is dialog
    shell.lock()
    assert QApplication.activeModalWidget() is None
    assert isinstance(shell.window.screens.currentWidget(), UnlockScreen)


def test_the_first_run_assistant_offers_the_app_language(qtbot: QtBot, tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py")], check=True)
    shell = started(qtbot, tmp_path / "new")
    wizard = shell.window.screens.currentWidget()
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.about.language.currentData() == "en"
    try:
        wizard.about.language.setCurrentIndex(wizard.about.language.findData("fr"))
        again = shell.window.screens.currentWidget()
        assert isinstance(again, FirstRunWizard) and again is not wizard
        assert again.windowTitle() == "Créer un espace de travail"
        assert again.about.language.currentData() == "fr"
    finally:
        shell.prefs.language = "en"


def test_work_queued_while_closing_finishes_before_the_store_closes(
    qtbot: QtBot, field_folder: Path
) -> None:
    """Delivering the last results (or a timer such as the form screen's preload) may queue
    more work while the app closes: it runs to its end on the open store, none is left."""
    shell = started(qtbot, field_folder)
    screen = shell.window.screens.currentWidget()
    with qtbot.waitSignal(screen.sig_unlocked):
        unlock(qtbot, shell, PASSPHRASE)
    ctx = shell.ctx
    assert ctx is not None
    seen: list[int] = []

    def count(_progress: object, _cancel: object) -> int:
        return len(ctx.workspace.responses.list())  # raises once the store is closed

    def queue_more(_result: object) -> None:
        ctx.run(count, seen.append)  # queued while the first result is delivered

    ctx.run(count, queue_more)
    shell.shutdown()
    assert seen == [0] and not shell.runner.busy and shell.ctx is None
