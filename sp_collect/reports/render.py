"""Write a report's document model as PDF or DOCX (the renderer is imported when needed)."""

from __future__ import annotations

from pathlib import Path

from sp_collect.progress import CancelToken, Progress
from sp_collect.reports.document import Document, report_format


def write_document(
    out_path: Path,
    doc: Document,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """``fmt`` ``pdf`` or ``docx``; by default the output file's extension decides."""
    if report_format(str(out_path), fmt) == "docx":
        from sp_collect.reports.docx_render import write_docx

        return write_docx(Path(out_path), doc, progress=progress, cancel=cancel)
    from sp_collect.reports.pdf_render import write_pdf

    return write_pdf(Path(out_path), doc, progress=progress, cancel=cancel)
