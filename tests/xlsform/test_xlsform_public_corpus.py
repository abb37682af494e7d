"""XLSForms written by others (corpus/public, see SOURCES.md): each pyxform-valid one imports
into a valid form that a random fill can complete; what pyxform refuses is refused."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
from pyxform.xls2xform import convert

from sp_collect.engine import load_form, validate_form
from sp_collect.engine.synthetic import synthesize
from sp_collect.engine.xlsform import XlsformImport, import_xlsform
from sp_collect.errors import FormDefinitionError

PUBLIC = Path(__file__).parent / "corpus" / "public"
FORMS = sorted(p for p in PUBLIC.iterdir() if p.suffix in (".xls", ".xlsx"))
REFUSED = sorted((PUBLIC / "refused").iterdir())
KNOWN_LOSSY = frozenset(
    {
        # Expressions ODK Collect would refuse to load: an unclosed if(, a sentence as a
        # calculation, a label:: axis, functions no ODK client has (wq:, concatx, cht:).
        "ona_error_test_form", "pyxform_bad_calc", "pyxform_xl_date_ambiguous",
        "wq_input_types", "odkoffline_validate_error", "cht_dates", "cht_with_extension_libs",
        # A default that is not one of the choices.
        "osmfw_waste_collection",
        # A choice list named like a question type.
        "pyxform_choice_name_as_type",
        # A group whose relevance reads a question it holds, shown (CHT's inputs group).
        "cht_large_cha",
    }
)  # fmt: skip


@cache
def _imported(path: Path) -> XlsformImport:
    return import_xlsform(path)


def test_the_corpus_is_large_and_documented() -> None:
    assert len(FORMS) >= 40
    sources = (PUBLIC / "SOURCES.md").read_text(encoding="utf-8")
    for path in [*FORMS, *REFUSED]:
        assert f"| {path.relative_to(PUBLIC)} |" in sources, path.name


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_a_pyxform_valid_form_imports_validates_and_fills(path: Path) -> None:
    convert(xlsform=path, validate=False)  # the corpus holds only what pyxform accepts here
    result = _imported(path)
    assert [p for p in validate_form(result.form) if p.severity == "error"] == []
    for seed in (14, 15, 16):
        session = synthesize(load_form(result.form), random.Random(seed))
        session.errors()  # evaluating every check must not raise either


def test_forms_that_lost_nothing_stay_lossless() -> None:
    lossy = {path.stem for path in FORMS if _imported(path).report.losses()}
    assert lossy <= KNOWN_LOSSY, f"newly lossy: {sorted(lossy - KNOWN_LOSSY)}"
    assert (len(FORMS) - len(KNOWN_LOSSY)) / len(FORMS) >= 5 / 6


def test_a_lossy_form_says_so_on_the_first_line() -> None:
    lines = _imported(PUBLIC / "pyxform_bad_calc.xlsx").report.lines()
    assert lines[0].startswith("WARNING: the form lost 1 question")


@pytest.mark.parametrize("path", REFUSED, ids=lambda p: p.stem)
def test_what_pyxform_refuses_is_refused_with_its_message(path: Path) -> None:
    with pytest.raises(Exception) as pyxform_error:
        convert(xlsform=path, validate=False)
    with pytest.raises(FormDefinitionError) as ours:
        import_xlsform(path)
    assert ours.value.code == "xlsform_invalid"
    message = " ".join(str(pyxform_error.value).split())
    first_words = re.sub(r"^\[row : \d+\]\s*", "", message)[:25].rstrip(".")
    assert first_words in " ".join(str(ours.value).split())
