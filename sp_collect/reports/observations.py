"""Key quotes from the key-informant interviews (Form B), coded by dimension, consent respected.

Form B gives each module question a ``<id>_quote`` field with optional ``<id>_dim`` (L/I/A/T)
and ``<id>_sal`` (salience 1–3) tags. A quote is used only when the respondent agreed to the
interview (``b1_01``) and to quotations (``b1_04`` not ``no``); "after review" quotes are
flagged. Quotes are attributed to the organisation unless the respondent chose anonymity
(``b1_03``); names (``b1_05``, tagged sensitive) are never printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sp_collect.engine.model import Form, Section, text_in
from sp_collect.reports.inputs import Interview

CONSENT = "b1_01"
CITATION = "b1_03"
QUOTES_ALLOWED = "b1_04"
ORGANISATION = "b0_06"
ORGANISATION_OTHER = "b0_06_other"
COUNTRY = "b0_05"
QUOTE_SUFFIX = "_quote"


@dataclass(frozen=True)
class Quote:
    dimension: str | None
    """L, I, A or T; None when the interviewer did not code it."""
    text: str
    question: str
    """The module question's label, in the report's language."""
    attribution: str | None
    """The organisation (and country), or None when the respondent asked for anonymity."""
    salience: int
    needs_review: bool


@dataclass(frozen=True)
class Observations:
    interviews: int
    consented: int
    quotes: tuple[Quote, ...]
    """Most salient first, then in interview and form order."""

    def by_dimension(self, code: str | None) -> list[Quote]:
        return [quote for quote in self.quotes if quote.dimension == code]

    @property
    def coded(self) -> int:
        return sum(1 for quote in self.quotes if quote.dimension is not None)


def observations(interviews: Iterable[Interview], language: str) -> Observations:
    listed = list(interviews)
    consented = [i for i in listed if i.answers.get(CONSENT) == "yes"]
    quotes: list[Quote] = []
    for interview in consented:
        if interview.answers.get(QUOTES_ALLOWED) in (None, "no"):
            continue
        quotes.extend(_quotes(interview, language))
    ranked = sorted(quotes, key=lambda quote: -quote.salience)  # stable: keeps form order
    return Observations(len(listed), len(consented), tuple(ranked))


def _quotes(interview: Interview, language: str) -> list[Quote]:
    answers, form = interview.answers, interview.form
    labels = _module_questions(form, language)
    attribution = None
    if answers.get(CITATION) != "anonymous":
        attribution = _organisation(interview, language)
    found = []
    for qid, label in labels.items():
        text = str(answers.get(qid + QUOTE_SUFFIX) or "").strip()
        if not text:
            continue
        dimension = answers.get(f"{qid}_dim")
        salience = str(answers.get(f"{qid}_sal") or "")
        found.append(
            Quote(
                dimension=str(dimension) if dimension in ("L", "I", "A", "T") else None,
                text=text,
                question=label,
                attribution=attribution,
                salience=int(salience) if salience.isdigit() else 0,
                needs_review=answers.get(QUOTES_ALLOWED) == "after_review",
            )
        )
    return found


def _module_questions(form: Form, language: str) -> dict[str, str]:
    """Question id → label for every question that has a ``_quote`` field beside it."""
    ids: dict[str, str] = {}
    sections = [item for item in form.items if isinstance(item, Section)]
    for section in sections:
        present = {item.id for item in section.items}
        for item in section.items:
            if item.id + QUOTE_SUFFIX in present:
                ids[item.id] = text_in(item.label, language, form.default_language)
    return ids


def _organisation(interview: Interview, language: str) -> str:
    answers, form = interview.answers, interview.form
    code = answers.get(ORGANISATION)
    name = str(answers.get(ORGANISATION_OTHER) or "")
    if code and code != "other":
        choices = form.choice_lists.get("institution", [])
        name = next(
            (text_in(c.label, language, form.default_language) for c in choices if c.value == code),
            str(code),
        )
    country = str(answers.get(COUNTRY) or "")
    return f"{name} ({country})" if country and name else name or country
