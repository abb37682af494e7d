"""Form view speed: opening a 1,000-question form's first section, and answer → relevance shown."""

from __future__ import annotations

import os
import statistics
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from sp_collect.engine import FormSession, load_form
from sp_collect.ui.form_view import FormView

SECTIONS = 10
PER_SECTION = 100
OPEN_TARGET_MS = 300.0
UPDATE_TARGET_MS = 16.0


def synthetic_form() -> dict[str, Any]:
    """1,000 questions in 10 sections; every fifth question shows only after a "yes"."""
    choices = [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]
    kinds = ["select_one", "integer", "text", "decimal", "select_multiple"]
    sections = []
    for s in range(SECTIONS):
        items: list[dict[str, Any]] = []
        for q in range(PER_SECTION):
            kind = kinds[q % len(kinds)]
            item: dict[str, Any] = {
                "type": kind,
                "id": f"q{s}_{q}",
                "label": {"en": f"Question {q} of section {s}", "fr": f"Question {q} ({s})"},
                "hint": "A hint that explains what to answer.",
            }
            if kind.startswith("select"):
                item["choices"] = "yes_no"
            if kind == "integer":
                item["constraint"] = ". >= 0"
            if q % 5 == 2:
                item["relevant"] = f"${{q{s}_{q - 2}}} = 'yes'"
            items.append(item)
        sections.append({"type": "section", "id": f"s{s}", "label": f"Section {s}", "items": items})
    return {
        "id": "synthetic",
        "version": "1",
        "title": "Synthetic form",
        "languages": ["en", "fr"],
        "choice_lists": {"yes_no": choices},
        "items": sections,
    }


def ms(seconds: float) -> float:
    return seconds * 1000.0


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    form = load_form(synthetic_form())
    opened: list[float] = []
    for _ in range(5):
        start = time.perf_counter()
        view = FormView(FormSession(form))
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        opened.append(time.perf_counter() - start)
        view.close()
        view.deleteLater()
        app.processEvents()

    view = FormView(FormSession(form))
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    trigger, target = view.page.widgets["q0_50"], view.page.widgets["q0_52"]
    updates: list[float] = []
    for round_ in range(40):
        value = "yes" if round_ % 2 == 0 else "no"
        start = time.perf_counter()
        trigger.sig_value_changed.emit(value)  # the path a click on a radio button takes
        if target.isVisibleTo(view) != (value == "yes"):
            raise SystemExit("error: the relevance update did not reach the dependent question")
        updates.append(time.perf_counter() - start)
    view.close()

    open_ms = ms(statistics.median(opened))
    update_ms = ms(statistics.median(updates))
    rows = [
        ("open 1,000-question form, first section", open_ms, f"target < {OPEN_TARGET_MS:.0f} ms"),
        ("answer -> visible relevance update", update_ms, f"target < {UPDATE_TARGET_MS:.0f} ms"),
        (f"  worst of {len(updates)} updates", ms(max(updates)), ""),
    ]
    for name, figure, target in rows:
        print(f"{name:42} {figure:7.1f} ms  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
