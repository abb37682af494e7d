"""Typed, located errors: every failure a user can meet has a code, a sentence and a place.

The CLI prints ``error: <message>`` and exits 1; the UI shows the message in one dialog
(``sp_collect/ui/errors.py``). Tests assert on ``code``, never on the wording.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where a problem is: a file, a JSON pointer inside it, a line/column, a question path."""

    file: str | None = None
    pointer: str | None = None
    line: int | None = None
    column: int | None = None
    question: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.pointer is not None:
            parts.append(self.pointer or "/")
        if self.line is not None:
            parts.append(f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        elif self.column is not None:
            parts.append(f"column {self.column}")
        if self.question:
            parts.append(f"question {self.question}")
        return ": ".join(parts)


class SpCollectError(Exception):
    """Base of every error meant for a user: one clear sentence, a stable code, a location."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, where: Location | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where and str(self.where) else self.message


class UsageError(SpCollectError):
    """The command was called the wrong way (exit 2 in the CLI)."""

    code = "usage"


class FormDefinitionError(SpCollectError):
    """A form file is not valid; ``problems`` lists every problem found, not just the first."""

    code = "form_invalid"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        where: Location | None = None,
        problems: tuple[object, ...] = (),
    ):
        super().__init__(message, code=code, where=where)
        self.problems = problems


class ExpressionError(SpCollectError):
    """An expression cannot be parsed or evaluated; carries the expression and the column."""

    code = "expr_syntax"

    def __init__(
        self,
        message: str,
        *,
        expression: str,
        column: int | None = None,
        code: str | None = None,
        where: Location | None = None,
    ):
        super().__init__(message, code=code, where=where)
        self.expression = expression
        self.column = column


class AnswerError(SpCollectError):
    """An answer was refused: wrong type, failed constraint, missing required value."""

    code = "answer_invalid"


class WorkspaceError(SpCollectError):
    """The workspace cannot be created, opened or written."""

    code = "workspace"


class WrongPassphrase(WorkspaceError):
    code = "wrong_passphrase"

    def __init__(self, message: str = "wrong passphrase", **kwargs: object):
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


class WorkspaceLocked(WorkspaceError):
    code = "workspace_locked"


class IntegrityError(WorkspaceError):
    code = "integrity"


class NotFound(SpCollectError):
    code = "not_found"


class BundleError(SpCollectError):
    """A bundle, package or return file was refused; nothing was written."""

    code = "bundle_invalid"


class TrustError(BundleError):
    """The sender or signer is unknown, revoked or not the one expected."""

    code = "untrusted"


class ReportError(SpCollectError):
    code = "report"


class Cancelled(SpCollectError):
    """The user cancelled a long operation; nothing half-done was kept."""

    code = "cancelled"

    def __init__(self, message: str = "cancelled", **kwargs: object):
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
