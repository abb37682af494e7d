"""One institution's readiness profile: indices against targets, levels, failed gates first, top
gaps with their recommendations, completeness flags, self-reported against validated."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from sp_collect.analysis.config_form_check import form_questions
from sp_collect.analysis.readiness import InstitutionScore, ScorePair
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS, ScoringConfig
from sp_collect.engine.model import Form, text_in
from sp_collect.progress import CancelToken, Progress
from sp_collect.reports.charts import index_chart
from sp_collect.reports.inputs import InstitutionInfo, ReportMeta, ScoringContext
from sp_collect.reports.layout import build_pdf, heading, number, para, styles, table
from sp_collect.reports.texts import t

TOP_GAPS = 10


def write_readiness_report(
    out_path: Path,
    institution: InstitutionInfo,
    pair: ScorePair,
    scoring: ScoringContext,
    meta: ReportMeta,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    lang = meta.language
    title = f"{t('readiness_title', lang)}: {institution.name}"
    flowables = [
        para(t("readiness_title", lang), styles().title),
        para(f"{institution.name} ({institution.code})", styles().subtitle),
        para(institution.country_name, styles().subtitle),
        para(t("generated", lang, date=meta.date, workspace=meta.workspace), styles().small),
        *readiness_section(institution, pair, scoring, lang),
    ]
    footer = f"{institution.code} · {t('readiness_title', lang)} · {meta.date}"
    return build_pdf(
        out_path, flowables, title=title, footer=footer, progress=progress, cancel=cancel
    )


def readiness_section(
    institution: InstitutionInfo, pair: ScorePair, scoring: ScoringContext, lang: str
) -> list[Flowable]:
    """The profile's body: chart, levels, targets, gates, gaps, completeness, validation."""
    config, form = scoring.config, scoring.form
    score = scoring.pick(pair)
    kind = t("validated" if scoring.validated else "self_reported", lang).lower()
    labels = _question_labels(form, lang)
    out: list[Flowable] = [
        para(
            t("scores_version", lang, config=config.id, version=config.version, version_kind=kind),
            styles().small,
        ),
        heading(t("indices_vs_targets", lang)),
        _chart(pair, scoring, lang),
        para(
            t(
                "chart_caption",
                lang,
                t_min=number(config.targets.T_min, 0),
                t_int=number(config.targets.T_int, 0),
            ),
            styles().small,
        ),
        _dimension_table(score, config, lang),
        Spacer(1, 4),
        para(
            t(
                "overall_line",
                lang,
                overall=number(score.overall),
                weakest=number(score.weakest_link),
                dimension=_dimension_label(config, score.weakest_dimension, lang),
            )
        ),
        _targets_table(score, lang),
        heading(t("failed_gates", lang)),
        *_failed_gates(score, config, labels, lang),
        heading(t("top_gaps", lang)),
        _top_gaps(score, config, labels, lang),
        para(t("gate_marker", lang), styles().small),
        heading(t("subdimensions", lang)),
        _subdimension_table(score, config, lang),
        heading(t("completeness_flags", lang)),
        para(
            t(
                "provisional_note",
                lang,
                threshold=f"{100 * config.provisional_if_completeness_below:.0f} %",
                dims=", ".join(score.provisional_dimensions) or t("none", lang),
            )
        ),
    ]
    if score.sensitivity is not None:
        out.append(para(t("sensitivity", lang, overall=number(score.sensitivity.overall))))
    out += [heading(t("self_vs_validated", lang)), *_validation(pair, config, lang)]
    return out


def _chart(pair: ScorePair, scoring: ScoringContext, lang: str) -> Flowable:
    config = scoring.config
    categories = [_dimension_label(config, code, lang) for code in DIMENSIONS]
    series = [
        (
            t("self_reported", lang),
            [pair.self_reported.dimensions[c].index for c in DIMENSIONS],
        )
    ]
    if pair.validated.corrected_items:
        series.append(
            (t("validated", lang), [pair.validated.dimensions[c].index for c in DIMENSIONS])
        )
    targets = [("T-min", config.targets.T_min), ("T-int", config.targets.T_int)]
    return index_chart(categories, series, targets)


