"""Chapters 6–9 of the regional report: readiness (heat-map, levels, targets), gap analysis
(gap matrix, common gaps, barriers), corridors, and the comparison with frameworks."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from sp_collect.analysis.country_corridors import agreement_parties, country_corridors
from sp_collect.analysis.descriptive import SMALL_N, distribution, half_up, plural
from sp_collect.analysis.frameworks import compare_frameworks
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.engine.model import text_in
from sp_collect.reports.charts import levels_chart
from sp_collect.reports.document import Block, Chart, Heading, Para, Table
from sp_collect.reports.regional_context import LEVEL_FILLS, Context

RED, AMBER, GREEN = "#F4B6B0", "#FBE3A6", "#BFE3C0"
CORRIDORS_SHOWN = 25


@dataclass(frozen=True)
class ItemGap:
    item: str
    institutions: int
    priority: int


def readiness(ctx: Context) -> list[Block]:
    config, summary = ctx.config, ctx.summary
    out: list[Block] = [
        Para(
            "Scoring rules: items not applicable (hidden by skip logic or answered “not "
            "applicable”) are excluded, never counted as failures; “don't know” is excluded "
            "and lowers completeness."
        ),
        Heading("Indices by dimension", 2),
        _spread_table(ctx),
        Heading(f"Heat-map: {ctx.unit_word().lower()} × sub-dimension", 2),
        *_heatmap(ctx),
        Heading("Distribution of maturity levels", 2),
    ]
    numbers_ = [level for _lo, _hi, level, _label in config.levels]
    legend = [ctx.level_name(n) for n in numbers_] + ["no index"]
    counts = {
        code: [summary.levels[code].get(n, 0) for n in numbers_]
        + [summary.levels[code].get(None, 0)]
        for code in DIMENSIONS
    }
    labels = [ctx.dim_label(d) for d in DIMENSIONS]
    out.append(
        Chart(
            levels_chart(labels, dict(zip(labels, counts.values(), strict=True)), legend),
            caption="Institutions at each maturity level, per dimension (gates applied).",
        )
    )
    rows = [["Dimension", *legend]]
    rows += [[ctx.dim_label(d), *map(str, counts[d])] for d in DIMENSIONS]
    out.append(Table(rows, [96, *[386 / len(legend)] * len(legend)], font_size=7.5))
    met = summary.targets_met
    total = len(ctx.scores)
    out.append(
        Para(
            f"Targets: {met['T_min']} of {plural(total, 'institution')} meet T-min, "
            f"{met['T_int']} T-int and {met['T_opt']} T-opt (gates and extra rules included)."
        )
    )
    out += _self_vs_validated(ctx)
    return out


def _spread_table(ctx: Context) -> Table:
    summary = ctx.summary
    quartiles = len(ctx.scores) >= SMALL_N
    header = ["Dimension", "n", "Median", "Min–max"] + (["Q1–Q3", "IQR"] if quartiles else [])
    rows = [header]
    spreads = [(ctx.dim_label(d), summary.dimensions[d]) for d in DIMENSIONS]
    spreads += [("Overall", summary.overall), ("Weakest link", summary.weakest_link)]
    for label, spread in spreads:
        row = [
            label,
            str(spread.count),
            half_up(spread.median, 1),
            f"{half_up(spread.minimum, 1)}–{half_up(spread.maximum, 1)}",
        ]
        if quartiles:
            row += [f"{half_up(spread.q1, 1)}–{half_up(spread.q3, 1)}", half_up(spread.iqr, 1)]
        rows.append(row)
    widths = [140, 40, 70, 90, 90, 52] if quartiles else [180, 60, 100, 142]
    return Table(
        rows,
        widths,
        font_size=8,
        caption="" if quartiles else f"Fewer than {SMALL_N} institutions: no quartiles.",
    )


def _heatmap(ctx: Context) -> list[Block]:
    config = ctx.config
    subs = list(ctx.summary.subdimensions)
    t_min, t_int = config.targets.T_min, config.targets.T_int
    rows = [[ctx.unit_word(), *subs]]
    fills: dict[tuple[int, int], str] = {}
    for r, (label, codes) in enumerate(ctx.units(), start=1):
        values = [ctx.median_index(codes, sub) for sub in subs]
        rows.append([label, *(half_up(v) if v is not None else "" for v in values)])
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
            caption=f"Sub-dimension indices (0–100, rounded half up); red below T-min "
            f"({half_up(t_min)}), amber below T-int ({half_up(t_int)}), green at or "
            "above; blank: no scored answer.",
        ),
        Para(f"Sub-dimensions: {legend}.", "small"),
    ]


def _self_vs_validated(ctx: Context) -> list[Block]:
    rows = [["Dimension", "Self-reported (median)", "Validated (median)"]]
    pairs = ctx.data.pairs
    for dim in [*DIMENSIONS, None]:
        label = ctx.dim_label(dim) if dim else "Overall"
        own = [
            p.self_reported.index(dim) if dim else p.self_reported.overall for p in pairs.values()
        ]
        checked = [p.validated.index(dim) if dim else p.validated.overall for p in pairs.values()]
        rows.append([label, half_up(_median(own), 1), half_up(_median(checked), 1)])
    corrected = sum(1 for p in pairs.values() if p.validated.corrected_items)
    return [
        Heading("Self-reported and validated indices", 2),
        Para(f"{plural(corrected, 'institution')} had answers corrected at a workshop."),
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
    out: list[Block] = [Heading("Gap matrix", 2), *_gap_matrix(ctx), Heading("Common gaps", 2)]
    rows = [["Item", "Dimension", "Institutions with the gap", "Summed priority"]]
    item_dim = {item.id: item.dim for item in ctx.config.items}
    for gap in common_item_gaps(ctx)[:15]:
        rows.append(
            [
                f"{ctx.label(gap.item, short=90)} ({gap.item})",
                ctx.dim_label(item_dim[gap.item]),
                f"{gap.institutions} of {len(ctx.scores)}",
                str(gap.priority),
            ]
        )
    out.append(
        Table(
            rows,
            [262, 70, 80, 70],
            font_size=7.5,
            caption="The 15 items with the highest summed priority (weight × (4 − score)).",
        )
    )
    out += [Heading("Barriers reported and interview themes", 2), *_barriers(ctx)]
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
            text = f"{ctx.label(top[0][0], short=48)} ({top[0][0]})" if top else "no gap"
            row.append(f"{text}; level {ctx.level_name(level)}")
            if level:
                fills[(r, c)] = LEVEL_FILLS[level - 1]
        rows.append(row)
    return [
        Table(
            rows,
            [78, 101, 101, 101, 101],
            fills=fills,
            font_size=6.5,
            caption="Each cell: the highest-priority gap of the dimension in that "
            f"{ctx.unit_word().lower()} and its maturity level (colour: level 1 red "
            "to 5 green). Dimensions are columns and countries rows so that every "
            "country fits the page.",
        ),
    ]


def _barriers(ctx: Context) -> list[Block]:
    records = ctx.form_a_records
    rows = [["Barrier reported", "Question", "Institutions", "n"]]
    for qid in ("s10_05", "s4_15", "s5_08"):
        found = distribution(records, qid)
        names = ctx.choices(qid)
        for value, count in found.top(4):
            rows.append([names.get(value, value), qid, str(count), str(found.n)])
    found_themes = themes(i.answers for i in ctx.data.interviews)
    theme_rows = [["Dimension", "Interview answers coded", "Gaps noted in debriefs"]]
    theme_rows += [
        [ctx.dim_label(d), str(found_themes.total(d)), str(found_themes.debrief.get(d, 0))]
        for d in DIMENSIONS
    ]
    return [
        Table(
            rows,
            [240, 60, 100, 82],
            font_size=7.5,
            caption="Most frequent barriers in Form A (s10_05 challenges, s4_15 causes of "
            "delay, s5_08 conditions to join a regional exchange).",
        ),
        Table(
            theme_rows,
            [180, 150, 152],
            font_size=7.5,
            caption=f"What {plural(found_themes.interviews, 'key informant')} raised, by "
            "dimension (Form B).",
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
        Para(
            f"Agreement parties (most of their institutions report the Agreement ratified): "
            f"{party_names or 'none reported'}. A corridor is a country pair that institutions "
            "name as main partners (s4_07); its weight is how many institutions name it and the "
            "Agreement caseload (s4_02–s4_04) shared over the partners named. Its readiness is "
            "the weakest institution's Administrative and Technical index on either side."
        ),
        Para(
            f"{plural(len(inside), 'corridor')} between parties; "
            f"{plural(len(ready), 'is', 'are')} pilot-ready (every institution on both sides "
            f"meets T-min): "
            + (", ".join(f"{c.origin}→{c.partner}" for c in ready) or "none")
            + "."
        ),
    ]
    out.append(
        _corridor_table(ctx, inside[:CORRIDORS_SHOWN], "Corridors between Agreement parties")
    )
    if len(inside) > CORRIDORS_SHOWN:
        out.append(
            Para(f"{len(inside) - CORRIDORS_SHOWN} lighter corridors are not listed.", "small")
        )
    if outside:
        out.append(
            _corridor_table(
                ctx,
                outside[:CORRIDORS_SHOWN],
                "Flagged: partner pairs where a side is not an Agreement party or gave no status",
            )
        )
    return out


def _corridor_table(ctx: Context, rows_in: list, caption: str) -> Table:  # type: ignore[type-arg]
    rows = [
        [
            "From → to",
            "Named by",
            "Caseload",
            "A (min)",
            "T (min)",
            "Pilot-ready",
            "What blocks it first",
        ]
    ]
    for c in rows_in:
        block = ", ".join(c.blocking_gates[:3]) + ("…" if len(c.blocking_gates) > 3 else "")
        if c.administrative is None:
            block = "no survey on one side"
        rows.append(
            [
                f"{ctx.country_name(c.origin)} → {ctx.country_name(c.partner)}",
                str(c.named_by),
                half_up(c.caseload),
                half_up(c.administrative),
                half_up(c.technical),
                "yes" if c.pilot_ready else "no",
                block or "no failed gate; indices below T-min" if not c.pilot_ready else "–",
            ]
        )
    return Table(rows, [150, 42, 50, 40, 40, 50, 110], font_size=7, caption=caption)


def frameworks(ctx: Context) -> list[Block]:
    results = compare_frameworks(ctx.data.frameworks, ctx.scores)
    rows = [["Criterion", "Reference", "Met", "Not met", "No data"]]
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
                str(result.count("met")),
                str(result.count("not_met")),
                str(result.count("unknown")),
            ]
        )
    total = len(ctx.scores)
    out: list[Block] = [
        Para(
            f"Per criterion, how many of the {plural(total, 'institution')} meet it, given the "
            f"scored items and thresholds of {ctx.data.frameworks_file}; “no data”: an item or "
            "index it needs has no score."
        ),
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
            caption=f"Criteria met per {ctx.unit_word().lower()} (a country meets a "
            "criterion when all its institutions do).",
        )
    )
    return out
