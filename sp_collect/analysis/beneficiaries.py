"""Beneficiary interviews (Form C) by country of work (REPORT.md §10).

A person counts in every country they worked in (``c2_work`` rows). Only interviews with an
eligible, consenting adult count (the form's ``c0_go``: an adult, ``c0_02``; who worked in
several CARICOM countries or survives someone who did, ``c0_03a`` — ``c0_03`` in 2026.1; and
agreed, ``c0_05``). Every figure
carries its n; a cell with fewer than :data:`SMALL_N` people is suppressed by the report.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sp_collect.analysis.descriptive import SMALL_N, Distribution, distribution, numbers

WORK = "c2_work"
WORK_COUNTRY = "c2_country"
ELIGIBLE = frozenset({"self", "survivor"})
SCREENING = ("c0_03a", "c0_03")
"""Worked in several CARICOM countries: 2026.2's question, then 2026.1's."""
DECISION_ORDER = ("lt3m", "3_6m", "6_12m", "1_2y", "gt2y")


@dataclass(frozen=True)
class Ratio:
    yes: int
    n: int

    @property
    def shown(self) -> bool:
        return self.n >= SMALL_N


@dataclass(frozen=True)
class BeneficiaryCell:
    """The figures of one group of people (a country of work, or everyone)."""

    people: int
    aware: Ratio
    """Heard of the Agreement (``c3_01`` well or something)."""
    counted: Ratio
    """Periods abroad counted, fully (``c4_10`` yes) among claimants who know."""
    decision: tuple[str | None, int]
    """Median time to decision (``c4_07`` band) and its n (waiting left out)."""
    smartphone: Ratio
    direct_sharing: Ratio
    """Prefer institutions to share records directly (``c6_04a`` "institutions"; 2026.1:
    agree or strongly agree, ``c6_04`` 4–5), of those who answered."""
    reasons: Distribution
    """Reasons for not claiming (``c5_02``)."""
    informed: Ratio
    """Someone explained what happens to contributions when moving (``c3_03``)."""
    transfer_loss: Ratio
    """Lose money on transfers or exchange (``c4_14`` a lot or a little, of those who know)."""
    complained: Ratio
    """Complained or appealed (``c4_16``)."""
    satisfied: Ratio
    """Satisfied or very satisfied with the claim (``c4_17`` 4–5)."""
    costs: tuple[str | None, float | None, int]
    """The currency most claimants paid their costs in (``c4_12_cur``), the median amount in it
    (``c4_12a``) and its n."""


def consented(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [
        r
        for r in records
        if r.get("c0_02") == "yes"
        and next((r[q] for q in SCREENING if q in r), None) in ELIGIBLE
        and r.get("c0_05") == "yes"
    ]


def by_country_of_work(records: Iterable[Mapping[str, Any]]) -> dict[str, BeneficiaryCell]:
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for record in consented(records):
        countries = {str(row.get(WORK_COUNTRY)) for row in record.get(WORK) or []}
        for country in countries - {"None", ""}:
            groups.setdefault(country, []).append(record)
    return {country: cell(group) for country, group in sorted(groups.items())}


def cell(records: list[Mapping[str, Any]]) -> BeneficiaryCell:
    def ratio(qid: str, yes: set[str], known: set[str] | None = None) -> Ratio:
        values = [str(r.get(qid)) for r in records if r.get(qid) not in (None, "")]
        if known is not None:
            values = [v for v in values if v in known]
        return Ratio(sum(1 for v in values if v in yes), len(values))

    smart = [r.get("c6_01") for r in records if r.get("c6_01")]
    bands = [str(r.get("c4_07")) for r in records if r.get("c4_07") in DECISION_ORDER]
    ranks = sorted(DECISION_ORDER.index(b) for b in bands)
    median = DECISION_ORDER[int(statistics.median_low(ranks))] if ranks else None
    return BeneficiaryCell(
        people=len(records),
        aware=ratio("c3_01", {"well", "something"}),
        counted=ratio("c4_10", {"yes"}, {"yes", "partly", "no"}),
        decision=(median, len(bands)),
        smartphone=Ratio(sum(1 for v in smart if "smartphone" in v), len(smart)),
        direct_sharing=_sharing(records),
        reasons=distribution(records, "c5_02"),
        informed=ratio("c3_03", {"leaving", "arriving", "both"}),
        transfer_loss=ratio("c4_14", {"a_lot", "a_little"}, {"a_lot", "a_little", "no"}),
        complained=ratio("c4_16", {"resolved", "not_resolved", "appealed"}),
        satisfied=ratio("c4_17", {"4", "5"}),
        costs=_costs(records),
    )


def _sharing(records: list[Mapping[str, Any]]) -> Ratio:
    yes = n = 0
    for record in records:
        if record.get("c6_04a") not in (None, "", "dk"):
            n += 1
            yes += record["c6_04a"] == "institutions"
        elif str(record.get("c6_04") or "").isdigit():
            n += 1
            yes += record["c6_04"] in ("4", "5")
    return Ratio(yes, n)


def _costs(records: list[Mapping[str, Any]]) -> tuple[str | None, float | None, int]:
    currencies = Counter(str(r["c4_12_cur"]) for r in records if r.get("c4_12_cur"))
    if not currencies:
        return None, None, 0
    currency = currencies.most_common(1)[0][0]
    paid = [r for r in records if r.get("c4_12_cur") == currency]
    found = numbers(paid, "c4_12a")
    return currency, found.median, found.n
