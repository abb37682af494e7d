"""Every message the app shows goes through Qt's translation (``tr`` or ``translate``), and the
French, Dutch and Spanish catalogues leave nothing unfinished."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "sp_collect" / "ui"
CATALOGUES = ROOT / "resources" / "i18n"

SHOWN_BY = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "showMessage",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setButtonText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "addItem",
        "addItems",
        "addTab",
        "setTabText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "addRow",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "emit",
        "announce",
    }
)
"""Qt methods whose string arguments the user reads."""
WIDGETS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
        "QMessageBox",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
    }
)
"""Widgets whose constructor takes the text shown."""
WORDS = re.compile(r"[^\W\d_]{2,}")
"""Two letters in a row: a word for someone to read (not "—", " · ", "%1" or "fa5s.play")."""
TAGS = re.compile(r"<[^>]*>")
"""Rich-text markup is not words."""
NOT_WORDS = re.compile(r"^(fa5[sbr]|mdi)\.[\w-]+$")
"""Icon names."""


def _literal_words(node: ast.expr) -> str:
    """The literal text of a string or f-string argument, if it has words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = " ".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif isinstance(node, ast.List | ast.Tuple):
        return " ".join(_literal_words(element) for element in node.elts).strip()
    elif isinstance(node, ast.BinOp):  # "a" + "b", "x" % y
        return f"{_literal_words(node.left)} {_literal_words(node.right)}".strip()
    else:
        return ""
    text = TAGS.sub(" ", text).strip()
    return text if WORDS.search(text) and not NOT_WORDS.match(text) else ""


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated(source: str) -> list[tuple[int, str, str]]:
    """(line, call, literal) for each user-visible literal not passed through tr/translate."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in SHOWN_BY and name not in WIDGETS:
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            words = _literal_words(argument)
            if words:
                found.append((node.lineno, name, words))
    return found


def test_the_scanner_finds_a_literal_and_accepts_tr() -> None:
    source = (
        "label.setText('Saved')\n"
        "box.setWindowTitle(self.tr('Saved'))\n"
        "QLabel(f'{n} responses')\n"
        "status.showMessage(QCoreApplication.translate('x', 'Done'))\n"
        "button.setText(f'{name}\\n{count}')\n"
        "QPushButton(icon('fa5s.play'), '')\n"
    )
    assert untranslated(source) == [(1, "setText", "Saved"), (3, "QLabel", "responses")]


def test_every_message_of_the_app_is_translatable() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {call}({text!r})"
        for path in sorted(UI.rglob("*.py"))
        for line, call, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert not problems, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize("language", ["fr", "nl", "es", "en"])
def test_no_translation_is_unfinished_or_missing(language: str) -> None:
    tree = ET.parse(CATALOGUES / f"sp_collect_{language}.ts")
    open_ones = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                open_ones.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert not open_ones, f"{len(open_ones)} open in {language}:\n" + "\n".join(open_ones)


def _sources_in_code() -> set[str]:
    """The source texts of every tr()/translate() call with literal text in sp_collect/ui."""
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            position = {"tr": 0, "translate": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                found.add(text.value)
    return found


def test_every_text_of_the_code_is_in_the_catalogues() -> None:
    """lupdate ran after the last change (and did not miss a call: it skips some shapes)."""
    catalogue = ET.parse(CATALOGUES / "sp_collect_fr.ts").getroot()
    known = {source.text for source in catalogue.iter("source")}
    missing = sorted(_sources_in_code() - known)
    assert not missing, "run tools/build_translations.py --update; missing:\n" + "\n".join(missing)
