"""Meaning checks of a form: ids, choice lists, repeats, languages and translations."""

from __future__ import annotations

from typing import Any

from sp_collect.engine.expr.values import to_number
from sp_collect.engine.numbers import too_large
from sp_collect.engine.problems import Problem
from sp_collect.engine.rawform import (
    SELECT_TYPES,
    TEXT_PROPERTIES,
    RawItem,
    raw_choice_lists,
    walk_items,
)


def meaning_problems(form: dict[str, Any], *, strict: bool = False) -> list[Problem]:
    """Every problem of meaning the raw form shows, except those in its expressions."""
    items = list(walk_items(form))
    lists = raw_choice_lists(form)
    problems = _id_problems(items)
    settings = form.get("settings") if isinstance(form.get("settings"), dict) else {}
    duplicates = settings.get("allow_choice_duplicates") is True
    problems += [] if duplicates else _choice_list_problems(lists)
    for item in items:
        problems += _item_choice_problems(item, lists, duplicates=duplicates)
        problems += _repeat_problems(item)
    problems += _language_problems(form, items, lists, strict=strict)
    problems += _last_saved_problems(items)
    return problems


def _last_saved_problems(items: list[RawItem]) -> list[Problem]:
    """``last_saved`` names a question outside every repeat (a saved response has one)."""
    top = {
        item.id
        for item in items
        if item.id and not item.scope and item.type not in ("section", "repeat")
    }
    return [
        Problem(
            "unknown_reference",
            f"{item.pointer}/last_saved",
            f"last_saved names '{item.data['last_saved']}', which is not a question outside "
            "the repeats",
        )
        for item in items
        if isinstance(item.data.get("last_saved"), str) and item.data["last_saved"] not in top
    ]


def _id_problems(items: list[RawItem]) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for item in items:
        names = [item.id] if item.id else []
        if item.data.get("or_other") is True and item.id:
            names.append(f"{item.id}_other")
        for name in names:
            if name in seen:
                problems.append(
                    Problem(
                        "duplicate_id",
                        f"{item.pointer}/id",
                        f"the id '{name}' is already used at {seen[name]}: ids must be unique "
                        "across the whole form",
                    )
                )
            else:
                seen[name] = item.pointer
    return problems


