"""One module per command group; each exposes ``register(subparsers)``."""

from __future__ import annotations

from types import ModuleType

from sp_collect.cli.commands import (
    data_cmd,
    forms_cmd,
    gui_cmd,
    report_cmd,
    responses_cmd,
    sync_cmd,
    workspace_cmd,
)

COMMAND_MODULES: tuple[ModuleType, ...] = (
    gui_cmd,
    workspace_cmd,
    forms_cmd,
    responses_cmd,
    sync_cmd,
    report_cmd,
    data_cmd,
)
