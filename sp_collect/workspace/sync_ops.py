"""Bundles, contacts, review decisions and returns, as the UI and the CLI see them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sp_collect.errors import BundleError, NotFound, TrustError, WorkspaceError
from sp_collect.progress import CancelToken, Progress
from sp_collect.sync.export import export_bundle
from sp_collect.sync.identity import ContactCard
from sp_collect.sync.merge import import_bundle, release_quarantine
from sp_collect.sync.results import ExportReport, ImportReport, ReturnReport
from sp_collect.sync.returns import export_return, import_return
from sp_collect.workspace.results import Changes

if TYPE_CHECKING:
    from sp_collect.workspace.core import Workspace

DECISIONS = ("approved", "returned")
CONFIRMED = ("received", "approved")
"""On a device: the statuses a coordinator's receipt or approval gave; purging may remove them."""


class SyncOps:
    """Mixed into :class:`Workspace`."""

    # -- field side ------------------------------------------------------------------------------
    def export_bundle(
        self: Workspace,
        out_path: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportReport:
        """Every finalized response not yet confirmed, for the installed package's recipients."""
        package = self.installed_package()
        if package is None:
            raise BundleError(
                "install the coordinator's form package first: it says who bundles are for",
                code="no_recipients",
            )
        return export_bundle(
            self.store,
            self.identity,
            package.recipients,
            Path(out_path),
            progress=progress,
            cancel=cancel,
        )

    def import_return(
        self: Workspace, path: Path, *, cancel: CancelToken | None = None
    ) -> ReturnReport:
        if not Path(path).is_file():
            raise BundleError(f"there is no file {path}", code="not_found")
        return import_return(self.store, Path(path), self.identity, cancel=cancel)

    def purge_received(self: Workspace) -> Changes:
        """Delete the responses the coordinator confirmed (received) or approved."""
        received = [
            row.uuid for status in CONFIRMED for row in self.store.responses.list(status=status)
        ]
        with self.store.atomic():
            for uuid in received:
                self.store.responses.delete(uuid)
            if received:
                self.store.events.append("purged", "received", {"responses": len(received)})
        return Changes(
            responses=frozenset(received),
            message=f"removed {len(received)} response(s) the coordinator confirmed",
        )

    # -- coordinator side ------------------------------------------------------------------------
    def import_bundles(
        self: Workspace,
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
                        self.store, Path(path), self.identity, progress=progress, cancel=cancel
                    )
                )
            except BundleError as exc:
                results.append(_named(exc, Path(path)))
        return results

    def trust_contact(
        self: Workspace,
        card: ContactCard,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[Changes, list[ImportReport]]:
        """Trust a card (after its fingerprint was checked) and release its held bundles."""
        self.store.contacts.trust(card.to_dict())
        self.store.events.append("contact_trusted", card.key_id, {"name": card.name})
        released = release_quarantine(self.store, self.identity, progress=progress, cancel=cancel)
        merged = [r for r in released if r.status != "quarantined"]
        return (
            Changes(
                contacts=frozenset({card.key_id}),
                message=f"trusted {card.name}; {len(merged)} held bundle(s) imported",
            ),
            merged,
        )

    def revoke_contact(self: Workspace, key_id: str) -> Changes:
        contact = self.store.contacts.get(key_id)
        if contact is None:
            raise NotFound(f"no contact with key id {key_id}")
        with self.store.atomic():
            self.store.contacts.revoke(key_id)
            self.store.events.append("contact_revoked", key_id, {"name": contact.name})
        return Changes(
            contacts=frozenset({key_id}),
            message=f"revoked {contact.name}; their future bundles will be rejected",
        )

    def contacts(self: Workspace) -> list[Any]:
        return self.store.contacts.list()

    def find_contact(self: Workspace, name_or_key: str) -> ContactCard:
        """A trusted contact by key id, fingerprint or (unique) name."""
        wanted = name_or_key.strip().lower()
        matches = [
            row
            for row in self.store.contacts.list()
            if wanted
            in (
                row.key_id.lower(),
                row.name.lower(),
                str(row.card.get("fingerprint", "")).lower(),
            )
        ]
        if not matches:
            raise NotFound(f"no contact named {name_or_key!r}; see 'contacts list'")
        if len(matches) > 1:
            raise WorkspaceError(
                f"{len(matches)} contacts are named {name_or_key!r}; give the key id instead"
            )
        return ContactCard.from_dict(matches[0].card)

    def review(
        self: Workspace, uuid: str, decision: str, comments: dict[str, str] | None = None
    ) -> Changes:
        """Approve or return a received response, with comments on its questions."""
        if decision not in DECISIONS:
            raise WorkspaceError(f"a review decision is one of {', '.join(DECISIONS)}")
        row = self.response(uuid)
        if row.status not in ("received", "approved", "returned"):
            raise WorkspaceError(
                f"response {uuid} is {row.status}; only received responses can be reviewed"
            )
        comments = comments or {}
        if decision == "returned" and not comments:
            raise WorkspaceError(
                "say what to correct: add at least one comment (--comment QUESTION=TEXT)"
            )
        form = self.compiled_form(row.form_id, row.form_version)
        for question in comments:
            if question.split("[")[0] not in form.items and question not in form.items:
                raise WorkspaceError(f"the form {row.form_id} has no question {question!r}")
        with self.store.atomic():
            for question, text in comments.items():
                self.store.comments.add(uuid, row.revision, question, text, self.info.name)
            self.store.responses.set_status(uuid, decision)
            self.store.events.append(f"response_{decision}", uuid, {"revision": row.revision})
        verb = "approved" if decision == "approved" else "returned for correction"
        return Changes(responses=frozenset({uuid}), message=f"{uuid} {verb}")

    def export_return(
        self: Workspace, device: str, out_path: Path, *, cancel: CancelToken | None = None
    ) -> ExportReport:
        card = self.find_contact(device)
        return export_return(self.store, self.identity, card, Path(out_path), cancel=cancel)


def _named(exc: BundleError, path: Path) -> BundleError:
    """The same error, its message starting with the file name so a list of results reads well."""
    kind = type(exc) if isinstance(exc, TrustError | BundleError) else BundleError
    return kind(f"{path.name}: {exc.message}", code=exc.code)
