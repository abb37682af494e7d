"""The encrypted workspace store: SQLCipher through SQLAlchemy, keys, repositories.

The names below are loaded on first use (PEP 562), so that reading a keyfile or a status name
does not import SQLAlchemy and every repository: a CLI command starts its key derivation before
the store's modules are loaded (see ``keys.start_passphrase_key``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sp_collect.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from sp_collect.storage.attachments import Attachments
    from sp_collect.storage.bundles import BundleRow, Bundles
    from sp_collect.storage.check import CheckReport
    from sp_collect.storage.comments import CommentRow, Comments
    from sp_collect.storage.conflicts import ConflictRow, Conflicts
    from sp_collect.storage.contacts import ContactRow, Contacts
    from sp_collect.storage.events import EventRow, Events
    from sp_collect.storage.forms import FormRow, Forms
    from sp_collect.storage.responses import STATUSES, ResponseRow, Responses, ResponseSummary
    from sp_collect.storage.sealed_secrets import Secrets
    from sp_collect.storage.store import Store, WorkspaceInfo

_HOMES = {
    "Attachments": "attachments",
    "BundleRow": "bundles",
    "Bundles": "bundles",
    "CheckReport": "check",
    "CommentRow": "comments",
    "Comments": "comments",
    "ConflictRow": "conflicts",
    "Conflicts": "conflicts",
    "ContactRow": "contacts",
    "Contacts": "contacts",
    "EventRow": "events",
    "Events": "events",
    "FormRow": "forms",
    "Forms": "forms",
    "STATUSES": "responses",
    "ResponseRow": "responses",
    "ResponseSummary": "responses",
    "Responses": "responses",
    "Secrets": "sealed_secrets",
    "Store": "store",
    "WorkspaceInfo": "store",
}

__all__ = [
    "STATUSES",
    "Attachments",
    "BundleRow",
    "Bundles",
    "CheckReport",
    "CommentRow",
    "Comments",
    "ConflictRow",
    "Conflicts",
    "ContactRow",
    "Contacts",
    "EventRow",
    "Events",
    "FormRow",
    "Forms",
    "ResponseRow",
    "ResponseSummary",
    "Responses",
    "Secrets",
    "Store",
    "WorkspaceInfo",
]


__getattr__ = lazy_exports(__name__, _HOMES)
