"""The coordinator guide shows each task in the app first and on the command line second.

Every section with a command names the app's way before its first command (``**In the app:**``),
or says that the app has no way yet; every screenshot it shows exists, and each coordinator page
of the app appears in one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = (DOCS / "guide-coordinator.md").read_text(encoding="utf-8")
COMMAND = re.compile(r"^```\n(?:\$ )?sp-collect |\*\*On the command line", flags=re.M)
NEW_PAGES = ("coord_packages", "coord_scores", "coord_reports", "coord_export", "coord_passphrase")


def _sections() -> list[tuple[str, str]]:
    parts = re.split(r"^(#{2,3} .+)$", GUIDE, flags=re.M)
    return list(zip(parts[1::2], parts[2::2], strict=True))


SECTIONS = [(title, body) for title, body in _sections() if COMMAND.search(body)]


def test_most_sections_hold_commands() -> None:
    assert len(SECTIONS) >= 12


@pytest.mark.parametrize(("title", "body"), SECTIONS, ids=[t for t, _ in SECTIONS])
def test_the_app_comes_before_the_command_line(title: str, body: str) -> None:
    first_command = COMMAND.search(body)
    assert first_command is not None
    before = body[: first_command.start()]
    assert (
        "**In the app:**" in before or "the app has no" in before or "app's assistant" in (before)
    ), f"{title}: the command line comes first, or the app's way is missing"
    if "**In the app:**" in body:
        assert body.index("**In the app:**") < body.find("**On the command line")


def test_every_screenshot_exists_and_every_new_page_is_shown() -> None:
    shown = re.findall(r"\]\((screenshots/[^)]+\.png)\)", GUIDE)
    assert shown and all((DOCS / path).is_file() for path in shown)
    for page in NEW_PAGES:
        assert f"screenshots/{page}.png" in shown, page
