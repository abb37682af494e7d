"""pyxform's survey dict → our form JSON: form-level settings, choice lists and the items."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sp_collect.engine.choice_files import attach_choice_files, rows_to_choices
from sp_collect.engine.xlsform.choice_files import list_ids
from sp_collect.engine.xlsform.context import Context
from sp_collect.engine.xlsform.expressions import bare_names, unsupported_calls
from sp_collect.engine.xlsform.items import convert_children
from sp_collect.engine.xlsform.loops import expand_loops
from sp_collect.engine.xlsform.names import Names
from sp_collect.engine.xlsform.reader import XlsForm
from sp_collect.engine.xlsform.report import ImportReport
from sp_collect.engine.xlsform.rows import SETTINGS_ROW, Rows
from sp_collect.engine.xlsform.texts import Texts

SETTINGS_USED = frozenset(
    {"form_id", "version", "form_title", "default_language", "instance_name",
     "allow_choice_duplicates"}
)  # fmt: skip
SHEETS_IGNORED = {
    "entities": "ODK entities are not created or updated; the questions are imported without them",
    "osm": "OpenStreetMap tags have no equivalent",
}
_CHOICE_KEYS = frozenset({"name", "label", "media"})


def map_survey(xls: XlsForm, media: tuple[Path, ...] = ()) -> tuple[dict[str, Any], Context]:
    """Our form (not yet checked) and the context that located every finding.

    ``media``: folders or files where CSV choice files are looked for besides the XLSForm's own
    folder.
    """
    survey = xls.survey
    report = ImportReport()
    texts = Texts(survey, report)
    rows = Rows(xls.sheets)
    children = expand_loops(list(survey.get("children") or []), rows)
    ctx = Context(texts, rows, report, Names(children))
    ctx.media = (*media, xls.path.parent)
    external = _external_rows(xls)
    ctx.lists = list_ids([*(survey.get("choices") or {}), *external, *_file_stems(children)])
    for list_name, rows in external.items():
        ctx.file_lists[ctx.lists.get(list_name, list_name)] = rows_to_choices(
            rows, languages=texts.codes, default=texts.default
        )
    items = convert_children(children, ctx)
    form_id = _identifier(str(survey.get("id_string") or xls.path.stem))
    version = str(survey.get("version") or "").strip()
    if not version:
        version = "1"
        report.add(
            "settings",
            None,
            "version",
            "version",
            "guessed",
            "no version is set; '1' is used: set one to tell form revisions apart",
        )
    form: dict[str, Any] = {
        "id": form_id,
        "version": version,
        "title": texts.text(survey.get("title")) or form_id,
        "languages": texts.languages,
        "default_language": texts.default,
        "settings": _settings(survey, ctx),
        "choice_lists": {**_choice_lists(survey.get("choices") or {}, ctx), **ctx.file_lists},
        "items": items,
    }
    if ctx.choice_files:
        # A file's rows replace the choices sheet's placeholder row of a search() list.
        for list_id in ctx.choice_files:
            form["choice_lists"].pop(list_id, None)
        form["choice_files"] = ctx.choice_files
        form, _missing = attach_choice_files(form, ctx.media_files)
    texts.report_fallbacks(report)
    for sheet, why in SHEETS_IGNORED.items():
        if getattr(xls.sheets, sheet, None):
            report.add(sheet, None, None, sheet, "ignored", why)
    for column in ctx.rows.settings:
        if column not in SETTINGS_USED:
            report.add(
                "settings",
                SETTINGS_ROW,
                column,
                column,
                "ignored",
                f"the setting '{column}' has no equivalent",
            )
    return form, ctx


def _settings(survey: dict[str, Any], ctx: Context) -> dict[str, Any]:
    settings: dict[str, Any] = {"audit": True} if ctx.audit else {}
    if str(survey.get("allow_choice_duplicates") or "").strip().lower() in ("yes", "true"):
        settings["allow_choice_duplicates"] = True  # pyxform refuses duplicates without it
    name = survey.get("instance_name")
    if name:
        reasons = unsupported_calls(str(name))
        if reasons:
            ctx.report.add(
                "settings",
                SETTINGS_ROW,
                "instance_name",
                "instance_name",
                "dropped",
                f"instance_name '{name}' was removed: {'; '.join(reasons)}",
                lost="expression",
            )
        else:
            ctx.path = ()
            text, empty = bare_names(str(name), ctx.names, ())
            for bare in empty:
                ctx.report.add(
                    "settings",
                    SETTINGS_ROW,
                    "instance_name",
                    bare,
                    "converted",
                    f"'{bare}' in instance_name names no question; it was read as ODK reads "
                    "it, an empty value '' (each response gets the usual name)",
                )
            settings["instance_name"] = ctx.expression(text)
    return settings


def _choice_lists(lists: dict[str, list[dict[str, Any]]], ctx: Context) -> dict[str, Any]:
    out: dict[str, list[dict[str, Any]]] = {}
    for list_name, choices in lists.items():
        entries: list[dict[str, Any]] = []
        for choice in choices:
            value = str(choice.get("name", ""))
            row = ctx.rows.choice(list_name, value)
            if row is None and value == "other" and list_name in ctx.or_other_lists:
                continue  # pyxform's or_other choice: our select adds its own, translated
            entry: dict[str, Any] = {
                "value": value,
                "label": ctx.texts.text(choice.get("label")) or value,
            }
            _choice_media(entry, choice.get("media"), list_name, row, ctx)
            for key, extra in choice.items():
                if key not in _CHOICE_KEYS and isinstance(extra, str | int | float | bool):
                    entry[key] = extra
            entries.append(entry)
        out[ctx.lists.get(list_name, list_name)] = entries
    return out


def _external_rows(xls: XlsForm) -> dict[str, list[dict[str, Any]]]:
    """The external_choices sheet's rows by list name."""
    lists: dict[str, list[dict[str, Any]]] = {}
    for raw in xls.sheets.external_choices or ():
        # pyxform also accepts the header "list name" (as on the choices sheet).
        row = {"list_name" if key == "list name" else key: value for key, value in raw.items()}
        name = str(row.get("list_name") or "").strip()
        if name:
            lists.setdefault(name, []).append(row)
    return lists


def _file_stems(children: list[dict[str, Any]]) -> list[str]:
    """The list names CSV choice files will get (``towns`` for ``towns.csv``)."""
    stems: list[str] = []
    for child in children:
        itemset = str(child.get("itemset") or "")
        if "." in itemset:
            stems.append(itemset.rsplit(".", 1)[0])
        stems += _file_stems(list(child.get("children") or []))
    return stems


def _choice_media(
    entry: dict[str, Any], media: Any, list_name: str, row: int | None, ctx: Context
) -> None:
    if not isinstance(media, dict):
        return
    for kind, files in media.items():
        first = next(iter(files.values()), None) if isinstance(files, dict) else files
        if kind == "image" and isinstance(first, str):
            entry["image"] = first
        else:
            ctx.report.add(
                "choices",
                row,
                f"media::{kind}",
                f"{list_name} {kind}",
                "ignored",
                f"choice {kind} files are not shown",
            )


def _identifier(text: str) -> str:
    """A form id our model accepts, from pyxform's id_string (usually one already)."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", text.strip())
    return cleaned if re.match(r"[A-Za-z_]", cleaned) else f"form_{cleaned}"
