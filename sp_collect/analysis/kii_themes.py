"""Themes of the key-informant interviews (Form B) by dimension, salience and role (§10).

Interviewers tag each module answer with a dimension (``<id>_dim``: L, I, A, T) and a salience
(``<id>_sal``: 1–3). Only interviews the respondent agreed to (``b1_01``) count. The debrief
(``b3_01`` rows) lists gaps the interviewer saw, each with a dimension.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

DIMENSION_CODES = ("L", "I", "A", "T")
CONSENT = "b1_01"
COUNTRY = "b0_05"
ROLES = "b0_07"
DEBRIEF = "b3_01"
DEBRIEF_DIM = "b3_01_dim"


@dataclass(frozen=True)
class Themes:
    interviews: int
    by_dimension: Mapping[str, Mapping[int, int]]
    """Dimension → salience (0 when untagged) → tagged answers."""
    by_role: Mapping[str, Mapping[str, int]]
    """Role → dimension → tagged answers."""
    debrief: Mapping[str, int]
    """Dimension → gaps noted in the interviewers' debriefs."""
    by_country: Mapping[str, Mapping[str, int]]
    """Country → dimension → tagged answers."""

    def total(self, dim: str) -> int:
        return sum(self.by_dimension.get(dim, {}).values())


def themes(records: Iterable[Mapping[str, Any]]) -> Themes:
    agreed = [r for r in records if r.get(CONSENT) == "yes"]
    by_dim: dict[str, Counter[int]] = {d: Counter() for d in DIMENSION_CODES}
    by_role: dict[str, Counter[str]] = {}
    by_country: dict[str, Counter[str]] = {}
    debrief: Counter[str] = Counter()
    for record in agreed:
        roles = [str(r) for r in record.get(ROLES) or []] or ["—"]
        country = str(record.get(COUNTRY) or "")
        for key, value in record.items():
            if not key.endswith("_dim") or value not in DIMENSION_CODES:
                continue
            salience = str(record.get(key[:-4] + "_sal") or "")
            by_dim[value][int(salience) if salience.isdigit() else 0] += 1
            by_country.setdefault(country, Counter())[value] += 1
            for role in roles:
                by_role.setdefault(role, Counter())[value] += 1
        for row in record.get(DEBRIEF) or []:
            if row.get(DEBRIEF_DIM) in DIMENSION_CODES:
                debrief[row[DEBRIEF_DIM]] += 1
    return Themes(len(agreed), by_dim, by_role, debrief, by_country)
