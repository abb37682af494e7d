"""Every message the README and the guides quote is one the code really prints.

The guides quote what users see: CLI output and errors in `code`, the app's texts in *italics*.
Each quote must be a text the code holds (a Python string literal of ``sp_collect``, with its
``{fields}`` and Qt's ``%1`` standing for any value) or a label of the shipped forms, read with
the guide's ``…`` standing for any text. A quote that is not a message (a command, example
input, a name) is listed in ``NOT_MESSAGES`` with the reason.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
ANY_DOC = "\x01"  # the guide's "…"
ANY_CODE = "\x00"  # a value the code fills in
LITERAL = 12  # characters of a quote that must be the code's own words, not example values

VALUE_WORDS = 5  # the longest value (a name, a list of files) a quote may show for a placeholder

NOT_MESSAGES = {
    # commands, code and file formats, not messages
    '"lat lon altitude accuracy"': "an answer format",
    "+ - * div mod": "operators",
    "tar xf p.sppackage && minisign -V -p coordinator.pub -m package.json": "a command",
    "SHEET row N column C: FEATURE: ACTION: what happened": "the shape of a report line",
    "responses list --status draft": "a command",
    "number of days in last month": "an example label",
    "begin loop over L": "an XLSForm row type",
    "Signature and comment signature verified": "minisign's own output",
    "JZP4 TJL7 LD3G SACG JPUP G5CA": "an example fingerprint",
    "Interviewer Anne (laptop 2)": "an example contact name",
    # what users type or read elsewhere
    "Please give the 2025 figure": "an example comment a coordinator types",
    "2025 figure, as asked": "an example reason a user types",
    "protected your PC": "Windows SmartScreen's text",
    "On the command line": "a section of the guide",
    "Linux system libraries": "a section of the guide",
    "Interview time: 0:12:34": "the timer with a value (checked as 'Interview time: %1')",
    "Work in one country 1": "a repeat entry's title with its number",
    "6/16 ⚠ 8": "a section's progress figures",
    "Fixme: I need this list": "a default written in a public form",
}


def _flat(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def _strings(node: ast.AST) -> Iterator[str]:
    for child in ast.walk(node):
        if isinstance(child, ast.JoinedStr):
            yield "".join(
                v.value if isinstance(v, ast.Constant) else ANY_CODE for v in child.values
            )
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            yield child.value


def _labels(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _labels(item)
    elif isinstance(value, list):
        for item in value:
            yield from _labels(item)


@cache
def corpus() -> tuple[str, ...]:
    """Every text the code and the shipped forms hold, placeholders as ``ANY_CODE``."""
    texts: set[str] = set()
    for path in sorted((ROOT / "sp_collect").rglob("*.py")):
        texts.update(_strings(ast.parse(path.read_text(encoding="utf-8"))))
    for path in sorted((ROOT / "forms").glob("*.json")):
        texts.update(_labels(json.loads(path.read_text(encoding="utf-8"))))
    placeholders = re.compile(r"\{\w*(?:![rs])?(?::[^{}]*)?\}|%\d|%n|%s|%d")
    mnemonic = re.compile(r"&(?=\w)")  # Qt's "&Save": the underlined letter
    return tuple(
        _flat(placeholders.sub(ANY_CODE, mnemonic.sub("", text))).casefold()
        for text in texts
        if len(text) > 3
    )


def quotes(path: Path) -> Iterator[str]:
    """Messages a guide quotes: `code` of four words or more, *italics* of three or more."""
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    text = text.replace("\n", " ")
    for found in re.finditer(r"`([^`]+)`", text):
        quote = _flat(found.group(1))
        if len(quote.split()) >= 4 and not _code_like(quote):
            yield quote
    for found in re.finditer(r"(?<![*\w])\*([^*`]+?)\*(?![*\w])", text):
        quote = _flat(found.group(1))
        if len(quote.split()) >= 3:
            yield quote


def _code_like(quote: str) -> bool:
    """A command, an expression, JSON or a list of names rather than a sentence."""
    words = [w for w in quote.split() if w.isalpha()]
    return (
        quote.startswith(("sp-collect", "{"))
        or "=" in quote
        or "${" in quote
        or "|" in quote
        or bool(re.match(r"[\w-]+\(", quote))
        or len(words) < 2
    )


def matches(quote: str, text: str) -> bool:
    """Whether ``quote`` (``ANY_DOC`` for the guide's "…") reads as part of ``text``, with at
    least ``LITERAL`` of its characters (or 60 % of a short one) matched letter for letter, so
    that a quote is never taken whole by the code's values."""
    pattern = ANY_DOC + quote + ANY_DOC
    wanted = min(LITERAL, 0.6 * len(quote.replace(ANY_DOC, "")))
    reach = {0: 0}  # position in pattern reached before text[j] → characters matched literally
    for j in range(len(text) + 1):
        reach = _close(pattern, reach)
        if reach.get(len(pattern), -1) >= wanted:
            return True
        if j == len(text) or not reach:
            return False
        char = text[j]
        following: dict[int, int] = {}
        for i, literal in reach.items():
            steps: list[tuple[int, int]] = []
            if i < len(pattern) and pattern[i] == ANY_DOC:
                steps.append((i, literal))  # the guide's "…" takes this character too
            if char == ANY_CODE:
                # a value the code fills in: the guide shows one or more characters for it
                steps.extend((k, literal) for k in _value_ends(pattern, i))
            elif i < len(pattern) and pattern[i] == char:
                steps.append((i + 1, literal + 1))
            for k, count in steps:
                following[k] = max(following.get(k, -1), count)
        reach = following
    return False


def _value_ends(pattern: str, start: int) -> Iterator[int]:
    """Where a value the code fills in may end when it starts at ``start``: a name, a number,
    a file name, up to ``VALUE_WORDS`` words (a guide's "…" inside it ends it there)."""
    words = 0
    for k in range(start + 1, len(pattern) + 1):
        yield k
        if k == len(pattern) or pattern[k] == ANY_DOC:
            return
        words += pattern[k] == " "
        if words >= VALUE_WORDS:
            return


def _close(pattern: str, reach: dict[int, int]) -> dict[int, int]:
    """A guide's "…" may also stand for nothing."""
    closed = dict(reach)
    for i, literal in reach.items():
        k = i
        while k < len(pattern) and pattern[k] == ANY_DOC:
            k += 1
            closed[k] = max(closed.get(k, -1), literal)
    return closed


def _normal(quote: str) -> str:
    quote = re.sub(r"^(error|warning): ", "", quote)  # what the CLI's main adds
    quote = quote.replace("…", ANY_DOC).replace("...", ANY_DOC)
    return quote.rstrip(".").casefold()


def found(quote: str) -> bool:
    return _found(_normal(quote))


def _found(wanted: str) -> bool:
    """One text of the code, or a message the code composes of two (``"the answers were refused:
    " + why``): each part then is one itself, or a single value such as a question id."""
    words = set(re.findall(r"[^\W\d_]{4,}", wanted))
    if any(matches(wanted, text) for text in corpus() if any(w in text for w in words)):
        return True
    if wanted.startswith("(") and wanted.endswith(")") and _found(wanted[1:-1]):
        return True  # a label in brackets after its question id
    for sep in re.finditer(r"[:;] | (?=\()", wanted):
        head, tail = wanted[: sep.start()], wanted[sep.end() :]
        if (" " not in head or _found(head)) and _found(tail):
            return True
    return False


CASES = sorted(
    {(path.name, quote) for path in DOCS for quote in quotes(path) if quote not in NOT_MESSAGES}
)


def test_the_docs_quote_many_messages() -> None:
    assert len(CASES) > 120


@pytest.mark.parametrize(("guide", "quote"), CASES)
def test_a_quoted_message_is_one_the_code_prints(guide: str, quote: str) -> None:
    assert found(quote), f"{guide} quotes a message no code holds: {quote!r}"


def test_the_matcher_fills_placeholders_and_ellipses() -> None:
    code = _flat("merged, but \x00 responses wait for a form version this workspace lacks")
    assert matches("merged, but 1 responses wait for a form", code)
    assert matches(f"merged, but 1 responses wait {ANY_DOC} lacks", code)
    assert not matches("merged, but 1 response waits for a form", code)
    assert found("error: the answers were refused: s0_01: this question takes no answer")
    assert not found("error: the answers were refused: s0_01: this question takes an answer")
    assert not matches("merged, but 1 response waits for a form", code)
    assert found("error: the answers were refused: s0_01: this question takes no answer")
    assert not found("error: the answers were refused: s0_01: this question takes an answer")
    assert not matches("anything: at all", _flat("\x00: \x00"))


def test_every_exception_is_a_real_quote() -> None:
    quoted = {quote for path in DOCS for quote in quotes(path)}
    assert set(NOT_MESSAGES) <= quoted, set(NOT_MESSAGES) - quoted


BUTTONS = sorted(
    {
        (path.name, found.group(1))
        for path in DOCS
        for found in re.finditer(r"\*\*([^*\n]+…)\*\*", path.read_text(encoding="utf-8"))
    }
)


@pytest.mark.parametrize(("guide", "button"), BUTTONS)
def test_a_button_the_guides_name_is_one_the_app_shows(guide: str, button: str) -> None:
    """**Bold** names ending in "…" are the app's buttons and menu entries, word for word."""
    wanted = _flat(button).casefold()
    assert any(text == wanted for text in corpus()), f"{guide}: no button reads {button!r}"


PAGES = sorted(
    {
        (path.name, found.group(1))
        for path in DOCS
        for found in re.finditer(
            r"\b(?:[Oo]n|[Oo]pen) \*\*([^*\n]+)\*\*", path.read_text(encoding="utf-8")
        )
    }
)


@pytest.mark.parametrize(("guide", "page"), PAGES)
def test_a_page_the_guides_open_is_one_the_app_has(guide: str, page: str) -> None:
    """ "Open **Imports**", "on **Forms and packages**": the app's page names, word for word."""
    wanted = _flat(page).casefold()
    assert any(text == wanted for text in corpus()), f"{guide}: no page is named {page!r}"
