"""The dashboard counts what was imported and shows the readiness heat-map once scores exist."""

from __future__ import annotations

from pathlib import Path

from coordinator_kit import Kit, merged, shown_page
from pytestqt.qtbot import QtBot

from sp_collect.analysis.scoring_config import SUBDIMENSIONS
from sp_collect.ui.coordinator.dashboard_page import DashboardPage


def test_the_dashboard_counts_by_status_form_country_and_institution(
    qtbot: QtBot, kit: Kit, tmp_path: Path
) -> None:
    page = shown_page(qtbot, kit, tmp_path, DashboardPage)
    ctx = page.ctx
    page.refresh()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=20_000)
    assert page.data.by_status == []
    assert page.by_status.accessibleDescription() == "No responses yet."
    assert page.heatmap.isHidden()

    merged(kit)
    page.refresh()
    page.refresh()  # a second change while counting asks for one more count, not two at once
    qtbot.waitUntil(lambda: not ctx.runner.busy and bool(page.data.by_status), timeout=20_000)
    assert page.data.by_status == [("received", 1)]
    assert page.by_status.accessibleDescription() == "Waiting for review: 1"
    assert [count for _form, count in page.data.by_form] == [1]
    assert page.data.by_country == [("Dominica", 1)]
    [(institution, count)] = page.data.by_institution
    assert count == 1
    assert institution != "DMA_DSS"  # the choice's label
    assert page.by_country.accessibleDescription() == "Dominica: 1"

    heat = page.data.heatmap
    assert heat is not None
    assert heat.institutions == (institution,)
    assert set(heat.subdimensions) <= set(SUBDIMENSIONS)
    assert not page.heatmap.isHidden()
    assert page.heatmap.row_count() == 1
    assert page.heatmap.column_count() == len(heat.subdimensions)
    assert page.heatmap.header_tip(0) == heat.subdimension_labels[0]
    assert heat.subdimension_labels[0] != heat.subdimensions[0]
    first = heat.indices[0][0]
    shown = page.heatmap.text(0, 0)
    assert shown == ("—" if first is None else f"{first:.0f}")
