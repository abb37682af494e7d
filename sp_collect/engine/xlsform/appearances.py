"""XLSForm appearances → ours: kept, converted, or reported because nothing here draws them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sp_collect.engine.xlsform.report import Action

_TOKEN = re.compile(r"[\w:-]+\([^)]*\)|\S+")

KEPT: frozenset[tuple[str, str]] = frozenset(
    {
        ("text", "multiline"),
        ("select_one", "minimal"),
        ("select_one", "likert"),
        ("select_multiple", "minimal"),
    }
)
CONVERTED: dict[tuple[str, str], tuple[str, str | None, str]] = {
    # (our type, appearance) → (new type, new appearance, why)
    ("select_one", "autocomplete"): ("select_one", "minimal", "a dropdown with a filter field"),
    ("select_multiple", "autocomplete"): (
        "select_multiple", "minimal", "a checklist with a filter field",
    ),
    ("select_one", "list-nolabel"): (
        "select_one", "likert", "a grid row: a horizontal row of choices with their labels",
    ),
    ("select_one", "label"): ("note", None, "a grid header: a note with the question's label"),
    ("image", "signature"): ("signature", None, "a signature question"),
}  # fmt: skip
SILENT: frozenset[tuple[str, str]] = frozenset({("section", "field-list")})
"""Appearances that say what our sections already are (one page per group)."""
_NAMED_REASONS = {
    "search": "search() takes choices from an external file",
    "map": "maps are not drawn",
    "placement-map": "maps are not drawn",
    "quick": "questions do not advance by themselves",
    "quickcompact": "questions do not advance by themselves",
}


@dataclass(frozen=True)
class Appearance:
    type: str
    appearance: str | None
    notes: tuple[tuple[str, Action, str], ...]
    """(appearance token, action, detail) for the report."""


def map_appearance(our_type: str, text: str | None) -> Appearance:
    """Our type and appearance for an XLSForm appearance column; the first usable token wins."""
    kept: str | None = None
    new_type = our_type
    notes: list[tuple[str, Action, str]] = []
    for token in _TOKEN.findall(text or ""):
        word = token.split("(", 1)[0].lower()
        key = (our_type, word)
        if key in SILENT or word == "search":  # search(): reported with the choices it reads
            continue
        if key in KEPT and kept is None:
            kept = word
        elif key in CONVERTED and kept is None and new_type == our_type:
            new_type, kept, why = CONVERTED[key]
            notes.append((token, "converted", f"'{token}' became {why}"))
        else:
            reason = _NAMED_REASONS.get(word, "it only changes how ODK draws the question")
            notes.append((token, "ignored", f"appearance '{token}' is not used: {reason}"))
    return Appearance(new_type, kept, tuple(notes))
