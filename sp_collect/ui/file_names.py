"""Names the app suggests for the files it saves: readable, and safe on every system."""

from __future__ import annotations


def file_stem(*parts: object, fallback: str = "file") -> str:
    """``parts`` joined into one lower-case name part: letters and digits kept, anything else
    (spaces, ``/`` in an institution code such as ``BRB/BRB_NISSS``, ``:``) a single dash.
    A ``/`` kept in a suggested name would make the save dialog look for a folder that does
    not exist."""
    text = "-".join(str(part) for part in parts if part not in (None, ""))
    kept = "".join(c if c.isalnum() else "-" for c in text.strip().lower())
    return "-".join(piece for piece in kept.split("-") if piece) or fallback
