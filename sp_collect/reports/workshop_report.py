"""The summary of a validation workshop (Form D, D4.3): attendance, sessions, findings validated
or contested (with evidence and dissent), score corrections with the indices recomputed from
this workshop's corrections only (and those that could not apply), recommendations, follow-up,
evaluation, annexes and sign-off.

Repeat groups are printed as stacked rows — one small label/answer table per entry — so that no
word is ever broken across a narrow column, in PDF and in Word alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from sp_collect.analysis.readiness import InstitutionScore
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.analysis.workshop_corrections import (
    CORRECTIONS,
    COUNTRY,
    INSTITUTION,
    INSTITUTION_OTHER,
    SCORES,
    CorrectionProblem,
)
from sp_collect.progress import CancelToken, Progress
from sp_collect.reports.correction_wording import describe
from sp_collect.reports.document import Block, Document, Heading, Para, Table
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.numbers import number
from sp_collect.reports.render import write_document
from sp_collect.reports.response_view import ResponseView
from sp_collect.reports.texts import t

WIDTH = 482
LABEL_WIDTH = 150
IDENTIFICATION = (
    "d1_01",
    "d1_03",
    "d1_04_start",
    "d1_04_end",
    "d1_05",
    "d1_06",
    "d1_07",
    "d1_08",
    "d1_09",
    "d1_09_details",
    "d1_10",
    "d1_11",
)
TOTALS = (
    "d2_02_members",
    "d2_02",
    "d2_02_invited",
    "d2_02_represented",
    "d2_02_rate",
    "d2_03_total",
    "d2_03_women",
    "d2_03_men",
    "d2_03_in_person",
    "d2_03_online",
    "d2_03_ssi",
    "d2_03_gov",
    "d2_03_regional",
    "d2_03_social_partners",
    "d2_03_unlisted",
)
EVALUATION = (
    "d8_01",
    "d8_03_n",
    "d8_03_relevance",
    "d8_03_discussion",
    "d8_03_clarity",
    "d8_03_organisation",
    "d8_03_comments",
)

SESSION_COLUMNS = (
    "d3_title",
    "d3_format",
    "d3_dims",
    "d3_presenter",
    "d3_start",
    "d3_end",
    "d3_points",
    "d3_poll",
    "d3_poll_n",
)
FINDING_COLUMNS = (
    "d4_statement",
    "d4_dim",
    "d4_scope",
    "d4_scope_countries",
    "d4_status",
    "d4_agreement",
    "d4_amended",
    "d4_evidence",
    "d4_followup",
    "d4_followup_owner",
    "d4_followup_due",
)
RECOMMENDATION_COLUMNS = (
    "d6_text",
    "d6_findings",
    "d6_dim",
    "d6_type",
    "d6_level",
    "d6_priority",
    "d6_horizon",
    "d6_lead",
    "d6_supporting",
    "d6_dependencies",
    "d6_cost",
    "d6_support",
)
ACTION_COLUMNS = ("d7_action", "d7_owner", "d7_due", "d7_status", "d7_verification")
CORRECTION_COLUMNS = (
    "d5_original_choice", "d5_original", "d5_corrected_choice", "d5_corrected", "d5_rationale",
    "d5_evidence", "d5_agreed_by",
)  # fmt: skip
"""2026.2 picks a single-choice item's answers from its choices (``*_choice``); the others and
2026.1's log keep the typed answer. Only the answered ones print."""
VALIDATION_FIELDS = (
    "d5_form_version",
    "d5_level",
    "d5_gates_failed",
    "d5_questioned",
    "d5_accept",
    "d5_reservations",
)
SIGN_OFF = ("d9_prepared_by", "d9_prepared_on", "d9_reviewed_by", "d9_twg_date", "d9_version")


