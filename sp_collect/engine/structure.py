"""Turns pydantic's validation errors into Problems with JSON pointers and plain sentences."""

from __future__ import annotations

import difflib
from typing import Any

from pydantic import ValidationError

from sp_collect.engine.model import QUESTION_TYPES, Form
from sp_collect.engine.problems import Problem


def structure_problems(data: Any) -> tuple[Form | None, list[Problem]]:
    """Validate the shape of a form: the model when it is valid, and every structural problem."""
    if not isinstance(data, dict):
        return None, [Problem("not_an_object", "", "a form must be a JSON object")]
    try:
        return Form.model_validate(data), []
    except ValidationError as exc:
        problems: list[Problem] = []
        seen: set[str] = set()
        for error in exc.errors():
            pointer, value = _pointer(data, error["loc"], append_missing=error["type"] == "missing")
            problem = _problem(error, pointer, value)
            # A union (text = string or object) reports one error per member: keep one.
            if pointer not in seen:
                seen.add(pointer)
                problems.append(problem)
        return None, _deepest_text_problems(problems)


def _pointer(data: Any, loc: tuple[int | str, ...], *, append_missing: bool) -> tuple[str, Any]:
    """Follow ``loc`` through the input, skipping pydantic's union and tag labels."""
    parts: list[str] = []
    node = data
    missing: str | None = None
    for key in loc:
        if isinstance(node, dict) and isinstance(key, str) and key in node:
            node = node[key]
            parts.append(_escape(key))
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            node = node[key]
            parts.append(str(key))
        elif isinstance(node, dict) and isinstance(key, str):
            missing = key  # a tag label, or the property that is missing
    if append_missing and missing is not None and loc[-1] == missing:
        parts.append(_escape(missing))
        node = None
    return "".join(f"/{part}" for part in parts), node


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _problem(error: Any, pointer: str, value: Any) -> Problem:
    kind = error["type"]
    name = pointer.rsplit("/", 1)[-1]
    if kind == "union_tag_invalid":
        tag = str(error.get("ctx", {}).get("tag", value))
        close = difflib.get_close_matches(tag, QUESTION_TYPES, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return Problem("unknown_type", f"{pointer}/type", f"unknown question type '{tag}'{hint}")
    if kind == "union_tag_not_found":
        return Problem("missing_property", f"{pointer}/type", "missing property 'type'")
    if kind == "extra_forbidden":
        return Problem("unknown_property", pointer, f"unknown property '{name}'")
    if kind == "missing":
        return Problem("missing_property", pointer, f"missing property '{name}'")
    if kind == "string_pattern_mismatch" and name in {"id", "choices"} | {"default_language"}:
        return Problem(
            "invalid_id",
            pointer,
            f"'{value}' is not a valid name: use letters, digits, '_', '.' or '-', "
            "starting with a letter or '_'",
        )
    if pointer.endswith(("/label", "/hint", "/title", "_message")) or "/label/" in pointer:
        return Problem(
            "invalid_text", pointer, "a text must be a string or an object of language → string"
        )
    message = str(error["msg"])
    return Problem("invalid_value", pointer, f"{message[0].lower()}{message[1:]}")


def _deepest_text_problems(problems: list[Problem]) -> list[Problem]:
    """A bad text fails as a string and as an object: keep the more precise pointer."""
    texts = [p.pointer for p in problems if p.code == "invalid_text"]
    return [
        p
        for p in problems
        if p.code != "invalid_text" or not any(t.startswith(p.pointer + "/") for t in texts)
    ]
