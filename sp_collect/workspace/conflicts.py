"""Conflicts resolved field by field: the coordinator's picks become the next revision."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.errors import NotFound, WorkspaceError
from sp_collect.storage import ConflictRow, values
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.responses import ResponseService

OURS, INCOMING = "ours", "incoming"
_ABSENT = object()


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the conflict screen shows it: both answer sets and what differs."""

    uuid: str
    revision: int
    form_id: str
    form_version: str
    instance_name: str
    sender: str
    """The sender's key id."""
    sender_name: str
    """The sender's name, as their contact card gives it (the key id when unknown)."""
    ours: dict[str, Any]
    incoming: dict[str, Any]
    differing: tuple[str, ...]
    """Ids of the answers that differ (a repeat counts as one), in the form's order."""


def differing_questions(
    ours: Mapping[str, Any], incoming: Mapping[str, Any], order: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Question ids answered differently (or answered on one side only), form order first."""
    rank = {name: index for index, name in enumerate(order)}
    names = set(ours) | set(incoming)
    differ = [n for n in names if ours.get(n, _ABSENT) != incoming.get(n, _ABSENT)]
    return tuple(sorted(differ, key=lambda n: (rank.get(n, len(rank)), n)))


def merged_answers(
    ours: Mapping[str, Any], incoming: Mapping[str, Any], choices: Mapping[str, str]
) -> dict[str, Any]:
    """Our answers with each question the user gave to the incoming copy taken from it.

    Every differing question needs a choice, so nothing is decided silently.
    """
    differing = differing_questions(ours, incoming)
    unknown = sorted(set(choices) - set(ours) - set(incoming))
    if unknown:
        raise WorkspaceError(
            f"neither copy answers {', '.join(unknown)}; pick only questions that differ",
            code="conflict_choice_unknown",
        )
    bad = sorted(name for name, pick in choices.items() if pick not in (OURS, INCOMING))
    if bad:
        raise WorkspaceError(
            f"keep 'ours' or 'incoming' for {', '.join(bad)}", code="conflict_choice_invalid"
        )
    missing = [name for name in differing if name not in choices]
    if missing:
        raise WorkspaceError(
            f"choose which answer to keep for {', '.join(missing)}",
            code="conflict_choice_missing",
        )
    merged = dict(ours)
    for name in differing:
        if choices[name] != INCOMING:
            continue
        if name in incoming:
            merged[name] = incoming[name]
        else:
            merged.pop(name, None)
    return merged


class ConflictService:
    """Open conflicts between our copy of a response and an incoming one, and their resolution."""

    def __init__(self, ctx: WorkspaceContext, responses: ResponseService) -> None:
        self._ctx = ctx
        self._responses = responses

    def list(self) -> list[ConflictRow]:
        return self._ctx.store.conflicts.list()

    def views(self) -> list[ConflictView]:
        """Open conflicts with our current copy beside the incoming one.

        A conflict about a revision that a newer one has since replaced is left out: there is
        nothing left to choose between.
        """
        views = []
        names = {c.key_id: c.name for c in self._ctx.store.contacts.list()}
        for conflict in self._ctx.store.conflicts.list():
            row = self._responses.get(conflict.uuid)
            if row.revision != conflict.revision:
                continue
            incoming = dict(conflict.incoming.get("answers") or {})
            order = tuple(self._ctx.forms.compiled(row.form_id, row.form_version).items)
            views.append(
                ConflictView(
                    uuid=row.uuid,
                    revision=conflict.revision,
                    form_id=row.form_id,
                    form_version=row.form_version,
                    instance_name=row.instance_name,
                    sender=conflict.sender,
                    sender_name=names.get(conflict.sender, conflict.sender),
                    ours=row.answers,
                    incoming=incoming,
                    differing=differing_questions(row.answers, incoming, order),
                )
            )
        return views

    def resolve(self, uuid: str, revision: int, choices: Mapping[str, str]) -> Changes:
        """Keep, per differing question, our answer or the incoming one.

        The result is stored as the next revision (status ``received``, to be reviewed again)
        and the conflict is marked resolved, both in one transaction.
        """
        conflict = next(
            (
                c
                for c in self._ctx.store.conflicts.list()
                if (c.uuid, c.revision) == (uuid, revision)
            ),
            None,
        )
        if conflict is None:
            raise NotFound(
                f"no open conflict for response {uuid} revision {revision}", code="conflict_missing"
            )
        row = self._responses.get(uuid)
        if row.revision != revision:
            raise WorkspaceError(
                f"response {uuid} is now at revision {row.revision}; this conflict is about "
                f"revision {revision} and no longer applies",
                code="conflict_stale",
            )
        incoming = dict(conflict.incoming.get("answers") or {})
        merged = merged_answers(row.answers, incoming, choices)
        taken = sorted(n for n, pick in choices.items() if pick == INCOMING)
        with self._ctx.store.atomic():
            self._ctx.store.responses.upsert_received(
                uuid=uuid,
                form_id=row.form_id,
                form_version=row.form_version,
                revision=revision + 1,
                status="received",
                answers=merged,
                audit=row.audit,
                author=row.author,
                created_at=row.created_at,
                updated_at=values.now(),
                sender=row.sender or conflict.sender,
                instance_name=row.instance_name,
            )
            self._ctx.store.conflicts.resolve(
                uuid, revision, {"choices": dict(choices), "revision": revision + 1}
            )
            self._ctx.store.events.append(
                "conflict_resolved", uuid, {"revision": revision + 1, "incoming": taken}
            )
        return Changes(
            responses=frozenset({uuid}),
            message=f"{uuid} resolved as revision {revision + 1} "
            f"({len(taken)} answer(s) taken from the incoming copy)",
        )
