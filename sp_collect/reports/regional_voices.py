"""Chapters 10–12 and the annexes of the regional report: key informants (Form B),
beneficiaries (Form C), workshop validation (Form D), recommendations and roadmap, annexes."""

from __future__ import annotations

import statistics
from collections import Counter

from sp_collect.analysis.beneficiaries import BeneficiaryCell, Ratio, by_country_of_work, cell
from sp_collect.analysis.beneficiaries import consented as consenting
from sp_collect.analysis.descriptive import SMALL_N, choice_labels, share
from sp_collect.analysis.glossary import LANGUAGES, load_glossary
from sp_collect.analysis.kii_themes import themes
from sp_collect.analysis.readiness import NOT_APPLICABLE
from sp_collect.analysis.roadmap import HORIZONS, WORKSHOP_HORIZON, roadmap
from sp_collect.analysis.score_table import COLUMNS, score_table
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.reports.correction_wording import describe
from sp_collect.reports.document import Block, Bullets, Heading, Para, Table
from sp_collect.reports.observations import observations
from sp_collect.reports.regional_context import Context
from sp_collect.reports.texts import upper_first

QUOTES_PER_DIMENSION = 4
ACTIONS_PER_HORIZON = 8
SALIENCE = (("high_salience", 3), ("medium", 2), ("low", 1), ("untagged", 0))


def interviews(ctx: Context) -> list[Block]:
    found = themes(i.answers for i in ctx.data.interviews)
    rows = [[ctx.t("dimension"), *(ctx.t(key) for key, _ in SALIENCE), ctx.t("total")]]
    for dim in DIMENSIONS:
        counts = found.by_dimension.get(dim, {})
        rows.append(
            [
                ctx.dim_label(dim),
                *(ctx.num(counts.get(s, 0)) for _, s in SALIENCE),
                ctx.num(found.total(dim)),
            ]
        )
    out: list[Block] = [
        Heading(ctx.t("kii_heading"), 2),
        Para(ctx.t("kii_intro", total=len(ctx.data.interviews), consented=found.interviews)),
        Table(rows, [150, 66, 66, 66, 66, 68]),
    ]
    roles = _role_labels(ctx)
    role_rows = [[ctx.t("respondent_role"), *[ctx.dim_label(d) for d in DIMENSIONS]]]
    for role, counts in sorted(found.by_role.items(), key=lambda kv: -sum(kv[1].values())):
        role_rows.append([roles.get(role, role), *(ctx.num(counts.get(d, 0)) for d in DIMENSIONS)])
    if len(role_rows) > 1:
        out.append(Table(role_rows, [162, 80, 80, 80, 80], caption=ctx.t("themes_per_role")))
    quotes = observations(ctx.data.interviews, ctx.language)
    out.append(
        Para(
            ctx.t(
                "quotes_rule",
                quotes=ctx.t("n_quotations", n=len(quotes.quotes)),
                country="" if ctx.data.named else ctx.t("quotes_country_only"),
            )
        )
    )
    for dim in DIMENSIONS:
        picked = quotes.by_dimension(dim)[:QUOTES_PER_DIMENSION]
        if picked:
            out.append(Para(ctx.dim_label(dim), "small"))
        for quote in picked:
            source = quote.attribution or ctx.t("anonymous")
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
        Heading(ctx.t("ben_heading"), 2),
        Para(ctx.t("ben_intro", n=len(people), refused=len(records) - len(people), small=SMALL_N)),
    ]
    if not people:
        return [*out, Para(ctx.t("ben_no_data"))]
    groups = by_country_of_work(records)
    rows = [
        [
            ctx.t("country_of_work"),
            ctx.t("people"),
            ctx.t("heard_agreement"),
            ctx.t("periods_counted"),
            ctx.t("time_to_decision"),
            ctx.t("smartphone"),
            ctx.t("prefer_sharing"),
        ]
    ]
    groups_and_all = [
        *((ctx.country_name(c), g) for c, g in groups.items()),
        (ctx.t("all_beneficiaries"), cell(people)),
    ]
    for label, group in groups_and_all:
        rows.append([label, ctx.num(group.people), *_cells(ctx, group)])
    out.append(Table(rows, [92, 40, 70, 70, 70, 70, 70], font_size=7))
    rows = [
        [
            ctx.t("country_of_work"),
            ctx.t("people"),
            ctx.t("told_moving"),
            ctx.t("transfer_loss"),
            ctx.t("complained"),
            ctx.t("satisfied"),
            ctx.t("median_costs"),
        ]
    ]
    for label, group in groups_and_all:
        rows.append([label, ctx.num(group.people), *_experience(ctx, group)])
    out.append(
        Table(
            rows,
            [92, 40, 70, 70, 70, 70, 70],
            font_size=7,
            caption=ctx.t("experience_caption"),
        )
    )
    everyone = cell(people)
    names = ctx.choices("c5_02", ctx.data.beneficiary_form) if ctx.data.beneficiary_form else {}
    if everyone.reasons.n >= SMALL_N:
        reasons = ctx.join([f"{names.get(v, v)} {c}" for v, c in everyone.reasons.top(5, skip=())])
        out.append(Para(ctx.t("reasons_not_claiming", n=everyone.reasons.n, list=reasons)))
    return out


