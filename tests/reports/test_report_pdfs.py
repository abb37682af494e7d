"""The four PDF reports, read back as text: numbers match the scoring results, structure holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_study_data import FORM_A, fixture

from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.engine.model import text_in
from sp_collect.errors import Cancelled, NotFound, ReportError, UsageError
from sp_collect.progress import CancelToken
from sp_collect.reports.numbers import number
from sp_collect.reports.texts import t


def read_pdf(path: Path) -> tuple[list[str], str]:
    """Each page's text and the whole text, zero-width breaks dropped, whitespace collapsed."""
    pages = [
        re.sub(r"\s+", " ", (page.extract_text() or "").replace("\u200b", ""))
        for page in PdfReader(str(path)).pages
    ]
    return pages, " ".join(pages)


def section(text: str, start: str, end: str) -> str:
    """The body of a section: from the last mention of its heading (the first is the TOC)."""
    body = text[text.rindex(start) :]
    return body[: body.index(end)] if end in body else body


def test_readiness_profile_in_french_shows_indices_gates_and_recommendations(study, tmp_path):
    code = study.corrected_institution
    out = tmp_path / "readiness.pdf"
    with study.open() as workspace:
        workspace.reports.write("readiness", out, institution=code, language="fr")
        pair = workspace.scoring.scores()[study.corrected_key]
        config = workspace.scoring.config()
    _pages, text = read_pdf(out)
    score = pair.validated
    assert "Profil de préparation" in text
    for dim in DIMENSIONS:
        label = text_in(config.dimensions[dim].label, "fr", "en")
        assert f"{dim} {label} {number(score.dimensions[dim].index, 'fr', 1)}" in text
    weakest = text_in(config.dimensions[score.weakest_dimension].label, "fr", "en")
    overall = number(score.overall, "fr", 1)
    line = t("overall_line", "fr", overall=overall, weakest=number(score.weakest_link, "fr", 1),
             dimension=weakest)  # fmt: skip
    assert line in text
    gates = section(text, t("failed_gates", "fr"), t("top_gaps", "fr"))
    for failure in score.failed_gates:
        assert failure.item in gates
    first_gap = score.gap_items[0]
    advice = text_in(config.recommendations[first_gap.recommendation], "fr", "en")
    assert advice[:40] in text
    assert t("corrected_items", "fr", items=study.corrected_item) in text


def test_response_printout_uses_the_form_language_comments_and_a_signature_block(study, tmp_path):
    uuid = study.form_a_uuids[study.corrected_key]
    out = tmp_path / "response.pdf"
    with study.open() as workspace:
        row = workspace.responses.get(uuid)
        workspace.store.comments.add(
            uuid, row.revision, "s2_06", "Préciser la loi de 2021.", "Coord"
        )
        workspace.reports.write("response", out, uuid=uuid, language="fr")
        form = workspace.forms.compiled(FORM_A).model
    _pages, text = read_pdf(out)
    choices = {c.value: text_in(c.label, "fr", "en") for c in form.choice_lists["institution"]}
    assert choices[study.corrected_institution] in text
    assert "Préciser la loi de 2021." in text
    assert t("signature_block", "fr") in text
    assert "Introduction et consentement" in text


def test_response_printout_shows_repeats_as_tables(study, tmp_path):
    out = tmp_path / "workshop-response.pdf"
    with study.open() as workspace:
        workspace.reports.write(
            "response", out, uuid=study.workshop_uuid, language="es", include_sensitive=True
        )
    _pages, text = read_pdf(out)
    for name in ("Andrea Joseph", "Marc-Henri Pierre", "Denise Thomas"):
        assert name in text
    assert "datos personales" in text  # the page says it holds personal data


