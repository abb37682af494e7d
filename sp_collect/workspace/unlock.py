"""Unlocking ahead: a command starts the key derivation before it loads the workspace's code.

Argon2id (a fifth of a second or more, deliberately) releases the GIL, so it runs in a thread
while SQLAlchemy and the store load; ``Workspace.open`` then waits for that key instead of
deriving it again. Importing this module loads the keyfile reader only.
"""

from __future__ import annotations

from pathlib import Path

from sp_collect.storage.keyfile import start_unlock


def start_opening(folder: Path, passphrase: str) -> None:
    """Begin unlocking the workspace in ``folder``; a wrong or missing keyfile is reported by
    ``Workspace.open`` later, as usual."""
    start_unlock(folder, passphrase)
