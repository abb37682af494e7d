"""The encrypted workspace store: SQLCipher through SQLAlchemy, keys, repositories."""

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
