"""Synthetic responses: random answers that pass FormSession's checks, for demos and benchmarks.

It fills a form the way a patient tester would: walks the visible prompts in order, tries a
plausible value (retrying when a constraint refuses it), lets skip logic reveal more questions,
and stops when nothing new appears. Text has realistic lengths; "don't know" is rare. A
``suggest`` hook (a study's bank of figures and sentences) may propose the value first; the
generic generator takes over where it has none or the form refuses it.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from typing import Any

import rstr

from sp_collect.engine.compiled import CompiledForm
from sp_collect.engine.model import ANSWERABLE_TYPES, ATTACHMENT_TYPES
from sp_collect.engine.prompts import Blank
from sp_collect.engine.session import FormSession

Attach = Callable[[bytes, str, str], dict[str, Any]]
"""Stores an attachment (data, file name, media type) and returns its answer reference."""
Suggest = Callable[[FormSession, Blank, random.Random], Any]
"""A plausible answer to the prompt given the session's answers so far, or None."""

RARE_CHOICES = frozenset({"dk", "na", "other", "refused", "none"})
WORDS = (
    "the", "institution", "records", "contributions", "benefits", "pension", "members",
    "agreement", "officer", "forms", "processing", "delays", "records", "digital", "exchange",
    "partner", "country", "claims", "liaison", "data", "staff", "system", "portal", "payment",
    "transfer", "bank", "review", "legal", "training", "manual", "request", "file", "insured",
    "employer", "migrant", "worker", "survivor", "information", "service", "online", "office",
    "months",
)  # fmt: skip
_ATTEMPTS = 18
_PASSES = 8
_REGEX_CONSTRAINT = re.compile(r"regex\(\s*\.\s*,\s*'([^']*)'\s*\)")
_NUMBER_SCALES = ((1, 5), (0, 200), (2015, 2026), (0, 1), (1950, 2025), (0, 20), (100, 100_000))


def synthesize(
    form: CompiledForm,
    rng: random.Random,
    *,
    metadata: dict[str, str] | None = None,
    attach: Attach | None = None,
    skip_optional: float = 0.1,
    suggest: Suggest | None = None,
) -> FormSession:
    """A session filled with random valid answers; ``errors()`` is empty unless the form's
    logic cannot be satisfied by chance (then the caller keeps it as a draft)."""
    session = FormSession(form, language=form.model.default_language, metadata=metadata)
    with session.batch():  # values stay exact; what is shown is rebuilt when read
        _fill(session, rng, attach, skip_optional, suggest)
    return session


def _fill(
    session: FormSession,
    rng: random.Random,
    attach: Attach | None,
    skip_optional: float,
    suggest: Suggest | None,
) -> None:
    visited: set[str] = set()
    for _ in range(_PASSES):
        progressed = False
        for prompt in session.blanks(skip=visited):  # each current when it comes
            if prompt.type == "repeat" and prompt.repeat is not None:
                visited.add(prompt.path)
                progressed = True
                _fill_repeat(session, prompt, rng)
            elif prompt.type in ANSWERABLE_TYPES:
                visited.add(prompt.path)
                progressed = True
                if prompt.required or rng.random() >= skip_optional:
                    _answer(session, prompt, rng, attach, suggest)
        if not progressed:
            break
    for _ in range(3):  # a few last tries on whatever still fails (cross-question checks)
        issues = session.errors()
        if not issues:
            break
        prompts = {p.path: p for p in session.blanks()}
        for issue in issues:
            if issue.path in prompts:
                _answer(session, prompts[issue.path], rng, attach, suggest)


def _fill_repeat(session: FormSession, prompt: Blank, rng: random.Random) -> None:
    state = prompt.repeat
    assert state is not None
    if state.fixed:
        return
    wanted = max(state.min, rng.randint(1, 3))
    if state.max is not None:
        wanted = min(wanted, state.max)
    for _ in range(wanted - state.count):
        session.add_repeat(prompt.path)


