"""Build the UI's .qm catalogues from resources/i18n/*.ts (``--update`` re-extracts the .ts first).

Run by ``make`` before the app starts or is frozen; the .qm files are build output (git-ignored).
``--update`` runs Qt's lupdate over every ``sp_collect/ui`` module, keeping existing translations
and dropping strings no longer in the code, so translators only fill new ``<translation>`` items.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6.QtCore

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "sp_collect" / "ui"
LANGUAGES = {"fr": "fr_FR", "nl": "nl_NL", "es": "es_ES", "en": "en_GB"}
"""Catalogue suffix → the locale lupdate records in the .ts (it decides plural forms). English
is the source language: its catalogue holds only the plural forms ("1 draft", "2 drafts")."""
PLURALS_ONLY = {"en"}


def qt_tool(name: str) -> Path:
    """Qt's own lupdate/lrelease, shipped inside the PySide6 wheel next to QtCore."""
    folder = Path(PySide6.QtCore.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"error: {name} is not in {folder}; reinstall pyside6")


def ts_files() -> list[Path]:
    return [I18N / f"sp_collect_{code}.ts" for code in LANGUAGES]


def update() -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for (code, locale), ts in zip(LANGUAGES.items(), ts_files(), strict=True):
        command = [str(qt_tool("lupdate")), "-silent", "-no-obsolete", "-target-language", locale]
        if code in PLURALS_ONLY:
            command.append("-pluralonly")
        subprocess.run([*command, *sources, "-ts", str(ts)], check=True)


def release() -> list[Path]:
    built = []
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract the .ts files first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for qm in release():
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