def _dimension_table(score: InstitutionScore, config: ScoringConfig, lang: str) -> Flowable:
    rows: list[list[str]] = [
        [
            t("dimension", lang),
            t("index", lang),
            t("level", lang),
            t("completeness", lang),
            t("provisional", lang),
        ]
    ]
    for code in DIMENSIONS:
        dim = score.dimensions[code]
        level = "–" if dim.level is None else f"{dim.level} {level_label(config, dim.level, lang)}"
        if dim.capped:
            level += f" ({t('capped_level', lang, level=dim.uncapped_level)})"
        rows.append(
            [
                f"{code} {_dimension_label(config, code, lang)}",
                number(dim.index),
                level,
                "–" if dim.completeness is None else f"{100 * dim.completeness:.0f} %",
                t("yes" if dim.provisional else "no", lang),
            ]
        )
    return table(rows, [120, 50, 150, 70, 60])


def _targets_table(score: InstitutionScore, lang: str) -> Flowable:
    rows = [[t("target", lang), ""]]
    rows += [
        [t(name, lang), t("met" if score.targets[name] else "not_met", lang)] for name in TARGETS
    ]
    return table(rows, [200, 100])


def _failed_gates(
    score: InstitutionScore, config: ScoringConfig, labels: dict[str, str], lang: str
) -> list[Flowable]:
    if not score.failed_gates:
        return [para(t("no_failed_gates", lang))]
    rows = [[t("item", lang), t("question", lang), t("reason", lang), t("recommendation", lang)]]
    for failure in score.failed_gates:
        reason = t(f"gate_{failure.reason}", lang, score=failure.score)
        item = score.items[failure.item]
        rows.append(
            [
                failure.item,
                labels.get(failure.item, ""),
                reason,
                text_in(config.recommendations[item.recommendation], lang, "en"),
            ]
        )
    return [
        table(rows, [48, 166, 80, 188]),
        para(t("gate_cap", lang, level=config.gate_cap_level), styles().small),
    ]


def _top_gaps(
    score: InstitutionScore, config: ScoringConfig, labels: dict[str, str], lang: str
) -> Flowable:
    if not score.gap_items:
        return para(t("no_gaps", lang))
    rows = [
        [
            t("item", lang),
            t("question", lang),
            t("score", lang),
            t("weight", lang),
            t("priority", lang),
            t("recommendation", lang),
        ]
    ]
    for gap in score.gap_items[:TOP_GAPS]:
        item = f"{gap.item} ({gap.sub})" + (" ◆" if gap.gate else "")
        rows.append(
            [
                item,
                labels.get(gap.item, ""),
                str(gap.score),
                str(gap.w),
                str(gap.priority),
                text_in(config.recommendations[gap.recommendation], lang, "en"),
            ]
        )
    return table(rows, [52, 150, 30, 34, 38, 170])


def _subdimension_table(score: InstitutionScore, config: ScoringConfig, lang: str) -> Flowable:
    rows = [
        [
            t("subdimension", lang),
            t("index", lang),
            t("completeness", lang),
            t("gap_to", lang, target="T-min"),
            t("gap_to", lang, target="T-int"),
        ]
    ]
    for code, area in score.subdimensions.items():
        label = text_in(config.subdimensions[code].label, lang, "en")
        rows.append(
            [
                f"{code} {label}",
                number(area.index),
                "–" if area.completeness is None else f"{100 * area.completeness:.0f} %",
                number(score.gaps["T_min"][code]),
                number(score.gaps["T_int"][code]),
            ]
        )
    return table(rows, [230, 50, 70, 60, 60])


def _validation(pair: ScorePair, config: ScoringConfig, lang: str) -> list[Flowable]:
    corrected = pair.validated.corrected_items
    rows = [[t("dimension", lang), t("self_reported", lang), t("validated", lang)]]
    for code in DIMENSIONS:
        rows.append(
            [
                _dimension_label(config, code, lang),
                number(pair.self_reported.index(code)),
                number(pair.validated.index(code)),
            ]
        )
    rows.append(
        [t("overall", lang), number(pair.self_reported.overall), number(pair.validated.overall)]
    )
    note = (
        t("corrected_items", lang, items=", ".join(corrected))
        if corrected
        else t("no_corrections", lang)
    )
    return [para(note), table(rows, [150, 90, 90])]


def level_label(config: ScoringConfig, level: int, lang: str) -> str:
    label = config.level_labels.get(str(level))
    if label is not None:
        return text_in(label, lang, "en")
    return next((name for _lo, _hi, number_, name in config.levels if number_ == level), "")


def _dimension_label(config: ScoringConfig, code: str | None, lang: str) -> str:
    if code is None:
        return "–"
    return text_in(config.dimensions[code].label, lang, "en")  # type: ignore[index]


def _question_labels(form: Form, lang: str) -> dict[str, str]:
    return {
        qid: text_in(question.label, lang, form.default_language)
        for qid, (question, _in_repeat) in form_questions(form).items()
    }
