"""XLSForm import: pyxform reads the spreadsheet, we map it to our JSON form and report the rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sp_collect.engine.loader import load_form
from sp_collect.engine.xlsform.mapping import map_survey
from sp_collect.engine.xlsform.reader import read_xlsform
from sp_collect.engine.xlsform.repair import repair
from sp_collect.engine.xlsform.report import Finding, ImportReport

__all__ = ["Finding", "ImportReport", "XlsformImport", "import_xlsform"]


@dataclass(frozen=True)
class XlsformImport:
    """A valid form (JSON-ready dict) and what of the XLSForm it could not carry over."""

    form: dict[str, Any]
    report: ImportReport
    pyxform_warnings: tuple[str, ...]
    media: dict[str, bytes] = field(default_factory=dict)
    """The form's choice files found beside it (file name → bytes), to install with it."""


def import_xlsform(path: str | Path, media: Iterable[str | Path] = ()) -> XlsformImport:
    """Read ``path`` and return our form; raises FormDefinitionError for a broken XLSForm.

    Choice files (``select_one_from_file``, ``search()``, ``pulldata()``) are looked for in
    ``media`` (folders or files) and in the XLSForm's own folder; the form names them either
    way, and those found fill its lists and are handed back to be installed with it.
    """
    xls = read_xlsform(path)
    form, ctx = map_survey(xls, tuple(Path(place) for place in media))
    form = repair(form, ctx, xls.path.name)
    load_form(form)  # the promise: what we hand back loads as it is
    return XlsformImport(form, ctx.report, xls.pyxform_warnings, ctx.media_files)