def _cells(ctx: Context, group: BeneficiaryCell) -> list[str]:
    ratio = _ratio
    band, n = group.decision
    decision = f"n < {SMALL_N}"
    if band and n >= SMALL_N:
        decision = f"{ctx.beneficiary_label('c4_07', band)} (n = {ctx.num(n)})"
    return [
        ratio(group.aware),
        ratio(group.counted),
        decision,
        ratio(group.smartphone),
        ratio(group.direct_sharing),
    ]


def _experience(ctx: Context, group: BeneficiaryCell) -> list[str]:
    currency, median, n = group.costs
    costs = f"n < {SMALL_N}"
    if currency is not None and median is not None and n >= SMALL_N:
        costs = f"{currency} {ctx.num(median)} (n = {ctx.num(n)})"
    ratios = (group.informed, group.transfer_loss, group.complained, group.satisfied)
    return [*map(_ratio, ratios), costs]


def _ratio(value: Ratio) -> str:
    return f"{share(value.yes, value.n)} (n = {value.n})" if value.shown else f"n < {SMALL_N}"


def workshops(ctx: Context) -> list[Block]:
    found = ctx.workshops
    if not found:
        return [Para(ctx.t("ws_no_data"))]
    rows = [
        [
            ctx.t("workshop"),
            ctx.t("dates"),
            ctx.t("findings"),
            ctx.t("validated"),
            ctx.t("amended"),
            ctx.t("contested"),
            ctx.t("corrections"),
            ctx.t("endorsed"),
        ]
    ]
    for w in found:
        rows.append(
            [
                w.id,
                f"{w.start}–{w.end}",
                ctx.num(w.findings),
                ctx.num(w.statuses.get("validated", 0)),
                ctx.num(w.statuses.get("amended", 0)),
                ctx.num(w.statuses.get("contested", 0)),
                f"{w.corrections} ({ctx.t('n_institutions', n=w.institutions_corrected)})",
                ctx.t("count_of", count=w.endorsed, n=len(w.recommendations)),
            ]
        )
    total_findings = sum(w.findings for w in found)
    out: list[Block] = [
        Para(ctx.t("ws_totals", workshops=len(found), findings=total_findings)),
        Table(rows, [70, 100, 44, 44, 44, 44, 74, 62], font_size=7),
    ]
    amended = [_finding(ctx, w.id, fid, text) for w in found for fid, text in w.amended]
    contested = [_finding(ctx, w.id, fid, text) for w in found for fid, text in w.contested]
    if amended:
        out += [Para(ctx.t("ws_amended")), Bullets(tuple(amended))]
    if contested:
        out += [Para(ctx.t("ws_contested")), Bullets(tuple(contested))]
    problems = ctx.data.correction_problems
    out.append(
        Para(
            ctx.t("corr_problems", list=ctx.join([describe(p, ctx.language) for p in problems]))
            if problems
            else ctx.t("corr_all_applied")
        )
    )
    actions = [a for w in found for a in w.actions]
    if actions:
        statuses = ctx.workshop_choices("d7_status")
        rows = [[ctx.t("follow_up_action"), ctx.t("owner"), ctx.t("due"), ctx.t("status")]]
        rows += [
            [
                str(a.get("d7_action") or ""),
                str(a.get("d7_owner") or ""),
                str(a.get("d7_due") or ""),
                statuses.get(str(a.get("d7_status") or ""), str(a.get("d7_status") or "")),
            ]
            for a in actions
        ]
        out.append(Table(rows, [230, 110, 70, 72], font_size=7.5))
    return out


