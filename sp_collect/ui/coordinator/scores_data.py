"""What the Scores page shows, gathered off the UI thread: one row per institution (both the
self-reported and the validated score), and per institution the items and answers behind it
(answers as words, as the review screen shows them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sp_collect.analysis.dimensions import DIMENSIONS, TARGETS
from sp_collect.progress import CancelToken, Progress, check
from sp_collect.ui.coordinator.answer_rows import answer_rows
from sp_collect.workspace import Workspace

if TYPE_CHECKING:  # the scores are computed when the page first shows, not with the app
    from sp_collect.analysis.readiness import InstitutionScore, ScorePair


@dataclass(frozen=True)
class ItemRow:
    """One scored item of an institution: the question, the answer given, the score."""

    item: str
    question: str
    dimension: str
    gate: bool
    answer: str
    self_reported: int | None
    validated: int | None
    status: str
    corrected: bool


@dataclass(frozen=True)
class InstitutionRow:
    code: str
    name: str
    country: str
    pair: ScorePair
    response_uuid: str
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class ScoresData:
    rows: tuple[InstitutionRow, ...]


def collect(
    workspace: Workspace,
    language: str,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ScoresData:
    """Every scored institution with both scores and the items behind them."""
    pairs = workspace.scoring.scores()
    if not pairs:
        return ScoresData(())
    config = workspace.scoring.config()
    questions = workspace.forms.question_labels(config.form, language=language)
    infos = workspace.scoring.institutions(config.form, language)
    responses = workspace.scoring.institution_responses(config.form)
    rows = []
    for done, (code, pair) in enumerate(pairs.items()):
        check(cancel)
        if progress is not None:
            progress(done, len(pairs), "institutions")
        row = responses[code]
        form = workspace.forms.compiled(row.form_id, row.form_version)
        shown = {r.path: r.text for r in answer_rows(form, row.answers, language) if r.question}
        items = tuple(
            ItemRow(
                item=item_id,
                question=questions.get(item_id, item_id),
                dimension=score.dim,
                gate=score.gate,
                answer=shown.get(item_id, ""),
                self_reported=score.score,
                validated=pair.validated.items[item_id].score,
                status=score.status,
                corrected=item_id in pair.validated.corrected_items,
            )
            for item_id, score in pair.self_reported.items.items()
        )
        info = infos[code]
        rows.append(
            InstitutionRow(code, info.name, info.country_name, pair, info.response_uuid, items)
        )
    return ScoresData(tuple(rows))


def levels(score: InstitutionScore) -> str:
    """L/I/A/T levels; a level capped by a failed gate is marked * (as ``sp-collect score``)."""
    return "/".join(
        "-" if dim.level is None else f"{dim.level}{'*' if dim.capped else ''}"
        for dim in (score.dimensions[code] for code in DIMENSIONS)
    )


def target_met(score: InstitutionScore) -> str:
    met = [target for target in TARGETS if score.targets[target]]
    return met[-1].replace("_", "-") if met else ""
