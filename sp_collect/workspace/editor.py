"""A FormSession bound to one stored response: autosave, finalize, reopen with a reason."""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from sp_collect.engine import CompiledForm, FormSession, Issue
from sp_collect.errors import AnswerError
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.results import SavedResponse

EDITABLE = frozenset({"draft"})
SENT = frozenset({"exported", "received", "approved"})


class ResponseEditor:
    """Holds the live session of one response; the UI calls :meth:`save` after each answer."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        form: CompiledForm,
        session: FormSession,
        uuid: str,
        status: str = "draft",
        revision: int = 1,
    ) -> None:
        self.ctx = ctx
        self.form = form
        self.session = session
        self.uuid = uuid
        self.status = status
        self.revision = revision

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
            store.responses.create(
                self.uuid,
                self.form.model.id,
                self.form.model.version,
                self.ctx.info.name,
                state=self.session.to_json(),
                answers=self.session.finalized_answers(),
                instance_name=self.session.instance_name() or "",
            )
            store.events.append("response_created", self.uuid, {"form": self.form.model.id})

    def save(self) -> SavedResponse:
        """Autosave: one atomic write of the session state; cheap enough for every answer."""
        self._write_session()
        return SavedResponse(self.uuid, self.status, self.revision)

    def _write_session(self) -> None:
        self.ctx.store.responses.save(
            self.uuid,
            state=self.session.to_json(),
            answers=self.session.finalized_answers(),
            instance_name=self.session.instance_name() or "",
        )

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
            self._write_session()
            store.responses.set_status(self.uuid, "finalized")
            store.events.append("response_finalized", self.uuid, {"revision": self.revision})
        self.status = "finalized"
        return SavedResponse(self.uuid, self.status, self.revision)

    def reopen(self, reason: str) -> SavedResponse:
        """Make a finalized (or returned) response editable again; the reason is audited."""
        if not reason.strip():
            raise AnswerError("give a reason for editing a finalized response", code="no_reason")
        # Once a revision has left the device, the corrected one must carry a higher number so
        # that the coordinator's merge replaces the old one instead of reporting a conflict.
        if self.status in SENT:
            self.revision += 1
        store = self.ctx.store
        with store.atomic():
            store.responses.set_status(self.uuid, "draft", revision=self.revision)
            store.events.append("response_reopened", self.uuid, {"reason": reason})
        self.status = "draft"
        return SavedResponse(self.uuid, self.status, self.revision)

    def answers(self) -> dict[str, Any]:
        return self.session.finalized_answers()


def describe_issues(issues: list[Issue], limit: int = 10) -> str:
    """``question: reason`` for the first few issues, for a one-line error."""
    listed = "; ".join(f"{i.path}: {i.message.rstrip('.')}" for i in issues[:limit])
    more = f" (and {len(issues) - limit} more)" if len(issues) > limit else ""
    return listed + more
