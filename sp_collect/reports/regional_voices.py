"""Chapters 10–12 and the annexes of the regional report: key informants (Form B),
beneficiaries (Form C), workshop validation (Form D), recommendations and roadmap, annexes."""

from __future__ import annotations

import statistics
from collections import Counter

from sp_collect.analysis.beneficiaries import BeneficiaryCell, Ratio, by_country_of_work, cell
from sp_collect.analysis.beneficiaries import consented as consenting
from sp_collect.analysis.descriptive import SMALL_N, choice_labels, half_up, plural, share
from sp_collect.analysis.glossary import LANGUAGES, load_glossary
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.readiness import NOT_APPLICABLE
from sp_collect.analysis.roadmap import HORIZONS, WORKSHOP_HORIZON, roadmap
from sp_collect.analysis.score_table import score_table
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.reports.document import Block, Bullets, Heading, Para, Table
from sp_collect.reports.observations import observations
from sp_collect.reports.regional_context import NO_DATA, Context

QUOTES_PER_DIMENSION = 4
ACTIONS_PER_HORIZON = 8
HORIZON_TITLES = {
    "short": "Short term (< 12 months)",
    "medium": "Medium term (1–3 years)",
    "long": "Long term (> 3 years)",
}


def interviews(ctx: Context) -> list[Block]:
    found = themes(i.answers for i in ctx.data.interviews)
    rows = [["Dimension", "High salience", "Medium", "Low", "Untagged", "Total"]]
    for dim in DIMENSIONS:
        counts = found.by_dimension.get(dim, {})
        rows.append(
            [
                ctx.dim_label(dim),
                *(str(counts.get(s, 0)) for s in (3, 2, 1, 0)),
                str(found.total(dim)),
            ]
        )
    out: list[Block] = [
        Heading("Key informants (Form B)", 2),
        Para(
            f"{plural(len(ctx.data.interviews), 'interview')} recorded, "
            f"{found.interviews} with the respondent's consent. Answers the interviewer tagged "
            "with a dimension, by salience:"
        ),
        Table(rows, [150, 66, 66, 66, 66, 68]),
    ]
    roles = _role_labels(ctx)
    role_rows = [["Respondent's role", *[ctx.dim_label(d) for d in DIMENSIONS]]]
    for role, counts in sorted(found.by_role.items(), key=lambda kv: -sum(kv[1].values())):
        role_rows.append([roles.get(role, role), *(str(counts.get(d, 0)) for d in DIMENSIONS)])
    if len(role_rows) > 1:
        out.append(Table(role_rows, [162, 80, 80, 80, 80], caption="Themes per role"))
    quotes = observations(ctx.data.interviews, ctx.language)
    out.append(
        Para(
            f"Quotations are used only where the respondent permitted them "
            f"({plural(len(quotes.quotes), 'quotation')}); never with names"
            + ("" if ctx.data.named else ", and attributed to a country only")
            + ". † : to be confirmed by the respondent."
        )
    )
    for dim in DIMENSIONS:
        picked = quotes.by_dimension(dim)[:QUOTES_PER_DIMENSION]
        if picked:
            out.append(Para(ctx.dim_label(dim), "small"))
        for quote in picked:
            source = quote.attribution or "a respondent"
            if not ctx.data.named and quote.attribution:
                source = ctx.country_name(quote.attribution.rsplit("(", 1)[-1].rstrip(")"))
            mark = " †" if quote.needs_review else ""
            out.append(Para(f"“{quote.text}”{mark} — {source}", "quote"))
    return out


def _role_labels(ctx: Context) -> dict[str, str]:
    forms = [i.form for i in ctx.data.interviews]
    return choice_labels(forms[0], "b0_07", ctx.language) if forms else {}


