"""Seeded, sampled mutation testing of the core modules: does each module's own test suite fail
when its code is wrong?

One mutant at a time (a comparison or arithmetic operator flipped, ``and``/``or`` swapped, a
``not`` dropped, a number or boolean changed, a statement replaced by ``pass``) is written into a
scratch copy of the project, and the module's tests run against it; a failing run "kills" the
mutant. Surviving mutants are printed with their line so a missing test can be written.

Run: ``make mutation`` or ``python tools/mutation.py [--sample N] [--seed S] [MODULE ...]``.
Not part of CI: each mutant costs one test run.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("sp_collect", "tests", "forms", "docs", "pyproject.toml")
TESTS: dict[str, list[str]] = {
    "sp_collect/sync/merge.py": [
        "tests/sync/test_sync_merge.py",
        "tests/sync/test_sync_validation.py",
        "tests/sync/test_sync_limits.py",
        "tests/fuzz/test_fuzz_bundles.py",
    ],
    "sp_collect/sync/returns.py": [
        "tests/sync/test_sync_returns.py",
        "tests/fuzz/test_fuzz_returns.py",
    ],
    "sp_collect/sync/answer_check.py": ["tests/sync/test_sync_validation.py"],
    "sp_collect/storage/keyfile.py": [
        "tests/storage/test_keyfile.py",
        "tests/storage/test_keys.py",
        "tests/storage/test_lifecycle.py",
    ],
    "sp_collect/storage/check.py": [
        "tests/storage/test_integrity.py",
        "tests/storage/test_check_answers.py",
    ],
    "sp_collect/engine/expr/compare.py": [
        "tests/engine/test_nodeset_compare.py",
        "tests/engine/test_expr_semantics.py",
    ],
    "sp_collect/engine/expr/lib_strings.py": [
        "tests/engine/test_expr_functions.py",
        "tests/engine/test_expr_odk_functions.py",
        "tests/engine/test_expr_errors.py",
        "tests/engine/test_nodeset_compare.py",
    ],
}
_COMPARE_SWAPS = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}  # fmt: skip
_BINARY_SWAPS = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult, ast.Mod: ast.Mult,
}  # fmt: skip
_REMOVABLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.Raise, ast.If, ast.For, ast.Return)


@dataclass(frozen=True)
class Mutant:
    index: int
    line: int
    what: str


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _candidates(tree: ast.AST) -> list[tuple[ast.AST, str]]:
    """Every place a mutation applies, in a fixed walk order."""
    found: list[tuple[ast.AST, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and type(node.ops[0]) in _COMPARE_SWAPS:
            found.append((node, f"{type(node.ops[0]).__name__} flipped"))
        elif isinstance(node, ast.BoolOp) or (
            isinstance(node, ast.BinOp) and type(node.op) in _BINARY_SWAPS
        ):
            found.append((node, f"{type(node.op).__name__} swapped"))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            found.append((node, "not dropped"))
        elif isinstance(node, ast.Constant) and type(node.value) in (int, bool):
            found.append((node, f"constant {node.value!r} changed"))
        if isinstance(node, ast.FunctionDef | ast.If | ast.For | ast.While | ast.With | ast.Try):
            for statement in node.body:
                if isinstance(statement, _REMOVABLE) and not _is_docstring(statement):
                    found.append((statement, f"{type(statement).__name__} removed"))
    return found


def _mutate(node: ast.AST, parent_bodies: dict[int, tuple[list[ast.stmt], int]]) -> None:
    if isinstance(node, ast.Compare):
        node.ops[0] = _COMPARE_SWAPS[type(node.ops[0])]()
    elif isinstance(node, ast.BinOp):
        node.op = _BINARY_SWAPS[type(node.op)]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.UnaryOp):
        node.op = ast.UAdd()  # +x of a bool is its int: truthiness kept, "not" gone
    elif isinstance(node, ast.Constant):
        node.value = (not node.value) if isinstance(node.value, bool) else node.value + 1
    else:
        body, position = parent_bodies[id(node)]
        body[position] = ast.copy_location(ast.Pass(), node)


def mutants(source: str) -> list[Mutant]:
    tree = ast.parse(source)
    return [
        Mutant(i, getattr(node, "lineno", 0), what)
        for i, (node, what) in enumerate(_candidates(tree))
    ]


def mutated_source(source: str, index: int) -> str:
    tree = ast.parse(source)
    parents: dict[int, tuple[list[ast.stmt], int]] = {}
    for node in ast.walk(tree):
        for body in (getattr(node, "body", None),):
            if isinstance(body, list):
                for position, statement in enumerate(body):
                    parents[id(statement)] = (body, position)
    node, _what = _candidates(tree)[index]
    _mutate(node, parents)
    return ast.unparse(ast.fix_missing_locations(tree))


def _run_tests(copy: Path, tests: list[str], timeout: float) -> bool:
    """True when the tests pass (the mutant survived)."""
    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
    command += ["-m", "not postgres and not slow", *tests]
    try:
        run = subprocess.run(command, cwd=copy, env=env, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return run.returncode == 0


def run_module(copy: Path, module: str, sample: int, rng: random.Random, timeout: float) -> float:
    target = copy / module
    original = target.read_text(encoding="utf-8")
    tests = TESTS[module]
    if not _run_tests(copy, tests, timeout):
        raise SystemExit(f"{module}: its tests fail before any mutation; fix them first")
    every = mutants(original)
    chosen = sorted(rng.sample(every, min(sample, len(every))), key=lambda m: m.index)
    survivors = []
    try:
        for mutant in chosen:
            target.write_text(mutated_source(original, mutant.index), encoding="utf-8")
            survived = _run_tests(copy, tests, timeout)
            if survived:
                survivors.append(mutant)
            verdict = "survived" if survived else "killed"
            print(f"  {module}:{mutant.line} {mutant.what}: {verdict}", flush=True)
    finally:
        target.write_text(original, encoding="utf-8")
    killed = len(chosen) - len(survivors)
    rate = killed / len(chosen) if chosen else 1.0
    print(f"{module}: {killed}/{len(chosen)} mutants killed ({rate:.0%}; {len(every)} possible)")
    for mutant in survivors:
        print(f"  survived: line {mutant.line}: {mutant.what}")
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", default=sorted(TESTS), metavar="MODULE")
    parser.add_argument("--sample", type=int, default=25, help="mutants per module")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per test run")
    parser.add_argument("--target", type=float, default=0.9, help="kill rate to reach")
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in TESTS]
    if unknown:
        parser.error(f"no tests are mapped for {unknown[0]}; add it to TESTS in {__file__}")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="sp-mutation-") as scratch:
        copy = Path(scratch)
        for name in COPIED:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, copy / name)
        rates = {m: run_module(copy, m, args.sample, rng, args.timeout) for m in args.modules}
    below = [m for m, rate in rates.items() if rate < args.target]
    if below:
        print(f"below the {args.target:.0%} target: {', '.join(below)}")
    return 1 if below else 0


if __name__ == "__main__":
    raise SystemExit(main())
