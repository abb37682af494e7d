"""Responses: start, open, add and edit them through ``FormSession``; list and read them."""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sp_collect.errors import AnswerError, NotFound
from sp_collect.storage import CommentRow, ResponseRow, ResponseSummary
from sp_collect.storage.statuses import ResponseStatus
from sp_collect.sync.assignments import assigned_answers
from sp_collect.workspace.changes import SavedResponse
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.editor import ResponseEditor, describe_issues, store_attachment

if TYPE_CHECKING:
    # The engine (pydantic model, expression parser: a quarter of a second to load) is loaded
    # where a session is made: listing and counting responses (the app's Home) needs none.
    from sp_collect.engine import CompiledForm

ATTACHMENT_FIELDS = frozenset({"sha256", "name", "media_type", "size"})
"""The keys of an attachment answer (what :func:`store_attachment` returns)."""


@dataclass(frozen=True)
class DraftProgress:
    """How far a draft is: answered questions among those relevant now, and its last edit."""

    uuid: str
    form_id: str
    instance_name: str
    answered: int
    total: int
    updated_at: str
    """UTC, ISO 8601 (as stored)."""

    @property
    def percent(self) -> int:
        """Answered share of the relevant questions, rounded down (100 only when complete)."""
        return 100 * self.answered // self.total if self.total else 0


