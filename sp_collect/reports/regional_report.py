"""The regional status-quo and gap-analysis report (D3, REPORT.md): one document model written
as PDF or DOCX. Every number and generated sentence comes from the data given."""

from __future__ import annotations

from collections import Counter

from sp_collect.analysis.beneficiaries import BeneficiaryCell, cell, consented
from sp_collect.analysis.descriptive import SMALL_N, distribution, half_up, numbers, plural, share
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
from sp_collect.reports.texts import t

TITLE = (
    "Status quo and gap analysis of digital social protection systems and cross-border "
    "portability of benefits in the Caribbean Community (CARICOM)"
)
HORIZON_WORDS = {
    "short": "short term (< 12 months)",
    "medium": "medium term (1–3 years)",
    "long": "long term (> 3 years)",
}


def regional_document(data: RegionalData, meta: ReportMeta) -> Document:
    if not data.pairs:
        raise ReportError(t("no_institutions", "en"), code="report_no_data")
    ctx = Context(data, meta.language)
    blocks: list[Block] = [
        *_front(ctx, meta),
        Contents("Contents"),
        CaptionList("List of figures and tables"),
        PageBreak(),
        Heading("1. Executive summary"),
        *executive_summary(ctx),
        Heading("2. Method and limitations"),
        *_method(ctx),
        Heading("3. Coverage"),
        *_coverage(ctx),
        Heading("4. Regional status quo"),
        *regional_status.status_quo(ctx),
        Heading("5. Country profiles"),
        *regional_status.profiles(ctx),
        PageBreak(),
        Heading("6. Readiness evaluation"),
        *regional_readiness.readiness(ctx),
        Heading("7. Gap analysis"),
        *regional_readiness.gaps(ctx),
        Heading("8. Corridors and data exchange"),
        *regional_readiness.corridors(ctx),
        Heading("9. Comparison with international frameworks"),
        *regional_readiness.frameworks(ctx),
        Heading("10. Voices: interviews and beneficiaries"),
        *regional_voices.interviews(ctx),
        *regional_voices.beneficiaries(ctx),
        Heading("11. Workshop validation"),
        *regional_voices.workshops(ctx),
        Heading("12. Recommendations and roadmap"),
        *regional_voices.recommendations(ctx),
        PageBreak(),
        Heading("Annexes"),
        *regional_voices.annexes(ctx),
    ]
    return Document(
        title=TITLE,
        footer=f"CARICOM status quo and gap analysis · {meta.date}",
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
    title = "Synthesis of the validation workshops"
    blocks: list[Block] = [
        Para(title, "title"),
        Para(f"{TITLE}. {plural(len(ctx.workshops), 'workshop')}.", "subtitle"),
        Para(t("generated", meta.language, date=meta.date, workspace=meta.workspace), "small"),
        Heading("Findings, corrections and follow-up"),
        *regional_voices.workshops(ctx),
        Heading("Recommendations of the workshops"),
        *regional_voices.workshop_recommendations(ctx),
    ]
    return Document(title, f"{title} · {meta.date}", blocks, meta.language)


def _front(ctx: Context, meta: ReportMeta) -> list[Block]:
    config = ctx.config
    draft = not any(pair.validated.corrected_items for pair in ctx.data.pairs.values())
    policy = (
        "Institutions are named with their consent: the study team chose to name them."
        if ctx.data.named
        else "Institutions are not named: results are shown for countries and the region only, "
        "as the survey's consent text promises."
    )
    cut_off = ctx.data.fieldwork[1] if ctx.data.fieldwork else meta.date
    return [
        Para(TITLE, "title"),
        Para(
            f"Data cut-off {cut_off}; workspace “{meta.workspace}”; scoring configuration "
            f"{config.id} version {config.version}; scores "
            + (
                "validated (workshop corrections applied)"
                if ctx.data.scoring.validated
                else "self-reported (workshop corrections not applied)"
            )
            + f"; report language {meta.language}.",
            "subtitle",
        ),
        Para(
            ("Draft for validation: no workshop correction has been applied yet. " if draft else "")
            + policy,
            "notice",
        ),
        Para(t("generated", meta.language, date=meta.date, workspace=meta.workspace), "small"),
    ]


def executive_summary(ctx: Context) -> list[Block]:
    """Sentences generated from the data; each names its n."""
    data, summary = ctx.data, ctx.summary
    states = [c for c, _name, group in data.countries if group in ("full", "associate")]
    answered_states = {ctx.data.country_of(code) for code in ctx.scores} & set(states)
    listed_answered = sum(1 for code in ctx.scores if code in data.listed)
    people = consented(data.beneficiaries)
    sentences = [
        f"{len(answered_states)} of {len(states)} member states and associate members and "
        f"{listed_answered} of {plural(len(data.listed), 'listed institution')} answered the "
        f"survey; {plural(_kii_count(ctx), 'key informant')} and "
        f"{plural(len(people), 'beneficiary', 'beneficiaries')} were interviewed; "
        f"{plural(len(ctx.workshops), 'workshop')} validated the findings."
    ]
    overall = summary.overall
    if overall.count:
        levels = Counter(ctx.level_of(s.overall) for s in ctx.scores.values() if s.overall)
        spread = ", ".join(
            f"{plural(levels[lvl], 'institution')} at level {ctx.level_name(lvl)}"
            for lvl in sorted(k for k in levels if k)
        )
        sentences.append(
            f"Of {plural(overall.count, 'institution')} with an overall index, the median is "
            f"{half_up(overall.median)} (range {half_up(overall.minimum)}–"
            f"{half_up(overall.maximum)}); {spread}."
        )
    medians = {d: summary.dimensions[d].median for d in DIMENSIONS}
    known = {d: m for d, m in medians.items() if m is not None}
    if known:
        strong = max(known, key=lambda d: known[d])
        weak = min(known, key=lambda d: known[d])
        sentences.append(
            f"The strongest dimension is {ctx.dim_label(strong)} (median index "
            f"{half_up(known[strong])}) and the weakest {ctx.dim_label(weak)} (median "
            f"{half_up(known[weak])})."
        )
    met, total = summary.targets_met, len(ctx.scores)
    sentences.append(
        f"{met['T_min']} of {plural(total, 'institution')} meet T-min (pilot-ready), "
        f"{met['T_int']} T-int (interoperable) and {met['T_opt']} T-opt."
    )
    gaps = regional_readiness.common_item_gaps(ctx)[:3]
    if gaps:
        listed = "; ".join(
            f"{ctx.label(g.item, short=70)} ({plural(g.institutions, 'institution')})" for g in gaps
        )
        sentences.append(f"The most common gaps (highest summed priority) are: {listed}.")
    barriers = distribution(ctx.form_a_records, "s10_05")
    top = barriers.top(3)
    if top:
        names = ctx.choices("s10_05")
        sentences.append(
            "The challenges institutions report most often are "
            + "; ".join(f"{names.get(v, v).lower()} ({c} of {barriers.n})" for v, c in top)
            + "."
        )
    sentences.append(_portability(ctx))
    sentences.append(
        _beneficiary_sentence(ctx, cell(people))
        if people
        else "No beneficiary interview has been received yet."
    )
    actions = roadmap(ctx.scores, ctx.workshops)
    lines = []
    for horizon in HORIZONS:
        first = next((a for a in actions if a.horizon == horizon), None)
        if first is not None:
            text = ctx.recommendation(first.key) if first.source == "config" else first.key
            lines.append(f"{HORIZON_WORDS[horizon].capitalize()}: {text}")
    blocks: list[Block] = [Para(s) for s in sentences if s]
    if lines:
        blocks += [
            Para("The roadmap in three lines (the top action of each horizon):"),
            Bullets(tuple(lines)),
        ]
    return blocks


def _kii_count(ctx: Context) -> int:
    return sum(1 for i in ctx.data.interviews if i.answers.get("b1_01") == "yes")


def _portability(ctx: Context) -> str:
    records = ctx.form_a_records
    electronic, record_days = numbers(records, "s5_02"), numbers(records, "s4_08")
    decision_days, abroad = numbers(records, "s4_09"), numbers(records, "s4_06")
    parts = []
    if electronic.n:
        parts.append(
            f"a median {half_up(electronic.median)} % of outgoing Agreement requests are sent "
            f"electronically (n = {electronic.n})"
        )
    if record_days.n:
        parts.append(
            f"obtaining a foreign insurance record takes a median {half_up(record_days.median)} "
            f"days (n = {record_days.n})"
        )
    if decision_days.n:
        parts.append(
            f"deciding a complete claim {half_up(decision_days.median)} days "
            f"(n = {decision_days.n})"
        )
    if abroad.n:
        parts.append(
            f"{half_up(abroad.total)} Agreement benefits are paid to people living abroad "
            f"(n = {plural(abroad.n, 'institution')})"
        )
    if not parts:
        return "No institution reported portability figures (s4_06, s4_08, s4_09, s5_02)."
    return "Portability today: " + "; ".join(parts) + "."


def _beneficiary_sentence(ctx: Context, group: BeneficiaryCell) -> str:
    parts = []
    for text, topic, ratio in (
        ("had heard of the Agreement", "awareness of the Agreement", group.aware),
        ("of claimants had their periods abroad fully counted", "periods counted", group.counted),
    ):
        if ratio.shown:
            parts.append(f"{share(ratio.yes, ratio.n)} {text} (n = {ratio.n})")
        else:
            parts.append(f"{topic}: fewer than {SMALL_N} answers, not shown")
    band, n = group.decision
    if band and n >= SMALL_N:
        decision = ctx.beneficiary_label("c4_07", band).lower()
        parts.append(f"the median time to a decision was {decision} (n = {n})")
    top = group.reasons.top(1)
    if top and group.reasons.n >= SMALL_N:
        parts.append(
            f"the most frequent reason for not claiming is “"
            f"{ctx.beneficiary_label('c5_02', top[0][0]).lower()}” "
            f"({top[0][1]} of {group.reasons.n})"
        )
    return "Beneficiaries: " + "; ".join(parts) + "."


def _method(ctx: Context) -> list[Block]:
    config, data = ctx.config, ctx.data
    per_dim = Counter(item.dim for item in config.items)
    forms = "; ".join(f"{form} version {version}" for form, version in sorted(data.forms.items()))
    dates = f"from {data.fieldwork[0]} to {data.fieldwork[1]}" if data.fieldwork else "no dates"
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
            f"Instruments: {forms or 'none installed'}. Responses were saved {dates}. "
            f"Scoring model: {len(config.items)} scored items ("
            + ", ".join(f"{ctx.dim_label(d)} {per_dim[d]}" for d in DIMENSIONS)
            + f"), {sum(1 for i in config.items if i.gate)} gates; each item scores 0–4 and an "
            "index is 100 × Σ weight·score / Σ 4·weight over the items answered. Items not "
            "applicable (hidden by the form's skip logic or answered “not applicable”) and "
            "“don't know” answers are left out of the index, never counted as failures. A failed "
            f"gate caps its dimension at level {config.gate_cap_level}. Targets: T-min "
            f"{half_up(config.targets.T_min)}, T-int {half_up(config.targets.T_int)}, T-opt "
            f"{half_up(config.targets.T_opt)}. A dimension is provisional below "
            f"{half_up(100 * config.provisional_if_completeness_below)} % completeness."
        ),
        Para(
            "Country figures are medians over the country's institutions (levels: the median "
            "institution's level, gates applied). Where a country has one institution, its "
            "country figures are that institution's."
        ),
        Heading("Limitations", 2),
    ]
    limits = [
        f"Answers are self-reported; {validated} of {plural(len(data.pairs), 'score')} were "
        "reviewed at a validation workshop.",
        f"Non-response: {plural(len(silent), 'listed institution')} did not answer"
        + (f" ({', '.join(missing)})." if missing else "."),
        f"{plural(provisional, 'institution')} have at least one provisional dimension "
        "(too few applicable items answered).",
        f"Quartiles and inter-quartile ranges are given only from {SMALL_N} institutions; "
        f"beneficiary figures for fewer than {SMALL_N} people are not shown.",
    ]
    if dk:
        moved = sum(1 for overall, zero in dk if zero is not None and abs(overall - zero) >= 5)
        limits.append(
            f"“Don't know” sensitivity: scoring “don't know” as 0 instead of leaving it out "
            f"moves the overall index by 5 points or more for {plural(moved, 'institution')}."
        )
    if _version_below_one(config.version):
        limits.append(
            f"The scoring configuration (version {config.version}) has not been piloted as "
            "version 1.0 yet; weights and thresholds may change."
        )
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
            "Country",
            "Group",
            "Listed institutions: Form A",
            "Interviews",
            "Beneficiaries",
            "Workshops",
        ]
    ]
    for code, name, group in data.countries:
        status = "; ".join(ctx.institution_lines(code)) or "no institution listed"
        beneficiaries = worked.get(code, 0)
        rows.append(
            [
                f"{name} ({code})",
                group,
                status,
                str(kii.get(code, 0)),
                str(beneficiaries)
                if beneficiaries == 0 or beneficiaries >= SMALL_N
                else f"< {SMALL_N}",
                str(attended.get(code, 0)),
            ]
        )
    duplicates = sum(1 for n in data.submissions.values() if n > 1)
    declined = sum(1 for i in data.interviews if i.answers.get("b1_01") not in (None, "yes"))
    refused_c = len(data.beneficiaries) - len(people)
    return [
        Para(
            f"{plural(data.refusals, 'institution')} declined the survey (consent refused; not "
            f"named); {plural(duplicates, 'institution')} sent several Form A submissions (the "
            "one the coordinator chose counts, else the latest); "
            f"{plural(declined, 'key informant')} declined the interview; "
            f"{plural(refused_c, 'beneficiary interview')} did not go ahead (not eligible or "
            "no consent)."
        ),
        Table(
            rows,
            [80, 44, 210, 44, 56, 48],
            font_size=7,
            caption="Every member state and associate member, its listed institutions and "
            "what was received. Beneficiaries by country of work; interviews and "
            "workshops count the country's presence.",
        ),
    ]
