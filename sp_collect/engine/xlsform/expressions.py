"""XLSForm expressions as pyxform leaves them → our syntax: XPath paths become ``${id}``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from sp_collect.engine.xlsform.names import Names, Path

_NAME = r"[A-Za-z_][A-Za-z0-9_.\-]*"
# Quoted strings and ${refs} are skipped; absolute paths (/data/g/x) and relative ones (../x,
# current()/../x) are resolved to the element's id; instance('list') names follow the list's
# new name when it had to change.
_TOKEN = re.compile(
    r"(?P<skip>'[^']*'|\"[^\"]*\"|\$\{[^}]*\})"
    r"|(?P<instance>instance\(\s*(?P<q>['\"])(?P<list>[^'\"]*)(?P=q)\s*\))"
    rf"|(?P<rel>(?:current\(\)/)?(?P<ups>(?:\.\./)+)(?P<down>(?:{_NAME}/)*{_NAME}))"
    rf"|(?P<own>(?<![\w)\]}}.])\./(?P<child>(?:{_NAME}/)*{_NAME}))"
    rf"|(?P<abs>(?<![A-Za-z0-9_)\]}}.])/{_NAME}(?:/{_NAME})*/{_NAME})"
)

UNSUPPORTED_FUNCTIONS: dict[str, str] = {
    "jr:itext": "jr:itext() reads a translation by id",
    "extract-signed": "extract-signed() verifies external signatures",
}
LAST_SAVED = "${last-saved#"
"""``${last-saved#name}``: the answer in the last response saved on the device."""
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
        if match.group("own"):  # ./x: a child of the element the expression belongs to
            found = table.ids.get((*context, *match.group("child").split("/")))
            return "${" + found + "}" if found else match.group(0)
        if match.group("rel"):
            ups = match.group("ups").count("..")
            return "${" + table.relative(context, ups, match.group("down").split("/")) + "}"
        steps = match.group("abs").split("/")[2:]
        return "${" + table.absolute(steps) + "}"

    return _TOKEN.sub(replace, expression.strip())


_BARE = re.compile(
    r"(?P<skip>'[^']*'|\"[^\"]*\"|\$\{[^}]*\})|(?P<open>\[)|(?P<close>\])"
    r"|(?P<name>(?<![\w.\-:/@$])[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)(?P<call>\s*(?:\(|:))?"
)
_OPERATORS = frozenset({"and", "or", "div", "mod"})


def bare_names(expression: str, names: Names, context: Path) -> tuple[str, list[str]]:
    """XPath reads a bare name (``yes``, ``basic``) as a path to a child of the element the
    expression belongs to: a child of that group (``${id}``), else no node, whose value is
    ``''``. Returns the expression so rewritten and the names that became ``''``. Names in
    ``[…]`` predicates, after ``/``, and function names are left alone."""
    out, depth, empty = [], 0, []
    index = 0
    for match in _BARE.finditer(expression):
        if match.group("open"):
            depth += 1
        elif match.group("close"):
            depth = max(depth - 1, 0)
        name = match.group("name")
        if not name or depth or match.group("call") or name in _OPERATORS or ":" in name:
            continue
        child = names.ids.get((*context, name))
        if child is None:
            empty.append(name)
        out += [expression[index : match.start("name")], "''" if child is None else f"${{{child}}}"]
        index = match.end("name")
    return "".join(out) + expression[index:], empty


_PULLDATA = re.compile(r"(?P<skip>'[^']*'|\"[^\"]*\")|\bpulldata\s*\(")


def pulldata_to_instance(expression: str, list_for: Callable[[str], str | None]) -> str:
    """``pulldata('f', 'col', 'key', v)`` → ``instance('f')/root/item[key = v]/col`` where
    ``list_for('f')`` gives the choice list holding f.csv (None leaves the call as it is)."""
    out, index = [], 0
    for match in _PULLDATA.finditer(expression):
        if match.group("skip") or match.start() < index:
            continue
        arguments, end = arguments_after(expression, match.end())
        if len(arguments) != 4 or end < 0:
            continue
        names = [literal(argument) for argument in arguments[:3]]
        list_id = list_for(names[0]) if names[0] else None
        if list_id is None or not names[1] or not names[2]:
            continue
        out += [
            expression[index : match.start()],
            f"instance('{list_id}')/root/item[{names[2]} = {arguments[3].strip()}]/{names[1]}",
        ]
        index = end
    return "".join(out) + expression[index:]


def arguments_after(text: str, start: int) -> tuple[list[str], int]:
    """The comma-separated arguments of a call whose '(' ends at ``start``, and where it ends."""
    depth, quote, current, found = 0, "", start, []
    for position in range(start, len(text)):
        char = text[position]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")":
            return [*found, text[current:position]], position + 1
        elif char == "," and not depth:
            found.append(text[current:position])
            current = position + 1
    return found, -1


def literal(argument: str) -> str | None:
    text = argument.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return None


def unsupported_calls(expression: str) -> list[str]:
    """Why the expression cannot run here: one reason per unsupported function it calls."""
    reasons: list[str] = []
    if LAST_SAVED in expression:
        reasons.append(
            "${last-saved#…} is kept only as a whole default (the question's last_saved); here "
            "it is part of a longer expression"
        )
    for match in _CALL.finditer(expression):
        reason = UNSUPPORTED_FUNCTIONS.get(match.group("name") or "")
        if reason and reason not in reasons:
            reasons.append(reason)
    return reasons
