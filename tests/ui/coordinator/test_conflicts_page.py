"""The conflict screen driven through its widgets: differences marked, picked per field, saved."""

from __future__ import annotations

from pathlib import Path

from coordinator_kit import SURVEY, Kit, conflicting_bundle, merged, wait_idle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sp_collect.ui.coordinator.conflicts_page import CURRENT, KEEP, THEIRS, ConflictsPage


def test_a_conflict_is_resolved_field_by_field(qtbot: QtBot, kit: Kit, tmp_path: Path) -> None:
    merged(kit)
    bundle = conflicting_bundle(kit, {"s1_08": 99, "s1_10": 7}, "conflict.spbundle")
    kit.coord.sync.import_bundles([bundle])
    ctx = kit.context(tmp_path)
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    page.show()

    assert page.conflicts.count() == 1
    assert "2 answer(s) differ" in page.conflicts.item(0).text()
    assert sorted(page.choices) == ["s1_08", "s1_10"]
    table = page.table
    differing_rows = [
        r for r in range(table.row_count()) if table.indexWidget(table.content.index(r, KEEP))
    ]
    assert len(differing_rows) == 2
    assert table.row_count() > 2  # the questions that agree are shown too, unmarked
    first = differing_rows[0]
    assert (table.text(first, CURRENT), table.text(first, THEIRS)) == ("31250", "99")
    assert table.content.index(first, CURRENT).data(Qt.ItemDataRole.FontRole).bold()
    agreeing = next(r for r in range(table.row_count()) if r not in differing_rows)
    assert table.content.index(agreeing, CURRENT).data(Qt.ItemDataRole.FontRole) is None

    qtbot.mouseClick(page.only_differences, Qt.MouseButton.LeftButton)
    shown = [r for r in range(table.row_count()) if not table.isRowHidden(r)]
    assert shown == differing_rows

    keep_incoming = page.choices["s1_08"]
    keep_incoming.setCurrentIndex(keep_incoming.findData("incoming"))
    label = kit.coord.forms.compiled(SURVEY).items["s1_08"].item.label["en"]
    assert keep_incoming.accessibleName() == f"Answer to keep for {label}"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)

    row = kit.coord.responses.get(kit.uuid)
    assert row.revision == 2
    assert (row.answers["s1_08"], row.answers["s1_10"]) == (99, 2115)
    assert page.views == []
    assert page.conflicts.item(0).text() == "No conflicts."
    assert not page.save_button.isEnabled()
