"""Read an XLSForm with pyxform: its survey structure and the raw sheets (for row numbers)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyxform.builder import create_survey_element_from_dict
from pyxform.errors import PyXFormError
from pyxform.xls2json import workbook_to_json
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from sp_collect.errors import FormDefinitionError, Location

_ROW_IN_MESSAGE = re.compile(r"\[row\s*:\s*(\d+)\]")


@dataclass(frozen=True)
class XlsForm:
    """pyxform's survey dict and the sheets it was parsed from."""

    path: Path
    survey: dict[str, Any]
    """``parse_file_to_json``'s result: nested ``children`` with ``bind``/``control``."""
    sheets: DefinitionData
    """The raw rows, untouched by parsing; ``survey[i]`` is spreadsheet row ``i + 2``."""
    pyxform_warnings: tuple[str, ...]


def read_xlsform(path: str | Path) -> XlsForm:
    """Parse ``path`` (.xlsx, .xls, .csv or .md, as pyxform reads them).

    Raises FormDefinitionError naming the file (and the row, when pyxform gives one).
    """
    path = Path(path)
    if not path.is_file():
        raise FormDefinitionError(
            f"the XLSForm file {path.name} does not exist; check the path",
            code="file_not_found",
            where=Location(file=str(path)),
        )
    warnings: list[str] = []
    try:
        sheets = get_xlsform(xlsform=path)
        # workbook_to_json edits the rows it is given; keep the raw ones for row lookups.
        survey = workbook_to_json(
            workbook_dict=copy.deepcopy(sheets),
            fallback_form_name=sheets.fallback_form_name,
            warnings=warnings,
        )
        # What ODK tools refuse, we refuse: build the XForm too (references, names, itemsets).
        create_survey_element_from_dict(copy.deepcopy(survey)).to_xml(
            validate=False, warnings=warnings
        )
    except PyXFormError as exc:
        raise _definition_error(path, str(exc)) from None
    except (ValueError, KeyError, IndexError, TypeError, OSError) as exc:
        # pyxform lets some malformed workbooks through to plain Python errors.
        raise _definition_error(path, f"{exc.__class__.__name__}: {exc}") from None
    if not sheets.survey:
        raise FormDefinitionError(
            f"{path.name} is not an XLSForm: it has no 'survey' sheet with rows",
            code="xlsform_invalid",
            where=Location(file=str(path)),
        )
    return XlsForm(path, survey, sheets, tuple(warnings))


def _definition_error(path: Path, detail: str) -> FormDefinitionError:
    detail = " ".join(detail.split()).rstrip(".")
    row = _ROW_IN_MESSAGE.search(detail)
    return FormDefinitionError(
        f"{path.name} is not a valid XLSForm ({detail}); fix it in the spreadsheet and import "
        "again",
        code="xlsform_invalid",
        where=Location(file=str(path), line=int(row.group(1)) if row else None),
    )
