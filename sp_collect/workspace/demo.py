"""Synthetic data in a workspace (``sp-collect demo``), for trying the app and for benchmarks."""

from __future__ import annotations

import random
import uuid as uuid_module
from dataclasses import dataclass, field
from typing import Any

from sp_collect.engine.synthetic import synthesize
from sp_collect.errors import NotFound
from sp_collect.progress import CancelToken, Progress, check, report
from sp_collect.storage.attachments import content_digest
from sp_collect.storage.responses import NewResponse
from sp_collect.storage.statuses import ResponseStatus
from sp_collect.storage.store import Store
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.demo_bank import SpreadAnswers, form_cycle
from sp_collect.workspace.editor import (
    Event,
    attachment_reference,
    created_event,
    finalized_event,
    new_response,
)
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
            batch = _Batch()
            for index in range(start, min(count, start + _BATCH)):
                form = compiled[cycle[index % len(cycle)]]
                session = synthesize(
                    form,
                    rng,
                    metadata=metadata[form.id],
                    attach=batch.attach,
                    suggest=suggest,
                )
                done = finalize and not session.errors()  # as ResponseEditor.finalize checks
                uuid = str(uuid_module.uuid4())
                batch.events.append(created_event(form, uuid))
                if done:
                    session.mark_finalized()
                    batch.events.append(finalized_event(uuid, 1))
                    finalized += 1
                status = ResponseStatus.FINALIZED if done else ResponseStatus.DRAFT
                batch.responses.append(new_response(self._ctx, form, session, uuid, status))
                created.append(uuid)
            batch.write(self._ctx.store)
            report(progress, len(created), count, "responses")
        drafts = len(created) - finalized
        return Changes(
            responses=frozenset(created),
            message=f"created {len(created)} synthetic response(s): "
            f"{finalized} finalized, {drafts} draft(s)",
        )


@dataclass
class _Batch:
    """One transaction's responses, their events and attachments, written together (one
    statement each instead of several per response)."""

    responses: list[NewResponse] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    files: list[tuple[bytes, str, str]] = field(default_factory=list)

    def attach(self, data: bytes, name: str, media_type: str) -> dict[str, Any]:
        """The attachment's answer now; its bytes are stored with the batch."""
        self.files.append((data, media_type, name))
        return attachment_reference(content_digest(data), data, name, media_type)

    def write(self, store: Store) -> None:
        with store.atomic():
            store.attachments.put_many(self.files)
            store.responses.create_many(self.responses)
            store.events.append_many(self.events)
