"""Every error code the source raises is registered in ``sp_collect.errors.CATALOGUE``, and every
raise says which error it is (a code of its own, not only its class's general one)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import sp_collect
from sp_collect import errors

SOURCE = Path(sp_collect.__file__).resolve().parent
ERROR_CLASSES = {
    name: value
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.SpCollectError)
}
SPECIFIC_BY_CLASS = {"WrongPassphrase", "WorkspaceLocked", "Cancelled"}
"""Classes that mean one thing: raising them without a code is specific enough."""
CODE_HELPERS = {"Problem": 0, "expression_error": 3, "_member_error": 0}
"""Functions that build an error from a code passed by position: name → argument index."""


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                yield f"{path.relative_to(SOURCE.parent)}:{node.lineno}", node


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _literal_codes(value: ast.expr) -> list[str]:
    options = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
    return [o.value for o in options if isinstance(o, ast.Constant) and isinstance(o.value, str)]


def raised_codes() -> dict[str, str]:
    """Code → the first place that raises it."""
    found = {cls.code: "sp_collect/errors.py" for cls in ERROR_CLASSES.values()}
    for where, call in _calls():
        name = _name(call)
        if name in ERROR_CLASSES:
            for keyword in call.keywords:
                if keyword.arg == "code":
                    for code in _literal_codes(keyword.value):
                        found.setdefault(code, where)
        elif name in CODE_HELPERS and len(call.args) > CODE_HELPERS[name]:
            for code in _literal_codes(call.args[CODE_HELPERS[name]]):
                found.setdefault(code, where)
    return found


def test_the_scan_finds_the_codes_it_should() -> None:
    codes = raised_codes()
    assert {"wrong_passphrase", "no_reason", "unknown_type", "expr_arity", "member_order"} <= set(
        codes
    )
    assert len(codes) > 150


def test_every_raised_code_is_registered() -> None:
    missing = {
        code: where for code, where in raised_codes().items() if code not in errors.CATALOGUE
    }
    assert not missing, f"register these codes in sp_collect/errors.py CATALOGUE: {missing}"


def test_every_registered_code_is_raised_somewhere() -> None:
    unused = set(errors.CATALOGUE) - set(raised_codes())
    assert not unused, f"codes registered but never raised: {sorted(unused)}"


def test_every_error_raised_has_a_code_of_its_own() -> None:
    general = [
        where
        for where, call in _calls()
        if _name(call) in ERROR_CLASSES
        and _name(call) not in SPECIFIC_BY_CLASS
        and not any(keyword.arg in ("code", None) for keyword in call.keywords)
    ]
    assert not general, "give these errors a code: " + ", ".join(general)
