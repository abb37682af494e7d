"""The demo's answers read like a real study: plausible figures, sentences, names, contacts."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from sp_collect.engine import CompiledForm, load_form
from sp_collect.engine.synthetic import synthesize
from sp_collect.resources import forms_dir, shipped_forms
from sp_collect.workspace.demo_bank import (
    DIALLING,
    FIRST_NAMES,
    LAST_NAMES,
    SENTENCES,
    suggest,
)

CLOCK = {"meta_start", "meta_end", "start", "end"}
SEEDS = range(8)


def attach(data: bytes, name: str, media_type: str) -> dict[str, Any]:
    return {"sha256": "0" * 64, "name": name, "media_type": media_type, "size": len(data)}


def form(stem: str) -> CompiledForm:
    return load_form(forms_dir() / f"{stem}.json")


def answers(compiled: CompiledForm, seed: int) -> dict[str, Any]:
    session = synthesize(compiled, random.Random(seed), suggest=suggest, attach=attach)
    assert session.errors() == []
    return {k: v for k, v in session.finalized_answers().items() if k not in CLOCK}


@pytest.mark.parametrize("path", shipped_forms(), ids=lambda p: p.stem)
def test_every_instrument_is_filled_validly_and_the_same_for_the_same_seed(path) -> None:
    compiled = load_form(path)
    assert answers(compiled, 4) == answers(compiled, 4)
    assert answers(compiled, 4) != answers(compiled, 5)


def test_institution_figures_fit_a_small_island_institution() -> None:
    compiled = form("caricom-institutional-survey")
    for seed in SEEDS:
        found = answers(compiled, seed)
        if "s1_08" not in found:
            continue  # consent declined or skipped
        insured = found["s1_08"]
        assert 2_000 <= insured <= 600_000
        assert found.get("s1_09", 0) < insured
        assert found.get("s1_12", 0) <= found.get("s1_11", 10**6) < 2_000
        assert found.get("s4_06", 0) <= found.get("s4_05", 0) <= insured / 100
        assert 25 <= found.get("s4_08", 100) <= 270


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=\.) ", text) if s]


def test_open_answers_and_quotes_are_sentences_of_the_bank() -> None:
    bank = {sentence for sentences in SENTENCES.values() for sentence in sentences}
    compiled = form("caricom-kii-institutional")
    checked = 0
    for seed in SEEDS:
        for qid, value in answers(compiled, seed).items():
            if re.fullmatch(r"bm\d_\d\d(_notes|_quote)?", qid):
                assert all(s in bank for s in _sentences(value)), value
                checked += 1
    assert checked > 20
    legal = set(SENTENCES["legal"])
    for seed in SEEDS:
        found = answers(compiled, seed)
        for qid in ("bm2_01", "bm2_02", "bm2_01_quote"):
            if qid in found:
                assert all(s in legal for s in _sentences(found[qid])), "Legal module: legal bank"


def test_contacts_are_plausible_and_consistent() -> None:
    compiled = form("caricom-institutional-survey")
    seen = 0
    for seed in SEEDS:
        found = answers(compiled, seed)
        if "s1_04_name" not in found:
            continue
        seen += 1
        first, last = found["s1_04_name"].split(" ", 1)
        assert first in FIRST_NAMES and last in LAST_NAMES
        assert found["s1_04_email"].startswith(f"{first}.{last}".lower().replace(" ", ""))
        if "s1_04_phone" in found and found.get("s1_01") in DIALLING:
            assert found["s1_04_phone"].startswith(DIALLING[found["s1_01"]] + " ")
    assert seen
