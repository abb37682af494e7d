"""What the dashboard shows, counted off the UI thread: responses by status, form, country and
institution, and the readiness heat-map (institutions × sub-dimensions) once scores exist."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sp_collect.analysis.dimensions import SUBDIMENSIONS
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.engine.texts import text_in
from sp_collect.errors import SpCollectError
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.workspace import Workspace

if TYPE_CHECKING:  # the page loads with the app; the forms are compiled when it first shows
    from sp_collect.engine import CompiledForm

COUNTRY_LIST, INSTITUTION_LIST = "country", "institution"
PROGRESS_EVERY = 200


@dataclass(frozen=True)
class HeatMap:
    """Indices (0–100, None when not scored) per institution row and sub-dimension column."""

    institutions: tuple[str, ...]
    subdimensions: tuple[str, ...]
    subdimension_labels: tuple[str, ...]
    """The sub-dimensions' names in the UI language (the codes head the columns)."""
    indices: tuple[tuple[float | None, ...], ...]
    submission_notes: tuple[str, ...] = ()
    """One sentence per institution that sent Form A more than once: which submission counts
    (the latest until the coordinator chooses with ``sp-collect score --choose``)."""


@dataclass(frozen=True)
class DashboardData:
    by_status: list[tuple[str, int]] = field(default_factory=list)
    by_form: list[tuple[str, int]] = field(default_factory=list)
    by_country: list[tuple[str, int]] = field(default_factory=list)
    by_institution: list[tuple[str, int]] = field(default_factory=list)
    heatmap: HeatMap | None = None
    no_scores: str = ""
    """Why there is no heat-map (the scoring's own error sentence), when there is none."""


@dataclass(frozen=True)
class _Chooser:
    """A form's first single-choice question outside repeats on a list, and the list's labels."""

    question: str
    labels: dict[str, str]

    @classmethod
    def find(cls, form: CompiledForm, list_name: str, language: str) -> _Chooser | None:
        model = form.model
        for info in form.items.values():
            single = info.type == "select_one"  # a list of nationalities is not "the" country
            if single and not info.scope and getattr(info.item, "choices", None) == list_name:
                labels = {
                    c.value: text_in(c.label, language, model.default_language)
                    for c in model.choice_lists.get(list_name, [])
                }
                return cls(info.id, labels)
        return None

    def count(self, answers: dict[str, Any], counter: Counter[str], within: str = "") -> None:
        """Count the answer's label; ``within`` (a country code) tells same-named ones apart."""
        value = answers.get(self.question)
        if value:
            label = self.labels.get(str(value), str(value))
            counter[f"{label} ({within})" if within else label] += 1


def _sorted(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))


def collect(
    workspace: Workspace,
    language: str,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> DashboardData:
    """Count every response; reads answers only of forms that ask for a country or institution."""
    by_status: Counter[str] = Counter()
    by_form: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    by_institution: Counter[str] = Counter()
    titles = {row.form_id: row.title or row.form_id for row in workspace.forms.list()}
    summaries = workspace.responses.list()
    choosers: dict[tuple[str, str], tuple[_Chooser | None, _Chooser | None]] = {}
    for done, summary in enumerate(summaries):
        check(cancel)
        if done % PROGRESS_EVERY == 0:
            report(progress, done, len(summaries), "responses")
        by_status[summary.status] += 1
        by_form[titles.get(summary.form_id, summary.form_id)] += 1
        key = (summary.form_id, summary.form_version)
        if key not in choosers:
            form = workspace.forms.compiled(*key)
            choosers[key] = (
                _Chooser.find(form, COUNTRY_LIST, language),
                _Chooser.find(form, INSTITUTION_LIST, language),
            )
        country, institution = choosers[key]
        if country is None and institution is None:
            continue
        answers = workspace.responses.get(summary.uuid).answers
        if country is not None:
            country.count(answers, by_country)
        if institution is not None:
            within = str(answers.get(country.question) or "") if country is not None else ""
            institution.count(answers, by_institution, within)
    heatmap, no_scores = _heatmap(workspace, language)
    return DashboardData(
        by_status=_sorted(by_status),
        by_form=_sorted(by_form),
        by_country=_sorted(by_country),
        by_institution=_sorted(by_institution),
        heatmap=heatmap,
        no_scores=no_scores,
    )


def _heatmap(workspace: Workspace, language: str) -> tuple[HeatMap | None, str]:
    """The validated indices (workshop corrections applied) of every scored institution."""
    try:
        pairs = workspace.scoring.scores()
        if not pairs:
            return None, ""
        config = workspace.scoring.config()
        names = workspace.scoring.institutions(config.form, language)
    except SpCollectError as exc:
        return None, exc.message
    scores = {code: pair.validated for code, pair in pairs.items()}
    present = {sub for score in scores.values() for sub in score.subdimensions}
    columns = tuple(sub for sub in SUBDIMENSIONS if sub in present)
    rows = sorted(scores, key=lambda code: _name(names, code).lower())
    return (
        HeatMap(
            institutions=tuple(_name(names, code) for code in rows),
            subdimensions=columns,
            subdimension_labels=tuple(
                text_in(config.subdimensions[sub].label, language, "en")
                if sub in config.subdimensions
                else sub
                for sub in columns
            ),
            indices=tuple(tuple(scores[code].index(sub) for sub in columns) for code in rows),
            submission_notes=tuple(
                f"{_name(names, code)}: {sent.note}"
                for code in rows
                if (sent := names[code].submissions) is not None and sent.several
            ),
        ),
        "",
    )


def _name(names: dict[InstitutionKey, Any], key: InstitutionKey) -> str:
    """The institution's name and country: two "Social Security Board"s stay two rows."""
    info = names.get(key)
    return f"{info.name if info is not None else key.code} ({key.country})"
