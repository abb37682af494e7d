"""One institution's readiness profile: indices against targets, levels, failed gates first, top
gaps with their recommendations, completeness flags, self-reported against validated."""

from __future__ import annotations

from pathlib import Path

from sp_collect.analysis.config_form_check import form_questions
from sp_collect.analysis.readiness import InstitutionScore, ScorePair
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS, ScoringConfig
from sp_collect.engine.model import Form, text_in
from sp_collect.progress import CancelToken, Progress
from sp_collect.reports.charts import index_chart
from sp_collect.reports.document import Block, Chart, Document, Heading, Para, Table
from sp_collect.reports.inputs import InstitutionInfo, ReportMeta, ScoringContext
from sp_collect.reports.numbers import number
from sp_collect.reports.render import write_document
from sp_collect.reports.texts import t

TOP_GAPS = 10


def write_readiness_report(
    out_path: Path,
    institution: InstitutionInfo,
    pair: ScorePair,
    scoring: ScoringContext,
    meta: ReportMeta,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """The profile as PDF or DOCX (``fmt``; by default the file's extension decides)."""
    lang = meta.language
    blocks: list[Block] = [
        Para(t("readiness_title", lang), "title"),
        Para(f"{institution.name} ({institution.code})", "subtitle"),
        Para(institution.country_name, "subtitle"),
        Para(t("generated", lang, date=meta.date, workspace=meta.workspace), "small"),
        *readiness_section(institution, pair, scoring, lang),
    ]
    doc = Document(
        title=f"{t('readiness_title', lang)}: {institution.name}",
        footer=f"{institution.code} · {t('readiness_title', lang)} · {meta.date}",
        blocks=blocks,
        language=lang,
    )
    return write_document(out_path, doc, fmt=fmt, progress=progress, cancel=cancel)


def readiness_section(
    institution: InstitutionInfo, pair: ScorePair, scoring: ScoringContext, lang: str
) -> list[Block]:
    """The profile's body: chart, levels, targets, gates, gaps, completeness, validation."""
    config, form = scoring.config, scoring.form
    score = scoring.pick(pair)
    kind = t("validated" if scoring.validated else "self_reported", lang).lower()
    labels = _question_labels(form, lang)
    out: list[Block] = [
        Para(
            t("scores_version", lang, config=config.id, version=config.version, version_kind=kind),
            "small",
        ),
        Heading(t("indices_vs_targets", lang)),
        _chart(pair, scoring, lang),
        Para(
            t(
                "chart_caption",
                lang,
                t_min=number(config.targets.T_min, lang),
                t_int=number(config.targets.T_int, lang),
            ),
            "small",
        ),
        _dimension_table(score, config, lang),
        Para(
            t(
                "overall_line",
                lang,
                overall=number(score.overall, lang, 1),
                weakest=number(score.weakest_link, lang, 1),
                dimension=_dimension_label(config, score.weakest_dimension, lang),
            )
        ),
        _targets_table(score, lang),
        Heading(t("failed_gates", lang)),
        *_failed_gates(score, config, labels, lang),
        Heading(t("top_gaps", lang)),
        _top_gaps(score, config, labels, lang),
        Para(t("gate_marker", lang), "small"),
        Heading(t("subdimensions", lang)),
        _subdimension_table(score, config, lang),
        Heading(t("completeness_flags", lang)),
        Para(
            t(
                "provisional_note",
                lang,
                threshold=f"{100 * config.provisional_if_completeness_below:.0f} %",
                dims=", ".join(score.provisional_dimensions) or t("none", lang),
            )
        ),
    ]
    if score.sensitivity is not None:
        out.append(Para(t("sensitivity", lang, overall=number(score.sensitivity.overall, lang, 1))))
    out += [Heading(t("self_vs_validated", lang)), *_validation(pair, config, lang)]
    return out


def _chart(pair: ScorePair, scoring: ScoringContext, lang: str) -> Block:
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
    return Chart(index_chart(categories, series, targets))


def _dimension_table(score: InstitutionScore, config: ScoringConfig, lang: str) -> Block:
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
                number(dim.index, lang, 1),
                level,
                "–" if dim.completeness is None else f"{100 * dim.completeness:.0f} %",
                t("yes" if dim.provisional else "no", lang),
            ]
        )
    return Table(rows, [120, 50, 150, 70, 60])


def _targets_table(score: InstitutionScore, lang: str) -> Block:
    rows = [[t("target", lang), ""]]
    rows += [
        [t(name, lang), t("met" if score.targets[name] else "not_met", lang)] for name in TARGETS
    ]
    return Table(rows, [200, 100])


def _failed_gates(
    score: InstitutionScore, config: ScoringConfig, labels: dict[str, str], lang: str
) -> list[Block]:
    if not score.failed_gates:
        return [Para(t("no_failed_gates", lang))]
    rows = [[t("item", lang), t("question", lang), t("reason", lang), t("recommendation", lang)]]
    for failure in score.failed_gates:
        reason = t(f"gate_{failure.reason}", lang, score=failure.score)
        item = score.items[failure.item]
        rows.append(
            [
                failure.item,
                labels.get(failure.item, ""),
                reason,
                _recommendation(config, failure.item, item.recommendation, lang),
            ]
        )
    return [
        Table(rows, [48, 166, 80, 188]),
        Para(t("gate_cap", lang, level=config.gate_cap_level), "small"),
    ]


def _top_gaps(
    score: InstitutionScore, config: ScoringConfig, labels: dict[str, str], lang: str
) -> Block:
    if not score.gap_items:
        return Para(t("no_gaps", lang))
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
                _recommendation(config, gap.item, gap.recommendation, lang),
            ]
        )
    return Table(rows, [52, 150, 30, 34, 38, 170])


def _recommendation(config: ScoringConfig, item_id: str, key: str, lang: str) -> str:
    """The recommendation, and the ISSA ICT Guidelines the item rests on."""
    text = text_in(config.recommendations[key], lang, "en")
    refs = next((item.issa for item in config.items if item.id == item_id), [])
    return f"{text} ({t('issa', lang, refs='; '.join(refs))})" if refs else text


def _subdimension_table(score: InstitutionScore, config: ScoringConfig, lang: str) -> Block:
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
                number(area.index, lang, 1),
                "–" if area.completeness is None else f"{100 * area.completeness:.0f} %",
                number(score.gaps["T_min"][code], lang, 1),
                number(score.gaps["T_int"][code], lang, 1),
            ]
        )
    return Table(rows, [230, 50, 70, 60, 60])


def _validation(pair: ScorePair, config: ScoringConfig, lang: str) -> list[Block]:
    corrected = pair.validated.corrected_items
    rows = [[t("dimension", lang), t("self_reported", lang), t("validated", lang)]]
    for code in DIMENSIONS:
        rows.append(
            [
                _dimension_label(config, code, lang),
                number(pair.self_reported.index(code), lang, 1),
                number(pair.validated.index(code), lang, 1),
            ]
        )
    rows.append(
        [
            t("overall", lang),
            number(pair.self_reported.overall, lang, 1),
            number(pair.validated.overall, lang, 1),
        ]
    )
    note = (
        t("corrected_items", lang, items=", ".join(corrected))
        if corrected
        else t("no_corrections", lang)
    )
    return [Para(note), Table(rows, [150, 90, 90])]


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
