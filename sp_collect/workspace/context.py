"""What every workspace service shares: the open store, its folder, the identity and the forms.

Services receive this context (and the other services they use) when the workspace is opened;
none of them knows the ``Workspace`` class.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sp_collect.workspace.forms import FormCatalog

if TYPE_CHECKING:
    from sp_collect.storage import Store, WorkspaceInfo
    from sp_collect.sync.identity import Identity

IDENTITY_SECRET_PREFIX = "identity."


class WorkspaceContext:
    """The store, the folder, the form catalogue and the (lazily unsealed) identity."""

    def __init__(self, store: Store, folder: Path, identity: Identity | None = None) -> None:
        self.store = store
        self.folder = folder
        self.forms = FormCatalog(store)
        self._identity = identity

    @property
    def info(self) -> WorkspaceInfo:
        return self.store.info

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            info = self.store.info
            prefix = IDENTITY_SECRET_PREFIX
            secrets = {
                name.removeprefix(prefix): self.store.secrets.get(name)
                for name in self.store.secrets.names()
                if name.startswith(prefix)
            }
            from sp_collect.sync.identity import Identity  # pyrage: only when signing or reading

            self._identity = Identity.from_secrets(info.name, info.role, secrets)
        return self._identity
