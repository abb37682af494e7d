"""``load_form``: a form from a file, JSON text or a dict, validated and compiled."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sp_collect.engine.compiled import CompiledForm
from sp_collect.engine.validate import check_form
from sp_collect.errors import FormDefinitionError, Location


def load_form(source: str | Path | dict[str, Any], *, strict: bool = False) -> CompiledForm:
    """Load a form; raise FormDefinitionError with ``.problems`` listing every error found.

    ``source`` is a path, JSON text (a string starting with ``{``) or an already parsed dict.
    Warnings do not stop loading (errors with ``strict``).
    """
    name, data = read_form_json(source)
    form, problems = check_form(data, strict=strict)
    errors = tuple(p.located(name) if name else p for p in problems if p.severity == "error")
    if errors or form is None:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise FormDefinitionError(
            f"{first.message}{more}",
            code=first.code,
            where=Location(file=name, pointer=first.pointer),
            problems=errors,
        )
    return form


def read_form_json(source: str | Path | dict[str, Any]) -> tuple[str | None, Any]:
    """The form's file name (None for text or a dict) and its parsed JSON."""
    if isinstance(source, dict):
        return None, source
    if isinstance(source, str) and source.lstrip().startswith("{"):
        return None, _parse(source, None)
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormDefinitionError(
            "the form file does not exist; check the path",
            code="file_not_found",
            where=Location(file=str(path)),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FormDefinitionError(
            f"the form file cannot be read as UTF-8 text ({exc.__class__.__name__})",
            code="file_unreadable",
            where=Location(file=str(path)),
        ) from None
    return str(path), _parse(text, str(path))


def _parse(text: str, name: str | None) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise FormDefinitionError(
            "the form is nested more deeply than sp_collect reads (thousands of levels); "
            "flatten its sections",
            code="too_deep",
            where=Location(file=name),
        ) from None
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(
            f"the file is not valid JSON: {exc.msg.lower()} at line {exc.lineno}, "
            f"column {exc.colno}",
            code="json_syntax",
            where=Location(file=name, line=exc.lineno, column=exc.colno),
        ) from None
