"""Synthetic data in a workspace (``sp-collect demo``), for trying the app and for benchmarks."""

from __future__ import annotations

import random
from typing import Any

from sp_collect.engine.synthetic import synthesize
from sp_collect.errors import NotFound
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.demo_bank import SpreadAnswers, form_cycle
from sp_collect.workspace.editor import ResponseEditor, store_attachment
from sp_collect.workspace.responses import ResponseService

_BATCH = 200  # responses per transaction: one commit per response would dominate the time


class DemoService:
    """Fills the workspace with synthetic responses that pass the forms' own checks."""

    def __init__(self, ctx: WorkspaceContext, responses: ResponseService) -> None:
        self._ctx = ctx
        self._responses = responses

    def generate(
        self,
        count: int,
        *,
        form_id: str | None = None,
        finalize: bool = False,
        seed: int | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Changes:
        """``count`` synthetic responses spread over the installed forms (or one form), in a
        study's proportions (:func:`form_cycle`).

        Every answer goes through FormSession's checks; a response whose logic chance could not
        satisfy stays a draft instead of being finalized.
        """
        forms = [form_id] if form_id else sorted({row.form_id for row in self._ctx.forms.list()})
        if not forms:
            raise NotFound(
                "no form is installed; add forms before generating demo data", code="no_forms"
            )
        compiled = {name: self._ctx.forms.compiled(name) for name in forms}  # read each once
        metadata = {name: self._responses.metadata(form) for name, form in compiled.items()}
        cycle = form_cycle(forms)
        rng = random.Random(seed)
        suggest = SpreadAnswers()
        created: list[str] = []
        finalized = 0
        for start in range(0, count, _BATCH):
            check(cancel)
            with self._ctx.store.atomic():
                for index in range(start, min(count, start + _BATCH)):
                    name = cycle[index % len(cycle)]
                    form = compiled[name]
                    session = synthesize(
                        form,
                        rng,
                        metadata=metadata[name],
                        attach=self._attach,
                        suggest=suggest,
                    )
                    editor = ResponseEditor.new(self._ctx, form, session)
                    editor.create()
                    if finalize and not session.errors():
                        editor.finalize()
                        finalized += 1
                    created.append(editor.uuid)
            report(progress, len(created), count, "responses")
        drafts = len(created) - finalized
        return Changes(
            responses=frozenset(created),
            message=f"created {len(created)} synthetic response(s): "
            f"{finalized} finalized, {drafts} draft(s)",
        )

    def _attach(self, data: bytes, name: str, media_type: str) -> dict[str, Any]:
        return store_attachment(self._ctx, data, name, media_type)
