"""What every chapter of the regional report needs: the data, its scores, labels, and units.

A *unit* is what a table row may name: a country under the default naming policy, an
institution when the team asked for institutions to be named.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sp_collect.analysis.descriptive import choice_labels, question_label
from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.regional import RegionalSummary, regional_summary
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.analysis.workshops import WorkshopSummary, summarise_all
from sp_collect.engine.model import text_in
from sp_collect.reports.inputs import RegionalData
from sp_collect.reports.numbers import number
from sp_collect.reports.texts import t

LEVEL_FILLS = ("#F4B6B0", "#F9D3A5", "#FBE9A6", "#D5ECC2", "#BFE3C0")
"""Levels 1–5, light enough for black text."""


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: cut after a whole word (inside a word only when
    the first half has no space) and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:(–-") + "…"


@dataclass
class Context:
    data: RegionalData
    language: str

    def t(self, key: str, /, **values: object) -> str:
        """The report's fixed wording in its language (:func:`sp_collect.reports.texts.t`)."""
        return t(key, self.language, **values)

    def num(self, value: int | float | None, digits: int = 0) -> str:
        """A count or figure as the report's language writes it ("1,832" in English, "1 832" in
        French): rounded half up to ``digits`` decimals, "–" for no value."""
        return number(value, self.language, digits)

    def join(self, parts: list[str]) -> str:
        """Parts of a list in a sentence, separated as the language writes a semicolon."""
        return self.t("sep").join(parts)

    @property
    def no_data(self) -> str:
        return self.t("no_data")

    @cached_property
    def scores(self) -> dict[InstitutionKey, InstitutionScore]:
        return self.data.scores()

    @cached_property
    def summary(self) -> RegionalSummary:
        return regional_summary(self.scores)

    @property
    def config(self) -> ScoringConfig:
        return self.data.scoring.config

    @cached_property
    def workshops(self) -> list[WorkshopSummary]:
        return summarise_all(self.data.workshops)

    @cached_property
    def form_a_records(self) -> list[Mapping[str, Any]]:
        return [self.data.answers[code] for code in sorted(self.data.answers)]

    def country_name(self, code: str) -> str:
        return self.data.country_names.get(code, code) or self.no_data

    @cached_property
    def by_country(self) -> dict[str, list[InstitutionKey]]:
        """Country → codes of the institutions scored there."""
        groups: dict[str, list[InstitutionKey]] = {}
        for code in sorted(self.scores):
            groups.setdefault(self.data.country_of(code), []).append(code)
        return groups

    @cached_property
    def aliases(self) -> dict[InstitutionKey, str]:
        """``DMA-1``, ``DMA-2``…: each scored institution by its country and a number."""
        numbers: dict[str, int] = {}
        found = {}
        for key in sorted(self.scores):
            numbers[key.country] = numbers.get(key.country, 0) + 1
            found[key] = f"{key.country or 'XX'}-{numbers[key.country]}"
        return found

    def institution_name(self, key: InstitutionKey) -> str:
        """Its name when institutions are named; else its country and number (``DMA-1``)."""
        if not self.data.named:
            return self.aliases.get(key, key.country)
        info = self.data.institutions.get(key)
        if info is not None:
            return info.name
        return self.data.listed.get(key, key.code)

    def form_a_status(self, key: InstitutionKey) -> str:
        if key not in self.scores:
            return self.t("status_no_answer")
        count = self.data.submissions.get(key, 1)
        if count <= 1:
            return self.t("status_answered")
        return self.t("n_submissions", n=count)

    def institution_lines(self, country: str) -> list[str]:
        """Each institution of the country and whether it answered; when institutions are not
        named, those that answered by their number and the others counted."""
        listed = [key for key in self.data.listed if key.country == country]
        scored = [key for key in self.scores if key.country == country]
        keys = sorted({*listed, *scored})
        shown = keys if self.data.named else sorted(scored)
        lines = [f"{self.institution_name(k)} ({self.form_a_status(k)})" for k in shown]
        silent = sum(1 for key in listed if key not in self.scores)
        if silent and not self.data.named:
            lines.append(self.t("silent_listed", n=silent))
        return lines

    def units(self) -> list[tuple[str, list[InstitutionKey]]]:
        """(row label, institution codes): countries, or institutions when naming is on."""
        if self.data.named:
            return [
                (f"{self.institution_name(c)} ({self.data.country_of(c)})", [c])
                for c in sorted(self.scores, key=lambda c: (self.data.country_of(c), c))
            ]
        return [(self.country_name(country), codes) for country, codes in self.by_country.items()]

    def unit_word(self) -> str:
        """The table header of a unit: "Institution" or "Country"."""
        return self.t("institution" if self.data.named else "country")

    def unit_lower(self) -> str:
        return self.t("unit_institution" if self.data.named else "unit_country")

    def dim_label(self, code: str) -> str:
        if code not in self.config.dimensions:
            return self.t("cross_cutting") if code == "X" else code
        return text_in(self.config.dimensions[code].label, self.language, "en")  # type: ignore[index]

    def sub_label(self, code: str) -> str:
        return text_in(self.config.subdimensions[code].label, self.language, "en")

    def recommendation(self, key: str) -> str:
        text = self.config.recommendations.get(key)
        return key if text is None else text_in(text, self.language, "en")

    def actor_label(self, code: str) -> str:
        """Who acts, as the scoring configuration names the actor in the report's language."""
        text = self.config.actors.get(code)
        return code if text is None else text_in(text, self.language, "en")

    def workshop_choices(self, qid: str) -> dict[str, str]:
        """Value → label of a Form D choice question (empty when the form is not installed)."""
        form = self.data.workshop_form
        return choice_labels(form, qid, self.language) if form is not None else {}

    def label(self, qid: str, *, short: int = 0) -> str:
        """The question's label; with ``short``, at most that many characters (:func:`shorten`)."""
        text = question_label(self.data.scoring.form, qid, self.language)
        return shorten(text, short) if short else text

    def choices(self, qid: str, form: Any = None) -> dict[str, str]:
        return choice_labels(form or self.data.scoring.form, qid, self.language)

    def beneficiary_label(self, qid: str, value: str) -> str:
        """The label of a Form C answer (its code when the form is not installed)."""
        form = self.data.beneficiary_form
        labels = choice_labels(form, qid, self.language) if form is not None else {}
        return labels.get(value, value)

    def level_of(self, index: float | None) -> int | None:
        if index is None:
            return None
        for low, high, level, _name in self.config.levels:
            if low <= index < high:
                return level
        return None

    def level_name(self, level: int | None) -> str:
        if level is None:
            return self.no_data
        label = self.config.level_labels.get(str(level))
        name = text_in(label, self.language, "en") if label else ""
        return f"{level} {name}".strip()

    def median_index(self, codes: list[InstitutionKey], area: str) -> float | None:
        values = [v for v in (self.scores[c].index(area) for c in codes) if v is not None]
        return statistics.median(values) if values else None

    def median_level(self, codes: list[InstitutionKey], dim: str) -> int | None:
        """The median institution's level (lower middle for an even count; gates applied)."""
        levels = sorted(
            lvl for lvl in (self.scores[c].dimensions[dim].level for c in codes) if lvl is not None
        )
        return statistics.median_low(levels) if levels else None
