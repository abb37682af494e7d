"""The regional report's data-heavy sections: heat-map, levels, corridors, gaps, frameworks,
interview observations and annex tables. Every figure is computed from the scores given."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from sp_collect.analysis.corridors import Corridor
from sp_collect.analysis.frameworks import compare_frameworks
from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.regional import RegionalSummary
from sp_collect.analysis.score_table import score_table
from sp_collect.analysis.scoring_config import DIMENSIONS, ScoringConfig
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.engine.model import text_in
from sp_collect.reports.charts import levels_chart
from sp_collect.reports.inputs import RegionalData
from sp_collect.reports.layout import cell, heading, number, para, percent, styles, table
from sp_collect.reports.observations import observations
from sp_collect.reports.readiness_report import level_label
from sp_collect.reports.texts import t

RED = colors.HexColor("#F4B6B0")
AMBER = colors.HexColor("#FBE3A6")
GREEN = colors.HexColor("#BFE3C0")
SUBHEADER = colors.HexColor("#F3F5F7")
MATRIX_LIMIT = 32
"""Above this many institutions the corridor matrix would be unreadable: list the pairs."""
QUOTES_PER_DIMENSION = 8
COMPACT: tuple[tuple[object, ...], ...] = (
    ("LEFTPADDING", (0, 0), (-1, -1), 1),
    ("RIGHTPADDING", (0, 0), (-1, -1), 1),
)


def heatmap(
    scores: Mapping[InstitutionKey, InstitutionScore],
    subs: list[str],
    config: ScoringConfig,
    lang: str,
) -> list[Flowable]:
    t_min, t_int = config.targets.T_min, config.targets.T_int
    rows: list[list[object]] = [[t("institution", lang), *subs]]
    style: list[tuple[object, ...]] = [*COMPACT, ("ALIGN", (1, 0), (-1, -1), "CENTER")]
    for row, code in enumerate(sorted(scores), start=1):
        values = [scores[code].index(sub) for sub in subs]
        rows.append([str(code), *(number(v, 0) if v is not None else "" for v in values)])
        for column, value in enumerate(values, start=1):
            if value is not None:
                colour = RED if value < t_min else AMBER if value < t_int else GREEN
                style.append(("BACKGROUND", (column, row), (column, row), colour))
    width = (482 - 72) / max(len(subs), 1)
    return [
        para(
            t("heatmap_caption", lang, t_min=number(t_min, 0), t_int=number(t_int, 0)),
            styles().small,
        ),
        table(
            rows,
            [72, *[width] * len(subs)],
            extra_style=style,
            font_size=6,
            wrap=False,
        ),
    ]


def levels(summary: RegionalSummary, config: ScoringConfig, lang: str) -> list[Flowable]:
    numbers = [level for _lo, _hi, level, _label in config.levels]
    legend = [f"{n} {level_label(config, n, lang)}" for n in numbers] + [t("no_index", lang)]
    counts = {
        code: [summary.levels[code].get(n, 0) for n in numbers]
        + [summary.levels[code].get(None, 0)]
        for code in DIMENSIONS
    }
    rows = [[t("dimension", lang), *legend]]
    for code in DIMENSIONS:
        rows.append([text_in(config.dimensions[code].label, lang, "en"), *map(str, counts[code])])
    return [
        levels_chart(DIMENSIONS, counts, legend),
        table(rows, [100, *[382 / len(legend)] * len(legend)]),
    ]


def corridors(
    corridor_list: tuple[Corridor, ...], codes: list[InstitutionKey], lang: str
) -> list[Flowable]:
    """Rows name the institutions; columns use their row numbers so 30 of them fit a page."""
    ready = sum(1 for c in corridor_list if c.pilot_ready)
    intro = para(t("corridor_text", lang, ready=ready, pairs=len(corridor_list)))
    if len(codes) > MATRIX_LIMIT:
        listed = sorted(corridor_list, key=lambda c: -(c.overall or 0.0))
        rows = [["A", "B", t("overall", lang), "T", "T-min"]]
        rows += [
            [
                str(c.a),
                str(c.b),
                number(c.overall),
                number(c.technical),
                t("yes" if c.pilot_ready else "no", lang),
            ]
            for c in listed
        ]
        return [intro, table(rows, [110, 110, 70, 70, 70])]
    pairs = {(c.a, c.b): c for c in corridor_list}
    rows: list[list[object]] = [["", *range(1, len(codes) + 1)]]
    style: list[tuple[object, ...]] = [*COMPACT, ("ALIGN", (1, 0), (-1, -1), "CENTER")]
    for i, a in enumerate(codes, start=1):
        row: list[object] = [f"{i} {a}"]
        for j, b in enumerate(codes, start=1):
            if a == b:
                row.append("·")
                continue
            corridor = pairs[(a, b) if a < b else (b, a)]
            row.append(number(corridor.overall, 0))
            if corridor.pilot_ready:
                style.append(("BACKGROUND", (j, i), (j, i), GREEN))
        rows.append(row)
    side = min(24.0, (482 - 76) / max(len(codes), 1))
    widths = [76, *[side] * len(codes)]
    return [intro, table(rows, widths, extra_style=style, font_size=6, wrap=False)]


def common_gaps(summary: RegionalSummary, config: ScoringConfig, lang: str) -> list[Flowable]:
    rows = [[t("subdimension", lang), t("below_t_min", lang), t("share", lang)]]
    for gap in summary.common_gaps:
        label = text_in(config.subdimensions[gap.sub].label, lang, "en")
        rows.append(
            [f"{gap.sub} {label}", f"{gap.below} / {gap.scored}", percent(gap.below, gap.scored)]
        )
    return [
        para(t("common_gaps_text", lang, t_min=number(config.targets.T_min, 0))),
        table(rows, [300, 90, 70]),
    ]


def frameworks(
    data: RegionalData, scores: Mapping[InstitutionKey, InstitutionScore], lang: str
) -> list[Flowable]:
    results = compare_frameworks(data.frameworks, scores)
    total = len(scores)
    rows: list[list[object]] = [
        [t("criterion", lang), t("reference", lang), t("meets", lang), t("not_assessable", lang)]
    ]
    style: list[tuple[object, ...]] = []
    framework = None
    for result in results:
        if result.framework is not framework:
            framework = result.framework
            rows.append([cell(text_in(framework.label, lang, "en"), bold=True), "", "", ""])
            style += [
                ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), SUBHEADER),
            ]
        criterion = result.criterion
        rows.append(
            [
                text_in(criterion.label, lang, "en"),
                criterion.reference,
                f"{result.count('met')} / {total}",
                str(result.count("unknown")),
            ]
        )
    return [
        para(t("frameworks_text", lang, total=total, file=data.frameworks_file)),
        table(rows, [220, 142, 58, 62], extra_style=style),
    ]


def interviews(data: RegionalData, lang: str) -> list[Flowable]:
    found = observations(data.interviews, lang)
    out: list[Flowable] = [
        para(
            t(
                "observations_text",
                lang,
                interviews=found.interviews,
                consented=found.consented,
                quotes=len(found.quotes),
                coded=found.coded,
            )
        )
    ]
    config = data.scoring.config
    groups = [(code, text_in(config.dimensions[code].label, lang, "en")) for code in DIMENSIONS]
    for code, label in [*groups, (None, t("not_coded", lang))]:
        quotes = found.by_dimension(code)
        out.append(heading(f"{label} ({len(quotes)})", level=2))
        if not quotes:
            out.append(para(t("no_quotes", lang), styles().small))
        for quote in quotes[:QUOTES_PER_DIMENSION]:
            source = quote.attribution or t("anonymous", lang)
            mark = " †" if quote.needs_review else ""
            out.append(
                KeepTogether(
                    [
                        para(f"“{quote.text}”{mark}", styles().quote),
                        para(f"— {source}; {quote.question}", styles().small),
                    ]
                )
            )
    return out


def annex(
    data: RegionalData, scores: Mapping[InstitutionKey, InstitutionScore], lang: str
) -> list[Flowable]:
    header, *text_rows = score_table(scores)
    names = {"institution": "institution", "overall": "overall", "weakest": "weakest_link",
             "levels": "levels_col", "failed_gates": "failed_gates", "target": "target",
             "provisional": "provisional"}  # fmt: skip
    header = [t(names[key], lang) if key in names else key for key in header]
    widths = [30, 56, 26, 26, 26, 26, 30, 30, 44, 56, 36, 40, 24, 32]
    out: list[Flowable] = [
        heading(t("annex_scores", lang), level=2),
        table([[_tiny(c) for c in row] for row in [header, *text_rows]], widths),
        para(t("capped_note", lang), styles().small),
        Spacer(1, 6),
        heading(t("annex_validation", lang), level=2),
    ]
    rows = [
        [t("institution", lang), t("country", lang), t("self_reported", lang), t("validated", lang)]
    ]
    for code in sorted(data.pairs):
        pair = data.pairs[code]
        info = data.institutions.get(code)
        rows.append(
            [
                f"{info.name if info else code} ({code})",
                info.country_name if info else "",
                number(pair.self_reported.overall),
                number(pair.validated.overall),
            ]
        )
    out.append(table(rows, [220, 100, 80, 80]))
    return out


def _tiny(text: object) -> Flowable:
    """A 6-pt cell; codes may break after their underscores to fit narrow columns."""
    return para(str(text).replace("_", "_\u200b"), styles().tiny)
