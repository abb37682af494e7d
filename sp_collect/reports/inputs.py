"""What the reports are made from: plain values the workspace gathers, so reports need no store."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.analysis.frameworks import FrameworksConfig
from sp_collect.analysis.readiness import InstitutionScore, ScorePair
from sp_collect.analysis.scoring_config import ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey, InstitutionSubmissions
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
    listed_institutions: frozenset[str]
    """The codes of the study's list (the form's choice list, ``other`` left out)."""
    frameworks: FrameworksConfig
    frameworks_file: str
    interviews: tuple[Interview, ...]

    def scores(self) -> dict[InstitutionKey, InstitutionScore]:
        return {code: self.scoring.pick(pair) for code, pair in self.pairs.items()}
