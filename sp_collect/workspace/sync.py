"""Bundles and returns: what a device sends, what a coordinator imports and sends back."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sp_collect.errors import BundleError, TrustError
from sp_collect.progress import CancelToken, Progress
from sp_collect.storage.statuses import CONFIRMED
from sp_collect.sync.export import export_bundle
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.results import ExportReport, ImportReport, ReturnReport
from sp_collect.sync.returns import export_return, import_return
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.contacts import ContactService
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.packages import PackageService


class SyncService:
    """Field side: export bundles, import returns, purge; coordinator side: import, return."""

    def __init__(
        self, ctx: WorkspaceContext, packages: PackageService, contacts: ContactService
    ) -> None:
        self._ctx = ctx
        self._packages = packages
        self._contacts = contacts

    # -- field side ------------------------------------------------------------------------------
    def export_bundle(
        self,
        out_path: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportReport:
        """Every finalized response not yet confirmed, for the installed package's recipients.

        More than one bundle holds is written as several files (``<name>-1-of-N.spbundle``…);
        the report's ``files`` names each one.
        """
        package = self._packages.installed()
        if package is None:
            raise BundleError(
                "install the coordinator's form package first: it says who bundles are for",
                code="no_recipients",
            )
        return export_bundle(
            self._ctx.store,
            self._ctx.identity,
            package.recipients,
            Path(out_path),
            progress=progress,
            cancel=cancel,
        )

    def import_return(self, path: Path, *, cancel: CancelToken | None = None) -> ReturnReport:
        if not Path(path).is_file():
            raise BundleError(f"there is no file {path}", code="not_found")
        return import_return(self._ctx.store, Path(path), self._ctx.identity, cancel=cancel)

    def purge_received(self) -> Changes:
        """Delete the responses the coordinator confirmed (received) or approved."""
        store = self._ctx.store
        received = [row.uuid for status in CONFIRMED for row in store.responses.list(status=status)]
        with store.atomic():
            for uuid in received:
                store.responses.delete(uuid)
            if received:
                store.events.append("purged", "received", {"responses": len(received)})
        return Changes(
            responses=frozenset(received),
            message=f"removed {len(received)} response(s) the coordinator confirmed",
        )

    # -- coordinator side ------------------------------------------------------------------------
    def import_bundles(
        self,
        paths: Iterable[Path],
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> list[ImportReport | BundleError]:
        """Import each file on its own: one refused file never stops (or undoes) the others."""
        results: list[ImportReport | BundleError] = []
        for path in paths:
            if not Path(path).is_file():
                results.append(
                    BundleError(f"{Path(path).name}: there is no such file", code="not_found")
                )
                continue
            try:
                results.append(
                    import_bundle(
                        self._ctx.store,
                        Path(path),
                        self._ctx.identity,
                        progress=progress,
                        cancel=cancel,
                    )
                )
            except BundleError as exc:
                results.append(_named(exc, Path(path)))
        return results

    def export_return(
        self, device: str, out_path: Path, *, cancel: CancelToken | None = None
    ) -> ExportReport:
        card = self._contacts.find(device)
        return export_return(
            self._ctx.store, self._ctx.identity, card, Path(out_path), cancel=cancel
        )


def _named(exc: BundleError, path: Path) -> BundleError:
    """The same error, its message starting with the file name so a list of results reads well."""
    kind = type(exc) if isinstance(exc, TrustError | BundleError) else BundleError
    return kind(f"{path.name}: {exc.message}", code=exc.code)
