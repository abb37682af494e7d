"""Realistic study data for report tests and the report benchmark: the fixtures, varied.

Each institution gets the Form A fixture with its own code and country and other scored
answers (drawn from the answers the scoring config knows, seeded); each interview gets the
Form B fixture with its own country, organisation, dimension codes and quotes.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.resources import forms_dir

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
FORM_A = "caricom-institutional-survey"
FORM_B = "caricom-kii-institutional"
FORM_D = "caricom-workshop-summary"
PASSPHRASE = "reports test passphrase"


QUOTES = (
    "Every foreign period is a paper chase.",
    "Nous attendons des mois une réponse de l’autre pays.",
    "Zonder gemeenschappelijk nummer zoeken we elke keer opnieuw.",
    "Sin un formato común, cada solicitud es distinta.",
    "We still post originals to the liaison body abroad.",
)


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def institutions() -> list[tuple[str, str]]:
    """(institution code, country) of the study's list, in the form's order."""
    form = json.loads((forms_dir() / f"{FORM_A}.json").read_text(encoding="utf-8"))
    return [
        (choice["value"], choice["country"])
        for choice in form["choice_lists"]["institution"]
        if choice["value"] != "other"
    ]


def institution_answers(
    index: int, config: ScoringConfig, rng: random.Random, *, dont_know: float = 0.04
) -> dict[str, Any]:
    """Form A answers for the index-th institution of the list (``other`` beyond the list)."""
    answers = copy.deepcopy(fixture("institutional_complete.json"))
    listed = institutions()
    if index < len(listed):
        code, country = listed[index]
        answers.update({"s1_01": country, "s1_02": code})
    else:
        country = "TTO"
        answers.update({"s1_01": country, "s1_02": "other", "s1_03": f"Pension Fund {index}"})
    partners = [c for c in ("ATG", "BRB", "LCA", "VCT", "TTO", "JAM") if c != country]
    answers["s4_07"] = partners[:5]  # the form refuses the institution's own country
    for item in config.items:
        if item.rule == "map" and item.map:
            scored = [value for value, score in item.map.items() if score is not None]
            pick = "dk" if "dk" in item.map and rng.random() < dont_know else rng.choice(scored)
            answers[item.id] = pick
        elif item.rule == "likert_minus_one":
            answers[item.id] = str(rng.randint(1, 5))
        elif item.rule == "bands" and item.bands:
            answers[item.id] = rng.randint(int(item.bands[0][0]), int(item.bands[-1][0]) + 1)
    return answers


def interview_answers(index: int, rng: random.Random) -> dict[str, Any]:
    """Form B answers: an interview at one of the listed institutions, with coded quotes."""
    answers = copy.deepcopy(fixture("kii_complete.json"))
    code, country = rng.choice(institutions())
    answers.update({"b0_01_seq": index + 1, "b0_05": country, "b0_06": code})
    answers["b1_04"] = rng.choice(["yes", "after_review", "no"])
    answers["b1_03"] = rng.choice(["position", "anonymous"])
    for module in ("bm1_01", "bm4_01", "bm5_01"):
        answers[f"{module}_dim"] = rng.choice(["L", "I", "A", "T"])
        answers[f"{module}_quote"] = rng.choice(QUOTES)
    return answers


WORK_COUNTRIES = ("ATG", "BRB", "DMA", "GRD", "GUY", "JAM", "LCA", "VCT", "TTO", "KNA")


def beneficiary_answers(index: int, rng: random.Random) -> dict[str, Any]:
    """Form C answers: a worker with two or three countries of work and varied experiences;
    about one in twenty is not eligible (never worked abroad)."""
    answers = copy.deepcopy(fixture("beneficiary_complete.json"))
    countries = rng.sample(WORK_COUNTRIES, rng.choice((2, 2, 3)))
    template = answers["c2_work"][0]
    answers["c2_work"] = [{**template, "c2_country": country} for country in countries]
    answers["c0_01_seq"] = index + 1
    answers["c0_03a"] = "no" if rng.random() < 0.05 else rng.choice(("self", "self", "survivor"))
    answers["c3_01"] = rng.choice(("well", "something", "no", "no"))
    answers["c4_07"] = rng.choice(("lt3m", "3_6m", "6_12m", "1_2y", "gt2y", "waiting"))
    answers["c4_10"] = rng.choice(("yes", "partly", "no", "dk"))
    answers["c6_01"] = rng.sample(["smartphone", "computer", "internet_home", "email"], 2)
    answers["c6_04a"] = rng.choice(("institutions", "myself", "depends", "dk"))
    answers["c3_03"] = rng.choice(("leaving", "arriving", "both", "no", "no"))
    answers["c4_14"] = rng.choice(("a_lot", "a_little", "no", "dk"))
    answers["c4_16"] = rng.choice(("no", "no", "resolved", "not_resolved", "appealed"))
    answers["c4_17"] = str(rng.randint(1, 5))
    answers["c4_12_cur"] = rng.choice(("XCD", "XCD", "TTD", "USD"))
    answers["c4_12a"] = float(rng.randrange(0, 900, 20))
    return answers
