"""The one façade the UI and the CLI hold: open/create/unlock, then its services."""

from sp_collect.storage.statuses import (
    OUTBOX,
    REVIEWABLE,
    UNCONFIRMED,
    ResponseStatus,
)
from sp_collect.workspace.changes import Changes, Created, SavedResponse
from sp_collect.workspace.core import Workspace, is_workspace
from sp_collect.workspace.editor import ResponseEditor

__all__ = [
    "OUTBOX",
    "REVIEWABLE",
    "UNCONFIRMED",
    "Changes",
    "Created",
    "ResponseEditor",
    "ResponseStatus",
    "SavedResponse",
    "Workspace",
    "is_workspace",
]
