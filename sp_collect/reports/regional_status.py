"""Chapters 4 and 5 of the regional report: Form A's descriptive answers region-wide, and one
profile per member state and associate member ("no data" ones too)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from sp_collect.analysis.config_form_check import form_questions
from sp_collect.analysis.descriptive import distribution, half_up, numbers, plural
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.reports.document import Block, Heading, PageBreak, Para, Table
from sp_collect.reports.regional_context import LEVEL_FILLS, NO_DATA, Context

STATUS_QUO: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Legal",
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
        "Institutional",
        ("s3_01", "s3_03", "s3_04", "s3_05", "s3_06", "s3_08", "s3_09a", "s3_10a", "s3_10b"),
    ),
    (
        "Administrative: caseloads and processing times",
        ("s4_02", "s4_03", "s4_04", "s4_05", "s4_06", "s4_13", "s4_08", "s4_09"),
    ),
    (
        "Administrative: procedures, payments and causes of delay",
        ("s4_10", "s4_11", "s4_16", "s4_17", "s4_18", "s4_19", "s4_15"),
    ),
    (
        "Technical: exchange channels and platforms",
        ("s5_01", "s5_02", "s5_03", "s5_04", "s5_05", "s5_06", "s5_07", "s5_08"),
    ),
    (
        "Technical: identifiers, records and standards",
        ("s6_01", "s6_02", "s6_03", "s6_05", "s6_06", "s6_07", "s6_08", "s6_09"),
    ),
    (
        "Technical: systems, continuity and connectivity",
        ("s7_01", "s7_03", "s7_04", "s7_05", "s7_06", "s7_07"),
    ),
    (
        "Technical: security and privacy",
        ("s8_01", "s8_02", "s8_03", "s8_04", "s8_05", "s8_06", "s8_07"),
    ),
    (
        "Technical: services to mobile workers",
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
    out: list[Block] = [
        Para(
            f"What the {plural(len(records), 'institution')} answered, question by question. "
            "n: institutions that answered the question (a question skipped by the form's "
            "logic is not asked); a multiple choice counts every answer chosen."
        )
    ]
    for title, qids in STATUS_QUO:
        out.append(Heading(title, 2))
        out.append(_question_table(ctx, records, qids))
    return out


def _question_table(
    ctx: Context, records: Sequence[Mapping[str, Any]], qids: Sequence[str]
) -> Table:
    rows: list[list[str]] = [["Answer", "Institutions", "n"]]
    groups: set[int] = set()
    known = form_questions(ctx.data.scoring.form)
    for qid in (q for q in qids if q in known):  # a question of another form version: left out
        groups.add(len(rows))
        rows.append([f"{ctx.label(qid)} ({qid})", "", ""])
        labels = ctx.choices(qid)
        if labels:
            found = distribution(records, qid)
            if not found.n:
                rows.append([NO_DATA, "–", "0"])
                continue
            for value, label in labels.items():
                if found.counts.get(value):
                    rows.append([label, str(found.counts[value]), str(found.n)])
        else:
            summary = numbers(records, qid)
            spread = f"{half_up(summary.median, 1)} ({half_up(summary.minimum, 1)}–" + (
                f"{half_up(summary.maximum, 1)})"
            )
            if qid in COUNTS:
                rows.append(
                    [
                        "total; median (min–max)",
                        f"{half_up(summary.total)}; {spread}",
                        str(summary.n),
                    ]
                )
            else:
                rows.append(["median (min–max)", spread if summary.n else NO_DATA, str(summary.n)])
    return Table(rows, [322, 110, 50], group_rows=frozenset(groups), font_size=7.5)


def profiles(ctx: Context) -> list[Block]:
    out: list[Block] = [
        Para(
            "One profile per member state and associate member. Figures are totals (counts) or "
            "medians (times, shares, indices) over the country's institutions; the regional "
            "median is given beside each index."
        )
    ]
    kii = themes(i.answers for i in ctx.data.interviews)
    for code, name, group in ctx.data.countries:
        if group not in ("full", "associate"):
            continue
        out += [PageBreak(), Heading(f"{name} ({code})", 2), *_profile(ctx, code, kii)]
    return out


def _profile(ctx: Context, country: str, kii: Any) -> list[Block]:
    data = ctx.data
    codes = ctx.by_country.get(country, [])
    answered = ctx.institution_lines(country)
    out: list[Block] = [
        Para("Institutions: " + ("; ".join(answered) if answered else "none listed") + "."),
    ]
    if not codes:
        out.append(Para("No data: no institution of this country has answered the survey yet."))
        return out
    records = [data.answers[c] for c in codes]
    status = distribution(records, "s2_01")
    status_names = ctx.choices("s2_01")
    out.append(
        Para(
            "Agreement status: "
            + (
                ", ".join(f"{status_names.get(v, v)} ({n})" for v, n in status.counts.items())
                or NO_DATA
            )
            + "."
        )
    )
    year = numbers(records, "s1_14")
    figures = [[ctx.label(q, short=60), _total(records, q)] for q in (*KEY_FIGURES, *CASELOAD)]
    figures += [[ctx.label(q, short=60) + " (median)", _median(records, q)] for q in TIMES]
    out.append(
        Table(
            [
                [
                    "Key figures" + (f" (reference year {half_up(year.median)})" if year.n else ""),
                    "Value",
                ],
                *figures,
            ],
            [382, 100],
            font_size=7.5,
        )
    )
    channels = distribution(records, "s5_01")
    channel_names = ctx.choices("s5_01")
    partners = distribution(records, "s4_07")
    out.append(
        Para(
            "Channels for exchanging case information: "
            + (
                ", ".join(f"{channel_names.get(v, v)} ({n})" for v, n in channels.top(8, skip=()))
                or NO_DATA
            )
            + ". Main partner countries: "
            + (
                ", ".join(f"{ctx.country_name(v)} ({n})" for v, n in partners.top(5, skip=()))
                or NO_DATA
            )
            + "."
        )
    )
    out.append(_readiness_table(ctx, codes, records))
    out += _gates_and_gaps(ctx, codes, ctx.country_name(country))
    themes_here = kii.by_country.get(country, {})
    corrected = sum(len(data.pairs[c].validated.corrected_items) for c in codes)
    out.append(
        Para(
            "Interview themes for the country: "
            + (
                ", ".join(f"{ctx.dim_label(d)} {themes_here.get(d, 0)}" for d in DIMENSIONS)
                if themes_here
                else "no interview coded"
            )
            + f". Workshop corrections applied: {corrected}."
        )
    )
    return out


def _readiness_table(ctx: Context, codes: list[str], records: list[Mapping[str, Any]]) -> Table:
    rows = [
        [
            "Dimension",
            "Index (median)",
            "Regional median",
            "Level",
            "Provisional",
            "Self-assessment (1–5)",
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
                half_up(ctx.median_index(codes, dim)),
                half_up(ctx.summary.dimensions[dim].median),
                ctx.level_name(level),
                f"{provisional} of {len(codes)}",
                half_up(own.median, 1) if own.n else NO_DATA,
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
    gates = (
        "; ".join(f"{ctx.label(item, short=60)} ({item}, {n})" for item, n in failed.most_common())
        or "none"
    )
    rows = [["Gap (item)", "Summed priority", "Recommendation"]]
    rows += [
        [f"{ctx.label(item, short=80)} ({item})", str(p), ctx.recommendation(recommendation[item])]
        for item, p in priority.most_common(3)
    ]
    blocks: list[Block] = [Para(f"Failed gates: {gates}.")]
    if len(rows) > 1:
        blocks.append(
            Table(rows, [170, 60, 252], font_size=7.5, caption=f"Top three gaps: {country}")
        )
    return blocks


def _total(records: list[Mapping[str, Any]], qid: str) -> str:
    found = numbers(records, qid)
    return f"{half_up(found.total)} (n = {found.n})" if found.n else NO_DATA


def _median(records: list[Mapping[str, Any]], qid: str) -> str:
    found = numbers(records, qid)
    return f"{half_up(found.median, 1)} (n = {found.n})" if found.n else NO_DATA
