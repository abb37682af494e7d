"""The user guide and README stay true: every command shown parses, every command is listed,
every image and relative link points at a file that exists."""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import itertools
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from sp_collect.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
GUIDES = [ROOT / "docs" / name for name in (
    "README.md",
    "guide-interviewer.md",
    "guide-institution-officer.md",
    "guide-coordinator.md",
    "recovery-and-lost-laptop.md",
    "install.md",
)]  # fmt: skip

PROGRAMS = {"sp-collect", "sp-collect.exe"}
ELLIPSES = {"…", "..."}
# <angle> placeholders mark a text template (e.g. a signature comment), not a command to type;
# commands in the docs write placeholders in capitals (DIR, FILE, UUID).
TEMPLATE = re.compile(r"<[^<>\s][^<>]*>")
PLACEHOLDER = re.compile(r"[A-Z][A-Z_]*(\.\.\.)?")
# An optional [group], a word with a quoted part, or a plain word.
WORD = re.compile(r"""\[[^\]]*\](?:\.\.\.)?|\S*"[^"]*"\S*|\S*'[^']*'\S*|\S+""")


# -- finding command lines in Markdown -------------------------------------------------------------
def fenced_lines(text: str) -> Iterator[str]:
    """Lines inside ``` blocks, with backslash continuations joined."""
    inside = False
    pending = ""
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            inside = not inside
            pending = ""
            continue
        if not inside:
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        yield pending + line
        pending = ""


def inline_spans(text: str) -> Iterator[str]:
    """Text of `code` spans outside fenced blocks (a span may wrap onto the next line)."""
    outside = re.sub(r"^\s*```.*?^\s*```", "", text, flags=re.S | re.M)
    for match in re.finditer(r"(?<!`)`([^`]+)`(?!`)", outside):
        yield " ".join(match.group(1).split())


def command_lines(path: Path) -> list[str]:
    """Every snippet that starts (after a prompt or VAR=value settings) with the program."""
    text = path.read_text(encoding="utf-8")
    found = []
    for snippet in itertools.chain(fenced_lines(text), inline_spans(text)):
        command = _command_part(snippet.replace("\\|", "|"))
        if command is not None:
            found.append(command)
    return found


def _command_part(snippet: str) -> str | None:
    snippet = re.split(r"\s#\s", snippet, maxsplit=1)[0].strip()
    snippet = snippet.removeprefix("$ ").removeprefix("> ").strip()
    words = snippet.split()
    while words and re.fullmatch(r"[A-Z_]+=\S*", words[0]):
        words.pop(0)
    if not words or Path(words[0]).name not in PROGRAMS or words[0].endswith("/"):
        return None
    if TEMPLATE.search(snippet):
        return None
    start = snippet.index(words[0])
    return " ".join(["sp-collect", *snippet[start + len(words[0]) :].split()])


# -- expanding the notation: a|b alternatives, [optional] parts, trailing … ------------------------
def tokens(command: str) -> list[str]:
    """The words after the program, unquoted; a [ … ] group stays one word."""
    rest = command.split(None, 1)[1] if " " in command.strip() else ""
    words = []
    for word in WORD.findall(rest):
        if word.startswith("["):
            words.append(word.removesuffix("...").removesuffix("…"))
        else:
            words.extend(shlex.split(word))
    return words


def _choices(word: str) -> list[list[str]]:
    """The ways one word can be written: optional groups may be left out, a|b is either."""
    if word.startswith("["):
        inner = word[1:-1].strip()
        alternatives = [part.strip() for part in re.split(r"\s\|\s", inner)]
        return [[], *[shlex.split(alt) for alt in alternatives]]
    if "|" in word and not word.startswith("-") and "=" not in word:
        return [[part] for part in word.split("|") if part]
    return [[word]]


def expansions(command: str) -> dict[tuple[str, ...], list[list[str]]]:
    """Argument lists the notation stands for, grouped by their command path."""
    words = tokens(command)
    if any(word in ELLIPSES for word in words):
        words = words[: next(i for i, w in enumerate(words) if w in ELLIPSES)]
        words = [w for w in words if not w.startswith("-")]
    grouped: dict[tuple[str, ...], list[list[str]]] = {}
    for combination in itertools.product(*(_choices(word) for word in words)):
        argv = [part for choice in combination for part in choice]
        grouped.setdefault(command_path(argv), []).append(argv)
    return grouped


# -- the real parser ---------------------------------------------------------------------------
def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


@functools.cache
def real_parser() -> argparse.ArgumentParser:
    """The CLI's own parser, built once (parsing does not change it)."""
    return build_parser()


def command_path(argv: list[str]) -> tuple[str, ...]:
    """The leading words of argv that name a command and its subcommands."""
    parser = real_parser()
    path: list[str] = []
    for word in argv:
        children = subcommands(parser)
        if word not in children:
            break
        path.append(word)
        parser = children[word]
    return tuple(path)


def all_commands() -> list[tuple[str, ...]]:
    """Every command a user can run: the leaves of the subcommand tree."""
    paths: list[tuple[str, ...]] = []

    def walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> None:
        for name, child in subcommands(parser).items():
            if subcommands(child):
                walk(child, (*prefix, name))
            else:
                paths.append((*prefix, name))

    walk(real_parser(), ())
    return paths


def parses(argv: list[str]) -> bool:
    """True when the real parser accepts argv, as written or with its capitalised placeholders
    filled in (N stands for a number); --help counts when it exits with 0."""
    filled = ["1" if PLACEHOLDER.fullmatch(word) else word for word in argv]
    return _parses(argv) or _parses(filled)


