"""Where unexpected errors are logged: a rotating file in the user's data folder, never stderr.

Log records carry what failed and where in the code, never answers, keys or passphrases:
callers log exceptions from code paths, not user data.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path


def user_data_dir() -> Path:
    """The per-user folder for the demo workspace, settings and logs."""
    override = os.environ.get("SP_COLLECT_HOME")
    if override:
        return Path(override)
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "sp_collect"
    if os.uname().sysname == "Darwin":
        return Path.home() / "Library" / "Application Support" / "sp_collect"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "sp_collect"


def configure_logging() -> Path | None:
    """Send the ``sp_collect`` logger to ``<user data>/logs/sp-collect.log``; quiet on failure."""
    logger = logging.getLogger("sp_collect")
    logger.propagate = False
    if logger.handlers:
        return None
    try:
        folder = user_data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "sp-collect.log"
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3)
    except OSError:
        logger.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
