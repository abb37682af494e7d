"""A printable completed response, in any of the form's languages, for an institution to check
and sign: question labels, answers as labels, repeats as tables, the coordinator's comments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from sp_collect.progress import CancelToken, Progress
from sp_collect.reports.inputs import ReportMeta
from sp_collect.reports.layout import build_pdf, cell, heading, para, styles, table
from sp_collect.reports.response_view import Node, ResponseView, answer_text
from sp_collect.reports.texts import t

WIDE_REPEAT = 5
"""A repeat with more columns than this prints each entry as its own label/answer table."""
LABEL_WIDTH = 210
ANSWER_WIDTH = 272


@dataclass(frozen=True)
class ResponseHeader:
    uuid: str
    revision: int
    status: str
    form_id: str
    form_version: str
    title: str
    instance_name: str


@dataclass(frozen=True)
class Comment:
    question_path: str
    text: str
    author: str
    created_at: str


def write_response_report(
    out_path: Path,
    view: ResponseView,
    header: ResponseHeader,
    comments: Iterable[Comment],
    meta: ReportMeta,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    lang = meta.language
    by_path: dict[str, list[Comment]] = {}
    for comment in comments:
        by_path.setdefault(comment.question_path, []).append(comment)
    flowables: list[Flowable] = [
        para(header.title, styles().title),
        para(header.instance_name or t("response_title", lang), styles().subtitle),
        para(
            t(
                "response_meta",
                lang,
                uuid=header.uuid,
                revision=header.revision,
                status=header.status,
                form=header.form_id,
                version=header.form_version,
            ),
            styles().small,
        ),
        para(t("generated", lang, date=meta.date, workspace=meta.workspace), styles().small),
        *_privacy_note(view, lang),
        *_render(view.tree().children, view, by_path, lang),
        *_unplaced_comments(view, by_path, lang),
        *_signature_block(lang),
    ]
    footer = f"{header.form_id} {header.form_version} · {header.uuid} · r{header.revision}"
    return build_pdf(
        out_path, flowables, title=header.title, footer=footer, progress=progress, cancel=cancel
    )


def _render(
    nodes: list[Node], view: ResponseView, comments: dict[str, list[Comment]], lang: str
) -> list[Flowable]:
    out: list[Flowable] = []
    rows: list[list[object]] = []

    def flush() -> None:
        # The first rows go in a table of their own: the heading before them keeps with those
        # rows only, and the rest flows on instead of jumping whole to the next page.
        for part in (rows[:2], rows[2:]):
            if part:
                out.append(table(part, [LABEL_WIDTH, ANSWER_WIDTH], header_rows=0))
        rows.clear()

    for node in nodes:
        prompt = node.prompt
        assert prompt is not None
        if prompt.type == "section":
            flush()
            out.append(heading(prompt.label or prompt.id, level=1 if prompt.depth == 0 else 2))
            out.extend(_render(node.children, view, comments, lang))
        elif prompt.type == "repeat":
            flush()
            out.extend(_repeat(node, view, comments, lang))
        else:
            rows.append(_row(node, comments, lang))
    flush()
    return out


def _row(node: Node, comments: dict[str, list[Comment]], lang: str) -> list[object]:
    prompt = node.prompt
    assert prompt is not None
    answer = answer_text(prompt, lang) or t("no_answer", lang)
    cells: list[Flowable] = [cell(answer)]
    cells += [_comment(comment, lang) for comment in comments.get(prompt.path, [])]
    return [cell(prompt.label or prompt.id, bold=True), cells]


def _repeat(
    node: Node, view: ResponseView, comments: dict[str, list[Comment]], lang: str
) -> list[Flowable]:
    prompt = node.prompt
    assert prompt is not None
    out: list[Flowable] = [para(prompt.label or prompt.id, styles().h2)]
    instances = node.children
    columns: dict[str, str] = {}
    for instance in instances:
        for child in instance.children:
            if child.prompt is not None and child.prompt.type != "repeat":
                columns.setdefault(child.prompt.id, child.prompt.label or child.prompt.id)
    nested = any(
        child.prompt is not None and child.prompt.type == "repeat"
        for instance in instances
        for child in instance.children
    )
    if not instances:
        return [*out, para(t("no_answer", lang), styles().small)]
    if len(columns) <= WIDE_REPEAT and not nested:
        header = [cell("#", bold=True), *(cell(label, bold=True) for label in columns.values())]
        body = []
        for number, instance in enumerate(instances, start=1):
            found = {c.prompt.id: c for c in instance.children if c.prompt is not None}
            body.append(
                [
                    cell(str(number)),
                    *(
                        _row(found[qid], comments, lang)[1] if qid in found else ""
                        for qid in columns
                    ),
                ]
            )
        width = (LABEL_WIDTH + ANSWER_WIDTH - 20) / max(len(columns), 1)
        out.append(table([header, *body], [20, *[width] * len(columns)]))
        return out
    for instance in instances:
        label = instance.prompt.label if instance.prompt is not None else ""
        rendered = _render(instance.children, view, comments, lang)
        out.append(KeepTogether([para(label, styles().cell_bold), *rendered[:1]]))
        out.extend(rendered[1:])
        out.append(Spacer(1, 4))
    return out


def _comment(comment: Comment, lang: str) -> Flowable:
    text = f"{t('comment', lang)} ({comment.author}, {comment.created_at[:10]}): {comment.text}"
    return para(text, styles().quote)


def _unplaced_comments(
    view: ResponseView, comments: dict[str, list[Comment]], lang: str
) -> list[Flowable]:
    """Comments on the whole response, or on questions no longer shown, so none is lost."""
    left = [c for path, group in comments.items() if path not in view.by_path for c in group]
    if not left:
        return []
    out: list[Flowable] = [heading(t("comments", lang))]
    for comment in left:
        where = f"{comment.question_path}: " if comment.question_path else ""
        out.append(para(f"{where}{comment.text} ({comment.author}, {comment.created_at[:10]})"))
    return out


def _privacy_note(view: ResponseView, lang: str) -> list[Flowable]:
    """Say on the page whether personal data (fields tagged sensitive) are printed."""
    count = len(view.sensitive_shown)
    if not count:
        return []
    key = "sensitive_included" if view.include_sensitive else "sensitive_left_out"
    return [para(t(key, lang, count=count), styles().small)]


def _signature_block(lang: str) -> list[Flowable]:
    rows = [
        [cell(t("sign_name", lang), bold=True), ""],
        [cell(t("sign_date", lang), bold=True), ""],
        [cell(t("sign_signature", lang), bold=True), ""],
    ]
    signing = table(rows, [LABEL_WIDTH, ANSWER_WIDTH], header_rows=0)
    signing.setStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 14)])
    return [KeepTogether([Spacer(1, 10), para(t("signature_block", lang), styles().h2), signing])]
