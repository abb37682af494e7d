"""Plausible answers for the study's demo data: figures in ranges fit for small island social
security institutions, sentences from a bank per dimension, made-up names and contacts.

:func:`suggest` is the hook :func:`sp_collect.engine.synthetic.synthesize` calls for each
question; it returns None where the generic generator should choose (choices, dates, …). Every
value is drawn from the ``rng`` it is given, so the demo is the same for the same seed. Names,
e-mail domains (``.example``) and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from sp_collect.engine.prompts import Blank
from sp_collect.engine.session import FormSession
from sp_collect.engine.synthetic import RARE_CHOICES

FIRST_NAMES = (
    "Andrea", "Marlon", "Keisha", "Dwayne", "Nadia", "Curtis", "Shelly-Ann", "Ravi", "Yolande",
    "Jean-Claude", "Simone", "Trevor", "Alicia", "Kwame", "Gillian", "Desmond", "Natasha",
    "Errol", "Marie-Ange", "Sanjay", "Claudette", "Winston", "Tamika", "Roland",
)  # fmt: skip
LAST_NAMES = (
    "Joseph", "Baptiste", "Charles", "Thomas", "Williams", "Persaud", "Greenidge", "Pierre",
    "Browne", "Soekhai", "Alleyne", "Hinds", "Mohammed", "St. Rose", "Francis", "Ramdin",
    "Edwards", "Fontaine", "Gordon", "Lewis", "Mitchell", "Daniel", "Harripersad", "Louis",
)  # fmt: skip
POSITIONS = (
    "Director of Benefits", "Manager, International Agreements", "Senior Legal Officer",
    "ICT Manager", "Actuarial Analyst", "Claims Supervisor", "Deputy Director, Operations",
    "Compliance Officer", "Records Manager", "Head of Customer Service",
)  # fmt: skip
DIALLING = {
    "ATG": "+1 268", "BHS": "+1 242", "BRB": "+1 246", "BLZ": "+501", "DMA": "+1 767",
    "GRD": "+1 473", "GUY": "+592", "HTI": "+509", "JAM": "+1 876", "MSR": "+1 664",
    "KNA": "+1 869", "LCA": "+1 758", "VCT": "+1 784", "SUR": "+597", "TTO": "+1 868",
    "AIA": "+1 264", "BMU": "+1 441", "VGB": "+1 284", "CYM": "+1 345", "TCA": "+1 649",
    "CUW": "+599", "MTQ": "+596",
}  # fmt: skip

SENTENCES: dict[str, tuple[str, ...]] = {
    "legal": (
        "The Agreement was given effect by regulations in 1998, but the regulations do not cover "
        "the exchange of data by electronic means.",
        "Our data protection act allows transfers to other CARICOM institutions only case by "
        "case, with the written consent of the insured person.",
        "Electronic signatures are recognised in law, yet the Board still asks for certified "
        "paper copies of foreign contribution records.",
        "We have no administrative arrangement with the other institutions beyond the forms "
        "annexed to the Agreement.",
        "A bill to amend the National Insurance Act has been with the Attorney General's "
        "chambers since 2023.",
        "Counterpart institutions read the totalisation rules differently, which leads to "
        "disputes over who pays first.",
    ),
    "institutional": (
        "One officer handles all Agreement cases alongside other duties, so files wait when she "
        "is on leave.",
        "The ICT strategy 2022-2026 mentions regional exchange, but no budget line supports it.",
        "We attend the meetings of the Heads of Social Security, though technical staff rarely "
        "take part.",
        "Training on the Agreement was last given in 2019; most current staff joined since then.",
        "Decisions on ICT investment are taken by the Board on the Director's proposal, once a "
        "year with the budget.",
        "Turnover in the international unit means knowledge of the procedures sits with one or "
        "two people.",
    ),
    "administrative": (
        "A foreign contribution record takes three to six months to arrive, and sometimes needs "
        "two reminders.",
        "Claims are logged in a spreadsheet; we cannot tell how many are pending at any time.",
        "Pensions abroad are paid by international wire at about 35 US dollars a transfer, which "
        "the pensioner bears.",
        "Life certificates come by post every January and many arrive late, so payments are "
        "suspended.",
        "Death notifications from other countries reach us months later, and overpayments are "
        "hard to recover.",
        "The written procedure dates from 2005 and does not reflect how cases are handled today.",
    ),
    "technical": (
        "Contribution records before 1995 are on microfiche and index cards; later years are in "
        "the core system.",
        "The core system was implemented in 2012 and has no interface for other institutions.",
        "We exchange files with the tax authority by secure FTP every month.",
        "The insured person's number is unique, but older records were keyed by name and date "
        "of birth.",
        "Backups are taken nightly and copied off-site, but the recovery plan was never tested.",
        "Scanned forms are e-mailed as PDF attachments, which our security policy discourages.",
    ),
    "services": (
        "People abroad can check their contributions online but cannot apply for a pension there.",
        "Most complaints are about the time it takes to get a decision, and about bank charges.",
        "We answer enquiries from the diaspora by e-mail and WhatsApp; there is no call centre.",
        "Returning migrants often do not know that their years abroad can count.",
    ),
    "priorities": (
        "A shared electronic version of the liaison forms would save most of the waiting time.",
        "A regional look-up of insured persons would end the disputes over identity.",
        "Start with two or three institutions that already exchange files nationally.",
        "The CARICOM Secretariat should host the common services, funded by the institutions "
        "in proportion to their caseload.",
        "Paying pensions abroad through a regional payment arrangement would cut the costs for "
        "pensioners.",
    ),
    "beneficiary": (
        "I had to send my papers three times because they kept getting lost between the offices.",
        "Nobody told me that my years in Trinidad could count for my pension at home.",
        "The bank takes a fee every month, and the money arrives two weeks late.",
        "I go to a justice of the peace every January to sign the life certificate.",
        "Getting my old employer to confirm my work there took almost a year.",
        "It would help if I could see my contributions from all the countries in one place.",
        "I worry that they will stop the payment if the form does not reach them in time.",
    ),
    "workshop": (
        "Participants confirmed that the exchange of contribution records is the main cause "
        "of delay.",
        "Two institutions asked that the Legal index reflect the regulations adopted in 2024.",
        "The meeting agreed to pilot a secure exchange of liaison forms between three "
        "institutions.",
        "Several delegates stressed that data protection laws must be in force before any "
        "exchange.",
        "The Secretariat will circulate a draft administrative arrangement for comments.",
        "Institutions will nominate a technical focal point for the pilot.",
    ),
}
PHRASES: dict[str, tuple[str, ...]] = {
    "s2_03": ("National Insurance (CARICOM Agreement) Regulations, 1998",
              "Social Security (Reciprocal Agreements) Order, 1997",
              "National Insurance (Amendment) Act, 2019"),
    "s7_02": ("In-house system on Oracle, 2011", "SAP for Social Services, 2016",
              "Legacy COBOL system, upgraded 2008", "Vendor package (Sagitec), 2019"),
    "s10_09_desc": ("Annual report 2024", "ICT strategy 2022-2026",
                    "Procedure manual for Agreement claims, 2018"),
    "b0_04": ("M. Baptiste and K. Hinds", "N. Persaud (notes: T. Lewis)"),
    "d1_02": ("Regional validation workshop on portability readiness",
              "Technical workshop on the exchange of liaison forms"),
    "d1_06": ("CARICOM Secretariat, Georgetown", "Online (Zoom)", "Hilton, Bridgetown"),
    "d1_07": ("CARICOM Secretariat with UNU-EGOV", "National Insurance Board with the study team"),
    "d2_sessions": ("all", "1, 2 and 4", "morning sessions"),
    "d3_title": ("Findings on the legal basis", "Payments abroad", "Data exchange options",
                 "Readiness scores by institution"),
    "d4_id": ("F1", "F2", "F3", "F4"),
    "d6_id": ("R1", "R2", "R3"),
    "d6_findings": ("F1", "F1, F3", "F2"),
    "d6_lead": ("CARICOM Secretariat", "Each institution", "Ministries of Labour"),
    "d6_supporting": ("Development partners", "National ICT agencies"),
    "d7_owner": ("CARICOM Secretariat", "Study team", "Participating institutions"),
    "d7_verification": ("Minutes of the next Heads meeting", "Signed arrangement"),
    "d9_prepared_by": ("Study team rapporteur",),
    "d9_reviewed_by": ("Team leader",),
    "d9_version": ("1.0", "1.1", "2.0"),
    "d5_questioned": ("s2_07a", "s2_07a, s6_05", "s4_10, s4_08"),
    "b9_item": ("s2_07a: implied", "s6_05: partly", "s4_10: informal only", "s3_01: no"),
    "s1_03": ("Public Service Pension Fund", "Government Pensions Office"),
    "b0_06_other": ("Ministry of Labour", "Office of the Attorney General", "National ICT Agency"),
    "d2_org_other": ("Ministry of Labour", "ILO Caribbean Office", "OECS Commission"),
    "d5_institution_other": ("Public Service Pension Fund", "Government Pensions Office"),
}  # fmt: skip
OTHER_PHRASES = (
    "Bilateral arrangement with the United Kingdom", "Staff shortages in the records unit",
    "Approval by the Minister", "Portuguese", "Local courier", "Contract workers",
)  # fmt: skip
_BANK_BY_PREFIX = (
    ("bm2", "legal"), ("bm3", "institutional"), ("bm4", "administrative"),
    ("bm5", "technical"), ("bm6", "technical"), ("bm7", "services"), ("bm1", "services"),
    ("bm8", "priorities"), ("b3", "priorities"), ("b9", "administrative"),
    ("s2_", "legal"), ("s5_", "technical"), ("s10", "priorities"), ("s11", "priorities"),
    ("c", "beneficiary"), ("d", "workshop"),
)  # fmt: skip

COUNTRY, INSTITUTION, CONSENT, ELIGIBLE = "s1_01", "s1_02", "s0_02", "c0_03a"
Range = tuple[float, float]
GRADED = ("s2_", "s3_", "s4_", "s5_", "s6_", "s7_", "s8_", "s9_")
"""Form A's sections whose select-one questions list their answers from best to worst."""
DONT_KNOW = 0.04
SELF_ASSESSMENT = ("s10_01", "s10_02", "s10_03", "s10_04")
_FORM_A_ID = re.compile(r"s\d+_")
_CAP = re.compile(r"count-selected\(\.\)\s*<=\s*(\d+)")
_ALONE = re.compile(r"selected\(\.\s*,\s*'(\w+)'\)")
"""An option the constraint allows only on its own (``none``, ``dk``, ``national_only``)."""
FEWER_IS_BETTER = {"s4_01_unknown": 0.5, "s4_15": 1.0, "s10_05": 1.0}
"""Form A's lists of shortcomings (figures it cannot give, causes of delay, challenges), and
how many of them the least mature institution ticks (as a share of what it may)."""
PER_THOUSAND_INSURED: dict[str, Range] = {
    "s4_02": (0.4, 2.0), "s4_03": (0.5, 3.0), "s4_04": (0.5, 3.0), "s4_05": (1.0, 5.0),
}  # fmt: skip
"""Agreement caseloads per thousand insured persons: Montserrat's are a few, Jamaica's many."""
SIMPLE_FIRST = frozenset({"s5_01", "s9_01"})
"""Form A's multi-selects listed from the simplest means to the most advanced (channels,
online services)."""
HIGHER_IS_BETTER = {"s4_08": False, "s4_09": False, "s5_02": True}
"""Form A figures (of :data:`FIGURES`) that follow the institution's maturity."""
# Question → (low, high), drawn uniformly; log-scaled where the range spans decades.
FIGURES: dict[str, Range] = {
    "s1_13": (1, 12), "s1_14": (2023, 2025), "s3_02": (0.5, 4), "s4_02": (4, 220),
    "s4_03": (10, 320), "s4_04": (8, 300), "s4_05": (15, 900), "s4_08": (25, 270),
    "s4_09": (45, 420), "s4_13": (3, 160), "s5_02": (0, 85), "s6_07": (1, 22),
    "b0_01_seq": (1, 20), "b0_08": (1, 25), "b3_05": (40, 120),
    "c0_01_seq": (1, 200), "c2_from": (1975, 2012), "c4_02": (2005, 2025), "c4_06": (1, 12),
    "c4_12": (20, 800), "c4_12a": (20, 1500), "c7_07": (20, 75),
    "d1_01_seq": (1, 3), "d2_02_invited": (15, 26), "d2_03_unlisted": (0, 8), "d3_no": (1, 8),
    "d3_poll_n": (8, 40), "d5_index_l": (15, 85), "d5_index_i": (20, 90), "d5_index_a": (15, 80),
    "d5_index_t": (10, 75), "d5_index_overall": (20, 80), "d8_03_n": (10, 40),
    "d8_03_relevance": (3.2, 4.8), "d8_03_discussion": (3.0, 4.7), "d8_03_clarity": (2.8, 4.5),
    "d8_03_organisation": (3.4, 4.9),
}  # fmt: skip