def _finding(ctx: Context, workshop: str, finding: str, text: str) -> str:
    return ctx.t("label_value", label=f"{workshop} {finding}", value=text)


def recommendations(ctx: Context) -> list[Block]:
    actions = roadmap(ctx.scores, ctx.workshops, ctx.config.recommendation_actors)
    out: list[Block] = [Para(ctx.t("recs_intro"))]
    for horizon in HORIZONS:
        here = [a for a in actions if a.horizon == horizon]
        # the configuration's most pressing ones, and every workshop recommendation (they rank
        # after any gap, having no institutions of their own)
        mine = [a for a in here if a.source == "config"][:ACTIONS_PER_HORIZON]
        mine += [a for a in here if a.source != "config"]
        out.append(Heading(upper_first(ctx.t(f"horizon_{horizon}")), 2))
        if not mine:
            out.append(Para(ctx.t("no_rec_horizon")))
            continue
        rows = [
            [
                ctx.t("recommendation"),
                ctx.t("dimension"),
                ctx.t("institutions_gates"),
                ctx.t("who_acts"),
                ctx.t("source"),
            ]
        ]
        for a in mine:
            config = a.source == "config"
            rows.append(
                [
                    ctx.recommendation(a.key) if config else a.key,
                    ctx.dim_label(a.dim),
                    f"{a.institutions} ({a.gates})" if config else "–",
                    who_acts(ctx, a.actor, config=config),
                    ctx.t("source_scoring", items=", ".join(a.items[:4]))
                    if config
                    else ctx.t("source_workshop", id=a.source),
                ]
            )
        out.append(Table(rows, [200, 62, 58, 86, 76], font_size=7.5))
    return out


def who_acts(ctx: Context, actor: str, *, config: bool) -> str:
    """The configuration's actor in the report's language, or the lead a workshop named."""
    if not actor:
        return ctx.t("lead_not_named")
    return ctx.actor_label(actor) if config else actor


def workshop_recommendations(ctx: Context) -> list[Block]:
    """Every workshop's recommendations, by horizon (short, medium, long term)."""
    recs = [r for w in ctx.workshops for r in w.recommendations]
    priorities = ctx.workshop_choices("d6_priority")
    support = ctx.workshop_choices("d6_support")
    out: list[Block] = []
    for horizon in HORIZONS:
        mine = [r for r in recs if WORKSHOP_HORIZON.get(r.horizon, "medium") == horizon]
        out.append(Heading(upper_first(ctx.t(f"horizon_{horizon}")), 2))
        rows = [
            [
                ctx.t("recommendation"),
                ctx.t("dimension"),
                ctx.t("priority"),
                ctx.t("support"),
                ctx.t("who_acts"),
                ctx.t("workshop"),
            ]
        ]
        rows += [
            [
                r.text,
                ctx.dim_label(r.dim),
                priorities.get(r.priority, r.priority),
                support.get(r.support, r.support),
                who_acts(ctx, r.lead, config=False),
                r.workshop,
            ]
            for r in mine
        ]
        out.append(Table(rows, [178, 62, 50, 62, 80, 50]) if mine else Para(ctx.t("none_period")))
    return out


def annexes(ctx: Context) -> list[Block]:
    return [
        Heading(ctx.t("annex_a", unit=ctx.unit_lower()), 2),
        _scores_annex(ctx),
        Heading(ctx.t("annex_b"), 2),
        _items_annex(ctx),
        Heading(ctx.t("annex_c"), 2),
        Bullets(
            (
                *(
                    ctx.t("form_version", form=form, version=version)
                    for form, version in sorted(ctx.data.forms.items())
                ),
                ctx.t("scoring_config_version", id=ctx.config.id, version=ctx.config.version),
                ctx.t(
                    "framework_criteria",
                    file=ctx.data.frameworks_file,
                    version=ctx.data.frameworks.version,
                ),
            )
        ),
        Heading(ctx.t("annex_d"), 2),
        *_sources(ctx),
        Heading(ctx.t("annex_e"), 2),
        *_glossary(ctx),
    ]


