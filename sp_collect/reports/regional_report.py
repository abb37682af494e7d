"""The regional status-quo and gap-analysis report (D3, REPORT.md): one document model written
as PDF or DOCX. Every number and generated sentence comes from the data given."""

from __future__ import annotations

from collections import Counter

from sp_collect.analysis.beneficiaries import BeneficiaryCell, cell, consented
from sp_collect.analysis.descriptive import SMALL_N, distribution, half_up, numbers, share
from sp_collect.analysis.roadmap import HORIZONS, roadmap
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.errors import ReportError
from sp_collect.reports import regional_readiness, regional_status, regional_voices
from sp_collect.reports.document import (
    Block,
    Bullets,
    CaptionList,
    Contents,
    Document,
    Heading,
    PageBreak,
    Para,
    Table,
)
from sp_collect.reports.inputs import RegionalData, ReportMeta
from sp_collect.reports.regional_context import Context
from sp_collect.reports.texts import t, upper_first

GROUPS = {"full": "group_full", "associate": "group_associate", "other": "group_other"}


def regional_document(data: RegionalData, meta: ReportMeta) -> Document:
    if not data.pairs:
        raise ReportError(t("no_institutions", "en"), code="report_no_data")
    ctx = Context(data, meta.language)
    blocks: list[Block] = [
        *_front(ctx, meta),
        Contents(ctx.t("contents")),
        CaptionList(ctx.t("figures_tables")),
        PageBreak(),
        Heading(ctx.t("ch1")),
        *executive_summary(ctx),
        Heading(ctx.t("ch2")),
        *_method(ctx),
        Heading(ctx.t("ch3")),
        *_coverage(ctx),
        Heading(ctx.t("ch4")),
        *regional_status.status_quo(ctx),
        Heading(ctx.t("ch5")),
        *regional_status.profiles(ctx),
        PageBreak(),
        Heading(ctx.t("ch6")),
        *regional_readiness.readiness(ctx),
        Heading(ctx.t("ch7")),
        *regional_readiness.gaps(ctx),
        Heading(ctx.t("ch8")),
        *regional_readiness.corridors(ctx),
        Heading(ctx.t("ch9")),
        *regional_readiness.frameworks(ctx),
        Heading(ctx.t("ch10")),
        *regional_voices.interviews(ctx),
        *regional_voices.beneficiaries(ctx),
        Heading(ctx.t("ch11")),
        *regional_voices.workshops(ctx),
        Heading(ctx.t("ch12")),
        *regional_voices.recommendations(ctx),
        PageBreak(),
        Heading(ctx.t("annexes")),
        *regional_voices.annexes(ctx),
    ]
    return Document(
        title=ctx.t("regional_title"),
        footer=ctx.t("regional_footer", date=meta.date),
        blocks=blocks,
        language=meta.language,
    )


def workshops_document(data: RegionalData, meta: ReportMeta) -> Document:
    """The synthesis of every validation workshop (D4.3): findings, corrections, follow-up and
    the workshops' recommendations by horizon."""
    ctx = Context(data, meta.language)
    if not ctx.workshops:
        raise ReportError(
            "no finished workshop summary (Form D) in this workspace; record one first",
            code="report_no_data",
        )
    title = ctx.t("ws_synthesis_title")
    workshops = ctx.t("n_workshops", n=len(ctx.workshops))
    blocks: list[Block] = [
        Para(title, "title"),
        Para(
            ctx.t("ws_synthesis_subtitle", title=ctx.t("regional_title"), workshops=workshops),
            "subtitle",
        ),
        Para(ctx.t("generated", date=meta.date, workspace=meta.workspace), "small"),
        Heading(ctx.t("ws_findings_follow_up")),
        *regional_voices.workshops(ctx),
        Heading(ctx.t("ws_recommendations")),
        *regional_voices.workshop_recommendations(ctx),
    ]
    return Document(title, ctx.t("ws_footer", title=title, date=meta.date), blocks, meta.language)


