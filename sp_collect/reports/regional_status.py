"""Chapters 4 and 5 of the regional report: Form A's descriptive answers region-wide, and one
profile per member state and associate member ("no data" ones too)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from sp_collect.analysis.config_form_check import form_questions
from sp_collect.analysis.descriptive import distribution, half_up, numbers
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.reports.document import Block, Heading, PageBreak, Para, Table
from sp_collect.reports.regional_context import LEVEL_FILLS, Context

STATUS_QUO: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = (
    # ((dimension, the sub-topic's text key or "" for the whole dimension), questions)
    (
        ("L", ""),
        (
            "s2_01",
            "s2_02",
            "s2_04",
            "s2_05",
            "s2_06",
            "s2_07a",
            "s2_07b",
            "s2_08a",
            "s2_08b",
            "s2_08c",
            "s2_10a",
            "s2_10b",
            "s2_12a",
        ),
    ),
    (
        ("I", ""),
        ("s3_01", "s3_03", "s3_04", "s3_05", "s3_06", "s3_08", "s3_09a", "s3_10a", "s3_10b"),
    ),
    (
        ("A", "sq_caseloads"),
        ("s4_02", "s4_03", "s4_04", "s4_05", "s4_06", "s4_13", "s4_08", "s4_09"),
    ),
    (
        ("A", "sq_procedures"),
        ("s4_10", "s4_11", "s4_16", "s4_17", "s4_18", "s4_19", "s4_15"),
    ),
    (
        ("T", "sq_channels"),
        ("s5_01", "s5_02", "s5_03", "s5_04", "s5_05", "s5_06", "s5_07", "s5_08"),
    ),
    (
        ("T", "sq_identifiers"),
        ("s6_01", "s6_02", "s6_03", "s6_05", "s6_06", "s6_07", "s6_08", "s6_09"),
    ),
    (
        ("T", "sq_systems"),
        ("s7_01", "s7_03", "s7_04", "s7_05", "s7_06", "s7_07"),
    ),
    (
        ("T", "sq_security"),
        ("s8_01", "s8_02", "s8_03", "s8_04", "s8_05", "s8_06", "s8_07"),
    ),
    (
        ("T", "sq_mobile"),
        ("s9_01", "s9_02", "s9_03", "s9_04", "s9_05", "s9_06", "s9_07"),
    ),
)
COUNTS = frozenset({"s4_02", "s4_03", "s4_04", "s4_05", "s4_06", "s4_13"})
"""Counts that add up across institutions; times and shares are given as medians only."""
KEY_FIGURES = ("s1_08", "s1_09", "s1_10", "s1_11", "s1_12", "s1_13")
CASELOAD = ("s4_02", "s4_03", "s4_04", "s4_05", "s4_06", "s4_13")
TIMES = ("s4_08", "s4_09", "s5_02")
SELF_ASSESSMENT = ("s10_01", "s10_02", "s10_03", "s10_04")


def status_quo(ctx: Context) -> list[Block]:
    records = ctx.form_a_records
    out: list[Block] = [Para(ctx.t("sq_intro", n=len(records)))]
    for (dim, topic), qids in STATUS_QUO:
        title = ctx.dim_label(dim)
        if topic:
            title = ctx.t("label_value", label=title, value=ctx.t(topic))
        out.append(Heading(title, 2))
        out.append(_question_table(ctx, records, qids))
    return out


def _question_table(
    ctx: Context, records: Sequence[Mapping[str, Any]], qids: Sequence[str]
) -> Table:
    rows: list[list[str]] = [[ctx.t("answer"), ctx.t("institutions"), "n"]]
    groups: set[int] = set()
    known = form_questions(ctx.data.scoring.form)
    for qid in (q for q in qids if q in known):  # a question of another form version: left out
        groups.add(len(rows))
        rows.append([f"{ctx.label(qid)} ({qid})", "", ""])
        labels = ctx.choices(qid)
        if labels:
            found = distribution(records, qid)
            if not found.n:
                rows.append([ctx.no_data, "–", "0"])
                continue
            for value, label in labels.items():
                if found.counts.get(value):
                    rows.append([label, ctx.num(found.counts[value]), ctx.num(found.n)])
        else:
            summary = numbers(records, qid)
            spread = f"{ctx.num(summary.median, 1)} ({ctx.num(summary.minimum, 1)}–" + (
                f"{ctx.num(summary.maximum, 1)})"
            )
            if qid in COUNTS:
                rows.append(
                    [
                        ctx.t("total_median_range"),
                        f"{ctx.num(summary.total)}; {spread}",
                        ctx.num(summary.n),
                    ]
                )
            else:
                rows.append(
                    [
                        ctx.t("median_range"),
                        spread if summary.n else ctx.no_data,
                        ctx.num(summary.n),
                    ]
                )
    return Table(rows, [322, 110, 50], group_rows=frozenset(groups), font_size=7.5)


PROFILED = ("full", "associate")
"""The country groups that get a profile: member states and associate members."""


def profiles(ctx: Context) -> list[Block]:
    out: list[Block] = [Para(ctx.t("profiles_intro"))]
    kii = themes(i.answers for i in ctx.data.interviews)
    shown = [(code, name) for code, name, group in ctx.data.countries if group in PROFILED]
    for i, (code, name) in enumerate(shown):
        # the first profile shares the chapter heading's page; each later one starts a new page
        out += [PageBreak()] * (i > 0) + [Heading(f"{name} ({code})", 2)]
        out += _profile(ctx, code, kii)
    return out


def _profile(ctx: Context, country: str, kii: Any) -> list[Block]:
    data = ctx.data
    codes = ctx.by_country.get(country, [])
    answered = ctx.institution_lines(country)
    out: list[Block] = [
        Para(ctx.t("prof_institutions", list=ctx.join(answered) or ctx.t("none_listed"))),
    ]
    if not codes:
        out.append(Para(ctx.t("prof_no_data")))
        return out
    records = [data.answers[c] for c in codes]
    status = distribution(records, "s2_01")
    status_names = ctx.choices("s2_01")
    out.append(
        Para(
            ctx.t(
                "prof_status",
                list=", ".join(
                    f"{status_names.get(v, v)} ({ctx.num(n)})" for v, n in status.counts.items()
                )
                or ctx.no_data,
            )
        )
    )
    year = numbers(records, "s1_14")
    figures = [[ctx.label(q), _total(ctx, records, q)] for q in (*KEY_FIGURES, *CASELOAD)]
    figures += [[ctx.t("with_median", label=ctx.label(q)), _median(ctx, records, q)] for q in TIMES]
    head = ctx.t("key_figures_year", year=half_up(year.median)) if year.n else ctx.t("key_figures")
    out.append(Table([[head, ctx.t("value")], *figures], [382, 100], font_size=7.5))
    channels = distribution(records, "s5_01")
    channel_names = ctx.choices("s5_01")
    partners = distribution(records, "s4_07")
    out.append(
        Para(
            ctx.t(
                "prof_channels",
                channels=", ".join(
                    f"{channel_names.get(v, v)} ({ctx.num(n)})" for v, n in channels.top(8, skip=())
                )
                or ctx.no_data,
                partners=", ".join(
                    f"{ctx.country_name(v)} ({ctx.num(n)})" for v, n in partners.top(5, skip=())
                )
                or ctx.no_data,
            )
        )
    )
    out.append(_readiness_table(ctx, codes, records))
    out += _gates_and_gaps(ctx, codes, ctx.country_name(country))
    themes_here = kii.by_country.get(country, {})
    corrected = sum(len(data.pairs[c].validated.corrected_items) for c in codes)
    coded = (
        ", ".join(f"{ctx.dim_label(d)} {themes_here.get(d, 0)}" for d in DIMENSIONS)
        if themes_here
        else ctx.t("no_interview_coded")
    )
    out.append(Para(ctx.t("prof_themes", themes=coded, n=corrected)))
    return out


def _readiness_table(ctx: Context, codes: list[str], records: list[Mapping[str, Any]]) -> Table:
    rows = [
        [
            ctx.t("dimension"),
            ctx.t("index_median"),
            ctx.t("regional_median"),
            ctx.t("level"),
            ctx.t("provisional"),
            ctx.t("self_assessment"),
        ]
    ]
    fills: dict[tuple[int, int], str] = {}
    for row, (dim, qid) in enumerate(zip(DIMENSIONS, SELF_ASSESSMENT, strict=True), start=1):
        level = ctx.median_level(codes, dim)
        provisional = sum(1 for c in codes if ctx.scores[c].dimensions[dim].provisional)
        own = numbers([{qid: int(r[qid])} for r in records if str(r.get(qid) or "").isdigit()], qid)
        rows.append(
            [
                ctx.dim_label(dim),
                ctx.num(ctx.median_index(codes, dim)),
                ctx.num(ctx.summary.dimensions[dim].median),
                ctx.level_name(level),
                ctx.t("count_of", count=provisional, n=len(codes)),
                ctx.num(own.median, 1) if own.n else ctx.no_data,
            ]
        )
        if level:
            fills[(row, 3)] = LEVEL_FILLS[level - 1]
    return Table(rows, [96, 72, 72, 110, 60, 72], fills=fills, font_size=7.5)


def _gates_and_gaps(ctx: Context, codes: list[str], country: str) -> list[Block]:
    failed = Counter(f.item for c in codes for f in ctx.scores[c].failed_gates)
    priority: Counter[str] = Counter()
    recommendation: dict[str, str] = {}
    for code in codes:
        for gap in ctx.scores[code].gap_items:
            priority[gap.item] += gap.priority
            recommendation[gap.item] = gap.recommendation
    gates = ctx.join(
        [f"{ctx.label(item, short=60)} ({item}, {ctx.num(n)})" for item, n in failed.most_common()]
    ) or ctx.t("none")
    rows = [[ctx.t("gap_item"), ctx.t("summed_priority"), ctx.t("recommendation")]]
    rows += [
        [f"{ctx.label(item)} ({item})", str(p), ctx.recommendation(recommendation[item])]
        for item, p in priority.most_common(3)
    ]
    blocks: list[Block] = [
        Para(ctx.t("label_value", label=ctx.t("failed_gates"), value=gates) + ".")
    ]
    if len(rows) > 1:
        caption = ctx.t("top_three_gaps", country=country)
        blocks.append(Table(rows, [170, 60, 252], font_size=7.5, caption=caption))
    return blocks


def _total(ctx: Context, records: list[Mapping[str, Any]], qid: str) -> str:
    found = numbers(records, qid)
    return f"{ctx.num(found.total)} (n = {ctx.num(found.n)})" if found.n else ctx.no_data


def _median(ctx: Context, records: list[Mapping[str, Any]], qid: str) -> str:
    found = numbers(records, qid)
    return f"{ctx.num(found.median, 1)} (n = {ctx.num(found.n)})" if found.n else ctx.no_data