def _glossary(ctx: Context) -> list[Block]:
    terms = load_glossary()
    if not terms:
        return [Para(ctx.t("no_glossary"))]
    first = ctx.language if ctx.language in LANGUAGES else "en"
    order = [first, *(lang for lang in LANGUAGES if lang != first)]
    rows = [order, *[[term[lang] for lang in order] for term in terms]]
    return [
        Para(ctx.t("glossary_intro")),
        Table(rows, [120.5] * 4, font_size=7.5),
    ]


def _scores_annex(ctx: Context) -> Table:
    if ctx.data.named:
        _header, *rows = score_table(ctx.scores)
        widths = [30, 56, 26, 26, 26, 26, 30, 30, 44, 56, 36, 40, 24, 32]
        return Table([_score_columns(ctx), *rows], widths, font_size=6)
    rows = [
        [
            ctx.t("country"),
            ctx.t("institutions"),
            *[ctx.dim_label(d) for d in DIMENSIONS],
            ctx.t("overall"),
            ctx.t("meet_t_min"),
            ctx.t("failed_gates"),
        ]
    ]
    for label, codes in ctx.units():
        scores = [ctx.scores[c] for c in codes]
        rows.append(
            [
                label,
                ctx.num(len(codes)),
                *(ctx.num(ctx.median_index(codes, d), 1) for d in DIMENSIONS),
                ctx.num(_overall(ctx, codes), 1),
                ctx.num(sum(1 for s in scores if s.targets["T_min"])),
                ctx.num(sum(len(s.failed_gates) for s in scores)),
            ]
        )
    return Table(
        rows,
        [110, 44, 42, 60, 56, 42, 30, 44, 54],
        font_size=6,
        caption=ctx.t("scores_annex_caption"),
    )


def _score_columns(ctx: Context) -> list[str]:
    """The header of ``score_table`` (its columns: :data:`score_table.COLUMNS`) in words."""
    words = {
        "country": "country",
        "institution": "institution",
        "overall": "overall",
        "weakest": "weakest_link",
        "levels": "levels",
        "failed_gates": "failed_gates",
        "target": "target",
        "provisional": "provisional",
        "not_applicable": "n_a",
        "submissions": "submissions",
    }
    return [ctx.t(words[column]) if column in words else column for column in COLUMNS]


def _overall(ctx: Context, codes: list[str]) -> float | None:
    values = [v for v in (ctx.scores[c].overall for c in codes) if v is not None]
    return statistics.median(values) if values else None


def _items_annex(ctx: Context) -> Table:
    rows = [
        [
            ctx.t("item"),
            ctx.t("issa_guidelines"),
            ctx.t("dim_short"),
            *"01234",
            ctx.t("n_a"),
            ctx.t("dk"),
            ctx.t("no_answer_head"),
        ]
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
                *(ctx.num(statuses.get(str(s), 0)) for s in range(5)),
                # answered "not applicable", hidden by skip logic, or not in the version answered
                ctx.num(sum(statuses.get(status, 0) for status in NOT_APPLICABLE)),
                ctx.num(statuses.get("dk", 0)),
                ctx.num(statuses.get("unanswered", 0) + statuses.get("unscored", 0)),
            ]
        )
    return Table(
        rows,
        [160, 60, 30, 26, 26, 26, 26, 26, 30, 30, 42],
        font_size=6.5,
        caption=ctx.t("items_caption"),
    )


def _sources(ctx: Context) -> list[Block]:
    titles: list[str] = []
    for record in ctx.form_a_records:
        if record.get("s2_03"):
            titles.append(ctx.t("domestic_instrument", title=record["s2_03"]))
        for row in record.get("s10_09") or []:
            if row.get("s10_09_desc"):
                titles.append(ctx.t("document_title", title=row["s10_09_desc"]))
    evidence = Counter(
        qid
        for record in ctx.form_a_records
        for qid in record
        if qid.endswith("_evidence") and record[qid]
    )
    out: list[Block] = [
        Para(ctx.t("sources_intro")),
        Bullets(tuple(sorted(set(titles))) or (ctx.no_data,)),
    ]
    if evidence:
        out.append(
            Para(
                ctx.t(
                    "evidence_uploaded",
                    list=", ".join(f"{qid} {ctx.num(n)}" for qid, n in sorted(evidence.items())),
                )
            )
        )
    return out
