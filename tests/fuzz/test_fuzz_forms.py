"""Form JSON under fire: the study's real forms, mutated, always give a FormDefinitionError (or
load), never another exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fuzz_kit import judge, mutations

from sp_collect.engine.loader import load_form
from sp_collect.errors import SpCollectError

FORMS = sorted((Path(__file__).parents[2] / "forms").glob("*.json"))
PER_FORM = 60


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_mechanical_mutations_of_the_real_forms(path, tmp_path):
    text = path.read_bytes()
    case_file = tmp_path / "form.json"
    refused = 0
    for _case, mutated in mutations(text, PER_FORM, seed=len(text)):
        case_file.write_bytes(mutated)
        refused += isinstance(judge(lambda: load_form(case_file)), SpCollectError)
    assert refused >= PER_FORM // 2


CRAFTED = [
    {
        "id": "x",
        "version": "1",
        "title": "T",
        "items": [{"type": "integer", "id": "n", "default": 10**40}],
    },
    {"id": "x", "version": "1", "title": "T", "items": [{"type": "text", "id": "../../etc"}]},
    {"id": "x", "version": 10**30, "title": "T", "items": []},
    {"id": "x", "version": "1", "title": "T", "items": [{"type": "text", "id": "a"}] * 2},
    {
        "id": "x",
        "version": "1",
        "title": "T",
        "items": [{"type": "repeat", "id": "r", "items": "no"}],
    },
    {
        "id": "x",
        "version": "1",
        "title": "T",
        "items": [{"type": "select_one", "id": "s", "choices": 5}],
    },
    {
        "id": "x",
        "version": "1",
        "title": "T",
        "items": [{"type": "text", "id": "t", "relevant": "(" * 5000}],
    },
    {
        "id": "x",
        "version": "1",
        "title": "T",
        "items": [{"type": "text", "id": "t", "constraint": ". > " + "9" * 400}],
    },
    {"id": "x", "version": "1", "title": "T", "items": None},
    [],
]


# Huge numbers in a default or a constraint are a legal form: they load (or are refused) cleanly.
MAY_LOAD = {0, 7}


@pytest.mark.parametrize("index", range(len(CRAFTED)))
def test_crafted_forms(index):
    result = judge(lambda: load_form(json.dumps(CRAFTED[index])))
    assert index in MAY_LOAD or isinstance(result, SpCollectError)


def test_a_form_nested_thousands_deep_is_one_clear_error():
    sections = "".join(f'{{"type":"section","id":"g{i}","items":[' for i in range(5000))
    text = '{"id":"deep","version":"1","title":"Deep","items":[' + sections + "]}" * 5000 + "]}"
    result = judge(lambda: load_form(text))
    assert isinstance(result, SpCollectError) and result.code == "too_deep"