def beneficiaries(ctx: Context) -> list[Block]:
    records = ctx.data.beneficiaries
    people = consenting(records)
    out: list[Block] = [
        Heading("Beneficiaries (Form C)", 2),
        Para(
            f"{plural(len(people), 'beneficiary', 'beneficiaries')} interviewed with consent "
            f"({len(records) - len(people)} not eligible or no consent). A person counts in "
            f"every country they worked in; cells with fewer than {SMALL_N} people are not "
            "shown (“n < 5”)."
        ),
    ]
    if not people:
        return [*out, Para("No data: no beneficiary interview has been received.")]
    groups = by_country_of_work(records)
    rows = [
        [
            "Country of work",
            "People",
            "Heard of the Agreement",
            "Periods counted",
            "Median time to decision",
            "Smartphone",
            "Prefer institutions to share records",
        ]
    ]
    groups_and_all = [
        *((ctx.country_name(c), g) for c, g in groups.items()),
        ("All beneficiaries", cell(people)),
    ]
    for label, group in groups_and_all:
        rows.append([label, str(group.people), *_cells(ctx, group)])
    out.append(Table(rows, [92, 40, 70, 70, 70, 70, 70], font_size=7))
    rows = [
        [
            "Country of work",
            "People",
            "Told what happens when moving",
            "Loses money on transfers",
            "Complained or appealed",
            "Satisfied with the claim",
            "Median costs (most used currency)",
        ]
    ]
    for label, group in groups_and_all:
        rows.append([label, str(group.people), *_experience(group)])
    out.append(
        Table(
            rows,
            [92, 40, 70, 70, 70, 70, 70],
            font_size=7,
            caption="Information and claim experience (claimants only where asked).",
        )
    )
    everyone = cell(people)
    names = ctx.choices("c5_02", ctx.data.beneficiary_form) if ctx.data.beneficiary_form else {}
    if everyone.reasons.n >= SMALL_N:
        out.append(
            Para(
                "Reasons for not claiming (n = "
                f"{everyone.reasons.n}): "
                + "; ".join(f"{names.get(v, v)} {c}" for v, c in everyone.reasons.top(5, skip=()))
                + "."
            )
        )
    return out


def _cells(ctx: Context, group: BeneficiaryCell) -> list[str]:
    ratio = _ratio
    band, n = group.decision
    decision = f"n < {SMALL_N}"
    if band and n >= SMALL_N:
        decision = f"{ctx.beneficiary_label('c4_07', band)} (n = {n})"
    return [
        ratio(group.aware),
        ratio(group.counted),
        decision,
        ratio(group.smartphone),
        ratio(group.direct_sharing),
    ]


def _experience(group: BeneficiaryCell) -> list[str]:
    currency, median, n = group.costs
    costs = f"n < {SMALL_N}"
    if currency is not None and median is not None and n >= SMALL_N:
        costs = f"{currency} {half_up(median)} (n = {n})"
    ratios = (group.informed, group.transfer_loss, group.complained, group.satisfied)
    return [*map(_ratio, ratios), costs]


def _ratio(value: Ratio) -> str:
    return f"{share(value.yes, value.n)} (n = {value.n})" if value.shown else f"n < {SMALL_N}"


def workshops(ctx: Context) -> list[Block]:
    found = ctx.workshops
    if not found:
        return [Para("No data: no validation workshop summary (Form D) has been received.")]
    rows = [
        [
            "Workshop",
            "Dates",
            "Findings",
            "Validated",
            "Amended",
            "Contested",
            "Corrections",
            "Recommendations endorsed",
        ]
    ]
    for w in found:
        rows.append(
            [
                w.id,
                f"{w.start}–{w.end}",
                str(w.findings),
                str(w.statuses.get("validated", 0)),
                str(w.statuses.get("amended", 0)),
                str(w.statuses.get("contested", 0)),
                f"{w.corrections} ({plural(w.institutions_corrected, 'institution')})",
                f"{w.endorsed} of {len(w.recommendations)}",
            ]
        )
    total_findings = sum(w.findings for w in found)
    out: list[Block] = [
        Para(f"{plural(len(found), 'workshop')} discussed {plural(total_findings, 'finding')}."),
        Table(rows, [70, 100, 44, 44, 44, 44, 74, 62], font_size=7),
    ]
    amended = [f"{w.id} {fid}: {text}" for w in found for fid, text in w.amended]
    contested = [f"{w.id} {fid}: {text}" for w in found for fid, text in w.contested]
    if amended:
        out += [Para("Findings validated with amended wording:"), Bullets(tuple(amended))]
    if contested:
        out += [Para("Findings contested:"), Bullets(tuple(contested))]
    problems = ctx.data.correction_problems
    out.append(
        Para(
            "Corrections that could not be applied: "
            + ("; ".join(problems) if problems else "none")
            + "."
        )
    )
    actions = [a for w in found for a in w.actions]
    if actions:
        rows = [["Follow-up action", "Owner", "Due", "Status"]]
        rows += [
            [
                str(a.get("d7_action") or ""),
                str(a.get("d7_owner") or ""),
                str(a.get("d7_due") or ""),
                str(a.get("d7_status") or ""),
            ]
            for a in actions
        ]
        out.append(Table(rows, [230, 110, 70, 72], font_size=7.5))
    return out


