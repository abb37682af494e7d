"""``make_form({...})``: write a form inline in a test, with id, version and title filled in."""

from __future__ import annotations

import copy
from typing import Any

from sp_collect.engine import CompiledForm, load_form


def form_data(spec: dict[str, Any] | None = None, /, **fields: Any) -> dict[str, Any]:
    """The form JSON: ``spec`` (and keyword fields) over defaults for id, version, title, items."""
    data: dict[str, Any] = {"id": "test_form", "version": "1", "title": "Test form", "items": []}
    data.update(copy.deepcopy(spec or {}))
    data.update(copy.deepcopy(fields))
    return data


def make_form(spec: dict[str, Any] | None = None, /, **fields: Any) -> CompiledForm:
    """A loaded, compiled form; raises FormDefinitionError if the form is not valid."""
    return load_form(form_data(spec, **fields))
