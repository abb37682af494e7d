"""The life of a response, as one vocabulary: its statuses and the named sets the app uses.

draft → finalized → exported (sent in a bundle) on a device; received → approved or returned on
the coordinator's side; a return makes the device's copy a draft again, an approval or receipt
marks it received or approved there too.
"""

from __future__ import annotations

from enum import StrEnum


class ResponseStatus(StrEnum):
    """A response's status; compares equal to its stored text."""

    DRAFT = "draft"
    FINALIZED = "finalized"
    EXPORTED = "exported"
    RECEIVED = "received"
    APPROVED = "approved"
    RETURNED = "returned"


_S = ResponseStatus

EDITABLE: frozenset[ResponseStatus] = frozenset({_S.DRAFT})
"""Answers may change without reopening."""
UNCONFIRMED: tuple[ResponseStatus, ...] = (_S.FINALIZED, _S.EXPORTED)
"""On a device: finished, and not yet confirmed by the coordinator (the next bundle carries it)."""
CONFIRMED: tuple[ResponseStatus, ...] = (_S.RECEIVED, _S.APPROVED)
"""On a device: confirmed by the coordinator's receipt or approval (purging may remove them)."""
SENT: frozenset[ResponseStatus] = frozenset({_S.EXPORTED, _S.RECEIVED, _S.APPROVED})
"""This revision has left the device: a correction must carry the next revision number."""
OUTBOX: tuple[ResponseStatus, ...] = (*UNCONFIRMED, *CONFIRMED)
"""What a device's Outbox lists: finished responses, sent or not."""
REVIEWABLE: tuple[ResponseStatus, ...] = (_S.RECEIVED, _S.RETURNED, _S.APPROVED)
"""On the coordinator's side: what the review page lists and a decision may change."""
DECISIONS: tuple[ResponseStatus, ...] = (_S.APPROVED, _S.RETURNED)
"""A coordinator's review decisions."""
SCORED: tuple[ResponseStatus, ...] = (_S.RECEIVED, _S.APPROVED, _S.FINALIZED, _S.EXPORTED)
"""Responses that count in scores and reports: finished on a device or merged."""