SHARES = {
    "caricom-institutional-survey": 3, "caricom-kii-institutional": 4,
    "caricom-beneficiary-interview": 4, "caricom-workshop-summary": 1,
}  # fmt: skip
"""Responses per form in each dozen of a demo: a study has one survey per institution, more
interviews than that, and a workshop now and then (other forms: one each)."""


def form_cycle(forms: list[str]) -> list[str]:
    """The order a demo fills ``forms`` in, repeated: each form as often as its share, spread
    evenly (smooth weighted round robin), the first of each form early on."""
    shares = {name: SHARES.get(name, 1) for name in forms}
    credit = dict.fromkeys(forms, 0)
    cycle: list[str] = []
    for _ in range(sum(shares.values())):
        for name in forms:
            credit[name] += shares[name]
        chosen = max(forms, key=lambda name: (name not in cycle, credit[name]))
        credit[chosen] -= sum(shares.values())
        cycle.append(chosen)
    return cycle


def suggest(session: FormSession, prompt: Blank, rng: random.Random) -> Any:
    """A plausible answer to ``prompt`` given the answers so far, or None (no opinion)."""
    if prompt.type in ("integer", "decimal"):
        number = _figure(session, prompt, rng)
        if number is None:
            return None
        return round(number) if prompt.type == "integer" else round(number, 1)
    if prompt.type == "date":
        return _date(session, prompt.id, rng)
    if prompt.type != "text":
        return None
    special = _PEOPLE.get(prompt.id) or _people_kind(prompt.id)
    if special is not None:
        return special(session, prompt.id, rng)
    if prompt.id in PHRASES:
        return rng.choice(PHRASES[prompt.id])
    if prompt.id.endswith("_other"):
        return rng.choice(OTHER_PHRASES)
    sentences = SENTENCES[_bank(prompt.id)]
    if prompt.id.endswith("_quote"):
        return rng.choice(sentences)
    if (prompt.appearance or "").startswith("multiline"):
        return " ".join(rng.sample(sentences, rng.randint(1, 3)))
    return rng.choice(sentences).split(",")[0].rstrip(".")  # a short line: the first clause


