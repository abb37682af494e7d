"""The summary of a validation workshop (Form D): attendance, sessions, findings validated or
contested, score corrections (with the recomputed indices), recommendations and follow-up."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from sp_collect.analysis.readiness import ScorePair
from sp_collect.analysis.scoring_config import DIMENSIONS
from sp_collect.analysis.submissions import InstitutionKey
from sp_collect.analysis.workshop_corrections import (
    CORRECTIONS,
    COUNTRY,
    INSTITUTION,
    INSTITUTION_OTHER,
    SCORES,
)
from sp_collect.progress import CancelToken, Progress
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.layout import build_pdf, heading, number, para, styles, table
from sp_collect.reports.response_view import ResponseView
from sp_collect.reports.texts import t

WIDTH = 482
IDENTIFICATION = (
    "d1_01", "d1_03", "d1_04_start", "d1_04_end", "d1_05", "d1_06", "d1_07", "d1_08", "d1_09",
    "d1_09_details", "d1_10", "d1_11",
)  # fmt: skip
TOTALS = (
    "d2_02_members", "d2_02", "d2_02_invited", "d2_02_represented", "d2_02_rate", "d2_03_total",
    "d2_03_women", "d2_03_men", "d2_03_in_person", "d2_03_online", "d2_03_ssi", "d2_03_gov",
    "d2_03_regional", "d2_03_social_partners", "d2_03_unlisted",
)  # fmt: skip
EVALUATION = (
    "d8_01", "d8_03_n", "d8_03_relevance", "d8_03_discussion", "d8_03_clarity",
    "d8_03_organisation", "d8_03_comments",
)  # fmt: skip

# Repeat tables: (question id, column width in points), about 482 points in all.
SESSION_COLUMNS = (("d3_no", 32), ("d3_title", 74), ("d3_format", 50), ("d3_dims", 44),
                   ("d3_presenter", 50), ("d3_start", 30), ("d3_end", 30), ("d3_points", 108),
                   ("d3_poll", 64))  # fmt: skip
FINDING_COLUMNS = (("d4_id", 36), ("d4_statement", 130), ("d4_amended", 120), ("d4_dim", 34),
                   ("d4_status", 60), ("d4_agreement", 52), ("d4_followup_owner", 50))  # fmt: skip
RECOMMENDATION_COLUMNS = (("d6_id", 30), ("d6_text", 130), ("d6_dim", 34), ("d6_type", 56),
                          ("d6_level", 46), ("d6_priority", 40), ("d6_horizon", 46),
                          ("d6_lead", 56), ("d6_support", 44))  # fmt: skip
ACTION_COLUMNS = (("d7_action", 170), ("d7_owner", 80), ("d7_due", 60), ("d7_status", 50),
                  ("d7_verification", 122))  # fmt: skip
CORRECTION_COLUMNS = (("d5_item", 44), ("d5_original", 60), ("d5_corrected", 60),
                      ("d5_rationale", 200), ("d5_agreed_by", 118))  # fmt: skip
VALIDATION_FIELDS = ("d5_gates_failed", "d5_questioned", "d5_accept", "d5_reservations")


def write_workshop_report(
    out_path: Path,
    view: ResponseView,
    pairs: Mapping[InstitutionKey, ScorePair],
    meta: ReportMeta,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """``pairs`` are the institutions' scores, to show the indices the corrections produce."""
    lang = meta.language
    title = view.answer("d1_02") or t("workshop_title", lang)
    flowables: list[Flowable] = [
        para(t("workshop_title", lang), styles().subtitle),
        para(title, styles().title),
        para(t("generated", lang, date=meta.date, workspace=meta.workspace), styles().small),
        heading(t("identification", lang)),
        _fields(view, IDENTIFICATION),
        heading(t("attendance", lang)),
        *_attendance(view, lang),
        heading(t("sessions", lang)),
        _repeat_table(view, "d3_sessions", SESSION_COLUMNS),
        heading(t("findings", lang)),
        *_findings(view, lang),
        heading(t("score_corrections", lang)),
        *_corrections(view, pairs, lang),
        heading(t("recommendations", lang)),
        _repeat_table(view, "d6_recs", RECOMMENDATION_COLUMNS),
        heading(t("follow_up", lang)),
        _repeat_table(view, "d7_actions", ACTION_COLUMNS),
        heading(t("other_content", lang)),
        _fields(view, EVALUATION),
        _repeat_table(view, "d8_02", (("d8_02_risk", 380), ("d8_02_dim", 102))),
    ]
    footer = f"{view.answer('d1_01')} · {t('workshop_title', lang)} · {meta.date}"
    return build_pdf(
        out_path, flowables, title=title, footer=footer, progress=progress, cancel=cancel
    )


def _fields(view: ResponseView, paths: Sequence[str]) -> Flowable:
    rows = [[view.label(p), view.answer(p)] for p in paths if view.answer(p)]
    return table(rows or [["", ""]], [200, WIDTH - 200], header_rows=0)


def _repeat_table(
    view: ResponseView, repeat: str, columns: Sequence[tuple[str, float]]
) -> Flowable:
    count = view.count(repeat)
    header = [view.label(f"{repeat}[0].{column}") or column for column, _ in columns]
    rows = [[view.answer(f"{repeat}[{i}].{column}") for column, _ in columns] for i in range(count)]
    return table([header, *rows], [width for _, width in columns])


def _attendance(view: ResponseView, lang: str) -> list[Flowable]:
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
    roster = ["d2_name", "d2_org", "d2_org_other", "d2_country", "d2_role", "d2_mode"]
    header = [view.label(f"d2_roster[0].{column}") or column for column in roster]
    rows = []
    for i in range(count):
        answers = [view.answer(f"d2_roster[{i}].{column}") for column in roster]
        if i not in listed:  # only who consented is named in the report
            answers[0] = t("not_listed", lang)
        rows.append(answers)
    return [
        para(line),
        _fields(view, TOTALS),
        table([header, *rows], [90, 110, 90, 62, 70, 60]),
    ]


def _findings(view: ResponseView, lang: str) -> list[Flowable]:
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
    return [para(line), _repeat_table(view, "d4_findings", FINDING_COLUMNS)]


def _corrections(
    view: ResponseView, pairs: Mapping[InstitutionKey, ScorePair], lang: str
) -> list[Flowable]:
    out: list[Flowable] = []
    for i in range(view.count(SCORES)):
        base = f"{SCORES}[{i}]."
        code = view.value(base + INSTITUTION)
        if code == "other":
            code = view.value(base + INSTITUTION_OTHER)
        out.append(heading(f"{view.answer(base + INSTITUTION)} {code or ''}".strip(), level=2))
        presented = ["d5_index_l", "d5_index_i", "d5_index_a", "d5_index_t", "d5_index_overall"]
        rows = [["", *DIMENSIONS, t("overall", lang)]]
        rows.append(
            [
                t("presented", lang),
                *[view.answer(base + p) for p in presented],
            ]
        )
        country = str(view.value(base + COUNTRY) or "")
        pair = pairs.get(InstitutionKey(country, str(code))) if code else None
        if pair is not None:
            indices = [pair.validated.index(d) for d in DIMENSIONS]
            rows.append(
                [t("recomputed", lang), *map(number, indices), number(pair.validated.overall)]
            )
        out += [table(rows, [160, *[64] * 5]), Spacer(1, 4)]
        out += [
            _repeat_table(view, base + CORRECTIONS, CORRECTION_COLUMNS),
            Spacer(1, 4),
            _fields(view, [base + field for field in VALIDATION_FIELDS]),
        ]
    return out
