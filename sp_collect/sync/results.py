"""What an import or export did: small frozen values the CLI prints and the UI shows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True)
class ResponseNote:
    """Why one response was not simply merged: unchanged, conflict, held or rejected; or
    ("constraint") merged with failed constraints."""

    uuid: str
    outcome: str
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """One imported bundle or return.

    ``status``: ``merged``; ``held`` (merged, but some responses wait for a form version — import
    the file again after installing it); ``duplicate`` (already imported, nothing changed);
    ``quarantined`` (unknown sender, kept aside until trusted); ``rejected`` (revoked sender).
    """

    path: Path
    bundle_id: str
    sender_name: str
    sender_fingerprint: str
    sequence: int
    status: str
    verified: bool
    message: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0
    held: int = 0
    attachments: int = 0
    missing_sequences: tuple[int, ...] = ()
    """Sequence numbers from this sender that have not arrived (gaps before this one; the
    first 100 of them)."""
    out_of_order: bool = False
    """This bundle is older than one already received from the sender (it still merged)."""
    notes: tuple[ResponseNote, ...] = field(default=())
    held_since: str = ""
    constraint_problems: int = 0
    """Failed constraints in the responses merged (they merge: review lists them, as for a
    draft); each such response has a note with ``outcome`` "constraint"."""
    """For a bundle released from quarantine: when it arrived and was held (UTC, ISO 8601)."""


@dataclass(frozen=True)
class ExportedFile:
    """One file an export wrote: a bundle (or a return) with its own sequence number."""

    path: Path
    bundle_id: str
    sequence: int
    responses: int
    attachments: int
    size: int = 0
    """In bytes, known once the file has its final name (see :meth:`published`)."""

    def published(self) -> ExportedFile:
        return replace(self, size=self.path.stat().st_size)


@dataclass(frozen=True)
class ExportReport:
    """What one export wrote: one file, or several consecutive ones when the set was split."""

    files: tuple[ExportedFile, ...]
    recipients: tuple[str, ...]
    responses: tuple[str, ...]
    attachments: int
    """Distinct attachments (one carried by two files counts once)."""

    @property
    def paths(self) -> list[Path]:
        return [file.path for file in self.files]

    @property
    def path(self) -> Path:
        """The first file (the only one unless the set was split)."""
        return self.files[0].path

    @property
    def sequence(self) -> int:
        """The first file's sequence number; the others follow it."""
        return self.files[0].sequence

    @property
    def size(self) -> int:
        """All files together, in bytes."""
        return sum(file.size for file in self.files)


@dataclass(frozen=True)
class ReturnReport:
    """A return applied on a device: confirmations (receipt) and review decisions."""

    path: Path
    bundle_id: str
    sender_name: str
    sender_fingerprint: str
    status: str
    """``applied`` or ``duplicate`` (already imported, nothing changed)."""
    received: int = 0
    """Responses the coordinator confirmed; they may now be purged."""
    approved: int = 0
    returned: tuple[str, ...] = ()
    """Responses sent back for correction: drafts again, with the comments attached."""
    comments: int = 0
    stale: int = 0
    """Entries about a revision this device has since replaced (ignored)."""
