"""A FormSession bound to one stored response: autosave, finalize, reopen with a reason."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sp_collect.errors import AnswerError
from sp_collect.storage.responses import NewResponse
from sp_collect.storage.statuses import EDITABLE, SENT, ResponseStatus
from sp_collect.workspace.changes import SavedResponse
from sp_collect.workspace.context import WorkspaceContext

if TYPE_CHECKING:  # an editor is made with its session, so the engine is loaded by then
    from sp_collect.engine import CompiledForm, FormSession, Issue


@dataclass(frozen=True)
class SessionSnapshot:
    """What one autosave writes, copied from the live session (see :meth:`ResponseEditor.save`)."""

    state: dict[str, Any]
    answers: dict[str, Any]
    instance_name: str


class ResponseEditor:
    """Holds the live session of one response; the UI calls :meth:`save` after each answer."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        form: CompiledForm,
        session: FormSession,
        uuid: str,
        status: str = ResponseStatus.DRAFT,
        revision: int = 1,
    ) -> None:
        self.ctx = ctx
        self.form = form
        self.session = session
        self.uuid = uuid
        self.status = status
        self.revision = revision
        self.stored = True
        """False for a draft from ``ResponseService.new`` until :meth:`create` stores it."""

    @classmethod
    def new(cls, ctx: WorkspaceContext, form: CompiledForm, session: FormSession) -> ResponseEditor:
        return cls(ctx, form, session, str(uuid_module.uuid4()))

    @property
    def read_only(self) -> bool:
        return self.status not in EDITABLE

    def create(self) -> None:
        """Store the new draft (called inside the caller's transaction)."""
        store = self.ctx.store
        with store.atomic():
            store.responses.create_many(
                [new_response(self.ctx, self.form, self.session, self.uuid)]
            )
            store.events.append(*created_event(self.form, self.uuid))
        self.stored = True

    def save(self) -> SavedResponse:
        """Autosave: one atomic write of the session state; cheap enough for every answer."""
        self.write(self.snapshot())
        return SavedResponse(self.uuid, self.status, self.revision)

    def snapshot(self) -> SessionSnapshot:
        """The session as it is now (a few microseconds), to :meth:`write` later.

        The app takes it on the UI thread and writes it on the worker, so the worker never reads
        a session the user is changing.
        """
        return _snapshot(self.session)

    def write(self, snapshot: SessionSnapshot) -> None:
        """One atomic write of a snapshot. Storage refuses it once the response is finalized,
        so a late autosave can never undo a finalize."""
        store = self.ctx.store
        with store.atomic():
            store.responses.save(
                self.uuid,
                state=snapshot.state,
                answers=snapshot.answers,
                instance_name=snapshot.instance_name,
            )

    def attach(self, data: bytes, name: str, media_type: str) -> dict[str, Any]:
        """Put a file, a signature or a recording in the encrypted attachment store; returns
        the reference that the question's answer holds."""
        return store_attachment(self.ctx, data, name, media_type)

    def check_finalizable(self) -> None:
        """Raise, listing the problems, while the response has errors."""
        issues = self.session.errors()
        if issues:
            raise AnswerError(
                "this response cannot be finalized yet: " + describe_issues(issues),
                code="not_finalizable",
            )

    def finalize(self) -> SavedResponse:
        """Refuse while there are errors (listing them); otherwise mark finalized."""
        self.check_finalizable()
        self.session.mark_finalized()
        store = self.ctx.store
        with store.atomic():
            self.write(self.snapshot())
            store.responses.set_status(self.uuid, ResponseStatus.FINALIZED)
            store.events.append(*finalized_event(self.uuid, self.revision))
        self.status = ResponseStatus.FINALIZED
        return SavedResponse(self.uuid, self.status, self.revision)

    def reopen(self, reason: str) -> SavedResponse:
        """Make a finalized (or sent) response editable again; the reason is audited.

        The reason covers the whole reopening: the session is no longer finalized, so later
        answers do not each ask for a reason (they would be refused as read-only without one).
        """
        from sp_collect.engine import FormSession  # loaded already: this editor has a session

        if not reason.strip():
            raise AnswerError("give a reason for editing a finalized response", code="no_reason")
        # Once a revision has left the device, the corrected one must carry a higher number so
        # that the coordinator's merge replaces the old one instead of reporting a conflict.
        if self.status in SENT:
            self.revision += 1
        store = self.ctx.store
        session = FormSession.from_json(self.form, {**self.session.to_json(), "finalized": False})
        with store.atomic():
            store.responses.set_status(self.uuid, ResponseStatus.DRAFT, revision=self.revision)
            store.events.append("response_reopened", self.uuid, {"reason": reason})
            self.write(_snapshot(session))
        self.status = ResponseStatus.DRAFT
        self.session = session
        return SavedResponse(self.uuid, self.status, self.revision)

    def answers(self) -> dict[str, Any]:
        return self.session.finalized_answers()


def _snapshot(session: FormSession) -> SessionSnapshot:
    return SessionSnapshot(
        session.to_json(), session.finalized_answers(), session.instance_name() or ""
    )


def new_response(
    ctx: WorkspaceContext,
    form: CompiledForm,
    session: FormSession,
    uuid: str,
    status: str = ResponseStatus.DRAFT,
) -> NewResponse:
    """What storing a new response writes: the session as an autosave would."""
    snapshot = _snapshot(session)
    return NewResponse(
        uuid,
        form.model.id,
        form.model.version,
        ctx.info.name,
        snapshot.state,
        snapshot.answers,
        snapshot.instance_name,
        status,
    )


Event = tuple[str, str, dict[str, Any]]
"""An event's kind, subject and details, as ``Events.append`` takes them."""


def created_event(form: CompiledForm, uuid: str) -> Event:
    return "response_created", uuid, {"form": form.model.id}


def finalized_event(uuid: str, revision: int) -> Event:
    return "response_finalized", uuid, {"revision": revision}


def store_attachment(
    ctx: WorkspaceContext, data: bytes, name: str, media_type: str
) -> dict[str, Any]:
    """Store attachment bytes (encrypted, once per content) and return the answer's reference."""
    return attachment_reference(
        ctx.store.attachments.put(data, media_type, name), data, name, media_type
    )


def attachment_reference(digest: str, data: bytes, name: str, media_type: str) -> dict[str, Any]:
    """The answer of an attachment question: the stored file's digest, name, type and size."""
    return {"sha256": digest, "name": name, "media_type": media_type, "size": len(data)}


def describe_issues(issues: list[Issue], limit: int = 10) -> str:
    """``question: reason`` for the first few issues, for a one-line error."""
    listed = "; ".join(f"{i.path}: {i.message.rstrip('.')}" for i in issues[:limit])
    more = f" (and {len(issues) - limit} more)" if len(issues) > limit else ""
    return listed + more
