"""Every question type has a widget that shows its label and round-trips its native value."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.model import QUESTION_TYPES
from sp_collect.engine.prompts import ChoiceOption
from sp_collect.ui.widgets.base import QuestionWidget
from sp_collect.ui.widgets.registry import widget_class
from sp_collect.ui.widgets.signature import SignaturePad


def options(*pairs: str) -> tuple[ChoiceOption, ...]:
    """Choices from ``"value=Label"`` strings."""
    return tuple(ChoiceOption(*pair.split("=", 1)) for pair in pairs)


def tiny_png() -> bytes:
    """A 1×1 white PNG, written by hand so no Qt application is needed at import time."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


YES_NO = options("yes=Yes", "no=No", "dk=Don't know")
REFERENCE = {
    "sha256": "ab" * 32,
    "name": "report.pdf",
    "media_type": "application/pdf",
    "size": 2048,
}
Edit = Callable[[QuestionWidget, QtBot, Path], None]


def button(widget: QWidget, text: str) -> QAbstractButton:
    return next(b for b in widget.findChildren(QAbstractButton) if b.text() == text)


def type_into(kind: type[QWidget], text: str, index: int = 0) -> Edit:
    def edit(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
        target = widget.findChildren(kind)[index]
        target.setFocus()
        for number, line in enumerate(text.split("\n")):
            if number:
                qtbot.keyClick(target, Qt.Key.Key_Return)
            qtbot.keyClicks(target, line)

    return edit


def click(text: str) -> Edit:
    """Press a button the keyboard way: focus it, then Space."""

    def edit(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
        target = button(widget, text)
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Space)

    return edit


def clicks(*texts: str) -> Edit:
    def edit(widget: QuestionWidget, qtbot: QtBot, tmp: Path) -> None:
        for text in texts:
            click(text)(widget, qtbot, tmp)

    return edit


def press_up(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
    qtbot.keyClick(widget.focus_target(), Qt.Key.Key_Up)


def move_second_up(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
    ranked = widget.findChild(QListWidget)
    ranked.setFocus()
    ranked.setCurrentRow(1)
    qtbot.keyClick(ranked, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)


def pick_in_dropdown(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
    combo = widget.findChild(QComboBox)
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Don't know")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def check_filtered(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
    qtbot.keyClicks(widget.findChild(QLineEdit), "DON")
    listing = widget.findChild(QListWidget)
    shown = [listing.item(r) for r in range(listing.count()) if not listing.item(r).isHidden()]
    assert [item.text() for item in shown] == ["Don't know"]
    shown[0].setCheckState(Qt.CheckState.Checked)


def choose_file(name: str, image: bool = False) -> Edit:
    def edit(widget: QuestionWidget, qtbot: QtBot, tmp: Path) -> None:
        path = tmp / name
        if image:
            picture = QImage(40, 30, QImage.Format.Format_RGB32)
            picture.fill(QColor("teal"))
            assert picture.save(str(path))
        else:
            path.write_bytes(b"%PDF-1.7 test")
        pytest.MonkeyPatch().setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
        )
        click("Choose a file…")(widget, qtbot, tmp)
        assert any(name in label.text() for label in widget.findChildren(QLabel))

    return edit


def type_point(widget: QuestionWidget, qtbot: QtBot, tmp: Path) -> None:
    type_into(QLineEdit, "13.1", 0)(widget, qtbot, tmp)
    type_into(QLineEdit, "-59.62", 1)(widget, qtbot, tmp)


def picked(name: str) -> Callable[[Any, Path], bool]:
    return lambda value, tmp: value == {"path": str(tmp / name)}


def draw(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
    pad = widget.findChild(SignaturePad)
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(pad, QPoint(60, 30))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(60, 30))


def click_cell(row: str, column: str) -> Edit:
    def edit(widget: QuestionWidget, qtbot: QtBot, _tmp: Path) -> None:
        radio = next(
            r for r in widget.findChildren(QRadioButton) if r.accessibleName() == f"{row}: {column}"
        )
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)

    return edit


@dataclass
class Case:
    type: str
    value: Any
    """Shown through the prompt, then read back with value()."""
    edit: Edit | None
    """What a user does on an empty widget..."""
    emitted: Any = None
    """...and the native value sig_value_changed carries after it (a callable checks it)."""
    appearance: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.type + (f"-{self.appearance}" if self.appearance else "")


CASES = [
    Case("note", None, None),
    Case("text", "Bridgetown", type_into(QLineEdit, "Castries"), "Castries"),
    Case("text", "line 1\nline 2", type_into(QPlainTextEdit, "a\nb"), "a\nb", "multiline"),
    Case("integer", 42, type_into(QLineEdit, "-1x7"), -17),
    Case("decimal", 3.25, type_into(QLineEdit, "3,5"), 3.5),
    Case("select_one", "no", click("Don't know"), "dk", fields={"choices": YES_NO}),
    Case("select_one", "yes", click("No"), "no", "likert", fields={"choices": YES_NO}),
    Case("select_one", "dk", pick_in_dropdown, "dk", "minimal", fields={"choices": YES_NO}),
    Case(
        "select_multiple", ["yes", "dk"], clicks("Don't know", "Yes"), ["yes", "dk"],
        fields={"choices": YES_NO},
    ),
    Case(
        "select_multiple", ["no"], check_filtered, ["dk"], "minimal", fields={"choices": YES_NO}
    ),
    Case(
        "rank", ["dk", "yes", "no"], move_second_up, ["no", "yes", "dk"],
        fields={"choices": YES_NO},
    ),
    Case("date", "2026-11-23", click("Clear"), None),
    Case("time", "16:40", click("Clear"), None),
    Case("time", "08:05:30", None),
    Case("datetime", "2026-11-23T16:40:00-04:00", click("Clear"), None),
    Case("calculate", 12.5, None),
    Case("file", REFERENCE, choose_file("minutes.pdf"), picked("minutes.pdf")),
    Case("image", REFERENCE, choose_file("photo.png", image=True), picked("photo.png")),
    Case("audio", REFERENCE, choose_file("voice.wav"), picked("voice.wav")),
    Case("signature", {"png": tiny_png()}, draw, lambda v, _t: v["png"].startswith(b"\x89PNG")),
    Case("geopoint", "13.1 -59.62 12 5", type_point, "13.1 -59.62"),
    Case(
        "matrix", {"pension": "yes", "health": "no"}, click_cell("Health care", "Yes"),
        {"health": "yes"},
        fields={"rows": options("pension=Pensions", "health=Health care"), "choices": YES_NO},
    ),
]  # fmt: skip


def test_every_question_type_has_a_case() -> None:
    structural = {"section", "repeat", "start", "end", "interviewer", "device_id"}
    structural |= {"form_version", "language"}
    assert {case.type for case in CASES} == set(QUESTION_TYPES) - structural


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_widget_shows_label_and_round_trips(
    case: Case, make_widget: Callable[..., Any], qtbot: QtBot, tmp_path: Path
) -> None:
    label = f"Question about {case.type}"
    widget, emitted = make_widget(
        id="q", type=case.type, label=label, appearance=case.appearance, **case.fields
    )
    assert any(
        lab.isVisible() and lab.text().startswith(label) for lab in widget.findChildren(QLabel)
    )

    widget.set_prompt(replace(widget.prompt, value=case.value))
    assert widget.value() == case.value
    assert emitted == [], "showing a prompt is not a user edit"

    if case.edit is None:
        return
    widget.set_prompt(replace(widget.prompt, value=None))
    if case.emitted is None:  # the edit takes the shown value away
        widget.set_prompt(replace(widget.prompt, value=case.value))
    case.edit(widget, qtbot, tmp_path)
    assert emitted, "the user's edit was reported"
    if callable(case.emitted):
        assert case.emitted(emitted[-1], tmp_path)
    else:
        assert emitted[-1] == case.emitted
    assert widget.value() == emitted[-1]


def test_geopoint_refuses_out_of_range(make_widget: Callable[..., Any], qtbot: QtBot) -> None:
    widget, emitted = make_widget(id="where", type="geopoint", label="Where?")
    type_point(widget, qtbot, Path())
    latitude = widget.findChildren(QLineEdit)[0]
    latitude.selectAll()
    qtbot.keyClicks(latitude, "95")
    assert emitted[-1] is None
    assert any("Out of range" in label.text() for label in widget.findChildren(QLabel))


def test_set_prompt_keeps_the_cursor_while_typing(
    make_widget: Callable[..., Any], qtbot: QtBot
) -> None:
    widget, _emitted = make_widget(id="name", type="text", label="Name")
    edit = widget.findChild(QLineEdit)
    qtbot.keyClicks(edit, "Maria")
    edit.setCursorPosition(2)
    widget.set_prompt(replace(widget.prompt, value="Maria", error="Too short", label="Full name"))
    assert edit.cursorPosition() == 2
    assert any(label.text() == "Too short" for label in widget.findChildren(QLabel))
    widget.set_prompt(replace(widget.prompt, visible=False))
    assert not widget.isVisible()


@pytest.mark.parametrize(
    ("kind", "keys", "starts"), [("date", "2025", "2025-"), ("time", "0930", "09:30")]
)
def test_typing_into_an_empty_date_or_time_starts_from_now(
    kind: str, keys: str, starts: str, make_widget: Callable[..., Any], qtbot: QtBot
) -> None:
    widget, emitted = make_widget(id="when", type=kind, label="When?")
    assert widget.value() is None
    widget.focus_target().setFocus()
    qtbot.keyClicks(widget.focus_target(), keys)
    assert emitted[-1].startswith(starts)
    assert widget.value() == emitted[-1]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_input_has_an_accessible_name(case: Case, make_widget: Callable[..., Any]) -> None:
    widget, _emitted = make_widget(
        id="q", type=case.type, label="Label", appearance=case.appearance, **case.fields
    )
    inputs = [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(widget)
    ]
    for child in inputs:
        spoken = child.accessibleName() or (
            child.text() if isinstance(child, QAbstractButton) else ""
        )
        assert spoken, f"{type(child).__name__} in a {case.name} widget has no accessible name"


def test_an_unknown_appearance_falls_back_to_the_default_widget() -> None:
    assert widget_class("select_one", "no-such-look") is widget_class("select_one", None)
    with pytest.raises(KeyError):
        widget_class("section", None)


def form_item(case: Case) -> dict[str, Any]:
    """The question of a case as a form author writes it."""
    item: dict[str, Any] = {"type": case.type, "id": "q", "label": "Question"}
    if case.appearance:
        item["appearance"] = case.appearance
    for key in ("choices", "rows"):
        if key in case.fields:
            item[key] = [{"value": c.value, "label": c.label} for c in case.fields[key]]
    return item


ANSWERABLE = [
    case
    for case in CASES
    if case.emitted is not None and not callable(case.emitted) and case.type != "calculate"
]


@pytest.mark.parametrize("case", ANSWERABLE, ids=lambda case: case.name)
def test_the_engine_accepts_what_the_widget_emits(case: Case) -> None:
    form = load_form({"id": "one", "version": "1", "title": "One", "items": [form_item(case)]})
    session = FormSession(form)
    result = session.answer("q", case.emitted)
    assert result.status == "ok", result.message
    assert session.value("q") == case.emitted
