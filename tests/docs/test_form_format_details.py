"""docs/form-format.md's details, checked against the engine: the properties its tables name are
the model's, every answer format of the question-type table is accepted as written (and its
stated limits refused), metadata and repeat paths work as described, every function example that
states its result gives it, and every date pattern code is understood.

(tests/engine/test_form_format_doc.py checks that every type and function is listed at all.)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.model import Form, Repeat, Settings, _Item, _Question

DOC = (Path(__file__).resolve().parents[2] / "docs" / "form-format.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    return DOC.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def _first_column(text: str) -> set[str]:
    names: set[str] = set()
    for row in re.findall(r"^\| (`[^|]+) \|", text, flags=re.M):
        names.update(re.findall(r"`([\w.]+)`", row))
    return names


def _session(*items: dict[str, Any], lists: dict[str, Any] | None = None) -> FormSession:
    form = {"id": "doc", "version": "1", "title": "Doc", "items": list(items)}
    if lists:
        form["choice_lists"] = lists
    return FormSession(load_form(form))


def _first_table(text: str) -> str:
    """The section's first table (a choice file's own table follows it)."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    return "\n".join(lines[start:end])


def test_the_form_table_names_the_models_properties() -> None:
    documented = _first_column(_first_table(_section("The form")))
    settings = {name.split(".", 1)[1] for name in documented if name.startswith("settings.")}
    top = {name for name in documented if "." not in name}
    assert settings == set(Settings.model_fields)
    assert top == {name for name in Form.model_fields if name not in ("schema_", "settings")}


def test_the_item_tables_name_the_models_properties() -> None:
    tables = _section("Properties every item has").split("Questions (every type", 1)
    assert _first_column(tables[0]) == set(_Item.model_fields) | {"type"}
    assert _first_column(tables[1]) == set(_Question.model_fields) - set(_Item.model_fields)
    row = next(line for line in DOC.splitlines() if line.startswith("| `repeat` |"))
    assert {"min", "max", "repeat_count", "items"} <= set(re.findall(r"`(\w+)`", row))
    assert {"min", "max", "repeat_count", "items"} <= set(Repeat.model_fields)


CHOICES = [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]
ANSWERS: list[tuple[dict[str, Any], Any, bool]] = [
    ({"type": "date"}, "2026-11-23", True),
    ({"type": "time"}, "16:40", True),
    ({"type": "time"}, "16:40:05", True),
    ({"type": "datetime"}, "2026-11-23T16:40:00+00:00", True),
    ({"type": "geopoint"}, "13.1 -59.6", True),
    ({"type": "geopoint"}, "13.1 -59.6 12.5 4", True),
    ({"type": "integer"}, 999_999_999_999_999, True),  # 15 digits
    ({"type": "integer"}, 1_000_000_000_000_000, False),  # 16: refused, as documented
    ({"type": "decimal"}, 999_999_999_999.5, True),
    ({"type": "decimal"}, 1e15, False),
    ({"type": "select_one", "choices": CHOICES}, "b", True),
    ({"type": "select_multiple", "choices": CHOICES}, ["a", "b"], True),
    ({"type": "rank", "choices": CHOICES}, ["b", "a"], True),
    ({"type": "matrix", "rows": CHOICES, "choices": CHOICES}, {"a": "b", "b": "a"}, True),
    ({"type": "text"}, "words", True),
]


@pytest.mark.parametrize(("item", "value", "accepted"), ANSWERS)
def test_each_documented_answer_format(item: dict[str, Any], value: Any, accepted: bool) -> None:
    row = next(line for line in DOC.splitlines() if line.startswith(f"| `{item['type']}` |"))
    if isinstance(value, str) and item["type"] in ("date", "time", "datetime", "geopoint"):
        shapes = re.findall(r'`"([^"`]+)"`', row)
        assert any(_shape(value) == _shape(shape) for shape in shapes), (value, row)
    session = _session({**item, "id": "q", "label": "Q"})
    result = session.answer("q", value)
    assert (result.status == "ok") == accepted, (value, result)
    if accepted:
        assert session.value("q") == value


def _shape(text: str) -> str:
    """A documented pattern or example reduced to its shape: digits and letters become 9."""
    text = re.sub(r"YYYY|MM|DD|HH|SS|\d", "9", text)
    text = re.sub(r"9+", "9", text)
    return re.sub(r"lat|lon|altitude|accuracy|-9(\.9)?|9\.9", "9", text)


def test_metadata_is_written_like_a_question_and_filled_by_the_session() -> None:
    example = re.search(r"`(\{\"type\": \"start\", \"id\": \"started\"\})`", DOC)
    assert example is not None
    session = _session({"type": "start", "id": "started"}, {"type": "text", "id": "t"})
    session.answer("t", "x")
    assert re.match(r"\d{4}-\d{2}-\d{2}T", str(session.value("started")))


def test_repeat_paths_are_zero_based_and_value_counts_entries() -> None:
    assert "`member[0].name` (0-based entries)" in DOC
    session = _session(
        {"type": "repeat", "id": "member", "items": [{"type": "text", "id": "name"}]},
        {"type": "calculate", "id": "n", "calculation": "count(${member})"},
    )
    session.add_repeat("member")
    session.add_repeat("member")
    assert session.answer("member[1].name", "Ana").status == "ok"
    assert session.value("member[1].name") == "Ana" and session.value("member[0].name") is None
    assert session.value("member") == 2
    assert str(session.value("n")) in ("2", "2.0")


def _evaluate(expression: str) -> str:
    session = _session(
        {"type": "calculate", "id": "r", "calculation": expression},
        lists={"countries": [{"value": "tt", "label": "Trinidad", "region": "car"}]},
    )
    return str(session.value("r"))


EXAMPLES = re.findall(
    r"^\| `[^|]+` \| [^|]+ \| `([^`]+)` is \"([^\"]*)\" \|$", _section("Functions"), flags=re.M
)


def test_the_function_table_states_results() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize(("expression", "result"), EXAMPLES)
def test_a_function_example_gives_its_stated_result(expression: str, result: str) -> None:
    assert _evaluate(expression) == result


@pytest.mark.parametrize("code", re.findall(r"%\w", "%Y %y %m %n %b %d %e %a %H %h %M %S %3"))
def test_every_documented_date_pattern_code_is_understood(code: str) -> None:
    assert f"{code}" in _section("Functions")
    written = _evaluate(f"format-date-time('2026-03-04T05:06:07.089+00:00', '{code}')")
    assert written and written != code, code