def _parses(argv: list[str]) -> bool:
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        try:
            real_parser().parse_args(argv)
        except SystemExit as exc:
            return exc.code == 0
    return True


def problems(command: str) -> list[str]:
    """Why a shown command does not parse: one line per command path with no valid spelling."""
    found = []
    truncated = any(word in ELLIPSES for word in tokens(command))
    for path, argvs in expansions(command).items():
        if truncated:
            complete = all(path == command_path(argv) == tuple(argv) for argv in argvs)
            if not complete:
                found.append(f"{' '.join(argvs[0])}: not a command")
        elif not any(parses(argv) for argv in argvs):
            found.append(f"{' '.join(argvs[0])}: the parser refuses it")
    return found


def _placeholder_commands(command: str) -> list[str]:
    """`sp-collect COMMAND --help` stands for every top-level command."""
    words = command.split()
    if len(words) > 1 and words[1] == "COMMAND":
        return [command.replace("COMMAND", name, 1) for name in subcommands(real_parser())]
    return [command]


# -- the tests ---------------------------------------------------------------------------------
def test_the_guides_exist_and_are_linked_from_the_index() -> None:
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    for guide in GUIDES[1:]:
        assert guide.is_file(), guide
        assert f"({guide.name})" in index, f"docs/README.md does not link {guide.name}"


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_command_in_the_docs_parses(path: Path) -> None:
    commands = command_lines(path)
    failures = [
        f"{shown} -> {problem}"
        for shown in commands
        for command in _placeholder_commands(shown)
        for problem in problems(command)
    ]
    assert not failures, "\n".join(failures)


def test_the_guides_show_commands() -> None:
    """The extraction above finds what it should; a guide without commands would pass vacuously."""
    assert len(command_lines(ROOT / "docs" / "guide-coordinator.md")) >= 20
    assert len(command_lines(ROOT / "docs" / "guide-interviewer.md")) >= 5


def test_every_command_in_the_readme_parses() -> None:
    failures = [
        f"{shown} -> {problem}"
        for shown in command_lines(README)
        for command in _placeholder_commands(shown)
        for problem in problems(command)
    ]
    assert not failures, "\n".join(failures)


def reference_rows() -> dict[tuple[str, ...], list[list[str]]]:
    """The argument lists of README's command reference table, by command path."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command reference", 1)[1].split("\n## ", 1)[0]
    rows: dict[tuple[str, ...], list[list[str]]] = {}
    for row in section.splitlines():
        command = _command_part(row.split("`")[1].replace("\\|", "|")) if "`" in row else None
        if row.startswith("| `") and command is not None:
            for path, argvs in expansions(command).items():
                rows.setdefault(path, []).extend(argvs)
    return rows


def positional_choices(path: tuple[str, ...]) -> list[str]:
    """Choices of a command's positional argument, e.g. the kinds of ``report``."""
    parser = real_parser()
    for word in path:
        parser = subcommands(parser)[word]
    return [
        str(choice)
        for action in parser._actions
        if not action.option_strings and action.choices and not subcommands(parser)
        for choice in action.choices
    ]


def test_every_command_is_in_the_readme_command_reference() -> None:
    rows = reference_rows()
    missing = [" ".join(path) for path in all_commands() if path not in rows]
    assert not missing, f"not in README's command reference: {missing}"
    for path in all_commands():
        shown = {word for argv in rows[path] for word in argv}
        absent = [c for c in positional_choices(path) if c not in shown]
        assert not absent, f"README's command reference lacks {' '.join(path)} {absent}"


def _local_links(path: Path, images_only: bool) -> Iterator[tuple[str, Path]]:
    text = path.read_text(encoding="utf-8")
    pattern = r"!\[[^\]]*\]\(([^)\s]+)\)" if images_only else r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)"
    for target in re.findall(pattern, text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        yield target, path.parent / target.split("#", 1)[0]


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: p.name)
def test_every_image_exists(path: Path) -> None:
    missing = [target for target, file in _local_links(path, True) if not file.is_file()]
    assert not missing, f"{path.name} shows images that do not exist: {missing}"


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_every_relative_link_in_the_guides_exists(path: Path) -> None:
    missing = [target for target, file in _local_links(path, False) if not file.exists()]
    assert not missing, f"{path.name} links to files that do not exist: {missing}"


# -- the checker itself ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("command", "ok"),
    [
        ("sp-collect forms validate FILE... [--strict]", True),
        ("sp-collect identity show|export --workspace DIR [-o card.json]", True),
        ("sp-collect gui [--workspace DIR | --demo] [--smoke-test]", True),
        ("sp-collect package build|install …", True),
        ("sp-collect COMMAND --help", True),
        ("sp-collect bundle export -o out.spbundle", False),
        ("sp-collect bundel import --workspace DIR x.spbundle", False),
        ("sp-collect package publish …", False),
        ("sp-collect init --workspace DIR --name N --role boss", False),
    ],
)
def test_the_checker_tells_good_commands_from_bad(command: str, ok: bool) -> None:
    found = [p for c in _placeholder_commands(command) for p in problems(c)]
    assert (not found) is ok, found


def test_command_lines_are_found_in_blocks_and_spans(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Run `sp-collect score --workspace DIR` now.\n\n"
        "```\n"
        "$ SP_COLLECT_PASSPHRASE=x sp-collect bundle export \\\n"
        "    --workspace DIR -o out.spbundle   # the USB stick\n"
        "ls dist/sp-collect/\n"
        "```\n",
        encoding="utf-8",
    )
    assert sorted(command_lines(page)) == [
        "sp-collect bundle export --workspace DIR -o out.spbundle",
        "sp-collect score --workspace DIR",
    ]