def _front(ctx: Context, meta: ReportMeta) -> list[Block]:
    config = ctx.config
    draft = not any(pair.validated.corrected_items for pair in ctx.data.pairs.values())
    policy = ctx.t("policy_named" if ctx.data.named else "policy_unnamed")
    cut_off = ctx.data.fieldwork[1] if ctx.data.fieldwork else meta.date
    kind = ctx.t("kind_validated" if ctx.data.scoring.validated else "kind_self")
    return [
        Para(ctx.t("regional_title"), "title"),
        Para(
            ctx.t(
                "front_meta",
                cut_off=cut_off,
                workspace=meta.workspace,
                config=config.id,
                version=config.version,
                kind=kind,
                language=meta.language,
            ),
            "subtitle",
        ),
        Para((ctx.t("draft") + " " if draft else "") + policy, "notice"),
        Para(ctx.t("generated", date=meta.date, workspace=meta.workspace), "small"),
    ]


def horizon_words(ctx: Context, horizon: str) -> str:
    """ "short term (< 12 months)" and the like, in the report's language."""
    return ctx.t(f"horizon_{horizon}")


def executive_summary(ctx: Context) -> list[Block]:
    """Sentences generated from the data; each names its n."""
    data, summary = ctx.data, ctx.summary
    states = [c for c, _name, group in data.countries if group in ("full", "associate")]
    answered_states = {ctx.data.country_of(code) for code in ctx.scores} & set(states)
    listed_answered = sum(1 for code in ctx.scores if code in data.listed)
    people = consented(data.beneficiaries)
    sentences = [
        ctx.t(
            "exec_coverage",
            states_answered=len(answered_states),
            states=len(states),
            answered=listed_answered,
            listed=ctx.t("n_listed", n=len(data.listed)),
            kii=ctx.t("n_key_informants", n=_kii_count(ctx)),
            people=ctx.t("n_beneficiaries", n=len(people)),
            workshops=ctx.t("exec_workshops", n=len(ctx.workshops)),
        )
    ]
    overall = summary.overall
    if overall.count:
        levels = Counter(ctx.level_of(s.overall) for s in ctx.scores.values() if s.overall)
        spread = ", ".join(
            ctx.t(
                "at_level",
                institutions=ctx.t("n_institutions", n=levels[lvl]),
                level=ctx.level_name(lvl),
            )
            for lvl in sorted(k for k in levels if k)
        )
        sentences.append(
            ctx.t(
                "exec_overall",
                institutions=ctx.t("n_institutions", n=overall.count),
                median=ctx.num(overall.median),
                low=ctx.num(overall.minimum),
                high=ctx.num(overall.maximum),
                spread=spread,
            )
        )
    medians = {d: summary.dimensions[d].median for d in DIMENSIONS}
    known = {d: m for d, m in medians.items() if m is not None}
    if known:
        strong = max(known, key=lambda d: known[d])
        weak = min(known, key=lambda d: known[d])
        sentences.append(
            ctx.t(
                "exec_strong_weak",
                strong=ctx.dim_label(strong),
                strong_median=ctx.num(known[strong]),
                weak=ctx.dim_label(weak),
                weak_median=ctx.num(known[weak]),
            )
        )
    sentences.append(regional_readiness.targets_sentence(ctx))
    gaps = regional_readiness.common_item_gaps(ctx)[:3]
    if gaps:
        listed = ctx.join(
            [f"{ctx.label(g.item)} ({ctx.t('n_institutions', n=g.institutions)})" for g in gaps]
        )
        sentences.append(ctx.t("exec_gaps", gaps=listed))
    barriers = distribution(ctx.form_a_records, "s10_05")
    top = barriers.top(3)
    if top:
        names = ctx.choices("s10_05")
        sentences.append(
            ctx.t(
                "exec_challenges",
                list=ctx.join(
                    [
                        f"{names.get(v, v).lower()} ({ctx.t('count_of', count=c, n=barriers.n)})"
                        for v, c in top
                    ]
                ),
            )
        )
    sentences.append(_portability(ctx))
    sentences.append(_beneficiary_sentence(ctx, cell(people)) if people else ctx.t("ben_none_yet"))
    actions = roadmap(ctx.scores, ctx.workshops)
    lines = []
    for horizon in HORIZONS:
        first = next((a for a in actions if a.horizon == horizon), None)
        if first is not None:
            text = ctx.recommendation(first.key) if first.source == "config" else first.key
            lines.append(
                ctx.t("label_value", label=upper_first(horizon_words(ctx, horizon)), value=text)
            )
    blocks: list[Block] = [Para(s) for s in sentences if s]
    if lines:
        blocks += [Para(ctx.t("roadmap_lines")), Bullets(tuple(lines))]
    return blocks