def test_response_printout_leaves_out_sensitive_answers_unless_asked(study, tmp_path):
    """Attendees' names (d2_name) and the focal point's contacts are tagged sensitive."""
    uuid = study.form_a_uuids[study.corrected_key]
    with study.open() as workspace:
        answers = workspace.responses.get(uuid).answers
        workspace.reports.write("response", tmp_path / "w.pdf", uuid=study.workshop_uuid)
        workspace.reports.write("response", tmp_path / "a.pdf", uuid=uuid)
        workspace.reports.write("response", tmp_path / "a+.pdf", uuid=uuid, include_sensitive=True)
    _pages, workshop = read_pdf(tmp_path / "w.pdf")
    for name in ("Andrea Joseph", "Marc-Henri Pierre", "Denise Thomas"):
        assert name not in workshop
    contacts = [answers[q] for q in ("s1_04_name", "s1_04_email", "s1_04_phone") if q in answers]
    assert contacts, "the study's survey has a focal point"
    _pages, default = read_pdf(tmp_path / "a.pdf")
    _pages, full = read_pdf(tmp_path / "a+.pdf")
    for contact in contacts:
        assert contact not in default.replace("\n", " ")
        assert contact in full.replace("\n", " ")
    assert "tagged sensitive (personal data) are left out" in " ".join(default.split())
    assert "--include-sensitive" not in full


def test_workshop_summary_counts_findings_and_shows_recomputed_indices(study, tmp_path):
    out = tmp_path / "workshop.pdf"
    with study.open() as workspace:
        workspace.reports.write("workshop", out, language="nl")
        pair = workspace.scoring.scores()[study.corrected_key]
    _pages, text = read_pdf(out)
    assert t("findings_line", "nl", total=2, validated=1, amended=1, contested=0, other=0) in text
    recomputed = " ".join(number(pair.validated.index(d), "nl", 1) for d in DIMENSIONS)
    assert f"{t('recomputed', 'nl')} {recomputed} {number(pair.validated.overall, 'nl', 1)}" in text
    assert "Andrea Joseph" in text
    assert "Ravi Soekhai" not in text  # did not consent to be listed by name
    assert t("not_listed", "nl") in text


@pytest.mark.parametrize(
    ("kind", "options", "error", "code"),
    [
        ("summary", {}, UsageError, "report_kind"),
        ("readiness", {}, UsageError, "report_needs_institution"),
        ("response", {}, UsageError, "report_needs_response"),
        ("readiness", {"institution": "XXX_NONE"}, NotFound, "institution_not_scored"),
        ("regional", {"language": "ht"}, ReportError, "report_language"),
    ],
)
def test_wrong_requests_are_refused_with_a_code(study, tmp_path, kind, options, error, code):
    out = tmp_path / "x.pdf"
    with study.open() as workspace, pytest.raises(error) as caught:
        workspace.reports.write(kind, out, **options)
    assert caught.value.code == code
    assert not out.exists()


def test_a_cancelled_report_writes_nothing(study, tmp_path):
    token = CancelToken()
    out = tmp_path / "regional.pdf"

    def cancel_midway(done: int, _total: int, _what: str) -> None:
        if done == 5:
            token.cancel()

    with study.open() as workspace, pytest.raises(Cancelled) as caught:
        workspace.reports.write("regional", out, progress=cancel_midway, cancel=token)
    assert caught.value.code == "cancelled"
    assert not out.exists()


def test_a_response_prints_in_haitian_creole_when_its_form_has_it(study, tmp_path):
    out = tmp_path / "beneficiary-ht.pdf"
    with study.open() as workspace:
        saved = workspace.responses.add(
            "caricom-beneficiary-interview", fixture("beneficiary_complete.json"), finalize=True
        )
        workspace.reports.write("response", out, uuid=saved.uuid, language="ht")
        form = workspace.forms.compiled("caricom-beneficiary-interview").model
        with pytest.raises(ReportError) as caught:
            workspace.reports.write("response", tmp_path / "a.pdf", uuid=next(iter(
                study.form_a_uuids.values())), language="ht")  # fmt: skip
    assert caught.value.code == "report_language"
    _pages, text = read_pdf(out)
    assert text_in(form.title, "ht", form.default_language) in text
