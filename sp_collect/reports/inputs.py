"""What the reports are made from: plain values the workspace gathers, so reports need no store."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sp_collect.analysis.frameworks import FrameworksConfig
from sp_collect.analysis.readiness import InstitutionScore, ScorePair
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey, InstitutionSubmissions
from sp_collect.analysis.workshop_corrections import CorrectionProblem
from sp_collect.engine.model import Form


@dataclass(frozen=True)
class InstitutionInfo:
    """An institution as reports name it: its code, its name in a language, its country."""

    code: str
    name: str
    country: str
    country_name: str
    response_uuid: str
    """The submission that counts (``submissions.counted``)."""
    submissions: InstitutionSubmissions | None = None
    """All its submissions and which one counts; ``submissions.note`` is the sentence to print
    when there are several."""

    @property
    def key(self) -> InstitutionKey:
        return InstitutionKey(self.country, self.code)


@dataclass(frozen=True)
class ReportMeta:
    """The footer and colophon of every report."""

    workspace: str
    date: str
    language: str = "en"


@dataclass(frozen=True)
class ScoringContext:
    """The config the scores come from and the form whose questions they score."""

    config: ScoringConfig
    form: Form
    validated: bool = True
    """Report the validated version (workshop corrections applied) rather than self-reported."""

    def pick(self, pair: ScorePair) -> InstitutionScore:
        return pair.validated if self.validated else pair.self_reported


@dataclass(frozen=True)
class Interview:
    """One key-informant interview (Form B): its finalized answers and its form."""

    answers: Mapping[str, Any]
    form: Form


@dataclass(frozen=True)
class RegionalData:
    scoring: ScoringContext
    pairs: Mapping[InstitutionKey, ScorePair]
    institutions: Mapping[InstitutionKey, InstitutionInfo]
    country_names: Mapping[str, str]
    frameworks: FrameworksConfig
    frameworks_file: str
    interviews: tuple[Interview, ...]
    answers: Mapping[InstitutionKey, Mapping[str, Any]] = field(default_factory=dict)
    """Institution → the Form A answers that count for it."""
    submissions: Mapping[InstitutionKey, int] = field(default_factory=dict)
    """Institution → Form A submissions received (several: the chosen or the latest counts)."""
    refusals: int = 0
    """Form A responses whose institution declined to take part (``s0_02``)."""
    beneficiaries: tuple[Mapping[str, Any], ...] = ()
    """Form C answers (every finished interview, consent checked by the report)."""
    beneficiary_form: Form | None = None
    workshops: tuple[Mapping[str, Any], ...] = ()
    """Form D answers, every finished workshop."""
    workshop_form: Form | None = None
    """Form D, for its answers' labels."""
    countries: tuple[tuple[str, str, str], ...] = ()
    """(code, name, group: full / associate) of every member state and associate member."""
    listed: Mapping[InstitutionKey, str] = field(default_factory=dict)
    """Every institution of the study's list (country, code) → its name."""
    named: bool = False
    """Name institutions (only when the team asks for it); by default countries and totals."""
    correction_problems: tuple[CorrectionProblem, ...] = ()
    """Workshop corrections that could not apply, and why."""
    forms: Mapping[str, str] = field(default_factory=dict)
    """Form id → version of the instruments installed."""
    fieldwork: tuple[str, str] | None = None
    """First and last date a response was saved."""

    def country_of(self, key: InstitutionKey) -> str:
        return key.country

    def scores(self) -> dict[InstitutionKey, InstitutionScore]:
        return {code: self.scoring.pick(pair) for code, pair in self.pairs.items()}
