"""docs/form-format.md documents every question type of the model and every function of the
engine's function table, so the reference cannot drift from the code."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.expr import FUNCTIONS
from sp_collect.engine.model import QUESTION_TYPES

DOC = Path(__file__).resolve().parents[2] / "docs" / "form-format.md"


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_every_question_type_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [kind for kind in QUESTION_TYPES if f"`{kind}`" not in text]
    assert missing == []


def test_every_function_is_documented_with_an_example() -> None:
    rows = [line for line in _section("Functions").splitlines() if line.startswith("| `")]
    documented = {name for row in rows for name in re.findall(r"`([\w:-]+)\(", row.split("|")[1])}
    assert sorted(set(FUNCTIONS) - documented) == []
    assert sorted(documented - set(FUNCTIONS)) == []
    assert all(row.rstrip().endswith("|") and row.count("|") >= 4 for row in rows)


def test_the_example_form_loads_and_runs() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])
    session = FormSession(load_form(example))
    session.answer("size", 2)
    session.answer("member[1].name", "Ama")
    assert [p.label for p in session.prompts() if p.id == "age"] == ["Age of ", "Age of Ama"]
