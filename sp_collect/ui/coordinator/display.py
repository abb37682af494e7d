"""Shared pieces of the coordinator screens: headings, fingerprints to read aloud, drop-downs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QLabel


def heading() -> QLabel:
    """A page title: the system font, larger and bold."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def explanation() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def fingerprint_label(scale: float = 1.6) -> QLabel:
    """Fingerprints are read aloud over the phone: large, fixed-width, groups kept apart, and
    selectable so they can be copied."""
    label = QLabel()
    font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(label.font().pointSizeF() * scale)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def spoken_fingerprint(fingerprint: str) -> str:
    """The groups with wider gaps, so each is read as one word."""
    return "   ".join(fingerprint.split())


def compact_combo(characters: int = 16) -> QComboBox:
    """A drop-down whose width does not follow its longest entry (form titles and question
    labels are long: a window would grow past a small laptop's screen); entries elide."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
