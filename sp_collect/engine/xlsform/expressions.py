"""XLSForm expressions as pyxform leaves them → our syntax: XPath paths become ``${name}``."""

from __future__ import annotations

import re

_NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"
# Quoted strings and ${refs} are skipped; absolute paths (/data/g/x), relative ones (../x,
# current()/../x) are rewritten to the last step, which XLSForm names make unique.
_TOKEN = re.compile(
    r"(?P<skip>'[^']*'|\"[^\"]*\"|\$\{[^}]*\})"
    rf"|(?P<path>(?:current\(\)/)?(?:\.\./)+(?:{_NAME}/)*(?P<rel>{_NAME}))"
    rf"|(?P<abs>(?<![A-Za-z0-9_)\]}}.])/{_NAME}(?:/{_NAME})*/(?P<last>{_NAME}))"
)

UNSUPPORTED_FUNCTIONS: dict[str, str] = {
    "pulldata": "pulldata() reads an external CSV file",
    "instance": "instance() reads a secondary instance (external or choice data)",
    "jr:itext": "jr:itext() reads a translation by id",
    "digest": "digest() needs a hashing function sp_collect does not offer",
    "area": "area() works on geoshapes",
    "distance": "distance() works on geotraces",
    "geofence": "geofence() works on geoshapes",
    "extract-signed": "extract-signed() verifies external signatures",
}
_CALL = re.compile(r"(?P<skip>'[^']*'|\"[^\"]*\"|\$\{[^}]*\})|(?P<name>[A-Za-z_][\w:\-]*)\s*\(")


def to_ours(expression: str) -> str:
    """The expression with pyxform's XPath paths written back as ``${name}`` references."""

    def replace(match: re.Match[str]) -> str:
        if match.group("skip"):
            return match.group(0)
        name = match.group("rel") or match.group("last")
        return "${" + name + "}"

    return _TOKEN.sub(replace, expression.strip())


def unsupported_calls(expression: str) -> list[str]:
    """Why the expression cannot run here: one reason per unsupported function it calls."""
    reasons: list[str] = []
    for match in _CALL.finditer(expression):
        reason = UNSUPPORTED_FUNCTIONS.get(match.group("name") or "")
        if reason and reason not in reasons:
            reasons.append(reason)
    return reasons
