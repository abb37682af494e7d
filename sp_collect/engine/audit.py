"""The audit trail of one response: when questions were entered, left and changed, and why."""

from __future__ import annotations

from typing import Any, Literal

AuditKind = Literal["enter", "leave", "change", "add_repeat", "remove_repeat", "move_repeat"]
_MISSING = object()


class AuditTrail:
    """Events ``{t, kind, path, old?, new?, reason?}`` in the order they happened."""

    def __init__(self, enabled: bool, events: list[dict[str, Any]] | None = None) -> None:
        self.enabled = enabled
        self.events: list[dict[str, Any]] = list(events or [])

    def record(
        self,
        t: str,
        kind: AuditKind,
        path: str,
        *,
        old: Any = _MISSING,
        new: Any = _MISSING,
        reason: str | None = None,
    ) -> None:
        if not self.enabled:
            return
        event: dict[str, Any] = {"t": t, "kind": kind, "path": path}
        if old is not _MISSING:
            event["old"] = old
        if new is not _MISSING:
            event["new"] = new
        if reason is not None:
            event["reason"] = reason
        self.events.append(event)

    def to_json(self) -> list[dict[str, Any]]:
        return [dict(event) for event in self.events]
