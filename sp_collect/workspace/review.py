"""The coordinator's review: approve a received response, or return it with comments."""

from __future__ import annotations

from sp_collect.errors import WorkspaceError
from sp_collect.storage.statuses import DECISIONS, REVIEWABLE
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.responses import ResponseService


class ReviewService:
    """Review decisions, each stored with its comments in one transaction."""

    def __init__(self, ctx: WorkspaceContext, responses: ResponseService) -> None:
        self._ctx = ctx
        self._responses = responses

    def decide(self, uuid: str, decision: str, comments: dict[str, str] | None = None) -> Changes:
        """Approve or return a received response, with comments on its questions."""
        if decision not in DECISIONS:
            raise WorkspaceError(
                f"a review decision is one of {', '.join(DECISIONS)}", code="review_decision"
            )
        row = self._responses.get(uuid)
        if row.status not in REVIEWABLE:
            raise WorkspaceError(
                f"response {uuid} is {row.status}; only received responses can be reviewed",
                code="not_reviewable",
            )
        comments = comments or {}
        if decision == "returned" and not comments:
            raise WorkspaceError(
                "say what to correct: add at least one comment on a question",
                code="review_needs_comment",
            )
        form = self._ctx.forms.compiled(row.form_id, row.form_version)
        for question in comments:
            if question.split("[")[0] not in form.items and question not in form.items:
                raise WorkspaceError(
                    f"the form {row.form_id} has no question {question!r}", code="question_unknown"
                )
        store = self._ctx.store
        with store.atomic():
            for question, text in comments.items():
                store.comments.add(uuid, row.revision, question, text, self._ctx.info.name)
            store.responses.set_status(uuid, decision)
            store.events.append(f"response_{decision}", uuid, {"revision": row.revision})
        verb = "approved" if decision == "approved" else "returned for correction"
        return Changes(responses=frozenset({uuid}), message=f"{uuid} {verb}")
