"""Interview quotes in reports: consent first, anonymity kept, coded by dimension."""

from __future__ import annotations

import pytest
from report_study_data import FORM_B, fixture

from sp_collect.engine import load_form
from sp_collect.engine.model import Form
from sp_collect.reports.inputs import Interview
from sp_collect.reports.observations import observations
from sp_collect.resources import forms_dir


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form(forms_dir() / f"{FORM_B}.json").model


def interview(form: Form, **changes: object) -> Interview:
    return Interview({**fixture("kii_complete.json"), **changes}, form)


def test_the_fixture_quotes_are_coded_by_their_dimension_tags(form):
    found = observations([interview(form)], "en")
    # bm1_01 (A) and bm4_01 (A) carry quotes; both are tagged "A", salience 2 and 3.
    assert [quote.dimension for quote in found.quotes] == ["A", "A"]
    assert found.quotes[0].text.startswith("We wait longer")  # salience 3 first
    assert found.coded == 2
    assert all(quote.needs_review for quote in found.quotes)  # b1_04 = after_review
    assert found.quotes[0].attribution == "National Insurance Corporation (NIC) (LCA)"
    assert found.quotes[0].question.startswith("Walk me through")


def test_quotes_are_left_out_without_consent_to_quote_or_to_the_interview(form):
    refused = interview(form, b1_04="no")
    declined = interview(form, b1_01="no")
    found = observations([refused, declined, interview(form)], "en")
    assert (found.interviews, found.consented, len(found.quotes)) == (3, 2, 2)


def test_an_anonymous_respondent_is_not_attributed(form):
    found = observations([interview(form, b1_03="anonymous", b1_04="yes")], "fr")
    assert all(quote.attribution is None for quote in found.quotes)
    assert not any(quote.needs_review for quote in found.quotes)


def test_an_untagged_quote_is_not_coded(form):
    found = observations([interview(form, bm1_01_dim=None)], "en")
    assert [quote.dimension for quote in found.quotes] == ["A", None]
    assert found.by_dimension(None)[0].text == "Every foreign period is a paper chase."