def _duplicate_values(choices: Any, pointer: str, what: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, choice in enumerate(choices if isinstance(choices, list) else []):
        value = choice.get("value") if isinstance(choice, dict) else None
        if not isinstance(value, str):
            continue
        if value in seen:
            problems.append(
                Problem(
                    "duplicate_choice_value",
                    f"{pointer}/{index}/value",
                    f"the {what} value '{value}' appears twice in the same list",
                )
            )
        seen.add(value)
    return problems


def _large_values(choices: Any, pointer: str, owner: str) -> list[Problem]:
    """Choice values that expressions would read as numbers beyond 15 digits (``${s} > 5``)."""
    return [
        Problem(
            "number_too_large",
            f"{pointer}/{index}/value",
            f"a choice value of {owner} is a number of more than 15 digits; "
            "give it at most 15 digits or a letter",
        )
        for index, choice in enumerate(choices if isinstance(choices, list) else [])
        if isinstance(choice, dict)
        and isinstance(choice.get("value"), str)
        and too_large(to_number(choice["value"]))
    ]


def _choice_list_problems(lists: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for name, choices in lists.items():
        problems += _duplicate_values(choices, f"/choice_lists/{name}", "choice")
        problems += _large_values(choices, f"/choice_lists/{name}", f"the choice list '{name}'")
    return problems


def _item_choice_problems(
    item: RawItem, lists: dict[str, Any], *, duplicates: bool
) -> list[Problem]:
    problems: list[Problem] = []
    choices = item.data.get("choices")
    if isinstance(choices, str):
        if choices not in lists:
            problems.append(
                Problem(
                    "unknown_choice_list",
                    f"{item.pointer}/choices",
                    f"there is no choice list named '{choices}' in choice_lists",
                )
            )
        resolved = lists.get(choices)
    else:
        resolved = choices
        if not duplicates:
            problems += _duplicate_values(choices, f"{item.pointer}/choices", "choice")
        problems += _large_values(choices, f"{item.pointer}/choices", f"'{item.id}'")
    if item.type == "matrix":
        rows = item.data.get("rows")
        if isinstance(rows, list) and not rows:
            problems.append(
                Problem("matrix_without_rows", f"{item.pointer}/rows", "a matrix needs rows")
            )
        problems += _duplicate_values(rows, f"{item.pointer}/rows", "row")
    if item.type in SELECT_TYPES and item.data.get("or_other") is True:
        values = {c.get("value") for c in resolved or [] if isinstance(c, dict)}
        if "other" in values:
            problems.append(
                Problem(
                    "redundant_or_other",
                    f"{item.pointer}/or_other",
                    "the list already has an 'other' choice; or_other adds a second one",
                    "warning",
                )
            )
    return problems


def _repeat_problems(item: RawItem) -> list[Problem]:
    if item.type != "repeat":
        return []
    low, high = item.data.get("min"), item.data.get("max")
    problems: list[Problem] = []
    if isinstance(low, int) and isinstance(high, int) and low > high:
        problems.append(
            Problem(
                "repeat_min_max",
                f"{item.pointer}/min",
                f"min ({low}) is greater than max ({high})",
            )
        )
    if item.data.get("repeat_count") is not None and (low is not None or high is not None):
        problems.append(
            Problem(
                "repeat_count_conflict",
                f"{item.pointer}/repeat_count",
                "repeat_count decides the number of instances: remove min and max, or "
                "remove repeat_count",
            )
        )
    return problems


def _language_problems(
    form: dict[str, Any], items: list[RawItem], lists: dict[str, Any], *, strict: bool
) -> list[Problem]:
    languages = form.get("languages", ["en"])
    default = form.get("default_language", "en")
    if not isinstance(languages, list) or not isinstance(default, str):
        return []  # a structural problem, reported as such
    languages = [code for code in languages if isinstance(code, str)]
    problems: list[Problem] = []
    if default not in languages:
        problems.append(
            Problem(
                "unknown_default_language",
                "/default_language",
                f"default_language '{default}' is not one of languages {languages}",
            )
        )
    texts: list[tuple[str, Any]] = [("/title", form.get("title"))]
    for item in items:
        texts += [(f"{item.pointer}/{name}", item.data.get(name)) for name in TEXT_PROPERTIES]
        for key in ("choices", "rows"):
            if isinstance(item.data.get(key), list):
                texts += _choice_texts(item.data[key], f"{item.pointer}/{key}")
    for name, choices in lists.items():
        texts += _choice_texts(choices, f"/choice_lists/{name}")
    for pointer, text in texts:
        problems += _text_problems(pointer, text, languages, default, strict=strict)
    return problems


def _choice_texts(choices: Any, pointer: str) -> list[tuple[str, Any]]:
    return [
        (f"{pointer}/{index}/label", choice.get("label"))
        for index, choice in enumerate(choices if isinstance(choices, list) else [])
        if isinstance(choice, dict)
    ]


def _text_problems(
    pointer: str, text: Any, languages: list[str], default: str, *, strict: bool
) -> list[Problem]:
    if isinstance(text, str):
        present = {default}
    elif isinstance(text, dict):
        present = set(text)
        if default not in text:
            return [
                Problem(
                    "missing_default_language",
                    pointer,
                    f"the text has no '{default}' version (the default language)",
                )
            ]
    else:
        return []
    problems: list[Problem] = []
    unknown = sorted(present - set(languages) - {default})
    if unknown:
        problems.append(
            Problem(
                "unknown_language",
                pointer,
                f"translation for {', '.join(unknown)}, which is not in languages",
                "warning",
            )
        )
    missing = [code for code in languages if code not in present]
    if missing:
        problems.append(
            Problem(
                "missing_translation",
                pointer,
                f"missing translation: {', '.join(missing)} (the {default} text is shown)",
                "error" if strict else "warning",
            )
        )
    return problems
