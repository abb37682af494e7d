"""The Workspace façade: the one object the UI and the CLI hold.

It opens the encrypted store and owns the workspace identity; everything else is a small service
hanging off it, as a collection's decks and models hang off Anki's ``Collection``:
``forms``, ``responses``, ``packages``, ``contacts``, ``sync``, ``reviews``, ``conflicts``,
``scoring``, ``reports``, ``exports`` and ``demo``. Each service receives what it needs when the
workspace opens and none of them knows this class. Methods return values (``Changes``,
``SavedResponse``…) and never print.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sp_collect.errors import WorkspaceError
from sp_collect.storage import Store
from sp_collect.storage.keyfile import KEYFILE_NAME
from sp_collect.workspace.changes import Created
from sp_collect.workspace.context import IDENTITY_SECRET_PREFIX, WorkspaceContext
from sp_collect.workspace.forms import FormCatalog

if TYPE_CHECKING:
    from sp_collect.storage import CheckReport, WorkspaceInfo
    from sp_collect.sync.assignments import Assignment
    from sp_collect.sync.identity import ContactCard, Identity
    from sp_collect.workspace.conflicts import ConflictService
    from sp_collect.workspace.contacts import ContactService
    from sp_collect.workspace.demo import DemoService
    from sp_collect.workspace.exports import ExportService
    from sp_collect.workspace.packages import PackageService
    from sp_collect.workspace.reports import ReportService
    from sp_collect.workspace.responses import ResponseService
    from sp_collect.workspace.review import ReviewService
    from sp_collect.workspace.scoring import ScoringService
    from sp_collect.workspace.sync import SyncService


class Workspace:
    """An open, unlocked workspace. Use as a context manager, or call :meth:`close`."""

    def __init__(self, store: Store, folder: Path, identity: Identity | None = None) -> None:
        self.store = store
        self.folder = folder
        self._recovery_code: str | None = None
        self._ctx = WorkspaceContext(store, folder, identity)
        self.forms: FormCatalog = self._ctx.forms
        self.forms.assignment = self._my_assignment

    def _my_assignment(self) -> Assignment | None:
        return self.packages.my_assignment()

    # -- services ------------------------------------------------------------------------------
    # Each is built (and its modules imported) on first use: a command that lists forms does
    # not load the engine, scoring, reports and the sync layer.

    @cached_property
    def packages(self) -> PackageService:
        from sp_collect.workspace.packages import PackageService

        return PackageService(self._ctx)

    @cached_property
    def responses(self) -> ResponseService:
        from sp_collect.workspace.responses import ResponseService

        return ResponseService(self._ctx)

    @cached_property
    def contacts(self) -> ContactService:
        from sp_collect.workspace.contacts import ContactService

        return ContactService(self._ctx)

    @cached_property
    def sync(self) -> SyncService:
        from sp_collect.workspace.sync import SyncService

        return SyncService(self._ctx, self.packages, self.contacts)

    @cached_property
    def reviews(self) -> ReviewService:
        from sp_collect.workspace.review import ReviewService

        return ReviewService(self._ctx, self.responses)

    @cached_property
    def conflicts(self) -> ConflictService:
        from sp_collect.workspace.conflicts import ConflictService

        return ConflictService(self._ctx, self.responses)

    @cached_property
    def scoring(self) -> ScoringService:
        from sp_collect.workspace.scoring import ScoringService

        return ScoringService(self._ctx)

    @cached_property
    def reports(self) -> ReportService:
        from sp_collect.workspace.reports import ReportService

        return ReportService(self._ctx, self.responses, self.scoring)

    @cached_property
    def exports(self) -> ExportService:
        from sp_collect.workspace.exports import ExportService

        return ExportService(self._ctx, self.scoring)

    @cached_property
    def demo(self) -> DemoService:
        from sp_collect.workspace.demo import DemoService

        return DemoService(self._ctx, self.responses)

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        name: str,
        role: str,
        database_url: str | None = None,
    ) -> tuple[Workspace, Created]:
        """Create a workspace with a fresh identity; the recovery code is returned once."""
        if role not in ("field", "coordinator"):
            raise WorkspaceError(
                f"role must be 'field' or 'coordinator', not {role!r}", code="role_invalid"
            )
        if not name.strip():
            raise WorkspaceError(
                "give the workspace a name (the person or team using it)", code="name_empty"
            )
        folder = Path(folder)
        store, recovery_code = Store.create(
            folder, passphrase, name=name, role=role, database_url=database_url
        )
        from sp_collect.sync.identity import Identity

        identity = Identity.generate(name, role)
        with store.atomic():
            for key, secret in identity.secrets().items():
                store.secrets.put(IDENTITY_SECRET_PREFIX + key, secret)
            store.events.append("workspace_created", name, {"role": role})
        created = Created(str(folder), recovery_code, identity.card.fingerprint)
        return cls(store, folder, identity), created

    @classmethod
    def open(
        cls,
        folder: Path | str,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        read_only: bool = False,
    ) -> Workspace:
        """Unlock a workspace. ``read_only`` opens it beside the app (which holds it for
        writing): scores, reports, exports and listings work; every change is refused."""
        folder = Path(folder)
        store = Store.open(
            folder, passphrase=passphrase, recovery_code=recovery_code, read_only=read_only
        )
        workspace = cls(store, folder)
        # Kept in memory only (like the database key), so that the forgotten passphrase can be
        # replaced without being known: see change_passphrase.
        workspace._recovery_code = recovery_code if passphrase is None else None
        return workspace

    @classmethod
    def open_reader(cls, folder: Path | str, key: bytes) -> Workspace:
        """The workspace for reading in a helper process of the app that holds it, unlocked
        with the app's key (see ``workspace/report_process.py``); every change is refused."""
        folder = Path(folder)
        return cls(Store.open_reader(folder, key), folder)

    @staticmethod
    def recover(folder: Path | str, recovery_code: str, new_passphrase: str) -> None:
        Store.recover(Path(folder), recovery_code, new_passphrase)

    @property
    def unlocked_by_recovery(self) -> bool:
        """Opened with the recovery code and no new passphrase chosen since: the user should
        choose one now (the forgotten passphrase still opens the workspace until then)."""
        return self._recovery_code is not None

    def change_passphrase(self, old: str | None, new: str) -> None:
        """A new passphrase, proven by the current one, or (``old`` None, after an unlock with
        the recovery code) by that code; the old passphrase no longer opens the workspace."""
        if old is None and self._recovery_code is None:
            raise WorkspaceError(
                "give the current passphrase to change it", code="passphrase_needed"
            )
        if old is None:
            self.store.change_passphrase("", new, recovery_code=self._recovery_code)
        else:
            self.store.change_passphrase(old, new)
        self._recovery_code = None

    def check(self) -> CheckReport:
        return self.store.check()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity ------------------------------------------------------------------------------
    @property
    def info(self) -> WorkspaceInfo:
        return self._ctx.info

    @property
    def identity(self) -> Identity:
        return self._ctx.identity

    @property
    def card(self) -> ContactCard:
        return self._ctx.identity.card


def is_workspace(folder: Path) -> bool:
    """A folder becomes a workspace when its keyfile is written (the last step of creating)."""
    return (folder / KEYFILE_NAME).is_file()
