"""Frozen results of the façade's mutations, so views refresh only what changed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What a mutation changed: response uuids, form ids, contacts, and a sentence for the user."""

    responses: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()
    contacts: frozenset[str] = frozenset()
    message: str = ""


@dataclass(frozen=True)
class Created:
    """A new workspace: show the recovery code once and ask the user to write it down."""

    folder: str
    recovery_code: str
    fingerprint: str


@dataclass(frozen=True)
class SavedResponse:
    uuid: str
    status: str
    revision: int
    problems: tuple[str, ...] = field(default=())
