"""The UI's own translations: complete .ts catalogues, and the app switching language live."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sp_collect.ui.app import Shell
from sp_collect.ui.i18n import qm_path
from sp_collect.ui.settings import Preferences, SettingsPage
from sp_collect.ui.unlock import UnlockScreen
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("sp_collect_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d|n|s)")
PASSPHRASE = "translated passphrase"


def messages(path: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message; plural messages have several."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                texts = [""]
            found.append((name, message.findtext("source") or "", texts))
    return found


def test_there_is_a_catalogue_per_language() -> None:
    assert [p.name for p in CATALOGUES] == [
        "sp_collect_en.ts",
        "sp_collect_es.ts",
        "sp_collect_fr.ts",
        "sp_collect_nl.ts",
    ]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(catalogue: Path) -> None:
    entries = messages(catalogue)
    # English is the source language: its catalogue holds only the plural forms.
    assert len(entries) > (5 if catalogue.stem.endswith("_en") else 150)
    untranslated = [(c, s) for c, s, texts in entries if not all(t.strip() for t in texts)]
    assert untranslated == []
    for context, source, texts in entries:
        for text in texts:
            wanted = sorted(PLACEHOLDER.findall(source))
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)


@pytest.fixture(scope="module")
def compiled() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py")], check=True)
    assert Path(qm_path("fr")).is_file()


@pytest.fixture
def french_shell(qtbot: QtBot, tmp_path: Path, compiled: None) -> Iterator[Shell]:
    Workspace.create(tmp_path / "ws", PASSPHRASE, name="Équipe", role="field")[0].close()
    Preferences().language = "fr"
    shell = Shell(tmp_path / "ws")
    qtbot.addWidget(shell.window)
    try:
        yield shell
    finally:
        shell.shutdown()
        shell.translations.apply("en")  # the translators live on the shared QApplication


def test_the_french_ui_shows_french_and_switches_live(qtbot: QtBot, french_shell: Shell) -> None:
    shell = french_shell
    shell.start()
    screen = shell.window.screens.currentWidget()
    assert isinstance(screen, UnlockScreen)
    assert screen.title.text() == "Déverrouiller l'espace de travail"
    assert screen.unlock_button.text() == "Déverrouiller"
    assert shell.window.lock_state.text() == "Verrouillé"
    assert shell.window.language.text() == "Français"

    with qtbot.waitSignal(screen.sig_unlocked):
        qtbot.keyClicks(screen.secret, PASSPHRASE)
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    area = shell.window.area
    assert area is not None
    titles = [area.sidebar.item(row).text() for row in range(area.sidebar.count())]
    assert titles[:4] == ["Accueil", "Brouillons", "Boîte d'envoi", "Boîte de réception"]
    assert titles[-1] == "Paramètres"

    settings = next(page for page in area.pages if isinstance(page, SettingsPage))
    area.sidebar.setCurrentRow(area.pages.index(settings))
    settings.language.setFocus()
    index = settings.language.findData("es")
    settings.language.setCurrentIndex(index)
    qtbot.waitUntil(lambda: area.sidebar.item(0).text() == "Inicio")  # LanguageChange is posted
    titles = [area.sidebar.item(row).text() for row in range(area.sidebar.count())]
    assert titles[:4] == ["Inicio", "Borradores", "Bandeja de salida", "Bandeja de entrada"]
    assert titles[-1] == "Ajustes"
    assert settings.heading.text() == "Ajustes"
    assert shell.window.language.text() == "Español"
    assert Preferences().language == "es", "the choice is kept for the next start"
