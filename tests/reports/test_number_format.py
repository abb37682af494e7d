"""Counts and figures in the reports are written as each language writes numbers (issue #11), and
the country-profiles chapter does not leave a page holding only its heading and intro."""

from __future__ import annotations

import dataclasses

import pytest
from test_regional_deliverable import data  # noqa: F401  (the module fixture the tests reuse)

from sp_collect.analysis.descriptive import half_up, numbers
from sp_collect.reports.document import Heading, PageBreak, Para
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.numbers import number
from sp_collect.reports.regional_report import regional_document
from sp_collect.reports.texts import t

NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("language", "count", "decimal", "large"),
    [
        ("en", "1,832", "3.5", "1,234,567.9"),
        ("fr", f"1{NNBSP}832", "3,5", f"1{NNBSP}234{NNBSP}567,9"),
        ("nl", "1.832", "3,5", "1.234.567,9"),
        ("es", "1.832", "3,5", "1.234.567,9"),
    ],
)
def test_numbers_are_grouped_with_the_languages_marks(language, count, decimal, large):
    assert number(1832, language) == count
    assert number(3.5, language, 1) == decimal
    assert number(1234567.85, language, 1) == large
    assert number(999, language) == "999"
    assert number(-1000, language) == "-" + count.replace("832", "000")


def test_rounding_is_half_up_and_no_value_is_a_dash():
    assert number(72.5, "en") == "73" and number(0.125, "fr", 2) == "0,13"
    assert number(1999.95, "nl", 1) == "2.000,0"
    assert number(None, "es") == "–"
    assert number(12, "en", 1) == "12"  # a count keeps no decimals


def test_counts_in_texts_are_grouped_but_years_and_versions_are_not():
    assert t("n_institutions", "fr", n=1832) == f"1{NNBSP}832 institutions"
    assert t("n_institutions", "en", n=1) == "1 institution"
    assert t("key_figures_year", "en", year=2024) == "Key figures (reference year 2024)"


def _with_many_abroad(data):  # noqa: F811
    """The study with 1,000 more benefits paid abroad by one institution."""
    code = sorted(data.answers)[0]
    answers = {**data.answers[code], "s4_06": int(data.answers[code].get("s4_06") or 0) + 1000}
    return dataclasses.replace(data, answers={**data.answers, code: answers})


@pytest.mark.parametrize(("language", "separator"), [("en", ","), ("fr", NNBSP)])
def test_the_regional_report_prints_a_grouped_count(data, language, separator):  # noqa: F811
    changed = _with_many_abroad(data)
    total = int(half_up(numbers(changed.answers.values(), "s4_06").total))
    assert total >= 1000
    grouped = f"{total:,}".replace(",", separator)
    doc = regional_document(changed, ReportMeta("Study coordinator", "2026-12-01", language))
    text = " ".join(b.text for b in doc.blocks if isinstance(b, Para))
    opening = t("port_abroad", language, n=total, institutions="").split("(")[0]
    assert opening.startswith(grouped) and opening in text
    assert f"{total} " not in text  # never the ungrouped count


def test_the_first_country_profile_shares_the_chapters_page(data):  # noqa: F811
    doc = regional_document(data, ReportMeta("Study coordinator", "2026-12-01"))
    blocks = list(doc.blocks)
    chapter = next(
        i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == t("ch5", "en")
    )
    intro = blocks[chapter + 1]
    assert isinstance(intro, Para) and intro.text == t("profiles_intro", "en")
    assert not isinstance(blocks[chapter + 2], PageBreak)
    assert isinstance(blocks[chapter + 2], Heading)  # the first profile follows directly
    profiles = blocks[
        chapter + 2 : next(
            i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == t("ch6", "en")
        )
    ]
    later = [i for i, b in enumerate(profiles) if isinstance(b, Heading) and b.level == 2][1:]
    assert later and all(isinstance(profiles[i - 1], PageBreak) for i in later)
