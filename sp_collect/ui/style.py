"""The app's look in one place: light and dark palettes with checked contrast, a type scale and
spacing as one style sheet, and icons from Font Awesome (the font files qtawesome ships).

Every page, the coordinator's included, gets the same look from :func:`apply`: pages only give
widgets an object name (``primary``, ``secondary``, ``cardTitle``, ``formCard``, ``pageTitle``).
Icons are drawn from qtawesome's bundled font files without importing qtawesome, whose import
(through qtpy) would cost most of a second of start-up.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

AA_TEXT = 4.5
"""WCAG 2 AA: the least contrast of normal text (placeholders included) with its background."""
AA_LARGE = 3.0
"""WCAG 2 AA for large text and for the borders of controls."""


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    card: str
    text: str
    secondary: str
    placeholder: str
    border: str
    accent: str
    accent_text: str
    highlight: str
    highlight_text: str
    error: str
    link: str


LIGHT = Colours(
    window="#f4f5f7",
    base="#ffffff",
    card="#ffffff",
    text="#1c1e21",
    secondary="#4a4f57",
    placeholder="#5f6670",
    border="#7b818a",
    accent="#1f5fa8",
    accent_text="#ffffff",
    highlight="#cfe0f5",
    highlight_text="#10243d",
    error="#b00020",
    link="#1a56a0",
)
DARK = Colours(
    window="#1e2125",
    base="#272b30",
    card="#2d3238",
    text="#e8eaed",
    secondary="#b9bec6",
    placeholder="#a3a9b2",
    border="#7d858f",
    accent="#5b9be6",
    accent_text="#0d1520",
    highlight="#35557d",
    highlight_text="#ffffff",
    error="#ff8a80",
    link="#8dbdf5",
)


def luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs(colours: Colours) -> dict[str, tuple[str, str]]:
    """Every text colour with the background it is drawn on (what the contrast test checks)."""
    pairs = {}
    for background in ("window", "base", "card"):
        for foreground in ("text", "secondary", "placeholder", "error", "link"):
            pairs[f"{foreground} on {background}"] = (
                getattr(colours, foreground),
                getattr(colours, background),
            )
    pairs["accent_text on accent"] = (colours.accent_text, colours.accent)
    pairs["highlight_text on highlight"] = (colours.highlight_text, colours.highlight)
    return pairs


def is_dark() -> bool:
    """The system's colour scheme (Qt 6.5+), light when it says nothing."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def palette(c: Colours) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, c.window),
        (roles.WindowText, c.text),
        (roles.Base, c.base),
        (roles.AlternateBase, c.window),
        (roles.Text, c.text),
        (roles.PlaceholderText, c.placeholder),
        (roles.Button, c.card),
        (roles.ButtonText, c.text),
        (roles.Highlight, c.highlight),
        (roles.HighlightedText, c.highlight_text),
        (roles.ToolTipBase, c.card),
        (roles.ToolTipText, c.text),
        (roles.Link, c.link),
        (roles.Mid, c.border),
    ):
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(c.placeholder))
    return p


def style_sheet(c: Colours, base_points: float) -> str:
    """Type scale (1 / 1.15 / 1.35 / 1.6 of the user's font) and spacing in font units."""
    h1, h2, h3 = (round(base_points * k, 1) for k in (1.6, 1.35, 1.15))
    return f"""
QLabel#pageTitle {{ font-size: {h1}pt; font-weight: 600; }}
QLabel#cardTitle {{ font-size: {h3}pt; font-weight: 600; }}
QLabel#secondary {{ color: {c.secondary}; }}
QFrame#formCard {{
    background: {c.card}; border: 1px solid {c.border}; border-radius: 6px;
}}
QPushButton {{
    padding: 0.3em 0.9em; border-radius: 4px; border: 1px solid {c.border};
    background: {c.card}; color: {c.text};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.placeholder}; }}
QPushButton:flat {{ border: none; background: transparent; }}
QPushButton#primary {{
    background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
    font-weight: 600;
}}
QPushButton#primary:focus {{ border: 2px solid {c.text}; }}
QPushButton#primary:disabled {{ background: {c.card}; color: {c.placeholder}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 2px solid {c.error}; }}
QStatusBar QLabel {{ color: {c.secondary}; }}
QLabel#h2 {{ font-size: {h2}pt; font-weight: 600; }}
"""


def apply(app: QApplication) -> None:
    """Give the app its palette (light or dark, as the system is) and style sheet."""
    c = colours()
    app.setStyle("Fusion")  # the same widgets everywhere; it follows the palette faithfully
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c, app.font().pointSizeF()))


# -- icons -------------------------------------------------------------------------------------

PAGE_ICONS = {
    "HomePage": "fa5s.home",
    "DraftsPage": "fa5s.pen",
    "OutboxPage": "fa5s.paper-plane",
    "InboxPage": "fa5s.inbox",
    "ImportsPage": "fa5s.file-import",
    "ReviewPage": "fa5s.clipboard-check",
    "ConflictsPage": "fa5s.exclamation-triangle",
    "DashboardPage": "fa5s.tachometer-alt",
    "IdentityPage": "fa5s.id-card",
    "PackagesPage": "fa5s.box-open",
    "ScoresPage": "fa5s.chart-bar",
    "ReportsPage": "fa5s.file-pdf",
    "ExportPage": "fa5s.table",
    "SettingsPage": "fa5s.cog",
}
"""Sidebar icon of each page, by class name (one table for field and coordinator pages)."""

_FONTS = {
    "fa5s": ("fontawesome5-solid-webfont-5.15.4.ttf", "fontawesome5-solid-webfont-charmap-5.15.4"),
    "fa5r": (
        "fontawesome5-regular-webfont-5.15.4.ttf",
        "fontawesome5-regular-webfont-charmap-5.15.4",
    ),
}


def icon_fonts() -> Path:
    """qtawesome's font folder, found without importing qtawesome (in the frozen app too)."""
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "qtawesome" / "fonts"
    if frozen.is_dir():
        return frozen
    spec = find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("qtawesome is not installed; reinstall the app's dependencies")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font(prefix: str) -> tuple[str, dict[str, str]]:
    ttf, charmap = _FONTS[prefix]
    folder = icon_fonts()
    family_id = QFontDatabase.addApplicationFont(str(folder / ttf))
    families = QFontDatabase.applicationFontFamilies(family_id)
    chars = json.loads((folder / f"{charmap}.json").read_text(encoding="utf-8"))
    return (families[0] if families else ""), chars


class _GlyphEngine(QIconEngine):
    """Draws one glyph in the palette's text colour (greyed when disabled), any size."""

    def __init__(self, family: str, char: str) -> None:
        super().__init__()
        self._family = family
        self._char = char

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        app_palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        colour = app_palette.color(group, QPalette.ColorRole.ButtonText)
        font = QFont(self._family)
        font.setPixelSize(max(int(rect.height() * 0.8), 1))
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._family, self._char)


@cache
def icon(name: str) -> QIcon:
    """An icon by qtawesome name (``fa5s.lock``); an empty icon if the name is unknown."""
    prefix, _, glyph = name.partition(".")
    if prefix not in _FONTS:
        return QIcon()
    family, chars = _font(prefix)
    code = chars.get(glyph)
    if not family or code is None:
        return QIcon()
    return QIcon(_GlyphEngine(family, chr(int(code, 16))))
