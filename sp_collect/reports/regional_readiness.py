"""Chapters 6–9 of the regional report: readiness (heat-map, levels, targets), gap analysis
(gap matrix, common gaps, barriers), corridors, and the comparison with frameworks."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from sp_collect.analysis.country_corridors import agreement_parties, country_corridors
from sp_collect.analysis.descriptive import SMALL_N, distribution
from sp_collect.analysis.frameworks import compare_frameworks
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.engine.model import text_in
from sp_collect.reports.charts import levels_chart
from sp_collect.reports.document import Block, Chart, Heading, Para, Table
from sp_collect.reports.regional_context import LEVEL_FILLS, Context

RED, AMBER, GREEN = "#F4B6B0", "#FBE3A6", "#BFE3C0"
CORRIDORS_SHOWN = 25
COMMON_GAPS = 15


@dataclass(frozen=True)
class ItemGap:
    item: str
    institutions: int
    priority: int


def readiness(ctx: Context) -> list[Block]:
    config, summary = ctx.config, ctx.summary
    out: list[Block] = [
        Para(ctx.t("scoring_rules")),
        Heading(ctx.t("indices_by_dimension"), 2),
        _spread_table(ctx),
        Heading(ctx.t("heatmap_title", unit=ctx.unit_lower()), 2),
        *_heatmap(ctx),
        Heading(ctx.t("levels_distribution"), 2),
    ]
    numbers_ = [level for _lo, _hi, level, _label in config.levels]
    legend = [ctx.level_name(n) for n in numbers_] + [ctx.t("no_index")]
    counts = {
        code: [summary.levels[code].get(n, 0) for n in numbers_]
        + [summary.levels[code].get(None, 0)]
        for code in DIMENSIONS
    }
    labels = [ctx.dim_label(d) for d in DIMENSIONS]
    out.append(
        Chart(
            levels_chart(labels, dict(zip(labels, counts.values(), strict=True)), legend),
            caption=ctx.t("levels_caption"),
        )
    )
    rows = [[ctx.t("dimension"), *legend]]
    rows += [[ctx.dim_label(d), *map(str, counts[d])] for d in DIMENSIONS]
    out.append(Table(rows, [96, *[386 / len(legend)] * len(legend)], font_size=7.5))
    out.append(Para(f"{targets_sentence(ctx)} {ctx.t('targets_included')}"))
    out += _self_vs_validated(ctx)
    return out


def targets_sentence(ctx: Context) -> str:
    """How many institutions meet each target (the executive summary says it too)."""
    met = ctx.summary.targets_met
    return ctx.t(
        "exec_targets",
        n=met["T_min"],
        institutions=ctx.t("n_institutions", n=len(ctx.scores)),
        t_int=met["T_int"],
        t_opt=met["T_opt"],
    )


def _spread_table(ctx: Context) -> Table:
    summary = ctx.summary
    quartiles = len(ctx.scores) >= SMALL_N
    header = [ctx.t("dimension"), "n", ctx.t("median"), ctx.t("min_max")]
    header += ["Q1–Q3", ctx.t("iqr")] if quartiles else []
    rows = [header]
    spreads = [(ctx.dim_label(d), summary.dimensions[d]) for d in DIMENSIONS]
    spreads += [
        (ctx.t("overall"), summary.overall),
        (ctx.t("weakest_link"), summary.weakest_link),
    ]
    for label, spread in spreads:
        row = [
            label,
            ctx.num(spread.count),
            ctx.num(spread.median, 1),
            f"{ctx.num(spread.minimum, 1)}–{ctx.num(spread.maximum, 1)}",
        ]
        if quartiles:
            row += [f"{ctx.num(spread.q1, 1)}–{ctx.num(spread.q3, 1)}", ctx.num(spread.iqr, 1)]
        rows.append(row)
    widths = [140, 40, 70, 90, 90, 52] if quartiles else [180, 60, 100, 142]
    return Table(
        rows,
        widths,
        font_size=8,
        caption="" if quartiles else ctx.t("no_quartiles", small=SMALL_N),
    )


def _heatmap(ctx: Context) -> list[Block]:
    config = ctx.config
    subs = list(ctx.summary.subdimensions)
    t_min, t_int = config.targets.T_min, config.targets.T_int
    rows = [[ctx.unit_word(), *subs]]
    fills: dict[tuple[int, int], str] = {}
    for r, (label, codes) in enumerate(ctx.units(), start=1):
        values = [ctx.median_index(codes, sub) for sub in subs]
        rows.append([label, *(ctx.num(v) if v is not None else "" for v in values)])
        for c, value in enumerate(values, start=1):
            if value is not None:
                fills[(r, c)] = RED if value < t_min else AMBER if value < t_int else GREEN
    first = 120 if ctx.data.named else 92
    width = (482 - first) / max(len(subs), 1)
    legend = ", ".join(f"{s} {ctx.sub_label(s)}" for s in subs)
    return [
        Table(
            rows,
            [first, *[width] * len(subs)],
            fills=fills,
            font_size=6.5,
            caption=ctx.t("heatmap_caption", t_min=ctx.num(t_min), t_int=ctx.num(t_int)),
        ),
        Para(ctx.t("label_value", label=ctx.t("subdimensions"), value=legend) + ".", "small"),
    ]


def _self_vs_validated(ctx: Context) -> list[Block]:
    rows = [[ctx.t("dimension"), ctx.t("self_median"), ctx.t("validated_median")]]
    pairs = ctx.data.pairs
    for dim in [*DIMENSIONS, None]:
        label = ctx.dim_label(dim) if dim else ctx.t("overall")
        own = [
            p.self_reported.index(dim) if dim else p.self_reported.overall for p in pairs.values()
        ]
        checked = [p.validated.index(dim) if dim else p.validated.overall for p in pairs.values()]
        rows.append([label, ctx.num(_median(own), 1), ctx.num(_median(checked), 1)])
    corrected = sum(1 for p in pairs.values() if p.validated.corrected_items)
    return [
        Heading(ctx.t("self_vs_validated_indices"), 2),
        Para(ctx.t("corrected_institutions", n=corrected)),
        Table(rows, [180, 150, 152]),
    ]


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def common_item_gaps(ctx: Context) -> list[ItemGap]:
    """Items by summed priority over the institutions that have them as a gap."""
    count: Counter[str] = Counter()
    priority: Counter[str] = Counter()
    for score in ctx.scores.values():
        for gap in score.gap_items:
            count[gap.item] += 1
            priority[gap.item] += gap.priority
    ranked = sorted(priority, key=lambda item: (-priority[item], -count[item], item))
    return [ItemGap(item, count[item], priority[item]) for item in ranked]


def gaps(ctx: Context) -> list[Block]:
    out: list[Block] = [
        Heading(ctx.t("gap_matrix"), 2),
        *_gap_matrix(ctx),
        Heading(ctx.t("common_gaps"), 2),
    ]
    rows = [[ctx.t("item"), ctx.t("dimension"), ctx.t("with_the_gap"), ctx.t("summed_priority")]]
    item_dim = {item.id: item.dim for item in ctx.config.items}
    for gap in common_item_gaps(ctx)[:COMMON_GAPS]:
        rows.append(
            [
                f"{ctx.label(gap.item)} ({gap.item})",
                ctx.dim_label(item_dim[gap.item]),
                ctx.t("count_of", count=gap.institutions, n=len(ctx.scores)),
                ctx.num(gap.priority),
            ]
        )
    out.append(
        Table(
            rows,
            [262, 70, 80, 70],
            font_size=7.5,
            caption=ctx.t("common_gaps_caption", n=COMMON_GAPS),
        )
    )
    out += [Heading(ctx.t("barriers_themes"), 2), *_barriers(ctx)]
    return out


def _gap_matrix(ctx: Context) -> list[Block]:
    rows = [[ctx.unit_word(), *[ctx.dim_label(d) for d in DIMENSIONS]]]
    fills: dict[tuple[int, int], str] = {}
    for r, (label, codes) in enumerate(ctx.units(), start=1):
        row = [label]
        for c, dim in enumerate(DIMENSIONS, start=1):
            priority: Counter[str] = Counter()
            for code in codes:
                for gap in ctx.scores[code].gap_items:
                    if gap.dim == dim:
                        priority[gap.item] += gap.priority
            level = ctx.median_level(codes, dim)
            top = priority.most_common(1)
            text = f"{ctx.label(top[0][0], short=48)} ({top[0][0]})" if top else ctx.t("no_gap")
            row.append(ctx.t("gap_cell", gap=text, level=ctx.level_name(level)))
            if level:
                fills[(r, c)] = LEVEL_FILLS[level - 1]
        rows.append(row)
    return [
        Table(
            rows,
            [78, 101, 101, 101, 101],
            fills=fills,
            font_size=6.5,
            caption=ctx.t(
                "gap_matrix_caption",
                unit=ctx.t("this_institution" if ctx.data.named else "this_country"),
            ),
        ),
    ]


def _barriers(ctx: Context) -> list[Block]:
    records = ctx.form_a_records
    rows = [[ctx.t("barrier_reported"), ctx.t("question"), ctx.t("institutions"), "n"]]
    for qid in ("s10_05", "s4_15", "s5_08"):
        found = distribution(records, qid)
        names = ctx.choices(qid)
        for value, count in found.top(4):
            rows.append([names.get(value, value), qid, ctx.num(count), ctx.num(found.n)])
    found_themes = themes(i.answers for i in ctx.data.interviews)
    theme_rows = [[ctx.t("dimension"), ctx.t("answers_coded"), ctx.t("debrief_gaps")]]
    theme_rows += [
        [ctx.dim_label(d), ctx.num(found_themes.total(d)), ctx.num(found_themes.debrief.get(d, 0))]
        for d in DIMENSIONS
    ]
    return [
        Table(
            rows,
            [240, 60, 100, 82],
            font_size=7.5,
            caption=ctx.t("barriers_caption"),
        ),
        Table(
            theme_rows,
            [180, 150, 152],
            font_size=7.5,
            caption=ctx.t(
                "themes_caption", kii=ctx.t("n_key_informants", n=found_themes.interviews)
            ),
        ),
    ]


def corridors(ctx: Context) -> list[Block]:
    data = ctx.data
    country_of = {code: data.country_of(code) for code in data.answers}
    found = country_corridors(data.answers, ctx.scores, country_of)
    parties = agreement_parties(data.answers, country_of)
    party_names = ", ".join(ctx.country_name(c) for c, p in sorted(parties.items()) if p)
    inside = [c for c in found if c.both_parties]
    outside = [c for c in found if not c.both_parties]
    ready = [c for c in inside if c.pilot_ready]
    out: list[Block] = [
        Para(ctx.t("corridors_intro", parties=party_names or ctx.t("none_reported"))),
        Para(
            ctx.t(
                "corridors_ready",
                corridors=ctx.t("n_corridors", n=len(inside)),
                ready=ctx.t("n_pilot_ready", n=len(ready)),
                list=", ".join(f"{c.origin}→{c.partner}" for c in ready) or ctx.t("none"),
            )
        ),
    ]
    out.append(_corridor_table(ctx, inside[:CORRIDORS_SHOWN], ctx.t("corridors_parties")))
    if len(inside) > CORRIDORS_SHOWN:
        left_out = ctx.t("corridors_left_out", n=len(inside) - CORRIDORS_SHOWN)
        out.append(Para(left_out, "small"))
    if outside:
        out.append(_corridor_table(ctx, outside[:CORRIDORS_SHOWN], ctx.t("corridors_flagged")))
    return out


def _corridor_table(ctx: Context, rows_in: list, caption: str) -> Table:  # type: ignore[type-arg]
    rows = [
        [
            ctx.t("from_to"),
            ctx.t("named_by"),
            ctx.t("caseload"),
            "A (min)",
            "T (min)",
            ctx.t("pilot_ready"),
            ctx.t("blocks_first"),
        ]
    ]
    for c in rows_in:
        block = ", ".join(c.blocking_gates[:3]) + ("…" if len(c.blocking_gates) > 3 else "")
        if c.administrative is None:
            block = ctx.t("no_survey_side")
        rows.append(
            [
                f"{ctx.country_name(c.origin)} → {ctx.country_name(c.partner)}",
                ctx.num(c.named_by),
                ctx.num(c.caseload),
                ctx.num(c.administrative),
                ctx.num(c.technical),
                ctx.t("yes" if c.pilot_ready else "no"),
                "–" if c.pilot_ready else block or ctx.t("below_t_min"),
            ]
        )
    return Table(rows, [150, 42, 50, 40, 40, 50, 110], font_size=7, caption=caption)


def frameworks(ctx: Context) -> list[Block]:
    results = compare_frameworks(ctx.data.frameworks, ctx.scores)
    rows = [
        [
            ctx.t("criterion"),
            ctx.t("reference"),
            ctx.t("crit_met"),
            ctx.t("crit_not_met"),
            ctx.t("no_data_head"),
        ]
    ]
    groups: set[int] = set()
    current = None
    for result in results:
        if result.framework is not current:
            current = result.framework
            groups.add(len(rows))
            rows.append([text_in(current.label, ctx.language, "en"), "", "", "", ""])
        rows.append(
            [
                text_in(result.criterion.label, ctx.language, "en"),
                result.criterion.reference,
                ctx.num(result.count("met")),
                ctx.num(result.count("not_met")),
                ctx.num(result.count("unknown")),
            ]
        )
    total = len(ctx.scores)
    out: list[Block] = [
        Para(ctx.t("frameworks_intro", n=total, file=ctx.data.frameworks_file)),
        Table(rows, [212, 150, 40, 40, 40], group_rows=frozenset(groups), font_size=7),
    ]
    frameworks_ = list(dict.fromkeys(r.framework.id for r in results))
    header = [ctx.unit_word(), *frameworks_]
    matrix = [header]
    for label, codes in ctx.units():
        row = [label]
        for fid in frameworks_:
            mine = [r for r in results if r.framework.id == fid]
            met = sum(1 for r in mine if all(r.outcomes[c] == "met" for c in codes))
            row.append(f"{met}/{len(mine)}")
        matrix.append(row)
    width = (482 - 110) / max(len(frameworks_), 1)
    out.append(
        Table(
            matrix,
            [110, *[width] * len(frameworks_)],
            font_size=6.5,
            caption=ctx.t("frameworks_caption", unit=ctx.unit_lower()),
        )
    )
    names = {r.framework.id: text_in(r.framework.label, ctx.language, "en") for r in results}
    legend = ctx.join([f"{fid} {names[fid]}" for fid in frameworks_])
    out.append(Para(ctx.t("label_value", label=ctx.t("frameworks_legend"), value=legend), "small"))
    return out