class SpreadAnswers:
    """:func:`suggest`, plus a memory across the responses of a demo.

    Each Form A goes to the least-used country and institution first, so 30 surveys cover 30
    institutions rather than piling up on a few (the rest of a real study's duplicates come
    later, as resubmissions). Each response also draws how mature its institution is, and its
    graded answers (listed best first) and processing figures lean that way, so the institutions
    differ the way real ones do instead of all sitting at the average.
    """

    def __init__(self) -> None:
        self._used: Counter[str] = Counter()
        self._session: FormSession | None = None
        self._maturity = 0.5

    def __call__(self, session: FormSession, prompt: Blank, rng: random.Random) -> Any:
        if session is not self._session:  # a new response: a new institution's profile
            self._session = session
            self._maturity = rng.betavariate(1.6, 1.6)
        if prompt.id in (COUNTRY, INSTITUTION) and prompt.type == "select_one":
            listed = [c.value for c in prompt.choices if c.value not in ("other", "dk")]
            if listed:
                least = min(self._used[value] for value in listed)
                value = rng.choice([v for v in listed if self._used[v] == least])
                if prompt.id == INSTITUTION:
                    self._used[value] += 1
                    self._used[str(_answer(session, COUNTRY))] += 1
                return value
        if prompt.id == CONSENT:  # the institutions that refused sent no survey to enter
            return "yes"
        if prompt.id == ELIGIBLE:  # fieldworkers seek out mobile workers: few are screened out
            return "no" if rng.random() < 0.05 else rng.choice(("self", "self", "survivor"))
        if prompt.type == "select_one" and prompt.id.startswith(GRADED):
            return _graded(prompt, self._maturity, rng)
        if prompt.type == "select_one" and prompt.id in SELF_ASSESSMENT:  # "1" … "5"
            return _graded(prompt, self._maturity, rng, worst_first=True)
        if prompt.type == "select_multiple" and _FORM_A_ID.match(prompt.id):
            return _several(session, prompt, self._maturity, rng)
        if prompt.id in HIGHER_IS_BETTER:
            return _leaning(prompt, self._maturity, rng)
        return suggest(session, prompt, rng)


