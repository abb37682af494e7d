"""The one façade the UI and the CLI hold: open/create/unlock, then its services."""

from sp_collect.workspace.core import Workspace, is_workspace
from sp_collect.workspace.editor import ResponseEditor
from sp_collect.workspace.results import Changes, Created, SavedResponse

__all__ = ["Changes", "Created", "ResponseEditor", "SavedResponse", "Workspace", "is_workspace"]
