"""The one façade the UI and the CLI hold: open/create/unlock, then its services.

``Workspace`` and ``ResponseEditor`` load on first use (PEP 562), so that a command can start
unlocking (``workspace.unlock``) before the store's code is loaded, and listing forms never
loads the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sp_collect.lazy_exports import lazy_exports
from sp_collect.storage.statuses import (
    OUTBOX,
    REVIEWABLE,
    SCORED,
    UNCONFIRMED,
    ResponseStatus,
)
from sp_collect.workspace.changes import Changes, Created, SavedResponse

if TYPE_CHECKING:
    from sp_collect.workspace.core import Workspace, is_workspace
    from sp_collect.workspace.editor import ResponseEditor

_HOMES = {"ResponseEditor": "editor", "Workspace": "core", "is_workspace": "core"}

__all__ = [
    "OUTBOX",
    "REVIEWABLE",
    "SCORED",
    "UNCONFIRMED",
    "Changes",
    "Created",
    "ResponseEditor",
    "ResponseStatus",
    "SavedResponse",
    "Workspace",
    "is_workspace",
]


__getattr__ = lazy_exports(__name__, _HOMES)
