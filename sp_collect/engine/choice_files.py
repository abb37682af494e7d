"""Choice lists whose choices come from a media file supplied with the form (ODK's form media).

A form names them in ``choice_files``: ``{"towns": {"file": "towns.csv"}}``. Whoever installs
the form with its files calls :func:`attach_choice_files`, which fills ``choice_lists["towns"]``
from the file's rows; :func:`detach_choice_files` takes those rows out again, so a form package
carries them once, in the signed file. A list whose file never came stays empty and its
questions say which file is missing (:func:`missing_file_notice`).

Files: CSV (a header row, UTF-8 with or without a byte-order mark), GeoJSON (features as ODK
reads them) and ODK's XML (``<root><item><name/><label/>…</item></root>``).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from collections.abc import Container, Iterable, Mapping
from typing import Any
from xml.etree import ElementTree

MEDIA_FILE_PATTERN = r"^[^/\\:*?\"<>|]+\.(csv|geojson|xml|CSV|GEOJSON|XML)$"
MEDIA_FILE = re.compile(MEDIA_FILE_PATTERN)
"""A choice file's name: a plain file name (no folder) ending in .csv, .geojson or .xml."""
RESERVED = frozenset({"value", "label", "image"})
"""Keys our choices use themselves; a file column of that name is kept as ``<name>_``."""
_LABEL = re.compile(r"^label(?:::(?P<language>.+))?$", re.IGNORECASE)
_CODE_IN_NAME = re.compile(r"\(([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")
_NOTICE = {
    "en": "The list of choices {file} is missing; ask your coordinator for the form's files.",
    "fr": "La liste de choix {file} manque ; demandez les fichiers du formulaire à votre "
    "coordinateur.",
    "nl": "De keuzelijst {file} ontbreekt; vraag uw coördinator om de bestanden van het formulier.",
    "es": "Falta la lista de opciones {file}; pida a su coordinador los archivos del formulario.",
}


class ChoiceFileError(ValueError):
    """A choice file that cannot be read as its kind of file."""


def missing_file_notice(file_name: str, language: str) -> str:
    """What a question whose choice file is missing says, in ``language`` (else English)."""
    text = _NOTICE.get(language) or _NOTICE.get(language.partition("-")[0]) or _NOTICE["en"]
    return text.format(file=file_name)


def file_lists(form: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The form's ``choice_files`` entries that are well formed, by list name."""
    entries = form.get("choice_files")
    if not isinstance(entries, dict):
        return {}
    return {
        name: entry
        for name, entry in entries.items()
        if isinstance(entry, dict) and isinstance(entry.get("file"), str)
    }


def attach_choice_files(
    form: Mapping[str, Any], files: Mapping[str, bytes]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """A copy of ``form`` whose file lists are filled from ``files`` (file name → bytes), and
    the names of the files it needed but did not get. Raises ChoiceFileError for a file that
    is there but cannot be read."""
    out = copy.deepcopy(dict(form))
    lists = dict(out.get("choice_lists") or {})
    missing: list[str] = []
    languages = [str(code) for code in out.get("languages") or ["en"]]
    default = str(out.get("default_language") or languages[0])
    for name, entry in file_lists(out).items():
        data = files.get(entry["file"])
        if data is None:
            if name not in lists:
                missing.append(entry["file"])
            continue
        rows = read_rows(entry["file"], data)
        lists[name] = rows_to_choices(
            rows,
            value=str(entry.get("value") or "name"),
            label=str(entry.get("label") or "label"),
            languages=_language_map(entry, languages),
            default=default,
        )
    if lists:
        out["choice_lists"] = lists
    return out, tuple(dict.fromkeys(missing))


def detach_choice_files(form: Mapping[str, Any], files: Container[str]) -> dict[str, Any]:
    """A copy of ``form`` without the choices that the files named in ``files`` supply (they
    travel as the files, in a form package)."""
    out = copy.deepcopy(dict(form))
    names = {name for name, entry in file_lists(out).items() if entry["file"] in files}
    lists = {k: v for k, v in (out.get("choice_lists") or {}).items() if k not in names}
    if lists:
        out["choice_lists"] = lists
    else:
        out.pop("choice_lists", None)
    return out


def read_rows(file_name: str, data: bytes) -> list[dict[str, str]]:
    """The rows of a choice file, each a column → text mapping."""
    suffix = file_name.rsplit(".", 1)[-1].lower()
    try:
        text = data.decode("utf-8-sig")
        if suffix == "geojson":
            return _geojson_rows(json.loads(text))
        if suffix == "xml":
            return _xml_rows(text)
        return [
            {k.strip(): v or "" for k, v in row.items() if k}
            for row in csv.DictReader(io.StringIO(text, newline=""))
        ]
    except (UnicodeDecodeError, ValueError, csv.Error, ElementTree.ParseError) as exc:
        raise ChoiceFileError(f"{file_name} cannot be read as a {suffix.upper()} file") from exc


def rows_to_choices(
    rows: Iterable[Mapping[str, Any]],
    *,
    value: str = "name",
    label: str = "label",
    languages: Mapping[str, str] | None = None,
    default: str = "en",
) -> list[dict[str, Any]]:
    """Choices from flat rows: the ``value`` column is the choice's value (rows without one,
    and repeats of a value, are skipped, as ODK shows a value once), ``label`` (or
    ``label::Language``) its label, and every other column is kept for filters and lookups.
    ``languages`` maps a ``label::Name`` column's language name to a language code."""
    choices: list[dict[str, Any]] = []
    seen: set[str] = set()
    rows = list(rows)
    if rows and value not in rows[0]:
        value = next(iter(rows[0]))  # a lookup file without a name column: its first one
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
                name = found.group("language") if found else None
                code = _code(name, languages or {}, default)
                if text and code not in translations:
                    translations[code] = text
            elif column not in ("name", "list_name") and text:
                extras[f"{column}_" if column in RESERVED else column] = text
        choices.append({"value": key, "label": _text(translations, default) or key, **extras})
    return choices


def _code(name: str | None, languages: Mapping[str, str], default: str) -> str:
    if name is None:
        return default
    if name in languages:
        return languages[name]
    found = _CODE_IN_NAME.search(name)
    code = found.group(1) if found else name
    return code if code in languages.values() else default


def _text(translations: dict[str, str], default: str) -> str | dict[str, str] | None:
    if not translations:
        return None
    if set(translations) == {default}:
        return translations[default]
    if default not in translations:  # shown in another language rather than not at all
        translations = {default: next(iter(translations.values())), **translations}
    return translations


def _language_map(entry: Mapping[str, Any], languages: list[str]) -> dict[str, str]:
    named = entry.get("languages")
    found = {str(k): str(v) for k, v in named.items()} if isinstance(named, dict) else {}
    return {**{code: code for code in languages}, **found}


def _geojson_rows(data: Any) -> list[dict[str, str]]:
    """Features as ODK reads them: ``name`` from the id, ``label`` from the title property,
    every other property, and ``geometry`` as ODK writes a point, trace or shape."""
    if not isinstance(data, dict):
        raise ValueError("not a GeoJSON object")
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


def _xml_rows(text: str) -> list[dict[str, str]]:
    """ODK's external XML itemsets: every ``item`` element under the root, its children as
    columns. Documents with a DTD are refused (no entity expansion)."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ValueError("a choice file may not declare a DTD")
    root = ElementTree.fromstring(text)
    return [{child.tag: (child.text or "").strip() for child in item} for item in root.iter("item")]
