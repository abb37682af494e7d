"""Forms B (KII), C (beneficiary interview) and D (workshop summary): structure, skips, fixtures."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine import CompiledForm, FormSession, load_form
from sp_collect.engine.model import Form, Section
from sp_collect.engine.validate import validate_form

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
FIXTURES = Path(__file__).parent / "fixtures"
KII = "caricom-kii-institutional"
BENEFICIARY = "caricom-beneficiary-interview"
WORKSHOP = "caricom-workshop-summary"
FIXTURE_OF = {
    KII: "kii_complete",
    BENEFICIARY: "beneficiary_complete",
    WORKSHOP: "workshop_complete",
}
STUDY_LANGUAGES = ["en", "fr", "nl", "es"]
INTERVIEW_METADATA = {"start", "end", "interviewer", "device_id", "language"}


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _compiled(form_id: str) -> CompiledForm:
    return load_form(FORMS / f"{form_id}.json")


def _model(form_id: str) -> Form:
    return _compiled(form_id).model


def _fixture(form_id: str) -> dict[str, Any]:
    return _json(FIXTURES / f"{FIXTURE_OF[form_id]}.json")


def _clock() -> dt.datetime:
    return dt.datetime(2026, 3, 4, 14, 30, tzinfo=dt.UTC)


def _session(form_id: str, answers: dict[str, Any] | None = None) -> FormSession:
    session = FormSession(_compiled(form_id), clock=_clock)
    assert session.load_answers(answers or {}) == []
    return session


def _visible_sections(session: FormSession) -> list[str]:
    return [section.id for section in session.sections() if section.visible]


def _repeat_count(session: FormSession, path: str) -> int:
    [prompt] = [p for p in session.prompts() if p.path == path]
    assert prompt.repeat is not None
    return prompt.repeat.count


def _error_paths(session: FormSession) -> list[str]:
    return [issue.path for issue in session.errors()]


# -- structure ----------------------------------------------------------------------------------


@pytest.mark.parametrize("form_id", [KII, BENEFICIARY, WORKSHOP])
def test_form_validates_strictly_with_no_warnings(form_id: str) -> None:
    assert [p.line() for p in validate_form(_json(FORMS / f"{form_id}.json"), strict=True)] == []


@pytest.mark.parametrize(
    ("form_id", "mode", "languages"),
    [
        (KII, "interview", STUDY_LANGUAGES),
        (BENEFICIARY, "interview", [*STUDY_LANGUAGES, "ht"]),
        (WORKSHOP, "survey", STUDY_LANGUAGES),
    ],
)
def test_form_header_matches_the_study(form_id: str, mode: str, languages: list[str]) -> None:
    form = _model(form_id)
    assert (form.id, form.version, form.default_language) == (form_id, "2026.2", "en")
    assert form.languages == languages
    assert form.settings.mode == mode and form.settings.audit


@pytest.mark.parametrize("form_id", [KII, BENEFICIARY])
def test_interviews_record_their_metadata(form_id: str) -> None:
    types = {item.type for _pointer, item in _model(form_id).walk()}
    assert types >= INTERVIEW_METADATA


@pytest.mark.parametrize(
    ("form_id", "list_name"),
    [
        (KII, "country"),
        (KII, "institution"),
        (BENEFICIARY, "country"),
        (WORKSHOP, "country"),
        (WORKSHOP, "institution"),
    ],
)
def test_shared_lists_have_form_a_codes_and_labels(form_id: str, list_name: str) -> None:
    def rows(form: Form) -> list[tuple[str, dict[str, str]]]:
        # Form C adds Haitian Creole labels; the study's four languages must match Form A's.
        return [
            (c.value, {lang: c.label[lang] for lang in STUDY_LANGUAGES})  # type: ignore[index]
            for c in form.choice_lists[list_name]
        ]

    form_a = Form.model_validate(_json(FORMS / "caricom-institutional-survey.json"))
    assert rows(_model(form_id)) == rows(form_a)


@pytest.mark.parametrize(
    ("form_id", "sensitive"),
    [
        (KII, {"b1_05", "b1_06"}),
        (BENEFICIARY, {"c7_02_name", "c7_02_phone", "c7_02_email"}),
        (WORKSHOP, {"d2_name"}),
    ],
)
def test_only_personal_identifiers_are_tagged_sensitive(form_id: str, sensitive: set[str]) -> None:
    tagged = {item.id for _pointer, item in _model(form_id).walk() if item.tags.get("sensitive")}
    assert tagged == sensitive


def test_beneficiary_form_asks_whether_a_number_exists_never_for_the_number() -> None:
    items = {item.id: item for _pointer, item in _model(BENEFICIARY).walk()}
    assert items["c2_number"].type == "select_one"
    free_text = [
        item.id
        for item in items.values()
        if item.type in {"text", "integer", "decimal"} and "ss_number" in str(item.label).lower()
    ]
    assert free_text == []
    # The only contact details are those kept for the consent log, shown on explicit agreement.
    assert all(items[i].relevant == "${c7_02} = 'yes'" for i in ("c7_02_name", "c7_02_phone"))


@pytest.mark.parametrize(
    ("form_id", "consent"),
    [(KII, "${b1_01} = 'yes'"), (BENEFICIARY, "${c0_go} = 'yes'")],
)
def test_every_section_after_consent_depends_on_it(form_id: str, consent: str) -> None:
    sections = [item for item in _model(form_id).items if isinstance(item, Section)]
    assert all(consent in (s.relevant or "") for s in sections[2 if form_id == KII else 1 :])


# -- complete responses -------------------------------------------------------------------------


@pytest.mark.parametrize("form_id", [KII, BENEFICIARY, WORKSHOP])
def test_complete_fixture_has_no_errors_and_round_trips(form_id: str) -> None:
    session = _session(form_id, _fixture(form_id))
    assert _error_paths(session) == []
    session.mark_finalized()
    answers = session.finalized_answers()
    assert set(_fixture(form_id)) <= set(answers)
    again = _session(form_id, answers)
    assert _error_paths(again) == []
    again.mark_finalized()
    assert again.finalized_answers() == answers


def test_fixture_ids_are_computed_from_their_parts() -> None:
    assert _session(KII, _fixture(KII)).value("b0_01") == "KII-LCA-4"
    assert _session(BENEFICIARY, _fixture(BENEFICIARY)).value("c0_01") == "BEN-RBT-17"
    assert _session(WORKSHOP, _fixture(WORKSHOP)).value("d1_01") == "WS-2026-2"


# -- Form B: consent and modules ----------------------------------------------------------------


def _kii_record() -> dict[str, Any]:
    return {k: v for k, v in _fixture(KII).items() if k.startswith("b0_")}


def test_kii_consent_no_ends_the_interview() -> None:
    session = _session(KII, {**_kii_record(), "b1_01": "no"})
    assert _visible_sections(session) == ["b0", "b1"]
    assert session.is_relevant("b1_end")
    assert not session.is_relevant("b1_02")
    assert _error_paths(session) == []


def test_kii_consent_yes_asks_the_consent_details() -> None:
    session = _session(KII, {**_kii_record(), "b1_01": "yes"})
    assert not session.is_relevant("b1_end")
    assert {"b1_02", "b1_03", "b1_04"} <= set(_error_paths(session))


@pytest.mark.parametrize(
    ("roles", "modules"),
    [
        (["social_partner"], {"bm1", "bm4", "bm7", "bm8"}),
        (["beneficiary_rep"], {"bm1", "bm4", "bm7", "bm8"}),
        (["finance"], {"bm1", "bm4", "bm8"}),
        (["legal"], {"bm1", "bm2", "bm8"}),
        (["regional"], {"bm1", "bm2", "bm3", "bm8"}),
        (["benefits"], {"bm1", "bm4", "bm7", "bm8"}),
        (["ict"], {"bm1", "bm5", "bm6", "bm8"}),
        (["cs", "dpo"], {"bm1", "bm4", "bm5", "bm6", "bm7", "bm8"}),
        (["exec"], {"bm1", "bm2", "bm3", "bm8"}),
    ],
)
def test_kii_role_selects_the_modules(roles: list[str], modules: set[str]) -> None:
    answers = {**_kii_record(), "b0_07": roles, "b0_10": "no", "b1_01": "yes"}
    visible = set(_visible_sections(_session(KII, answers)))
    assert {s for s in visible if s.startswith("bm")} == modules


@pytest.mark.parametrize(("submitted", "shown"), [("yes", True), ("partly", True), ("no", False)])
def test_kii_form_a_follow_up_only_when_form_a_was_submitted(submitted: str, shown: bool) -> None:
    session = _session(KII, {**_kii_record(), "b0_10": submitted, "b1_01": "yes"})
    assert ("bm9" in _visible_sections(session)) is shown


def test_kii_quotes_are_not_recorded_without_permission() -> None:
    session = _session(KII, {**_kii_record(), "b1_01": "yes", "b1_04": "no"})
    assert not session.is_relevant("bm1_01_quote")
    assert session.answer("b1_04", "yes").ok
    assert session.is_relevant("bm1_01_quote")


def test_kii_other_organisation_needs_a_name() -> None:
    session = _session(KII, {"b0_05": "GUY", "b0_06_type": "caricom"})
    assert not session.is_relevant("b0_06")
    assert "b0_06_other" in _error_paths(session)


def test_kii_institutions_follow_the_country() -> None:
    session = _session(KII, {"b0_05": "SUR", "b0_06_type": "ss_institution"})
    [prompt] = [p for p in session.prompts() if p.path == "b0_06"]
    suriname = ["SUR_AOV", "SUR_APF", "SUR_PFS", "SUR_SZF", "other"]
    assert [c.value for c in prompt.choices] == suriname


# -- Form C: screening, consent, work history, claims ------------------------------------------


def _screened(**answers: Any) -> dict[str, Any]:
    base = {k: v for k, v in _fixture(BENEFICIARY).items() if k.startswith("c0_")}
    return {**base, **answers}


@pytest.mark.parametrize(
    "answers",
    [{"c0_05": "no"}, {"c0_03a": "no"}, {"c0_02": "no"}],
    ids=["consent_no", "not_mobile", "under_18"],
)
def test_beneficiary_ineligible_or_no_consent_ends_the_interview(answers: dict[str, Any]) -> None:
    session = _session(BENEFICIARY, _screened(**answers))
    assert session.value("c0_go") == "no"
    assert _visible_sections(session) == ["c0"]
    assert _error_paths(session) == []


def test_beneficiary_consent_texts_are_in_haitian_creole() -> None:
    session = _session(BENEFICIARY, _screened())
    session.set_language("ht")
    labels = {p.id: p.label for p in session.prompts(section="c0")}
    assert labels["c0_05"] == "Èske ou dakò pou w patisipe?"
    assert labels["c0_04"].startswith("Li byen fò:")


def _work(*countries: str) -> list[dict[str, Any]]:
    return [{"c2_country": country} for country in countries]


@pytest.mark.parametrize(
    "countries", [["JAM"], ["VCT", "TTO"], ["HTI", "SUR", "OTH"]], ids=["one", "two", "three"]
)
def test_beneficiary_work_history_has_one_instance_per_country(countries: list[str]) -> None:
    session = _session(BENEFICIARY, _screened(c2_work=_work(*countries)))
    assert _repeat_count(session, "c2_work") == len(countries)
    assert [session.value(f"c2_work[{i}].c2_country") for i in range(len(countries))] == countries
    assert not any(path.endswith(".c2_country") for path in _error_paths(session))


def test_beneficiary_work_history_records_two_spells_in_one_country() -> None:
    # 2026.2: one entry per period of work, so a return to a country is its own entry.
    session = _session(BENEFICIARY, _screened(c2_work=_work("VCT", "TTO")))
    session.add_repeat("c2_work")
    assert session.answer("c2_work[2].c2_country", "VCT").ok
    assert not any(path.endswith(".c2_country") for path in _error_paths(session))
    assert session.value("c2_countries") == "VCT TTO VCT"


def test_beneficiary_work_questions_name_the_country() -> None:
    session = _session(BENEFICIARY, _screened(c2_work=_work("VCT", "BRB")))
    [prompt] = [p for p in session.prompts() if p.path == "c2_work[1].c2_from"]
    assert prompt.label == "Barbados: worked there from (year)"


def test_beneficiary_work_years_must_be_in_order() -> None:
    session = _session(BENEFICIARY, _screened(c2_work=_work("JAM")))
    session.answer("c2_work[0].c2_from", 1995)
    assert session.answer("c2_work[0].c2_to", 1990).status == "constraint"
    assert session.answer("c2_work[0].c2_to", 2001).ok


def test_beneficiary_claim_section_is_hidden_for_non_claimants() -> None:
    session = _session(BENEFICIARY, _screened(c4_00="no"))
    claim_items = [p.id for p in session.prompts(section="c4") if p.type != "section"]
    assert claim_items[0] == "c4_00"
    assert not any(session.is_relevant(item) for item in claim_items[1:])
    assert "c5" in _visible_sections(session)
    assert session.is_relevant("c5_01")


def test_beneficiary_pending_claim_skips_payment_questions() -> None:
    session = _session(BENEFICIARY, _screened(c4_00="pending", c4_09="pending"))
    assert session.is_relevant("c4_07")
    assert not session.is_relevant("c4_08")
    assert not session.is_relevant("c4_13")
    assert "c5" not in _visible_sections(session)


def test_beneficiary_contact_needs_a_phone_or_an_email() -> None:
    session = _session(BENEFICIARY, _screened(c7_02="yes", c7_02_name="A. Person"))
    assert "c7_02_phone" in _error_paths(session)
    assert session.answer("c7_02_email", "a.person@example.org").ok
    assert "c7_02_phone" not in _error_paths(session)


def test_beneficiary_none_of_these_excludes_other_devices() -> None:
    session = _session(BENEFICIARY, _screened())
    assert session.answer("c6_01", ["smartphone", "none"]).status == "constraint"
    assert session.answer("c6_01", ["none"]).ok


# -- Form D: workshop summary -------------------------------------------------------------------


def test_workshop_end_date_cannot_precede_start() -> None:
    session = _session(WORKSHOP, {"d1_04_start": "2026-03-24"})
    assert session.answer("d1_04_end", "2026-03-23").status == "constraint"
    assert session.answer("d1_04_end", "2026-03-24").ok


def test_workshop_totals_and_coverage_come_from_the_roster() -> None:
    session = _session(WORKSHOP, _fixture(WORKSHOP))
    totals = {
        key: session.value(f"d2_03_{key}")
        for key in ("total", "women", "men", "in_person", "online", "ssi", "gov", "regional")
    }
    expected = {"in_person": 2, "online": 2, "ssi": 2, "gov": 1, "regional": 1}
    assert totals == {"total": 4, "women": 2, "men": 1, **expected}
    # LCA, HTI, SUR, GUY and BRB are full members: 5 of 15.
    assert session.value("d2_02") == pytest.approx(33.3)
    # 14 of the 26 institutions invited were represented.
    assert session.value("d2_02_rate") == pytest.approx(53.8)


def test_workshop_session_must_end_after_it_starts() -> None:
    session = _session(WORKSHOP, {"d3_sessions": [{"d3_start": "11:30"}]})
    assert session.answer("d3_sessions[0].d3_end", "09:15").status == "constraint"
    assert session.answer("d3_sessions[0].d3_end", "13:00").ok


def test_workshop_score_correction_must_change_the_answer() -> None:
    session = _session(WORKSHOP, _fixture(WORKSHOP))
    path = "d5_scores[0].d5_corrections[0].d5_corrected"
    assert session.answer(path, "240").status == "constraint"
    assert session.answer(path, "120").ok
    # The item is picked from Form A's scored items of the version the workshop corrects.
    assert session.answer("d5_scores[0].d5_corrections[0].d5_item", "S4-08").status == "type"


def test_workshop_amended_finding_needs_the_new_wording() -> None:
    finding = {"d4_id": "F-1", "d4_statement": "x", "d4_dim": "L", "d4_scope": "regional"}
    session = _session(WORKSHOP, {"d4_findings": [{**finding, "d4_status": "amended"}]})
    assert "d4_findings[0].d4_amended" in _error_paths(session)
    session.answer("d4_findings[0].d4_status", "validated")
    assert "d4_findings[0].d4_amended" not in _error_paths(session)
