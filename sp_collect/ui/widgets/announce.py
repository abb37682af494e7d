"""Say something to a screen reader now (Qt's announcement event, which AT-SPI passes to Orca).

Qt 6 has no accessible state for "invalid entry" or "required" (``QAccessible.State`` lacks both
and Qt's AT-SPI bridge never sets them), so a validation error that appears while the user is
on a field is announced instead; it also stays in the field's accessible description.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have the screen reader read ``text`` on behalf of ``widget``: after what it is saying,
    or at once when ``urgent`` (a refused passphrase)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
