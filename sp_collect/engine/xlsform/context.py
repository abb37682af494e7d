"""The state one XLSForm conversion carries: texts, rows, report, and what it learns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sp_collect.engine.choice_files import ChoiceFileError, read_rows
from sp_collect.engine.xlsform.choice_files import find_file
from sp_collect.engine.xlsform.expressions import pulldata_to_instance, to_ours
from sp_collect.engine.xlsform.names import Names
from sp_collect.engine.xlsform.names import Path as ElementPath
from sp_collect.engine.xlsform.report import ImportReport
from sp_collect.engine.xlsform.rows import Rows
from sp_collect.engine.xlsform.texts import Texts


@dataclass
class Context:
    """What converting one survey needs, and what it learns on the way."""

    texts: Texts
    rows: Rows
    report: ImportReport
    names: Names
    lists: dict[str, str] = field(default_factory=dict)
    """XLSForm list name → our choice-list id, where it had to change (``a:b`` → ``a_b``)."""
    file_lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Choice lists of the external_choices sheet, by our id."""
    choice_files: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Lists whose choices come from a file (the form's ``choice_files``), by our id."""
    media: tuple[Path, ...] = ()
    """Where choice files are looked for: the XLSForm's folder and files given with it."""
    media_files: dict[str, bytes] = field(default_factory=dict)
    """The choice files found there, by file name."""
    path: ElementPath = ()
    """The survey element being converted, for relative paths in its expressions."""
    or_other_lists: set[str] = field(default_factory=set)
    audit: bool = False
    origin: dict[str, int] = field(default_factory=dict)
    """Our item id → its survey row, to locate problems found after mapping."""

    def expression(self, text: str) -> str:
        """``text`` in our syntax, its paths resolved from the element being converted."""
        if "pulldata" in text:
            text = pulldata_to_instance(text, self.csv_list)
        return to_ours(text, self.names, self.path, self.lists)

    def csv_list(self, stem: str) -> str:
        """The file list of ``<stem>.csv`` (``pulldata()``, ``csv-external``)."""
        list_id = self.lists.get(stem, stem)
        if list_id not in self.choice_files:
            self.file_list(f"{stem}.csv", list_id)
            self.report.add(
                "survey", None, None, f"{stem}.csv", "converted", self.file_detail(list_id)
            )
        return list_id

    def file_detail(self, list_id: str) -> str:
        """What became of a list's choice file: filled now, or when it is installed."""
        file_name = self.choice_files[list_id]["file"]
        found = (
            "it was found beside the XLSForm and is installed with the form"
            if file_name in self.media_files
            else "it was not found beside the XLSForm: install the form with its files (or "
            "import again with the file beside it); until then its questions say it is missing"
        )
        return f"{file_name} became the choice list '{list_id}', read from the file; {found}"

    def file_list(
        self, file_name: str, list_id: str, value: str = "name", label: str = "label"
    ) -> str:
        """Register the list ``list_id`` whose choices come from ``file_name``, and keep the
        file's bytes when it is found in the media places and can be read."""
        if list_id in self.choice_files:
            return list_id
        # Form media are one flat folder: a file is named without its folders.
        stored = re.sub(r'[\\:*?"<>|]', "_", file_name.replace("\\", "/").rsplit("/", 1)[-1])
        entry: dict[str, Any] = {"file": stored}
        if value != "name":
            entry["value"] = value
        if label != "label":
            entry["label"] = label
        named = {k: v for k, v in self.texts.codes.items() if k not in (v, "default")}
        if named:
            entry["languages"] = named
        self.choice_files[list_id] = entry
        path = find_file(file_name, self.media) or find_file(stored, self.media)
        if path is not None and stored not in self.media_files:
            try:
                data = path.read_bytes()
                read_rows(stored, data)
            except (OSError, ChoiceFileError):
                return list_id  # asked for at install, like a file that was not found
            self.media_files[stored] = data
        return list_id
