"""Run the command lines a guide shows, as written there, with its placeholders filled in.

A journey test names each step by the exact command the guide prints (``runner.run("sp-collect
score --workspace DIR")``): the runner refuses a command the guide does not contain, so a guide
edit that breaks a documented step fails here; it then fills in the placeholders (``DIR``,
``UUID``, ``E:/``…), expands ``*`` as a shell would, runs the CLI in this process and returns
what it printed. ``says`` checks that a sentence is both in the guide and in the output.
"""

from __future__ import annotations

import getpass
import glob
import io
import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sp_collect.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from test_docs import command_lines  # noqa: E402  (the docs test's own Markdown reader)


class _Terminal(io.StringIO):
    """Standard input as a person at a terminal types it."""

    def isatty(self) -> bool:
        return True


def _typed_hidden(prompt: str = "") -> str:
    """getpass at that terminal: the next line typed (not echoed)."""
    return sys.stdin.readline().rstrip("\n")


def _flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class GuideRunner:
    guide: Path
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    folder: Path
    """The working folder the guide's relative paths are in (``forms/`` is linked into it)."""
    values: dict[str, str] = field(default_factory=dict)
    """Placeholder → text, for every step (``DIR`` is usually set per actor with ``as_``)."""
    ran: set[str] = field(default_factory=set)
    """The guide's command lines run so far."""

    def __post_init__(self) -> None:
        self.commands = {_flat(c) for c in command_lines(self.guide)}
        self.text = _flat(self.guide.read_text(encoding="utf-8").replace("`", ""))
        link = self.folder / "forms"
        if not link.exists():
            link.symlink_to(ROOT / "forms", target_is_directory=True)

    def run(
        self,
        documented: str,
        *,
        passphrase: str | None,
        expect: int = 0,
        typed: str | None = None,
        values: dict[str, str] | None = None,
    ) -> tuple[str, str]:
        """Run a command exactly as documented; ``values`` fill placeholders for this step,
        ``typed`` is what the user types at a terminal (a fingerprint check's ``y``, and the
        hidden passphrase prompts too); ``passphrase`` None: none in the environment."""
        assert _flat(documented) in self.commands, f"{self.guide.name} does not show {documented}"
        self.ran.add(_flat(documented))
        filled = documented
        for placeholder, text in {**self.values, **(values or {})}.items():
            if placeholder.endswith("/"):  # a drive or folder prefix such as E:/
                filled = filled.replace(placeholder, text.rstrip("/") + "/")
            else:
                pattern = rf"(?<![\w/.-]){re.escape(placeholder)}(?![\w.-])"
                filled = re.sub(pattern, lambda _m, t=text: t, filled)
        if typed is not None:
            self.monkeypatch.setattr(sys, "stdin", _Terminal(typed))
            self.monkeypatch.setattr(getpass, "getpass", _typed_hidden)
        argv = []
        for word in shlex.split(filled)[1:]:
            matches = sorted(glob.glob(word, root_dir=self.folder)) if "*" in word else []
            argv.extend(matches or [word])
        self.monkeypatch.chdir(self.folder)
        if passphrase is None:
            self.monkeypatch.delenv("SP_COLLECT_PASSPHRASE", raising=False)
        else:
            self.monkeypatch.setenv("SP_COLLECT_PASSPHRASE", passphrase)
        code = main(argv)
        out, err = self.capsys.readouterr()
        assert code == expect, f"{filled}\nexit {code}\n{out}\n{err}"
        return out, err

    def says(self, sentence: str, printed: str) -> None:
        """``sentence`` is in the guide and in what the command printed."""
        assert _flat(sentence) in self.text, f"{self.guide.name} does not say {sentence!r}"
        assert _flat(sentence) in _flat(printed), f"{sentence!r} not in:\n{printed}"


def attachments_as_files(value: object, folder: Path) -> object:
    """Attachment references of the fixture become files beside the answers, as users give them."""
    if isinstance(value, dict):
        if set(value) == {"sha256", "name", "media_type", "size"}:
            (folder / value["name"]).write_bytes(b"evidence: " + value["name"].encode())
            return {"file": value["name"]}
        return {k: attachments_as_files(v, folder) for k, v in value.items()}
    if isinstance(value, list):
        return [attachments_as_files(v, folder) for v in value]
    return value
