"""Every question of the four study forms, in every language, fits a 1024×700 laptop screen:
no horizontal scroll bar and no widget wider than the page (labels, hints and options wrap,
likert rows and matrices stack when they do not fit)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QBoxLayout
from pytestqt.qtbot import QtBot

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.prompts import ChoiceOption
from sp_collect.ui.form_view import FormView
from sp_collect.ui.widgets.choices import LikertWidget
from sp_collect.ui.widgets.matrix import MatrixWidget

FORMS = sorted((Path(__file__).resolve().parents[2] / "forms").glob("*.json"))
# The form view's share of the window: the app's page list takes about 170 pixels.
SIDEBAR = 170
SIZES = {"1024x700": (1024 - SIDEBAR, 700 - 60), "default 900x630": (900 - SIDEBAR, 630 - 60)}


def overflowing(view: FormView) -> list[str]:
    """Questions and titles on the page that reach past its visible width."""
    page = view.page
    room = page.viewport().width()
    content = page.widget()
    found = []
    rows = {**page.widgets, **page.headers}
    for path, row in rows.items():
        if not row.isVisibleTo(content):
            continue
        right = row.mapTo(content, QPoint(row.width(), 0)).x()
        if right > room or row.minimumSizeHint().width() > room:
            found.append(f"{path} ({right}px of {room}px)")
    return found


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize("form_path", FORMS, ids=[p.stem for p in FORMS])
def test_every_question_fits_without_horizontal_scrolling(
    qtbot: QtBot, form_path: Path, size: str
) -> None:
    form = load_form(form_path)
    problems = []
    for language in form.model.languages:
        session = FormSession(form)
        session.set_language(language)
        view = FormView(session)
        qtbot.addWidget(view)
        view.resize(*SIZES[size])
        view.show()
        sections = [s.id for s in session.sections()] or [None]
        for section in sections:
            # Hidden sections (before consent) are laid out too: every question is checked.
            view.show_section(section)
            view.page.show_only(None)
            for path in view.page.widgets:
                view.page.widgets[path].setVisible(True)
            for _ in range(2):
                QApplication.processEvents()
            if view.page.horizontalScrollBar().maximum() > 0:
                problems.append(f"{language} {section}: horizontal scroll bar")
            problems += [f"{language} {section}: {row}" for row in overflowing(view)]
        view.close()
    assert not problems, "\n".join(problems[:20])


def test_a_likert_row_stacks_when_it_does_not_fit(qtbot: QtBot, make_widget) -> None:
    labels = ["1 – Not at all", "2 – Slightly", "3 – Moderately", "4 – Well", "5 – Very well"]
    choices = tuple(ChoiceOption(str(i), label) for i, label in enumerate(labels, start=1))
    widget, _ = make_widget(
        type="select_one", appearance="likert", label="How well?", choices=choices
    )
    assert isinstance(widget, LikertWidget)
    widget.resize(2000, 200)
    QApplication.processEvents()
    assert widget._layout.direction() == QBoxLayout.Direction.LeftToRight
    widget.resize(300, 400)
    QApplication.processEvents()
    assert widget._layout.direction() == QBoxLayout.Direction.TopToBottom
    assert all(b.isVisible() for b in widget._buttons.values())


def test_a_matrix_stacks_its_rows_with_labelled_options_when_narrow(
    qtbot: QtBot, make_widget
) -> None:
    columns = tuple(ChoiceOption(f"c{i}", f"Column heading number {i}") for i in range(6))
    rows = (ChoiceOption("r1", "First row"), ChoiceOption("r2", "Second row"))
    widget, _ = make_widget(type="matrix", label="Grid", choices=columns, rows=rows)
    assert isinstance(widget, MatrixWidget)
    widget.resize(2400, 300)
    QApplication.processEvents()
    radios = widget._radios[0]
    assert all(radio.text() == "" for radio in radios)
    widget.resize(320, 900)
    QApplication.processEvents()
    assert [radio.text() for radio in radios][:2] == [
        "Column heading number 0",
        "Column heading number 1",
    ]
    assert widget.minimumSizeHint().width() <= 320