def recommendations(ctx: Context) -> list[Block]:
    actions = roadmap(ctx.scores, ctx.workshops)
    out: list[Block] = [
        Para(
            "Recommendations come from the scoring configuration (one per gap item, merged "
            "across institutions) and from the workshops (Form D). They are ranked by the "
            "institutions for which they address a failed gate, then by institutions concerned "
            "and summed priority. Horizon: a workshop's own; otherwise administrative and "
            "institutional measures short term, technical medium term, legal long term. Who "
            "acts: the institution for its own gaps; the workshop's proposed lead otherwise."
        )
    ]
    for horizon in HORIZONS:
        mine = [a for a in actions if a.horizon == horizon][:ACTIONS_PER_HORIZON]
        out.append(Heading(HORIZON_TITLES[horizon], 2))
        if not mine:
            out.append(Para("No recommendation for this horizon."))
            continue
        rows = [["Recommendation", "Dimension", "Institutions (gates)", "Source"]]
        for a in mine:
            text = ctx.recommendation(a.key) if a.source == "config" else a.key
            concern = f"{a.institutions} ({a.gates})" if a.source == "config" else "–"
            source = (
                "scoring: " + ", ".join(a.items[:4])
                if a.source == "config"
                else f"workshop {a.source}"
            )
            rows.append([text, ctx.dim_label(a.dim), concern, source])
        out.append(Table(rows, [260, 70, 62, 90], font_size=7.5))
    return out


def workshop_recommendations(ctx: Context) -> list[Block]:
    """Every workshop's recommendations, by horizon (short, medium, long term)."""
    recs = [r for w in ctx.workshops for r in w.recommendations]
    out: list[Block] = []
    for horizon in HORIZONS:
        mine = [r for r in recs if WORKSHOP_HORIZON.get(r.horizon, "medium") == horizon]
        out.append(Heading(HORIZON_TITLES[horizon], 2))
        rows = [["Recommendation", "Dimension", "Priority", "Support", "Workshop"]]
        rows += [[r.text, ctx.dim_label(r.dim), r.priority, r.support, r.workshop] for r in mine]
        out.append(Table(rows, [230, 70, 50, 62, 70]) if mine else Para("None."))
    return out


def annexes(ctx: Context) -> list[Block]:
    return [
        Heading("Annex A. Scores by " + ctx.unit_word().lower(), 2),
        _scores_annex(ctx),
        Heading("Annex B. Item-level results", 2),
        _items_annex(ctx),
        Heading("Annex C. Instruments and configuration", 2),
        Bullets(
            (
                *(f"{form}: version {version}" for form, version in sorted(ctx.data.forms.items())),
                f"Scoring configuration {ctx.config.id} version {ctx.config.version}",
                f"Framework criteria: {ctx.data.frameworks_file} version "
                f"{ctx.data.frameworks.version}",
            )
        ),
        Heading("Annex D. Sources", 2),
        *_sources(ctx),
        Heading("Annex E. Glossary", 2),
        *_glossary(ctx),
    ]


