"""The code and the documents cite docs/study.md and docs/architecture.md, which ship with the
repository, never the planning documents (BRIEF.md, DESIGN.md) that do not."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = ("sp_collect", "tests", "forms", "docs", "resources", "tools", "benchmarks")
FILES = ("README.md", "CHANGELOG.md", "CONTRIBUTING.md")
CITATION = re.compile(r"\bBRIEF(\.md)?\s*§|\bBRIEF\.md\b|\bDESIGN(\.md)?\s*§|\bDESIGN\.md\b")


def test_no_citation_of_documents_outside_the_repository() -> None:
    paths = [ROOT / name for name in FILES if (ROOT / name).exists()]
    for place in PLACES:
        paths += [p for p in (ROOT / place).rglob("*") if p.suffix in (".py", ".md", ".json")]
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in paths
        if path != Path(__file__).resolve()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CITATION.search(line)
    ]
    assert not found, "cite docs/study.md or docs/architecture.md instead: " + ", ".join(found)
