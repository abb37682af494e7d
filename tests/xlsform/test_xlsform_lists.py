"""Choice lists as ODK reads them: search() filters, and duplicate values where allowed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from make_corpus import write

from sp_collect.engine import FormSession, load_form
from sp_collect.engine.xlsform import import_xlsform
from sp_collect.errors import FormDefinitionError

FRUITS = (
    "name,label,colour,taste\napple,Apple,red,sweet\nlemon,Lemon,yellow,sour\n"
    "lime,Lime,green,sour\nmango,Mango,yellow,sweet\n"
)


def _session(tmp_path: Path, survey: list[list[Any]], choices: list[list[Any]]) -> FormSession:
    (tmp_path / "fruits.csv").write_text(FRUITS, encoding="utf-8")
    path = write(tmp_path / "form.xlsx", {"survey": survey, "choices": choices})
    result = import_xlsform(path)
    assert not result.report.losses()
    return FormSession(load_form(result.form))


def _choices(session: FormSession, question: str) -> list[str]:
    return [c.value for p in session.prompts() if p.id == question for c in p.choices]


@pytest.mark.parametrize(
    ("mode", "typed", "expected"),
    [
        ("contains", "m", ["lemon", "lime", "mango"]),
        ("startswith", "ye", ["lemon", "mango"]),
        ("endswith", "en", ["lime"]),
        ("matches", "red", ["apple"]),
    ],
)
def test_a_search_filter_becomes_a_choice_filter(
    tmp_path: Path, mode: str, typed: str, expected: list[str]
) -> None:
    column = "name" if mode == "contains" else "colour"
    session = _session(
        tmp_path,
        [
            ["type", "name", "label", "appearance"],
            ["text", "typed", "Type"],
            [
                "select_one fruit",
                "fruit",
                "Fruit",
                f"search('fruits', '{mode}', '{column}', ${{typed}})",
            ],
        ],
        [["list_name", "name", "label"], ["fruit", "name", "label"]],
    )
    session.answer("typed", typed)
    assert _choices(session, "fruit") == expected


def test_matches_takes_two_columns_and_joins_a_written_choice_filter(tmp_path: Path) -> None:
    session = _session(
        tmp_path,
        [
            ["type", "name", "label", "appearance", "choice_filter"],
            ["text", "colour", "Colour"],
            ["text", "taste", "Taste"],
            [
                "select_one fruit",
                "fruit",
                "Fruit",
                "search('fruits', 'matches', 'colour', ${colour}, 'taste', ${taste})",
                "name != 'lemon'",
            ],
        ],
        [["list_name", "name", "label"], ["fruit", "name", "label"]],
    )
    session.answer("colour", "yellow")
    session.answer("taste", "sweet")
    assert _choices(session, "fruit") == ["mango"]
    session.answer("taste", "sour")
    assert _choices(session, "fruit") == []  # lemon matches the search, not the written filter


def test_search_without_a_filter_offers_every_row_of_the_file(tmp_path: Path) -> None:
    session = _session(
        tmp_path,
        [
            ["type", "name", "label", "appearance"],
            ["select_one f", "fruit", "F", "search('fruits')"],
        ],
        [["list_name", "name", "label"], ["f", "name", "label"]],
    )
    assert _choices(session, "fruit") == ["apple", "lemon", "lime", "mango"]


SURVEY = [
    ["type", "name", "label", "choice_filter"],
    ["select_one state", "state", "State"],
    ["select_multiple county", "county", "County", "state = ${state}"],
]
CHOICES = [
    ["list_name", "name", "label", "state"],
    ["state", "wa", "Washington"],
    ["state", "tx", "Texas"],
    ["county", "king", "King", "wa"],
    ["county", "king", "King", "tx"],
    ["county", "pierce", "Pierce", "wa"],
]


def test_duplicate_values_are_kept_where_the_form_allows_them(tmp_path: Path) -> None:
    path = write(
        tmp_path / "form.xlsx",
        {
            "survey": SURVEY,
            "choices": CHOICES,
            "settings": [["allow_choice_duplicates"], ["yes"]],
        },
    )
    result = import_xlsform(path)
    assert not result.report.losses()
    assert [c["value"] for c in result.form["choice_lists"]["county"]] == ["king", "king", "pierce"]
    session = FormSession(load_form(result.form))
    session.answer("state", "tx")
    assert _choices(session, "county") == ["king"]
    assert session.answer("county", ["king"]).ok
    assert session.value("county") == ["king"]


def test_duplicate_values_are_refused_as_pyxform_refuses_them(tmp_path: Path) -> None:
    path = write(tmp_path / "form.xlsx", {"survey": SURVEY, "choices": CHOICES})
    with pytest.raises(FormDefinitionError) as caught:
        import_xlsform(path)
    assert "Choice names must be unique" in str(caught.value)
    assert "allow_choice_duplicates" in str(caught.value)
