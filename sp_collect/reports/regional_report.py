"""The regional status-quo and gap-analysis report (D3.2–D3.4), with contents and page numbers."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from sp_collect.analysis.regional import RegionalSummary, Spread, regional_summary
from sp_collect.analysis.scoring_config import DIMENSIONS, TARGETS
from sp_collect.engine.model import text_in
from sp_collect.errors import ReportError
from sp_collect.progress import CancelToken, Progress, check
from sp_collect.reports import regional_sections as sections
from sp_collect.reports.inputs import RegionalData, ReportMeta
from sp_collect.reports.layout import build_pdf, heading, number, para, styles, table, toc
from sp_collect.reports.readiness_report import level_label
from sp_collect.reports.texts import t


def write_regional_report(
    out_path: Path,
    data: RegionalData,
    meta: ReportMeta,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    lang = meta.language
    if not data.pairs:
        raise ReportError(t("no_institutions", "en"), code="report_no_data")
    scores = data.scores()
    summary = regional_summary(scores)
    config = data.scoring.config
    check(cancel)
    flowables: list[Flowable] = [
        para(t("regional_title", lang), styles().title),
        para(t("generated", lang, date=meta.date, workspace=meta.workspace), styles().small),
        *toc(t("contents", lang)),
        PageBreak(),
        heading(t("method", lang)),
        para(_method_text(data, lang)),
        heading(t("coverage", lang)),
        *_coverage(data, lang),
        heading(t("results", lang)),
        *_results(summary, data, lang),
        heading(t("heatmap", lang)),
        *sections.heatmap(scores, list(summary.subdimensions), config, lang),
        heading(t("levels_distribution", lang)),
        *sections.levels(summary, config, lang),
        heading(t("corridors", lang)),
        KeepTogether(sections.corridors(summary.corridors, list(summary.institutions), lang)),
        heading(t("common_gaps", lang)),
        *sections.common_gaps(summary, config, lang),
        heading(t("frameworks", lang)),
        *sections.frameworks(data, scores, lang),
        heading(t("observations", lang)),
        *sections.interviews(data, lang),
        PageBreak(),
        heading(t("annex", lang)),
        *sections.annex(data, scores, lang),
    ]
    check(cancel)
    return build_pdf(
        out_path,
        flowables,
        title=t("regional_title", lang),
        footer=f"{t('regional_title', lang)} · {meta.date}",
        with_toc=True,
        progress=progress,
        cancel=cancel,
    )


def _method_text(data: RegionalData, lang: str) -> str:
    config = data.scoring.config
    per_dim = Counter(item.dim for item in config.items)
    levels = ", ".join(
        f"{level} {level_label(config, level, lang)} ({number(lo, 0)}–{number(min(hi, 100), 0)})"
        for lo, hi, level, _label in config.levels
    )
    kind = t("validated" if data.scoring.validated else "self_reported", lang).lower()
    return t(
        "method_text",
        lang,
        institutions=len(data.pairs),
        config=config.id,
        version=config.version,
        items=len(config.items),
        per_dim=", ".join(f"{code} {per_dim[code]}" for code in DIMENSIONS),
        gates=sum(1 for item in config.items if item.gate),
        levels=levels,
        cap=config.gate_cap_level,
        t_min=number(config.targets.T_min, 0),
        t_int=number(config.targets.T_int, 0),
        t_opt=number(config.targets.T_opt, 0),
        threshold=f"{100 * config.provisional_if_completeness_below:.0f} %",
        version_kind=kind,
        interviews=len(data.interviews),
    )


def _coverage(data: RegionalData, lang: str) -> list[Flowable]:
    by_country: dict[str, list[str]] = {}
    for code in sorted(data.pairs):
        info = data.institutions.get(code)
        name = info.name if info else str(code)
        by_country.setdefault(info.country if info else code.country, []).append(name)
    interviews = Counter(str(i.answers.get("b0_05") or "") for i in data.interviews)
    countries = sorted(set(by_country) | {c for c in interviews if c})
    rows = [[t("country", lang), t("institutions_answered", lang), t("interviews", lang)]]
    for country in countries:
        name = data.country_names.get(country, country)
        rows.append(
            [
                f"{name} ({country})" if country else "–",
                "; ".join(by_country.get(country, [])) or "–",
                str(interviews.get(country, 0)),
            ]
        )
    in_list = sum(1 for key in data.pairs if key.code in data.listed_institutions)
    text = t(
        "coverage_text",
        lang,
        answered=in_list,
        listed=len(data.listed_institutions),
        others=len(data.pairs) - in_list,
        countries=len([c for c in by_country if c]),
    )
    return [para(text), table(rows, [130, 290, 60])]


def _results(summary: RegionalSummary, data: RegionalData, lang: str) -> list[Flowable]:
    config = data.scoring.config
    rows = [
        [
            t("dimension", lang),
            t("count_n", lang),
            t("median", lang),
            t("min_max", lang),
            "Q1–Q3",
            t("iqr", lang),
        ]
    ]

    def line(label: str, spread: Spread) -> list[str]:
        return [
            label,
            str(spread.count),
            number(spread.median),
            f"{number(spread.minimum)}–{number(spread.maximum)}",
            f"{number(spread.q1)}–{number(spread.q3)}",
            number(spread.iqr),
        ]

    for code in DIMENSIONS:
        label = f"{code} {text_in(config.dimensions[code].label, lang, 'en')}"
        rows.append(line(label, summary.dimensions[code]))
    rows.append(line(t("overall", lang), summary.overall))
    rows.append(line(t("weakest_link", lang), summary.weakest_link))
    met = {target: summary.targets_met[target] for target in TARGETS}
    return [
        table(rows, [140, 40, 60, 90, 90, 60]),
        para(
            t(
                "targets_met_text",
                lang,
                t_min=met["T_min"],
                t_int=met["T_int"],
                t_opt=met["T_opt"],
                total=len(summary.institutions),
            )
        ),
    ]