def _graded(
    prompt: Blank, maturity: float, rng: random.Random, *, worst_first: bool = False
) -> str | None:
    """A choice near the institution's maturity (choices are listed best first, or worst first);
    now and then "don't know", where the question offers it."""
    values = [c.value for c in prompt.choices]
    if "dk" in values and rng.random() < DONT_KNOW:
        return "dk"
    graded = [v for v in values if v not in RARE_CHOICES or v == "none"]  # "none": often worst
    if len(graded) < 2:
        return None
    if worst_first:
        graded.reverse()
    position = (1 - maturity) * (len(graded) - 1) + rng.gauss(0, 0.7)
    return graded[min(len(graded) - 1, max(0, round(position)))]


def _several(
    session: FormSession, prompt: Blank, maturity: float, rng: random.Random
) -> list[str] | None:
    """Some of the options, more of them the more mature the institution (security controls,
    online services, …), within the form's "up to N"; now and then only "don't know"."""
    values = [c.value for c in prompt.choices]
    if "dk" in values and rng.random() < DONT_KNOW:
        return ["dk"]
    info = session.form.items.get(prompt.id)
    constraint = str(getattr(info.item, "constraint", None) or "") if info is not None else ""
    alone = set(_ALONE.findall(constraint)) if "count-selected(.) > 1" in constraint else set()
    own_country = _answer(session, COUNTRY)
    pool = [v for v in values if v not in RARE_CHOICES | alone and v != own_country]
    if not pool:
        return None
    cap = _CAP.search(constraint)
    most = min(len(pool), int(cap.group(1)) if cap else len(pool))
    fewer = FEWER_IS_BETTER.get(prompt.id)
    lean = (1 - maturity) * fewer if fewer is not None else maturity
    wanted = round(most * min(1.0, max(0.0, lean + rng.gauss(0, 0.2))))
    if wanted == 0 and "none" in values:
        return ["none"]
    chosen = _some(pool, min(most, max(1, wanted)), maturity, prompt.id in SIMPLE_FIRST, rng)
    return [v for v in values if v in chosen]


