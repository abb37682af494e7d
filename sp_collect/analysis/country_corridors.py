"""Corridors between countries that are both parties to the CARICOM Agreement (REPORT.md §8).

A country is a party when its institutions report the Agreement ratified (``s2_01``); a corridor
A→B carries weight when A's institutions name B among their main partner countries (``s4_07``),
and its caseload share is A's Agreement caseload (``s4_02`` + ``s4_03`` + ``s4_04``) divided
equally over the partners each institution names. A corridor is as ready as its weakest
institution: the lowest Administrative and Technical indices on either side; it is pilot-ready
when every institution on both sides meets T-min, and the gates failed on either side block it.
Partners that are not parties (or give no data) are listed apart, flagged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.analysis.readiness import InstitutionScore

AGREEMENT_STATUS = "s2_01"
PARTNERS = "s4_07"
CASELOAD = ("s4_02", "s4_03", "s4_04")
PARTY_STATUS = "ratified"


@dataclass(frozen=True)
class CountryCorridor:
    origin: str
    partner: str
    named_by: int
    """Institutions of the origin country that name the partner in ``s4_07``."""
    caseload: float
    """The origin's Agreement caseload attributed to this partner (equal shares)."""
    administrative: float | None
    technical: float | None
    pilot_ready: bool
    blocking_gates: tuple[str, ...]
    both_parties: bool


def agreement_parties(
    answers: Mapping[str, Mapping[str, Any]], country_of: Mapping[str, str]
) -> dict[str, bool]:
    """Country → party to the Agreement (most of its institutions report it ratified)."""
    votes: dict[str, list[bool]] = {}
    for code, record in answers.items():
        status = record.get(AGREEMENT_STATUS)
        if status in (None, "dk"):
            continue
        votes.setdefault(country_of[code], []).append(status == PARTY_STATUS)
    return {country: sum(v) * 2 > len(v) for country, v in votes.items()}


def country_corridors(
    answers: Mapping[str, Mapping[str, Any]],
    scores: Mapping[str, InstitutionScore],
    country_of: Mapping[str, str],
) -> list[CountryCorridor]:
    """Every ordered pair (origin, partner) that some institution names, heaviest first."""
    parties = agreement_parties(answers, country_of)
    named: dict[tuple[str, str], list[float]] = {}
    for code, record in answers.items():
        origin = country_of[code]
        partners = [str(p) for p in record.get(PARTNERS) or [] if str(p) != origin]
        load = sum(float(record.get(q) or 0) for q in CASELOAD)
        for partner in partners:
            named.setdefault((origin, partner), []).append(load / len(partners))
    members: dict[str, list[str]] = {}
    for code in scores:
        members.setdefault(country_of[code], []).append(code)
    corridors = []
    for (origin, partner), loads in named.items():
        side = members.get(origin, []) + members.get(partner, [])
        both_scored = bool(members.get(origin)) and bool(members.get(partner))
        corridors.append(
            CountryCorridor(
                origin=origin,
                partner=partner,
                named_by=len(loads),
                caseload=sum(loads),
                administrative=_lowest(scores, side, "A") if both_scored else None,
                technical=_lowest(scores, side, "T") if both_scored else None,
                pilot_ready=both_scored and all(scores[c].targets["T_min"] for c in side),
                blocking_gates=tuple(
                    sorted({f.item for c in side for f in scores[c].failed_gates})
                ),
                both_parties=parties.get(origin, False) and parties.get(partner, False),
            )
        )
    return sorted(corridors, key=lambda c: (-c.named_by, -c.caseload, c.origin, c.partner))


def _lowest(scores: Mapping[str, InstitutionScore], codes: list[str], dim: str) -> float | None:
    values = [scores[c].index(dim) for c in codes]
    return None if any(v is None for v in values) else min(v for v in values if v is not None)