def _glossary(ctx: Context) -> list[Block]:
    terms = load_glossary()
    if not terms:
        return [Para("No glossary ships with these forms.")]
    first = ctx.language if ctx.language in LANGUAGES else "en"
    order = [first, *(lang for lang in LANGUAGES if lang != first)]
    rows = [order, *[[term[lang] for lang in order] for term in terms]]
    return [
        Para(
            "The institutional and legal terms the forms use in every language (several forms: "
            "singular; plural)."
        ),
        Table(rows, [120.5] * 4, font_size=7.5),
    ]


def _scores_annex(ctx: Context) -> Table:
    if ctx.data.named:
        header, *rows = score_table(ctx.scores)
        widths = [30, 56, 26, 26, 26, 26, 30, 30, 44, 56, 36, 40, 24, 32]
        return Table([list(header), *rows], widths, font_size=6)
    rows = [
        [
            "Country",
            "Institutions",
            *[ctx.dim_label(d) for d in DIMENSIONS],
            "Overall",
            "Meet T-min",
            "Failed gates",
        ]
    ]
    for label, codes in ctx.units():
        scores = [ctx.scores[c] for c in codes]
        rows.append(
            [
                label,
                str(len(codes)),
                *(half_up(ctx.median_index(codes, d), 1) for d in DIMENSIONS),
                half_up(_overall(ctx, codes), 1),
                str(sum(1 for s in scores if s.targets["T_min"])),
                str(sum(len(s.failed_gates) for s in scores)),
            ]
        )
    return Table(
        rows,
        [96, 50, 46, 46, 46, 46, 46, 50, 56],
        font_size=7,
        caption="Medians over each country's institutions (institutions not named).",
    )


def _overall(ctx: Context, codes: list[str]) -> float | None:
    values = [v for v in (ctx.scores[c].overall for c in codes) if v is not None]
    return statistics.median(values) if values else None


def _items_annex(ctx: Context) -> Table:
    rows = [
        ["Item", "ISSA ICT Guidelines", "Dim.", "0", "1", "2", "3", "4", "n/a", "dk", "No answer"]
    ]
    for item in ctx.config.items:
        statuses: Counter[str] = Counter()
        for score in ctx.scores.values():
            found = score.items.get(item.id)
            if found is None:
                continue
            key = str(found.score) if found.status == "scored" else found.status
            statuses[key] += 1
        rows.append(
            [
                f"{item.id} {ctx.label(item.id, short=60)}",
                "; ".join(item.issa),
                item.dim,
                *(str(statuses.get(str(s), 0)) for s in range(5)),
                # answered "not applicable", hidden by skip logic, or not in the version answered
                str(sum(statuses.get(status, 0) for status in NOT_APPLICABLE)),
                str(statuses.get("dk", 0)),
                str(statuses.get("unanswered", 0) + statuses.get("unscored", 0)),
            ]
        )
    return Table(
        rows,
        [160, 60, 30, 26, 26, 26, 26, 26, 30, 30, 42],
        font_size=6.5,
        caption="Institutions per score (0–4), not applicable (answered so, hidden by skip logic "
        "or not in the form version answered), don't know, no answer; the ISSA ICT Guidelines "
        "(2016 numbering) each item rests on.",
    )


def _sources(ctx: Context) -> list[Block]:
    titles: list[str] = []
    for record in ctx.form_a_records:
        if record.get("s2_03"):
            titles.append(f"Domestic instrument: {record['s2_03']}")
        for row in record.get("s10_09") or []:
            if row.get("s10_09_desc"):
                titles.append(f"Document: {row['s10_09_desc']}")
    evidence = Counter(
        qid
        for record in ctx.form_a_records
        for qid in record
        if qid.endswith("_evidence") and record[qid]
    )
    out: list[Block] = [
        Para(
            "Documents the institutions cited or uploaded, by title (not attached; not "
            "attributed under the default naming policy)."
        ),
        Bullets(tuple(sorted(set(titles))) or (NO_DATA,)),
    ]
    if evidence:
        out.append(
            Para(
                "Supporting documents uploaded: "
                + ", ".join(f"{qid} {n}" for qid, n in sorted(evidence.items()))
                + "."
            )
        )
    return out