def _kii_count(ctx: Context) -> int:
    return sum(1 for i in ctx.data.interviews if i.answers.get("b1_01") == "yes")


def _portability(ctx: Context) -> str:
    records = ctx.form_a_records
    electronic, record_days = numbers(records, "s5_02"), numbers(records, "s4_08")
    decision_days, abroad = numbers(records, "s4_09"), numbers(records, "s4_06")
    parts = []
    if electronic.n:
        parts.append(ctx.t("port_electronic", value=ctx.num(electronic.median), n=electronic.n))
    if record_days.n:
        parts.append(ctx.t("port_record", days=ctx.num(record_days.median), n=record_days.n))
    if decision_days.n:
        parts.append(ctx.t("port_decision", days=ctx.num(decision_days.median), n=decision_days.n))
    if abroad.n:
        parts.append(
            ctx.t(
                "port_abroad",
                n=int(half_up(abroad.total)),
                institutions=f"n = {ctx.t('n_institutions', n=abroad.n)}",
            )
        )
    if not parts:
        return ctx.t("port_none")
    return ctx.t("port_today", parts=ctx.join(parts))


def _beneficiary_sentence(ctx: Context, group: BeneficiaryCell) -> str:
    parts = []
    for key, topic, ratio in (
        ("ben_aware", "topic_awareness", group.aware),
        ("ben_counted", "topic_counted", group.counted),
    ):
        if ratio.shown:
            parts.append(ctx.t(key, share=share(ratio.yes, ratio.n), n=ratio.n))
        else:
            parts.append(ctx.t("ben_small", topic=ctx.t(topic), small=SMALL_N))
    band, n = group.decision
    if band and n >= SMALL_N:
        decision = ctx.beneficiary_label("c4_07", band).lower()
        parts.append(ctx.t("ben_decision", decision=decision, n=n))
    top = group.reasons.top(1)
    if top and group.reasons.n >= SMALL_N:
        reason = ctx.beneficiary_label("c5_02", top[0][0]).lower()
        parts.append(ctx.t("ben_reason", reason=reason, count=top[0][1], n=group.reasons.n))
    return ctx.t("ben_sentence", parts=ctx.join(parts))