class ResponseService:
    """Every response of the workspace; editing goes through a :class:`ResponseEditor`."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self._ctx = ctx
        self._progress: dict[str, tuple[tuple[int, str], DraftProgress]] = {}
        """uuid → (revision-and-time key, progress): Home asks again after every change."""

    def start(self, form_id: str, *, language: str | None = None) -> ResponseEditor:
        """A new draft, saved at once so it survives a crash before the first answer; on a
        device its package assigns an institution to, it starts with that institution."""
        editor = self._new_editor(form_id, language)
        if self._ctx.info.role == "field":
            assignment = self._ctx.forms.assignment()
            for path, value in assigned_answers(editor.form.model, assignment).items():
                editor.session.answer(path, value)
        with self._ctx.store.atomic():
            editor.create()
        return editor

    def new(self, form_id: str, *, language: str | None = None) -> ResponseEditor:
        """A new draft not stored yet: the app stores it at its first answer
        (``ResponseEditor.create``), so opening a form and leaving leaves nothing behind."""
        editor = self._new_editor(form_id, language)
        editor.stored = False
        return editor

    def _new_editor(self, form_id: str, language: str | None = None) -> ResponseEditor:
        from sp_collect.engine import FormSession  # see TYPE_CHECKING above

        form = self._ctx.forms.compiled(form_id)
        session = FormSession(
            form,
            language=language or form.model.default_language,
            metadata=self.metadata(form),
            last_saved=self._last_saved(form),
        )
        return ResponseEditor.new(self._ctx, form, session)

    def _last_saved(self, form: CompiledForm) -> dict[str, Any]:
        """The answers of the last response of this form saved here (not one received from a
        device), when a question starts with its answer (``last_saved``)."""
        if not any(getattr(info.item, "last_saved", None) for info in form.items.values()):
            return {}
        for summary in self._ctx.store.responses.list(form_id=form.id):
            if summary.sender is None:
                row = self._ctx.store.responses.get(summary.uuid)
                return dict(row.answers) if row is not None else {}
        return {}

    def open(self, uuid: str) -> ResponseEditor:
        from sp_collect.engine import FormSession  # see TYPE_CHECKING above

        row = self.get(uuid)
        form = self._ctx.forms.compiled(row.form_id, row.form_version)
        if row.state:
            session = FormSession.from_json(form, row.state)
        else:  # received in a bundle: only the answers travel, so the session is rebuilt
            session = FormSession(form, language=form.model.default_language)
            session.load_answers(row.answers)
            session.mark_finalized()
        return ResponseEditor(self._ctx, form, session, row.uuid, row.status, row.revision)

    def add(
        self, form_id: str, answers: Mapping[str, Any], *, finalize: bool = False
    ) -> SavedResponse:
        """Validate answers through FormSession (as the UI does) and store them.

        Nothing is stored when an answer is refused, or when ``finalize`` is asked for and the
        response still has errors: scripted imports either land whole or not at all.
        """
        editor = self._new_editor(form_id)
        problems = editor.session.load_answers(dict(answers))
        if problems:
            raise AnswerError(
                "the answers were refused: " + describe_issues(problems), code="answers_invalid"
            )
        if finalize:
            editor.check_finalizable()
        with self._ctx.store.atomic():
            editor.create()
            return editor.finalize() if finalize else editor.save()

    def edit(
        self,
        uuid: str,
        changes: Mapping[str, Any],
        *,
        reason: str | None = None,
        finalize: bool = False,
    ) -> SavedResponse:
        """Change answers (by path, e.g. ``s2_02`` or ``work_history[0].country``) of a response.

        A finalized or sent response needs a ``reason``, kept in the audit trail. Every change is
        checked before anything is written: one refused value leaves the response untouched.
        """
        editor = self.open(uuid)
        if not (reason and reason.strip()):
            if editor.status != ResponseStatus.DRAFT:
                raise AnswerError(
                    f"response {uuid} is {editor.status}: give a reason for changing it",
                    code="no_reason",
                )
            if editor.session.finalized:
                raise AnswerError(
                    f"response {uuid} was finalized before: give a reason for changing it",
                    code="no_reason",
                )
        needs_reason = editor.session.finalized
        refused = []
        for path, value in changes.items():
            result = editor.session.answer(path, value, reason=reason if needs_reason else None)
            if result.status in ("type", "unknown", "readonly"):
                refused.append(f"{path}: {(result.message or result.status).rstrip('.')}")
        if refused:
            raise AnswerError(
                "the changes were refused: " + "; ".join(refused), code="answers_invalid"
            )
        if finalize:
            editor.check_finalizable()
        with self._ctx.store.atomic():
            if editor.status != ResponseStatus.DRAFT:
                editor.reopen(reason or "")
            return editor.finalize() if finalize else editor.save()

    def attach_file(self, path: Path | str) -> dict[str, Any]:
        """Store a file in the encrypted attachment store; returns the answer that refers to it,
        for a file, image, audio or signature question."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise AnswerError(
                f"the file {path} could not be read; check its name", code="attachment_unreadable"
            ) from exc
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return store_attachment(self._ctx, data, path.name, media_type)

    def check_attachments(self, values: Any) -> None:
        """Refuse an attachment answer whose file is not in this workspace (a made-up one).

        The command line calls it on typed answers; bundles and the form view bring their files.
        """
        if isinstance(values, Mapping):
            digest = values.get("sha256")
            if isinstance(digest, str) and set(values) == ATTACHMENT_FIELDS:
                if not self._ctx.store.attachments.has(digest):
                    raise AnswerError(
                        f"the attachment {values.get('name')!r} is not stored in this workspace; "
                        'give the file itself ({"file": "path"}) instead of a reference',
                        code="attachment_missing",
                    )
                return
            values = list(values.values())
        if isinstance(values, list):
            for value in values:
                self.check_attachments(value)

    def list(
        self, *, status: str | None = None, form_id: str | None = None
    ) -> list[ResponseSummary]:
        return self._ctx.store.responses.list(status=status, form_id=form_id)

    def drafts_progress(self, form_id: str | None = None) -> list[DraftProgress]:
        """Every draft (of ``form_id``), newest edit first, with how far it is answered.

        A draft's progress is computed once per saved state (it replays the session) and kept
        until the draft changes again.
        """
        drafts = self.list(status=ResponseStatus.DRAFT, form_id=form_id)
        result = []
        for draft in sorted(drafts, key=lambda d: d.updated_at, reverse=True):
            progress = self._known_progress(draft)
            if progress is None:
                answered, total = self.open(draft.uuid).session.progress()
                progress = DraftProgress(
                    draft.uuid,
                    draft.form_id,
                    draft.instance_name,
                    answered,
                    total,
                    draft.updated_at,
                )
                self._progress[draft.uuid] = ((draft.revision, draft.updated_at), progress)
            result.append(progress)
        return result

    def drafts_progress_known(self) -> bool:
        """Whether :meth:`drafts_progress` can answer from what it kept, replaying no session
        (the replay loads the form engine: a screen then asks from the worker)."""
        drafts = self.list(status=ResponseStatus.DRAFT)
        return all(self._known_progress(draft) is not None for draft in drafts)

    def _known_progress(self, draft: ResponseSummary) -> DraftProgress | None:
        known = self._progress.get(draft.uuid)
        if known is None or known[0] != (draft.revision, draft.updated_at):
            return None
        return known[1]

    def get(self, uuid: str) -> ResponseRow:
        row = self._ctx.store.responses.get(uuid)
        if row is None:
            raise NotFound(f"no response {uuid} in this workspace", code="response_missing")
        return row

    def comments(self, uuid: str) -> list[CommentRow]:
        """Review comments on a response, each on the question it concerns."""
        return self._ctx.store.comments.for_response(uuid)

    def metadata(self, form: CompiledForm) -> dict[str, str]:
        """What a new session records about itself: who, on which device, which version."""
        info = self._ctx.info
        return {
            "interviewer": info.name,
            "device_id": info.device_id,
            "form_version": form.model.version,
        }
