"""Which Form A submission speaks for an institution, when it sent several.

An institution is identified by its country *and* its institution code (the listed code, or the
name typed under "other"): two institutions typed in as "Social Security Board" in two countries
are two institutions. When one institution submitted more than once, the coordinator chooses
the submission that counts; until then the latest one counts, and the results say so
(:attr:`InstitutionSubmissions.note`) so every report can print it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

CountedBy = Literal["only", "latest", "chosen"]
"""``only``: one submission; ``latest``: several, none chosen yet; ``chosen``: the coordinator's."""


@dataclass(frozen=True, order=True)
class InstitutionKey:
    """An institution: its country code (``s1_01``) and institution code (``s1_02``, or the
    name typed in ``s1_03`` for "other"). Sorted by country, then code."""

    country: str
    code: str

    def __str__(self) -> str:
        """``COUNTRY/CODE``, the form :meth:`parse` reads (e.g. ``BRB/BRB_NISSS``)."""
        return f"{self.country}/{self.code}"

    @classmethod
    def parse(cls, text: str) -> InstitutionKey | None:
        """``COUNTRY/CODE`` as a key; None for text without a country part."""
        country, slash, code = text.strip().partition("/")
        if not slash or not country.strip() or not code.strip():
            return None
        return cls(country.strip(), code.strip())


@dataclass(frozen=True)
class Submission:
    """One finished Form A response of an institution."""

    uuid: str
    status: str
    revision: int
    finished_at: str
    """When the respondent finished it (the form's ``end`` metadata, else when it was created);
    an ISO 8601 time, which orders "latest"."""
    updated_at: str


@dataclass(frozen=True)
class InstitutionSubmissions:
    """Every submission of one institution and the one that counts."""

    key: InstitutionKey
    counted: Submission
    submissions: tuple[Submission, ...]
    """All of them, latest first (the counted one included)."""
    counted_by: CountedBy

    @property
    def several(self) -> bool:
        """True when the institution submitted more than once (a duplicate to resolve)."""
        return len(self.submissions) > 1

    @property
    def others(self) -> tuple[Submission, ...]:
        """The submissions that do not count."""
        return tuple(s for s in self.submissions if s.uuid != self.counted.uuid)

    @property
    def note(self) -> str:
        """One sentence for reports: empty for a single submission."""
        count = len(self.submissions)
        if self.counted_by == "only":
            return ""
        if self.counted_by == "chosen":
            return (
                f"{count} submissions; the one the coordinator chose ({self.counted.uuid}) counts"
            )
        return (
            f"{count} submissions; the latest ({self.counted.uuid}) counts until the "
            "coordinator chooses one"
        )


def resolve_submissions(
    submissions: Iterable[tuple[InstitutionKey, Submission]],
    chosen: Mapping[InstitutionKey, str],
) -> dict[InstitutionKey, InstitutionSubmissions]:
    """Group submissions by institution (in key order) and say which counts.

    ``chosen`` maps an institution to the uuid the coordinator chose; a choice naming a
    submission that is no longer there (deleted, returned) is ignored and the latest counts.
    """
    grouped: dict[InstitutionKey, list[Submission]] = {}
    for key, submission in submissions:
        grouped.setdefault(key, []).append(submission)
    result = {}
    for key in sorted(grouped):
        ordered = tuple(sorted(grouped[key], key=_recency, reverse=True))
        pick = next((s for s in ordered if s.uuid == chosen.get(key)), None)
        by: CountedBy
        if len(ordered) == 1:
            counted, by = ordered[0], "only"
        elif pick is not None:
            counted, by = pick, "chosen"
        else:
            counted, by = ordered[0], "latest"
        result[key] = InstitutionSubmissions(key, counted, ordered, by)
    return result


def _recency(submission: Submission) -> tuple[str, int, str, str]:
    return (submission.finished_at, submission.revision, submission.updated_at, submission.uuid)