def write_workshop_report(
    out_path: Path,
    view: ResponseView,
    recomputed: Mapping[InstitutionKey, InstitutionScore],
    meta: ReportMeta,
    *,
    problems: Sequence[CorrectionProblem] = (),
    fmt: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """``recomputed``: institution code → its scores with this workshop's corrections only;
    ``problems``: this workshop's corrections that could not be applied, and why."""
    lang = meta.language
    title = view.answer("d1_02") or t("workshop_title", lang)
    blocks: list[Block] = [
        Para(t("workshop_title", lang), "subtitle"),
        Para(title, "title"),
        Para(t("generated", lang, date=meta.date, workspace=meta.workspace), "small"),
        Heading(t("identification", lang)),
        _fields(view, IDENTIFICATION),
        Heading(t("attendance", lang)),
        *_attendance(view, lang),
        Heading(t("sessions", lang)),
        *_stacked(view, "d3_sessions", SESSION_COLUMNS, title_field="d3_no"),
        Heading(t("findings", lang)),
        *_findings(view, lang),
        Heading(t("score_corrections", lang)),
        *_corrections(view, recomputed, problems, lang),
        Heading(t("recommendations", lang)),
        *_stacked(view, "d6_recs", RECOMMENDATION_COLUMNS, title_field="d6_id"),
        Heading(t("follow_up", lang)),
        *_stacked(view, "d7_actions", ACTION_COLUMNS),
        Heading(t("other_content", lang)),
        _fields(view, EVALUATION),
        *_stacked(view, "d8_02", ("d8_02_risk", "d8_02_dim")),
        Heading(t("annexes", lang)),
        *_annexes(view, lang),
        *_roster(view, lang),
        Heading(t("sign_off", lang)),
        _fields(view, SIGN_OFF),
        Para(
            t("signed" if view.value("d9_signature") else "not_signed", lang),
            "small",
        ),
    ]
    doc = Document(
        title=title,
        footer=f"{view.answer('d1_01')} · {t('workshop_title', lang)} · {meta.date}",
        blocks=blocks,
        language=lang,
    )
    return write_document(out_path, doc, fmt=fmt, progress=progress, cancel=cancel)


def _fields(view: ResponseView, paths: Sequence[str]) -> Table:
    rows = [[view.label(p), view.answer(p)] for p in paths if view.answer(p)]
    return Table(rows or [["", ""]], [LABEL_WIDTH, WIDTH - LABEL_WIDTH], header_rows=0)


def _stacked(
    view: ResponseView, repeat: str, columns: Sequence[str], *, title_field: str | None = None
) -> list[Block]:
    """One label/answer table per entry of a repeat, headed by its number or id."""
    count = view.count(repeat)
    if not count:
        return [Para("–")]
    out: list[Block] = []
    for i in range(count):
        base = f"{repeat}[{i}]."
        name = view.answer(base + title_field) if title_field else ""
        title = f"{view.label(base + title_field)}: {name}" if title_field and name else ""
        rows = [[title or f"#{i + 1}", ""]]
        rows += [
            [view.label(base + c), view.answer(base + c)] for c in columns if view.answer(base + c)
        ]
        out.append(
            Table(
                rows, [LABEL_WIDTH, WIDTH - LABEL_WIDTH], group_rows=frozenset({0}), header_rows=0
            )
        )
    return out


def _attendance(view: ResponseView, lang: str) -> list[Block]:
    count = view.count("d2_roster")
    listed = [i for i in range(count) if view.value(f"d2_roster[{i}].d2_listed") == "yes"]
    countries = view.value("d2_01") or []
    line = t(
        "participants_line",
        lang,
        total=count,
        listed=len(listed),
        unlisted=view.value("d2_03_unlisted") or 0,
        countries=len(countries),
    )
    return [Para(line), _fields(view, TOTALS)]


def _roster(view: ResponseView, lang: str) -> list[Block]:
    """The participants list, as an annex: names (a sensitive field) only of those who agreed
    to be listed (``d2_listed``)."""
    count = view.count("d2_roster")
    if not count:
        return []
    roster = ["d2_name", "d2_org", "d2_org_other", "d2_country", "d2_role", "d2_mode"]
    header = [view.label(f"d2_roster[0].{column}") or column for column in roster]
    rows = []
    for i in range(count):
        answers = [view.answer(f"d2_roster[{i}].{column}") for column in roster]
        if view.value(f"d2_roster[{i}].d2_listed") != "yes":
            answers[0] = t("not_listed", lang)
        rows.append(answers)
    return [
        Heading(t("attendance", lang), level=2),
        Table([header, *rows], [90, 110, 90, 62, 70, 60], font_size=7),
    ]


def _findings(view: ResponseView, lang: str) -> list[Block]:
    count = view.count("d4_findings")
    statuses = Counter(view.value(f"d4_findings[{i}].d4_status") for i in range(count))
    known = statuses["validated"] + statuses["amended"] + statuses["contested"]
    line = t(
        "findings_line",
        lang,
        total=count,
        validated=statuses["validated"],
        amended=statuses["amended"],
        contested=statuses["contested"],
        other=count - known,
    )
    out: list[Block] = [Para(line)]
    for block in _stacked(view, "d4_findings", FINDING_COLUMNS, title_field="d4_id"):
        out.append(block)
    for i in range(count):
        base = f"d4_findings[{i}]."
        dissent = view.answer(base + "d4_dissent")
        if not dissent:
            continue
        finding = view.answer(base + "d4_id") or f"#{i + 1}"
        if view.value(base + "d4_dissent_anon") == "yes":
            out.append(Para(t("dissent_anonymised", lang, finding=finding), "small"))
        else:
            out.append(Para(t("dissent", lang, finding=finding, text=dissent), "small"))
    return out


def _corrections(
    view: ResponseView,
    recomputed: Mapping[InstitutionKey, InstitutionScore],
    problems: Sequence[CorrectionProblem],
    lang: str,
) -> list[Block]:
    out: list[Block] = []
    for i in range(view.count(SCORES)):
        base = f"{SCORES}[{i}]."
        code = view.value(base + INSTITUTION)
        if code == "other":
            code = view.value(base + INSTITUTION_OTHER)
        out.append(Heading(f"{view.answer(base + INSTITUTION)} {code or ''}".strip(), level=2))
        presented = ["d5_index_l", "d5_index_i", "d5_index_a", "d5_index_t", "d5_index_overall"]
        rows = [["", *DIMENSIONS, t("overall", lang)]]
        rows.append([t("presented", lang), *[view.answer(base + p) for p in presented]])
        country = str(view.value(base + COUNTRY) or "")
        score = recomputed.get(InstitutionKey(country, str(code))) if code else None
        if score is not None:
            indices = [score.index(d) for d in DIMENSIONS]
            rows.append(
                [
                    t("recomputed", lang),
                    *(number(i, lang, 1) for i in indices),
                    number(score.overall, lang, 1),
                ]
            )
        out.append(Table(rows, [160, *[64] * 5]))
        for j in range(view.count(base + CORRECTIONS)):
            entry = f"{base}{CORRECTIONS}[{j}]."
            item = view.answer(entry + "d5_item")
            rows = [[f"{view.label(entry + 'd5_item')}: {item}", ""]]
            rows += [
                [view.label(entry + c), view.answer(entry + c)]
                for c in CORRECTION_COLUMNS
                if view.answer(entry + c)
            ]
            out.append(
                Table(
                    rows,
                    [LABEL_WIDTH, WIDTH - LABEL_WIDTH],
                    group_rows=frozenset({0}),
                    header_rows=0,
                )
            )
        out.append(_fields(view, [base + field for field in VALIDATION_FIELDS]))
    out.append(
        Para(
            t(
                "corrections_left_out",
                lang,
                problems=t("sep", lang).join(describe(p, lang) for p in problems)
                or t("none", lang),
            )
        )
    )
    return out


def _annexes(view: ResponseView, lang: str) -> list[Block]:
    count = view.count("d8_04")
    if not count:
        return [Para(t("no_annex", lang))]
    rows = [[view.label("d8_04[0].d8_04_kind"), view.label("d8_04[0].d8_04_file")]]
    rows += [
        [view.answer(f"d8_04[{i}].d8_04_kind"), view.answer(f"d8_04[{i}].d8_04_file")]
        for i in range(count)
    ]
    return [Table(rows, [LABEL_WIDTH, WIDTH - LABEL_WIDTH])]
