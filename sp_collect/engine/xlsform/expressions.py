"""XLSForm expressions as pyxform leaves them → our syntax: XPath paths become ``${id}``."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sp_collect.engine.xlsform.names import Names, Path

_NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"
# Quoted strings and ${refs} are skipped; absolute paths (/data/g/x) and relative ones (../x,
# current()/../x) are resolved to the element's id; instance('list') names follow the list's
# new name when it had to change.
_TOKEN = re.compile(
    r"(?P<skip>'[^']*'|\"[^\"]*\"|\$\{[^}]*\})"
    r"|(?P<instance>instance\(\s*(?P<q>['\"])(?P<list>[^'\"]*)(?P=q)\s*\))"
    rf"|(?P<rel>(?:current\(\)/)?(?P<ups>(?:\.\./)+)(?P<down>(?:{_NAME}/)*{_NAME}))"
    rf"|(?P<abs>(?<![A-Za-z0-9_)\]}}.])/{_NAME}(?:/{_NAME})*/{_NAME})"
)

UNSUPPORTED_FUNCTIONS: dict[str, str] = {
    "jr:itext": "jr:itext() reads a translation by id",
    "extract-signed": "extract-signed() verifies external signatures",
}
_CALL = re.compile(r"(?P<skip>'[^']*'|\"[^\"]*\"|\$\{[^}]*\})|(?P<name>[A-Za-z_][\w:\-]*)\s*\(")


def to_ours(
    expression: str,
    names: Names | None = None,
    context: Path = (),
    lists: Mapping[str, str] | None = None,
) -> str:
    """The expression with pyxform's XPath paths written back as ``${id}`` references."""
    table = names or Names([])

    def replace(match: re.Match[str]) -> str:
        if match.group("skip"):
            return match.group(0)
        if match.group("instance"):
            name = match.group("list")
            return f"instance('{(lists or {}).get(name, name)}')"
        if match.group("rel"):
            ups = match.group("ups").count("..")
            return "${" + table.relative(context, ups, match.group("down").split("/")) + "}"
        steps = match.group("abs").split("/")[2:]
        return "${" + table.absolute(steps) + "}"

    return _TOKEN.sub(replace, expression.strip())


def unsupported_calls(expression: str) -> list[str]:
    """Why the expression cannot run here: one reason per unsupported function it calls."""
    reasons: list[str] = []
    for match in _CALL.finditer(expression):
        reason = UNSUPPORTED_FUNCTIONS.get(match.group("name") or "")
        if reason and reason not in reasons:
            reasons.append(reason)
    return reasons
