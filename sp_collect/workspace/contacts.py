"""Contacts: trust a card after its fingerprint was checked, revoke it, find it by name."""

from __future__ import annotations

from dataclasses import replace

from sp_collect.errors import NotFound, WorkspaceError
from sp_collect.progress import CancelToken, Progress
from sp_collect.storage import ContactRow
from sp_collect.sync.identity import ContactCard
from sp_collect.sync.results import ImportReport
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext


class ContactService:
    """The people whose bundles this workspace accepts (and sends returns to)."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self._ctx = ctx

    def trust(
        self,
        card: ContactCard,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> tuple[Changes, list[ImportReport]]:
        """Trust a card (after its fingerprint was checked) and release its held bundles."""
        # The merge (and the form engine it checks answers with) loads here: listing contacts,
        # as the app's pages do at start, needs neither.
        from sp_collect.sync.merge import release_quarantine

        store = self._ctx.store
        store.contacts.trust(card.to_dict())
        store.events.append("contact_trusted", card.key_id, {"name": card.name})
        released = release_quarantine(store, self._ctx.identity, progress=progress, cancel=cancel)
        merged = [self._as_received(r) for r in released if r.status != "quarantined"]
        return (
            Changes(
                contacts=frozenset({card.key_id}),
                message=f"trusted {card.name}; {len(merged)} held bundle(s) imported",
            ),
            merged,
        )

    def _as_received(self, report: ImportReport) -> ImportReport:
        """A released bundle's report under the file name it arrived with (its held copy is
        named by bundle id) and with the time it arrived."""
        held = self._ctx.store.bundles.get(report.bundle_id)
        if held is None:
            return report
        name = str(held.counts.get("file_name") or report.path.name)
        return replace(report, path=report.path.with_name(name), held_since=held.recorded_at)

    def revoke(self, key_id: str) -> Changes:
        store = self._ctx.store
        contact = store.contacts.get(key_id)
        if contact is None:
            raise NotFound(f"no contact with key id {key_id}", code="contact_missing")
        with store.atomic():
            store.contacts.revoke(key_id)
            store.events.append("contact_revoked", key_id, {"name": contact.name})
        return Changes(
            contacts=frozenset({key_id}),
            message=f"revoked {contact.name}; their future bundles will be rejected",
        )

    def list(self) -> list[ContactRow]:
        return self._ctx.store.contacts.list()

    def find(self, name_or_key: str) -> ContactCard:
        """A trusted contact by key id, fingerprint or (unique) name."""
        wanted = name_or_key.strip().lower()
        matches = [
            row
            for row in self._ctx.store.contacts.list()
            if wanted
            in (
                row.key_id.lower(),
                row.name.lower(),
                str(row.card.get("fingerprint", "")).lower(),
            )
        ]
        if not matches:
            raise NotFound(
                f"no contact named {name_or_key!r}; see 'contacts list'", code="contact_unknown"
            )
        if len(matches) > 1:
            raise WorkspaceError(
                f"{len(matches)} contacts are named {name_or_key!r}; give the key id instead",
                code="contact_ambiguous",
            )
        return ContactCard.from_dict(matches[0].card)
