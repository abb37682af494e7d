"""Choice lists that live outside the choices sheet: the external_choices sheet and files.

The external_choices sheet becomes ordinary choice lists. A file the form reads
(``select_one_from_file``, ``search('file')``, ``pulldata('file', …)``, ``csv-external``) becomes
a file list (``choice_files`` of the form format): the form names the file, and the choices come
from it wherever the form is installed with its files, as ODK does with form media. A list keeps
its XLSForm name as its id (the instance id ODK uses: ``towns`` for ``towns.csv``) unless our ids
forbid a character, then ``:`` and the like become ``_`` and every ``instance('…')`` is
rewritten to match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def list_ids(names: Iterable[str]) -> dict[str, str]:
    """XLSForm list name → our list id, for every name our ids refuse as it is."""
    taken = set(names)
    out: dict[str, str] = {}
    for name in sorted(taken):
        if _ID.match(name):
            continue
        base = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
        base = base if re.match(r"[A-Za-z_]", base) else f"_{base}"
        ours, counter = base, 2
        while ours in taken:
            ours, counter = f"{base}_{counter}", counter + 1
        taken.add(ours)
        out[name] = ours
    return out


def find_file(name: str, places: Iterable[Path]) -> Path | None:
    """The file ``name`` in the first place that has it (a folder, or a file of that name)."""
    for place in places:
        if place.is_dir() and (place / name).is_file():
            return place / name
        if place.is_file() and place.name == name:
            return place
    return None