def _some(
    pool: list[str], count: int, maturity: float, ladder: bool, rng: random.Random
) -> set[str]:
    """``count`` of the options; on a ladder (simplest first) mostly those near the
    institution's maturity, so post and fax go with weak institutions and web services with
    strong ones (weighted sampling without replacement: the largest ``u ** (1 / weight)``)."""
    if not ladder:
        return set(rng.sample(pool, count))
    last = max(1, len(pool) - 1)
    weight = [math.exp(-(((i / last) - maturity) ** 2) / 0.08) for i in range(len(pool))]
    keys = {v: rng.random() ** (1 / w) for v, w in zip(pool, weight, strict=True)}
    return set(sorted(pool, key=keys.__getitem__, reverse=True)[:count])


def _leaning(prompt: Blank, maturity: float, rng: random.Random) -> float:
    """A figure of the question's range, nearer its better end the more mature the institution."""
    best, worst = FIGURES[prompt.id]
    if HIGHER_IS_BETTER[prompt.id]:
        best, worst = worst, best
    share = min(1.0, max(0.0, (1 - maturity) + rng.gauss(0, 0.15)))
    number = best + (worst - best) * share
    return round(number) if prompt.type == "integer" else round(number, 1)


def _figure(session: FormSession, prompt: Blank, rng: random.Random) -> float | None:
    """Caseloads follow the institution's size (insured persons), ratios stay consistent."""
    qid = prompt.id
    insured = _number(session, "s1_08")
    staff = _number(session, "s1_11")
    if qid == "s1_08":  # 2,000 (Montserrat) to 600,000 (Jamaica), log-uniform
        return math.exp(rng.uniform(math.log(2_000), math.log(600_000)))
    if qid == "s1_09" and insured:
        return insured * rng.uniform(0.08, 0.18)
    if qid == "s1_10" and insured:
        return insured / rng.uniform(8, 20)
    if qid == "s1_11":
        return (insured or 20_000) / rng.uniform(600, 1_500) + rng.uniform(15, 30)
    if qid == "s1_12" and staff:
        return max(1, staff * rng.uniform(0.03, 0.08))
    if qid == "s3_02" and staff:
        return min(staff, rng.uniform(0.5, 4))
    if qid in PER_THOUSAND_INSURED and insured:  # caseloads follow the institution's size
        low, high = PER_THOUSAND_INSURED[qid]
        return max(1, insured / 1000 * rng.uniform(low, high))
    if qid == "s4_13" and (claims := _number(session, "s4_02")):  # pending: some of the claims
        return claims * rng.uniform(0.1, 0.9)
    if qid == "s4_06":
        paid = _number(session, "s4_05")
        return paid * rng.uniform(0.3, 0.7) if paid else None
    if qid == "c2_to":  # in the work-history repeat: the same entry's start year
        start = _number(session, prompt.path.removesuffix("c2_to") + "c2_from")
        return min(2026, start + rng.randint(2, 20)) if start else None
    if qid == "d2_02_represented":
        invited = _number(session, "d2_02_invited")
        return invited - rng.randint(0, 6) if invited else None
    low_high = FIGURES.get(qid)
    return rng.uniform(*low_high) if low_high else None