def _pattern(form: CompiledForm, prompt: Blank) -> str | None:
    """The regex a text answer must match, when its constraint is a plain ``regex(., '…')``."""
    info = form.items.get(prompt.id)
    constraint = getattr(info.item, "constraint", None) if info is not None else None
    found = _REGEX_CONSTRAINT.search(constraint or "")
    return found.group(1) if found else None


def _answer(
    session: FormSession,
    prompt: Blank,
    rng: random.Random,
    attach: Attach | None,
    suggest: Suggest | None,
) -> None:
    if prompt.type in ATTACHMENT_TYPES:
        if attach is not None and (prompt.required or rng.random() < 0.3):
            accept = getattr(session.form.items[prompt.id].item, "accept", None) or []
            session.answer(prompt.path, _attachment(prompt, rng, attach, accept))
        return
    pattern = _pattern(session.form, prompt)
    for attempt in range(_ATTEMPTS):
        # The study's suggestion first (twice, in case it drew a value the form refuses).
        value: Any = suggest(session, prompt, rng) if suggest and attempt < 2 else None
        if value is None and pattern and prompt.type == "text":
            value = _matching(pattern, rng)
        if value is None:
            value = _value(prompt, rng, attempt)
        if value is None or session.answer(prompt.path, value).ok:
            return
    if not prompt.required:
        session.answer(prompt.path, None)


def _matching(pattern: str, rng: random.Random) -> str | None:
    """A string the pattern matches; None where Python's regex syntax cannot read an XPath
    pattern (e.g. ``[\\w-\\.]``), so that a plain value is tried instead."""
    try:
        return rstr.Rstr(rng).xeger(pattern)
    except re.error:
        return None


def _value(prompt: Blank, rng: random.Random, attempt: int = 0) -> Any:
    kind = prompt.type
    if kind == "text":
        multiline = (prompt.appearance or "").startswith("multiline")
        return _sentence(rng, rng.randint(12, 60) if multiline else rng.randint(1, 5))
    if kind in ("integer", "decimal"):
        low, high = _NUMBER_SCALES[attempt % len(_NUMBER_SCALES)]
        number = rng.uniform(low, high)
        return int(number) if kind == "integer" else round(number, 2)
    if kind in ("select_one", "select_multiple", "rank", "matrix"):
        return _choice_value(prompt, rng)
    if kind == "date":
        return (dt.date(2026, 11, 1) - dt.timedelta(days=rng.randint(0, 5 * 365))).isoformat()
    if kind == "time":
        return f"{rng.randint(8, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}"
    if kind == "datetime":
        moment = dt.datetime(2026, 11, 1, tzinfo=dt.UTC) - dt.timedelta(
            minutes=rng.randint(0, 10**6)
        )
        return moment.isoformat(timespec="seconds")
    if kind == "geopoint":
        return f"{rng.uniform(10.0, 18.5):.5f} {rng.uniform(-77.0, -59.5):.5f}"
    return None


def _choice_value(prompt: Blank, rng: random.Random) -> Any:
    values = [c.value for c in prompt.choices]
    if not values:
        return None
    common = [v for v in values if v not in RARE_CHOICES] or values
    pool = values if rng.random() < 0.05 else common
    if prompt.type == "select_one":
        # Most people who are asked agree to go on: a demo full of refusals shows little.
        if "yes" in pool and rng.random() < 0.85:
            return "yes"
        return rng.choice(pool)
    if prompt.type == "select_multiple":
        return sorted(rng.sample(common, rng.randint(1, min(3, len(common)))), key=values.index)
    if prompt.type == "rank":
        return rng.sample(values, len(values))
    return {row.value: rng.choice(common) for row in prompt.rows}


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + ("." if words > 5 else "")


def _attachment(
    prompt: Blank, rng: random.Random, attach: Attach, accept: list[str]
) -> dict[str, Any]:
    """A small text document (as .txt or .csv where the question limits file types)."""
    suffix = next((s for s in (".txt", ".csv") if not accept or s in accept), None)
    suffix = suffix or accept[0]
    body = f"Synthetic {prompt.type} for {prompt.id}: {_sentence(rng, 20)}\n".encode()
    return attach(body, f"{prompt.id}{suffix}", "text/plain")
