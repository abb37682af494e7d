"""Choice lists that live outside the choices sheet: the external_choices sheet and CSV files.

They become ordinary choice lists, so ``select_one_external``, ``select_one_from_file`` and
``instance('list')/root/item[…]`` lookups work on them. A list keeps its XLSForm name as its id
(the instance id ODK uses: ``towns`` for ``towns.csv``) unless our ids forbid a character, then
``:`` and the like become ``_`` and every ``instance('…')`` is rewritten to match.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sp_collect.engine.xlsform.texts import Texts

_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_LABEL = re.compile(r"^label(?:::(?P<language>.+))?$", re.IGNORECASE)
RESERVED = frozenset({"value", "label", "image"})
"""Keys our choices use themselves; a column of that name is kept as ``<name>_``."""


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


def rows_to_choices(
    rows: Iterable[dict[str, Any]], texts: Texts, value: str = "name", label: str = "label"
) -> list[dict[str, Any]]:
    """Choices from flat rows (a CSV file or the external_choices sheet); rows without a value
    are skipped; every other column is kept on the choice, for filters and lookups."""
    choices: list[dict[str, Any]] = []
    seen: set[str] = set()
    rows = list(rows)
    if rows and value not in rows[0]:
        value = next(iter(rows[0]))  # a pulldata() file without a name column: its first one
    for row in rows:
        key = str(row.get(value) or "").strip()
        if not key or key in seen:
            continue
        seen.add(key)
        translations: dict[str, str] = {}
        extras: dict[str, str] = {}
        for column, cell in row.items():
            text = "" if cell is None else str(cell)
            found = _LABEL.match(column)
            if column == label or (label == "label" and found):
                language = found.group("language") if found else None
                if text:
                    translations[language or "default"] = text
            elif column not in ("name", "list_name") and text:
                extras[f"{column}_" if column in RESERVED else column] = text
        if set(translations) == {"default"}:
            shown: str | dict[str, str] | None = translations["default"]
        else:
            shown = texts.text(translations) if translations else None
        choices.append({"value": key, "label": shown or key, **extras})
    return choices


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV choices file (UTF-8, with or without a byte-order mark)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k.strip(): v for k, v in row.items() if k} for row in csv.DictReader(handle)]


def find_file(name: str, places: Iterable[Path]) -> Path | None:
    """The file ``name`` in the first place that has it (a folder, or a file of that name)."""
    for place in places:
        if place.is_dir() and (place / name).is_file():
            return place / name
        if place.is_file() and place.name == name:
            return place
    return None


def load_csv_choices(
    file_name: str, places: Iterable[Path], texts: Texts, value: str, label: str
) -> list[dict[str, Any]]:
    """The choices of the CSV or GeoJSON file ``file_name`` found in ``places``; empty if it is
    absent or unreadable."""
    path = find_file(file_name, places)
    if path is None:
        return []
    try:
        rows = read_geojson(path) if path.suffix.lower() == ".geojson" else read_csv(path)
        return rows_to_choices(rows, texts, value, label)
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError, TypeError):
        return []


def read_geojson(path: Path) -> list[dict[str, str]]:
    """Features as ODK reads them: ``name`` from the id, ``label`` from the title property,
    every other property, and ``geometry`` as ODK writes a point, trace or shape."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows: list[dict[str, str]] = []
    for feature in data.get("features") or []:
        properties = {
            k: str(v) for k, v in (feature.get("properties") or {}).items() if v is not None
        }
        identifier = properties.pop("id", None) or feature.get("id")
        row = {"name": str(identifier or ""), "label": properties.pop("title", "")}
        row.update(properties)
        row["geometry"] = _odk_geometry(feature.get("geometry") or {})
        rows.append(row)
    return rows


def _odk_geometry(geometry: dict[str, Any]) -> str:
    """GeoJSON [lon, lat] coordinates → ODK's ``lat lon 0 0`` points separated by ``;``."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    points = {"Point": [coordinates], "LineString": coordinates}.get(
        str(kind), coordinates[0] if kind == "Polygon" and coordinates else []
    )
    return ";".join(f"{point[1]} {point[0]} 0 0" for point in points if len(point) >= 2)