def _number(session: FormSession, path: str) -> float | None:
    """The number answered at ``path`` (``s1_08``, or ``c2_work[1].c2_from``), if any."""
    if path.rsplit(".", 1)[-1] not in session.form.items:
        return None
    value = session.value(path)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _bank(qid: str) -> str:
    base = qid.removesuffix("_notes").removesuffix("_quote")
    return next((bank for prefix, bank in _BANK_BY_PREFIX if base.startswith(prefix)), "workshop")


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def _name(_session: FormSession, _qid: str, rng: random.Random) -> str:
    return " ".join(_person(rng))


def _name_and_position(_session: FormSession, _qid: str, rng: random.Random) -> str:
    return f"{' '.join(_person(rng))}, {rng.choice(POSITIONS)}"


def _names_and_roles(session: FormSession, qid: str, rng: random.Random) -> str:
    return "; ".join(_name_and_position(session, qid, rng) for _ in range(rng.randint(1, 3)))


def _email(session: FormSession, qid: str, rng: random.Random) -> str:
    """The address of the person named just before (``…_name``), else of someone new."""
    named = _answer(session, qid.removesuffix("_email") + "_name")
    first, _space, last = str(named or " ".join(_person(rng))).partition(" ")
    local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    country = str(_answer(session, "s1_01") or rng.choice(sorted(DIALLING))).lower()
    return f"{local}@socialsecurity-{country}.example"


def _phone(session: FormSession, _qid: str, rng: random.Random) -> str:
    country = str(_answer(session, "s1_01") or "")
    prefix = DIALLING.get(country) or rng.choice(sorted(DIALLING.values()))
    return f"{prefix} {rng.randint(200, 899)} {rng.randint(1000, 9999)}"


def _position(_session: FormSession, _qid: str, rng: random.Random) -> str:
    return rng.choice(POSITIONS)


def _date(session: FormSession, qid: str, rng: random.Random) -> str | None:
    """Workshops in the first months of 2026, lasting up to three days, written up after."""
    start = _answer(session, "d1_04_start")
    end = _answer(session, "d1_04_end")
    if qid == "c0_01_date":  # beneficiary interviews during the 2026 fieldwork
        day = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 150))
    elif qid == "d1_04_start":
        day = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 80))
    elif qid == "d1_04_end" and start:
        day = dt.date.fromisoformat(str(start)) + dt.timedelta(days=rng.randint(0, 2))
    elif qid == "d9_prepared_on" and (end or start):
        day = dt.date.fromisoformat(str(end or start)) + dt.timedelta(days=rng.randint(3, 20))
    elif qid in ("d4_followup_due", "d7_due", "d9_twg_date") and (end or start):
        day = dt.date.fromisoformat(str(end or start)) + dt.timedelta(days=rng.randint(30, 180))
    else:
        return None
    return day.isoformat()


def _answer(session: FormSession, qid: str) -> Any:
    info = session.form.items.get(qid)
    return session.value(qid) if info is not None and not info.scope else None


Maker = Callable[[FormSession, str, random.Random], str]


def _initials(_session: FormSession, _qid: str, rng: random.Random) -> str:
    first, last = _person(rng)
    return (first[0] + last[0]).upper()


_PEOPLE: dict[str, Maker] = {
    "c0_01_code": _initials,
    "b1_05": _name_and_position,
    "s11_01_names": _names_and_roles,
    "s1_04_position": _position,
    "b1_06": _email,
    "d3_presenter": _name,
    "d4_followup_owner": _name_and_position,
    "d5_agreed_by": _name,
    "d1_08": _names_and_roles,
}


def _people_kind(qid: str) -> Maker | None:
    if qid.endswith("_name"):
        return _name
    if qid.endswith("_email"):
        return _email
    if qid.endswith("_phone"):
        return _phone
    return None