def _method(ctx: Context) -> list[Block]:
    config, data = ctx.config, ctx.data
    per_dim = Counter(item.dim for item in config.items)
    forms = ctx.join(
        [
            ctx.t("form_version", form=form, version=version)
            for form, version in sorted(data.forms.items())
        ]
    )
    saved = (
        ctx.t("saved_between", start=data.fieldwork[0], end=data.fieldwork[1])
        if data.fieldwork
        else ctx.t("saved_never")
    )
    validated = sum(1 for p in data.pairs.values() if p.validated.corrected_items)
    silent = [key for key in sorted(data.listed) if key not in ctx.scores]
    missing = [data.listed[key] for key in silent]
    if not data.named:  # institutions are not named: the countries they are in
        missing = sorted({ctx.country_name(key.country) for key in silent})
    provisional = sum(1 for s in ctx.scores.values() if s.provisional_dimensions)
    dk = [
        (s.overall, s.sensitivity.overall)
        for s in ctx.scores.values()
        if s.sensitivity is not None and s.overall is not None
    ]
    blocks: list[Block] = [
        Para(
            ctx.t(
                "method_model",
                forms=forms or ctx.t("none_installed"),
                saved=saved,
                items=ctx.t("n_scored_items", n=len(config.items)),
                per_dim=", ".join(f"{ctx.dim_label(d)} {per_dim[d]}" for d in DIMENSIONS),
                gates=ctx.t("n_gates", n=sum(1 for i in config.items if i.gate)),
                cap=config.gate_cap_level,
                t_min=ctx.num(config.targets.T_min),
                t_int=ctx.num(config.targets.T_int),
                t_opt=ctx.num(config.targets.T_opt),
                provisional=ctx.num(100 * config.provisional_if_completeness_below),
            )
        ),
        Para(ctx.t("method_country")),
        Heading(ctx.t("limitations"), 2),
    ]
    silent_text = ctx.t("silent_listed", n=len(silent))
    limits = [
        ctx.t("lim_self", n=validated, institutions=ctx.t("n_institutions", n=len(data.pairs))),
        ctx.t(
            "lim_nonresponse",
            what=silent_text + (f" ({', '.join(missing)})" if missing else ""),
        ),
        ctx.t("lim_provisional", n=provisional),
        ctx.t("lim_small", small=SMALL_N),
    ]
    if dk:
        moved = sum(1 for overall, zero in dk if zero is not None and abs(overall - zero) >= 5)
        limits.append(ctx.t("lim_dk", institutions=ctx.t("n_institutions", n=moved)))
    if _version_below_one(config.version):
        limits.append(ctx.t("lim_version", version=config.version))
    return [*blocks, Bullets(tuple(limits))]


def _version_below_one(version: str) -> bool:
    head = version.split(".", maxsplit=1)[0]
    return head.isdigit() and int(head) < 1


def _coverage(ctx: Context) -> list[Block]:
    data = ctx.data
    kii = Counter(str(i.answers.get("b0_05") or "") for i in data.interviews)
    people = consented(data.beneficiaries)
    worked: Counter[str] = Counter()
    for record in people:
        for country in {str(r.get("c2_country")) for r in record.get("c2_work") or []}:
            worked[country] += 1
    attended: Counter[str] = Counter()
    for workshop in ctx.workshops:
        attended.update(set(workshop.countries))
    rows = [
        [
            ctx.t("country"),
            ctx.t("group"),
            ctx.t("listed_form_a"),
            ctx.t("interviews"),
            ctx.t("beneficiaries"),
            ctx.t("workshops"),
        ]
    ]
    for code, name, group in data.countries:
        status = ctx.join(ctx.institution_lines(code)) or ctx.t("no_institution_listed")
        beneficiaries = worked.get(code, 0)
        rows.append(
            [
                f"{name} ({code})",
                ctx.t(GROUPS[group]) if group in GROUPS else group,
                status,
                ctx.num(kii.get(code, 0)),
                ctx.num(beneficiaries)
                if beneficiaries == 0 or beneficiaries >= SMALL_N
                else f"< {SMALL_N}",
                ctx.num(attended.get(code, 0)),
            ]
        )
    duplicates = sum(1 for n in data.submissions.values() if n > 1)
    declined = sum(1 for i in data.interviews if i.answers.get("b1_01") not in (None, "yes"))
    refused_c = len(data.beneficiaries) - len(people)
    parts = [
        ctx.t("cov_declined", n=data.refusals),
        ctx.t("cov_duplicates", n=duplicates),
        ctx.t("cov_kii_declined", n=declined),
        ctx.t("cov_ben_refused", n=refused_c),
    ]
    return [
        Para(upper_first(ctx.join(parts)) + "."),
        Table(rows, [80, 52, 202, 44, 56, 48], font_size=7, caption=ctx.t("cov_caption")),
    ]
