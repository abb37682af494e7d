"""Render the form view (English, French) and the review screen to docs/screenshots/*.png."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from sp_collect.engine import FormSession, load_form
from sp_collect.ui.form_view import FormView

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "forms" / "caricom-institutional-survey.json"
# What an officer might have typed so far, one wrong e-mail address included.
ANSWERS = {
    "s0_02": "yes",
    "s1_01": "BRB",
    "s1_04_name": "Maria Best",
    "s1_04_position": "Director of Benefits",
    "s1_04_email": "maria.best@",
    "s1_05": ["executive", "benefits"],
    "s1_08": 128450,
}


def save(widget: QWidget, path: Path) -> None:
    for _ in range(3):  # nested layouts settle over a few passes of the event loop
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"error: could not write {path}")
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = FormSession(load_form(FORM))
    view = FormView(session)
    view.resize(1180, 820)
    view.show()
    view.show_section("s1")
    for path, value in ANSWERS.items():
        widget = view.page.widgets.get(path)
        if widget is not None:  # through the widget, as a user's edit would go
            widget.sig_value_changed.emit(value)
        else:
            session.answer(path, value)
    view.set_comments({"s1_08": ["Please confirm: last year's figure was 98,000."]})
    view.show_question("s1_04_email")
    save(view, args.out / "form_en.png")
    view.set_language("fr")
    save(view, args.out / "form_fr.png")
    view.set_language("en")
    view.show_review()
    save(view, args.out / "review.png")
    view.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
