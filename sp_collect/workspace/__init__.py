"""The one façade the UI and the CLI hold: open/create/unlock, forms, responses, sync, reports."""

from sp_collect.workspace.core import Workspace
from sp_collect.workspace.editor import ResponseEditor
from sp_collect.workspace.results import Changes, Created, SavedResponse

__all__ = ["Changes", "Created", "ResponseEditor", "SavedResponse", "Workspace"]
