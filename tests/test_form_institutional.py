"""Form A (CARICOM institutional survey) and its readiness scoring config: structure, contract."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from sp_collect.engine import CompiledForm, FormSession, Prompt, load_form
from sp_collect.engine.model import Form, Section
from sp_collect.engine.validate import validate_form

ROOT = Path(__file__).resolve().parents[1]
FORM_PATH = ROOT / "forms" / "caricom-institutional-survey.json"
SCORING_PATH = ROOT / "forms" / "scoring" / "caricom-readiness.json"
FIXTURES = Path(__file__).parent / "fixtures"
LANGUAGES = ("en", "fr", "nl", "es")
GATES = {"s2_02", "s2_07a", "s3_01", "s4_10", "s6_01", "s6_05"}
SUBDIMENSIONS = {
    "L": {"L1", "L2", "L3", "L4"},
    "I": {"I1", "I2", "I3", "I4"},
    "A": {"A1", "A2", "A3", "A4"},
    "T": {"T1", "T2", "T-SEM", "T3", "T4", "T5"},
}


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def form_data() -> dict[str, Any]:
    return _json(FORM_PATH)


@pytest.fixture(scope="module")
def form(form_data: dict[str, Any]) -> Form:
    return Form.model_validate(form_data)


@pytest.fixture(scope="module")
def scoring() -> dict[str, Any]:
    return _json(SCORING_PATH)


@pytest.fixture(scope="module")
def questions(form: Form) -> dict[str, Any]:
    return {item.id: item for _pointer, item in form.walk()}


def _choice_values(item: Any, form: Form) -> list[str]:
    choices = form.choice_lists[item.choices] if isinstance(item.choices, str) else item.choices
    return [choice.value for choice in choices]


def test_form_validates_strictly_with_no_warnings(form_data: dict[str, Any]) -> None:
    assert [p.line() for p in validate_form(form_data, strict=True)] == []


def test_form_header_matches_the_study(form: Form) -> None:
    header = (form.id, form.version, form.default_language)
    assert header == ("caricom-institutional-survey", "2026.2", "en")
    assert form.languages == list(LANGUAGES)
    assert form.settings.mode == "survey" and form.settings.audit


def test_every_section_after_consent_depends_on_consent(form: Form) -> None:
    sections = [item for item in form.items if isinstance(item, Section)]
    # S12 (links with social registries and other ministries, 2026.2) comes before S10.
    assert [s.id for s in sections] == [*(f"s{n}" for n in range(10)), "s12", "s10", "s11"]
    assert all(s.relevant == "${s0_02} = 'yes'" for s in sections[1:])


def test_every_brief_item_is_present(questions: dict[str, Any]) -> None:
    per_section = {1: 14, 2: 13, 3: 11, 4: 19, 5: 9, 6: 9, 7: 8, 8: 7, 9: 7, 10: 9, 11: 3}
    expected = {"s0_01", "s0_02", "s0_03"} | {
        f"s{section}_{n:02d}" for section, count in per_section.items() for n in range(1, count + 1)
    }
    # 2026.2 retired ids whose questions were split or reworded; their successors carry a letter.
    retired = {"s2_07", "s2_08", "s2_10", "s2_12", "s3_09", "s3_10", "s7_06"}
    successors = {"s2_07a", "s2_07b", "s2_08a", "s2_08b", "s2_08c", "s2_10a", "s2_10b", "s2_12a",
                  "s3_09a", "s3_10a", "s3_10b", "s7_06a", "s7_06b"}  # fmt: skip
    successors |= {f"s12_0{n}" for n in range(1, 6)}
    assert (expected - retired | successors) - questions.keys() == set()
    assert retired & questions.keys() == set()


def test_scored_select_ones_close_with_dont_know(form: Form, questions: dict[str, Any]) -> None:
    scored = [q for q in questions.values() if "dim" in q.tags and q.type == "select_one"]
    assert len(scored) > 40
    for question in scored:
        assert _choice_values(question, form)[-1] == "dk", question.id


def test_country_list_and_institution_cascade(form: Form, questions: dict[str, Any]) -> None:
    countries = {c.value: c.extra_columns()["group"] for c in form.choice_lists["country"]}
    assert sum(group == "full" for group in countries.values()) == 15
    assert {"AIA", "BMU", "VGB", "CYM", "TCA", "CUW", "MTQ"} <= countries.keys()
    assert countries["OTH"] == "other"
    institutions = form.choice_lists["institution"]
    assert {i.extra_columns()["country"] for i in institutions} - countries.keys() == {"any"}
    assert institutions[-1].value == "other"
    assert questions["s1_02"].choice_filter == "country = ${s1_01} or country = 'any'"
    assert questions["s1_03"].relevant == "${s1_02} = 'other'"


TEXT_KEYS = {"label", "hint", "constraint_message", "title"}


def test_every_text_is_in_four_languages(
    form_data: dict[str, Any], scoring: dict[str, Any]
) -> None:
    def texts(node: Any, key: str = "") -> list[Any]:
        if isinstance(node, dict):
            if key in TEXT_KEYS or set(node) == set(LANGUAGES):
                return [node]
            return [t for k, v in node.items() for t in texts(v, k)]
        if isinstance(node, list):
            return [t for v in node for t in texts(v, key)]
        return []

    for text in texts(form_data) + texts(scoring):
        assert isinstance(text, dict) and set(text) == set(LANGUAGES), text
        assert all(value.strip() for value in text.values()), text


# The scoring config (study.md §4, §11 and the forms/analysis contract).


def test_scoring_config_names_dimensions_gates_and_recommendations(scoring: dict[str, Any]) -> None:
    assert scoring["form"] == "caricom-institutional-survey"
    assert {code: {s for s, info in scoring["subdimensions"].items() if info["dim"] == code}
            for code in scoring["dimensions"]} == SUBDIMENSIONS  # fmt: skip
    items = scoring["items"]
    assert len(items) == 71
    assert {i["id"] for i in items if i.get("gate")} == GATES
    assert all(i["w"] == 3 for i in items if i.get("gate"))
    assert {i["recommendation"] for i in items} == set(scoring["recommendations"])
    assert all(i["w"] in (1, 2, 3) and i["sub"] in SUBDIMENSIONS[i["dim"]] for i in items)


def test_every_scored_item_fits_its_question(
    form: Form, questions: dict[str, Any], scoring: dict[str, Any]
) -> None:
    for entry in scoring["items"]:
        question = questions[entry["id"]]
        rule = entry.get("rule", "map")
        if rule in ("bands",):
            assert question.type in ("integer", "decimal"), entry["id"]
            continue
        values = _choice_values(question, form)
        if rule == "likert_minus_one":
            assert question.type == "select_one" and question.choices == "likert5", entry["id"]
        elif rule in ("max", "count_bands"):
            assert question.type == "select_multiple", entry["id"]
        else:
            assert question.type == "select_one", entry["id"]
        if "map" in entry:
            # Every choice is mapped, so no answer can go unscored by accident.
            assert set(entry["map"]) == set(values), entry["id"]
            assert {entry["map"][v] for v in ("dk", "na") if v in values} <= {None}
        assert set(entry.get("exclude", [])) <= set(values), entry["id"]


def test_bands_are_contiguous_and_score_zero_to_four(scoring: dict[str, Any]) -> None:
    for entry in scoring["items"]:
        bands = entry.get("bands")
        if not bands:
            continue
        assert all(prev[1] == band[0] for prev, band in pairwise(bands)), entry["id"]
        assert sorted(band[2] for band in bands) == [0, 1, 2, 3, 4], entry["id"]


def test_form_tags_agree_with_the_scoring_config(
    questions: dict[str, Any], scoring: dict[str, Any]
) -> None:
    configured = {e["id"]: e for e in scoring["items"]}
    tagged = {qid for qid, q in questions.items() if "dim" in q.tags}
    assert tagged == configured.keys()
    for qid, entry in configured.items():
        tags = questions[qid].tags
        assert (tags["dim"], tags["sub"], tags["w"], tags["gate"]) == (
            entry["dim"], entry["sub"], entry["w"], entry.get("gate", False)
        )  # fmt: skip


def test_every_question_says_core_or_extended(form: Form) -> None:
    untagged = [
        item.id
        for _pointer, item in form.walk()
        if item.type not in ("note", "section", "repeat", "calculate")
        and not item.id.startswith("meta_")
        and "core" not in item.tags
    ]
    assert untagged == []


# Live behaviour in a FormSession.


@pytest.fixture(scope="module")
def compiled() -> CompiledForm:
    return load_form(FORM_PATH, strict=True)


def _session(compiled: CompiledForm, fixture: str | None = None) -> FormSession:
    session = FormSession(compiled)
    if fixture:
        session.load_answers(_json(FIXTURES / f"institutional_{fixture}.json"))
    return session


def _prompt(session: FormSession, qid: str) -> Prompt:
    return next(p for p in session.prompts() if p.path == qid)


def test_complete_response_has_no_errors_and_scores_every_item(
    compiled: CompiledForm, scoring: dict[str, Any]
) -> None:
    session = _session(compiled, "complete")
    assert session.errors() == []
    answers = session.finalized_answers()
    assert {e["id"] for e in scoring["items"]} - answers.keys() == set()
    assert answers["s1_02"] == "DMA_DSS" and answers["s10_09"] == []
    assert session.instance_name() == "DMA – Dominica Social Security (DSS)"


def test_consent_no_hides_every_later_section_and_leaves_no_errors(compiled: CompiledForm) -> None:
    session = _session(compiled, "consent_no")
    assert session.errors() == []
    assert [s.id for s in session.sections() if s.visible] == ["s0"]
    assert _prompt(session, "s0_04").visible
    assert set(session.finalized_answers()) & {"s1_01", "s2_02", "s11_01"} == set()
    assert session.instance_name() == "consent declined"


def test_consent_yes_requires_the_survey(compiled: CompiledForm) -> None:
    session = _session(compiled)
    session.answer("s0_02", "yes")
    missing = {issue.path for issue in session.errors() if issue.kind == "required"}
    assert {"s1_01", "s2_02", "s6_01", "s11_01"} <= missing
    assert not _prompt(session, "s0_04").visible


def test_institution_list_follows_the_country(compiled: CompiledForm) -> None:
    session = _session(compiled)
    session.answer("s0_02", "yes")
    session.answer("s1_01", "JAM")
    assert [c.value for c in _prompt(session, "s1_02").choices] == ["JAM_MLSS_NIS", "other"]
    session.answer("s1_01", "SUR")
    assert [c.value for c in _prompt(session, "s1_02").choices] == [
        "SUR_AOV", "SUR_APF", "SUR_PFS", "SUR_SZF", "other"
    ]  # fmt: skip
    assert "OTH" not in {c.value for c in _prompt(session, "s1_01").choices}
    assert not _prompt(session, "s1_03").visible
    session.answer("s1_02", "other")
    assert _prompt(session, "s1_03").visible and _prompt(session, "s1_03").required


def test_ict_staff_cannot_exceed_total_staff(compiled: CompiledForm) -> None:
    session = _session(compiled, "complete")
    result = session.answer("s1_12", 149)
    assert (result.ok, result.status) == (False, "constraint")
    assert result.message == "ICT staff cannot be negative or exceed total staff (S1.11)."
    assert session.answer("s1_12", 148).ok
    assert session.errors() == []


def test_benefits_paid_abroad_cannot_exceed_benefits_in_payment(compiled: CompiledForm) -> None:
    session = _session(compiled, "complete")
    assert session.answer("s4_06", 39).status == "constraint"
    assert [i.path for i in session.errors()] == ["s4_06"]
    assert session.answer("s4_06", 38).ok


def test_none_and_dont_know_stand_alone(compiled: CompiledForm) -> None:
    session = _session(compiled, "complete")
    assert session.answer("s5_01", ["post", "none"]).status == "constraint"
    assert session.answer("s8_04", ["mfa", "dk"]).status == "constraint"
    assert session.answer("s10_05", ["funding", "skills", "language", "awareness"]).status == (
        "constraint"
    )
    assert session.answer("s5_01", ["none"]).ok


def test_soft_warnings_show_without_blocking(compiled: CompiledForm) -> None:
    session = _session(compiled, "complete")
    assert not _prompt(session, "s7_03_check").visible
    session.answer("s5_01", ["email_scan", "api"])
    session.answer("s7_03", "none")
    assert _prompt(session, "s7_03_check").visible
    session.answer("s2_01", "signed")
    assert _prompt(session, "s4_06_check").visible
    assert session.errors() == []


def test_skips_follow_the_brief(compiled: CompiledForm) -> None:
    session = _session(compiled, "complete")
    session.answer("s4_16", "local_only")
    assert not _prompt(session, "s4_17").visible
    session.answer("s9_01", ["none"])
    assert not _prompt(session, "s9_02").visible
    session.answer("s4_16", "cheque")
    session.answer("s1_01", "AIA")
    session.answer("s1_02", _prompt(session, "s1_02").choices[0].value)
    session.answer("s2_01", "not_member")
    # A hidden answer counts as blank, so what hangs on it (s4_17 on s4_16) hides too.
    hidden = ("s2_02", "s4_16", "s4_17")
    assert not any(_prompt(session, qid).visible for qid in hidden)
    assert session.errors() == []


def test_labels_switch_language(compiled: CompiledForm) -> None:
    session = _session(compiled)
    session.answer("s0_02", "yes")
    session.set_language("nl")
    assert _prompt(session, "s1_01").label == "Land of gebied"
    assert {c.label for c in _prompt(session, "s1_01").choices} >= {"Bahama's", "Kaaimaneilanden"}
