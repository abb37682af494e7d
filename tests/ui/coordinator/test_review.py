"""The review queue driven through its widgets: read, comment, return, send the return file."""

from __future__ import annotations

from pathlib import Path

import pytest
from coordinator_kit import SURVEY, Kit, merged, shown_page, survey_answers, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from sp_collect.ui.coordinator.review_page import ReviewPage


def answer_items(page: ReviewPage) -> dict[str, QTreeWidgetItem]:
    found = {}
    tree = page.detail.answers
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        found[item.toolTip(0)] = item
        pending += [item.child(i) for i in range(item.childCount())]
    return found


def test_return_with_comments_then_send_the_return_to_the_device(
    qtbot: QtBot, kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    merged(kit)
    ctx = kit.context(tmp_path)
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.table.uuids() == [kit.uuid]
    assert page.send_button.isEnabled()  # a receipt is worth sending before any decision

    items = answer_items(page)
    assert items["s1_02"].text(0) == "Institution"
    assert items["s1_02"].text(1) != "DMA_DSS"  # the choice's label, not its code
    assert items["s1_08"].text(1) == "31250"
    assert "s1_03" not in items  # not relevant: hidden as in the form

    detail = page.detail
    assert not detail.return_button.isEnabled()
    page.detail.answers.setCurrentItem(items["s1_08"])  # picking a row picks its question
    assert detail.question.currentData() == "s1_08"
    qtbot.keyClicks(detail.comment, "Count the contributors again")
    qtbot.keyClick(detail.comment, Qt.Key.Key_Return)
    detail.question.setCurrentIndex(detail.question.findData("s1_09"))
    qtbot.keyClicks(detail.comment, "Which year?")
    qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    assert detail.pending() == {"s1_08": "Count the contributors again", "s1_09": "Which year?"}
    assert not detail.approve_button.isEnabled()  # comments mean a return

    qtbot.mouseClick(detail.return_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert kit.coord.responses.get(kit.uuid).status == "returned"
    comments = {c.question_path: c.text for c in kit.coord.responses.comments(kit.uuid)}
    assert comments == {"s1_08": "Count the contributors again", "s1_09": "Which year?"}
    assert page.table.uuids() == []  # the queue shows what waits for review
    page.status_filter.setCurrentIndex(page.status_filter.findData("returned"))
    assert page.table.uuids() == [kit.uuid]
    items = answer_items(page)
    assert items["s1_08"].text(2) == "r1: Count the contributors again"  # earlier comments
    assert items["s1_10"].text(2) == ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    assert page.send_button.isEnabled()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    [written] = tmp_path.glob("*.spreturn")
    assert written.name.startswith("marcia-laurent-")
    assert written.name in page.last_sent.text()

    applied = kit.field.sync.import_return(written)
    assert applied.returned == (kit.uuid,)
    assert applied.comments == 2


def test_the_form_filter_and_search_narrow_the_queue(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    page = shown_page(qtbot, kit, tmp_path, ReviewPage)
    page.status_filter.setCurrentIndex(page.status_filter.count() - 1)  # any status
    page.form_filter.setCurrentIndex(page.form_filter.findData("caricom-institutional-survey"))
    assert page.table.uuids() == [kit.uuid]
    qtbot.keyClicks(page.table.search, "no such name")
    assert page.table.uuids() == []


def test_approving_by_keyboard_moves_the_response_out_of_the_queue(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    answers = {**survey_answers(), "s1_04_name": "Second respondent"}
    saved = kit.field.responses.add(SURVEY, answers, finalize=True)
    kit.field.sync.export_bundle(tmp_path / "second.spbundle")
    kit.coord.sync.import_bundles([tmp_path / "second.spbundle"])
    page = shown_page(qtbot, kit, tmp_path, ReviewPage)
    assert page.table.uuids() == [saved.uuid]
    page.detail.approve_button.setFocus()
    qtbot.keyClick(page.detail.approve_button, Qt.Key.Key_Space)
    wait_idle(qtbot, page.ctx)
    assert kit.coord.responses.get(saved.uuid).status == "approved"
    assert kit.coord.responses.comments(saved.uuid) == []
    assert page.table.uuids() == []
    assert page.detail.answers.topLevelItemCount() == 0  # nothing selected, nothing shown
