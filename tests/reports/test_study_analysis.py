"""Descriptive analyses behind the deliverable: corridors between Agreement parties, beneficiary
cells by country of work, interview themes, the roadmap, and a workshop's own corrections."""

from __future__ import annotations

from sp_collect.analysis.beneficiaries import by_country_of_work
from sp_collect.analysis.country_corridors import country_corridors
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.roadmap import roadmap
from sp_collect.analysis.workshops import summarise


def test_corridors_pair_countries_named_as_partners_and_flag_non_parties(study):
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
    a, b, c = sorted(pairs)[:3]
    scores = {code: pairs[code].validated for code in (a, b, c)}
    country_of = {a: "BRB", b: "JAM", c: "HTI"}
    answers = {
        a: {"s2_01": "ratified", "s4_07": ["JAM", "HTI"], "s4_02": 30, "s4_03": 10},
        b: {"s2_01": "ratified", "s4_07": ["BRB", "JAM"], "s4_04": 5},
        c: {"s2_01": "not_signed", "s4_07": ["BRB"]},
    }
    found = {(x.origin, x.partner): x for x in country_corridors(answers, scores, country_of)}
    assert set(found) == {("BRB", "JAM"), ("BRB", "HTI"), ("JAM", "BRB"), ("HTI", "BRB")}
    assert found[("BRB", "JAM")].both_parties and found[("JAM", "BRB")].both_parties
    assert not found[("BRB", "HTI")].both_parties and not found[("HTI", "BRB")].both_parties
    assert found[("BRB", "JAM")].caseload == 20  # 40 cases over two partners
    assert found[("JAM", "BRB")].caseload == 5  # its own country is never a partner
    weakest = min(scores[a].index("T"), scores[b].index("T"))
    assert found[("BRB", "JAM")].technical == weakest
    ready = scores[a].targets["T_min"] and scores[b].targets["T_min"]
    assert found[("BRB", "JAM")].pilot_ready == ready


def test_a_beneficiary_counts_in_every_country_of_work_and_only_with_consent():
    person = {
        "c0_02": "yes",
        "c0_03a": "self",
        "c0_05": "yes",
        "c3_01": "well",
        "c2_work": [{"c2_country": "VCT"}, {"c2_country": "TTO"}],
    }
    refused = {**person, "c0_05": "no"}
    never_abroad = {**person, "c0_03a": "no"}
    cells = by_country_of_work([person, person, refused, never_abroad])
    assert set(cells) == {"TTO", "VCT"}
    assert cells["VCT"].people == 2 and cells["VCT"].aware.yes == 2
    assert not cells["VCT"].aware.shown  # fewer than five people


def test_interview_themes_count_tagged_answers_by_dimension_salience_and_role():
    record = {
        "b1_01": "yes",
        "b0_05": "JAM",
        "b0_07": ["director", "ict"],
        "bm1_01_dim": "L",
        "bm1_01_sal": "3",
        "bm2_01_dim": "L",
        "bm3_01_dim": "T",
        "b3_01": [{"b3_01_dim": "A"}],
    }
    found = themes([record, {**record, "b1_01": "no"}])
    assert found.interviews == 1
    assert found.by_dimension["L"] == {3: 1, 0: 1} and found.total("T") == 1
    assert found.by_role["ict"]["L"] == 2 and found.debrief["A"] == 1
    assert found.by_country["JAM"]["T"] == 1


def test_roadmap_merges_recommendations_across_institutions_and_workshops(study):
    with study.open() as workspace:
        scores = {c: p.validated for c, p in workspace.scoring.scores().items()}
    record = {
        "d1_01": "WS-1",
        "d6_recs": [
            {
                "d6_text": "Set up a regional task force",
                "d6_dim": "I",
                "d6_horizon": "quick",
                "d6_priority": "high",
            }
        ],
    }
    actions = roadmap(scores, [summarise(record)])
    config_actions = [a for a in actions if a.source == "config"]
    first = config_actions[0]
    concerned = [
        c for c, s in scores.items() if any(g.recommendation == first.key for g in s.gap_items)
    ]
    assert first.institutions == len(concerned)
    workshop = next(a for a in actions if a.source == "WS-1")
    assert workshop.horizon == "short" and workshop.priority == 3


def test_a_workshop_report_recomputes_with_its_own_corrections_only(study):
    with study.open() as workspace:
        pairs = workspace.scoring.scores()
        other = next(key for key in sorted(pairs) if key != study.corrected_key)
        record = {
            "d5_scores": [
                {
                    "d5_country": other.country,
                    "d5_institution": other.code,
                    "d5_corrections": [
                        {"d5_item": "s2_06", "d5_corrected": "in_force"},
                        {"d5_item": "s99_99", "d5_corrected": "yes"},
                    ],
                }
            ]
        }
        scores, problems = workspace.reports.workshop_scores(record)
    assert set(scores) == {other}
    assert scores[other].corrected_items == ("s2_06",)
    assert study.corrected_item not in scores[other].corrected_items
    assert [(p.reason, p.item) for p in problems] == [("unknown_item", "s99_99")]


def test_the_glossary_is_read_from_the_forms_readme(tmp_path):
    from sp_collect.analysis.glossary import load_glossary

    shipped = load_glossary()
    assert {
        "en": "liaison body",
        "fr": "organisme de liaison",
        "nl": "verbindingsorgaan",
        "es": "organismo de enlace",
    } in shipped
    readme = tmp_path / "README.md"
    readme.write_text("# Forms\n\nNo table here.\n", encoding="utf-8")
    assert load_glossary(readme) == []
    assert load_glossary(tmp_path / "missing.md") == []
