"""Which questions of a form hold personal data: tagged ``sensitive``, or inside a section or
repeat that is. Exports and printouts leave them out unless the user asks for them."""

from __future__ import annotations

import re

from sp_collect.engine import CompiledForm

_REFERENCE = re.compile(r"\$\{([A-Za-z_][\w.-]*)\}")


def sensitive_ids(form: CompiledForm) -> frozenset[str]:
    """The ids of the form's sensitive questions (and of everything in a sensitive group)."""
    found = set()
    for info in form.items.values():
        current = info
        while current is not None:
            if current.item.tags.get("sensitive") is True:
                found.add(info.id)
                break
            current = form.items.get(current.parent) if current.parent else None
    return frozenset(found)


def mentions_sensitive(form: CompiledForm, expression: str | None) -> bool:
    """True when an expression (e.g. the form's ``instance_name``) reads a sensitive answer."""
    wanted = sensitive_ids(form)
    return any(name in wanted for name in _REFERENCE.findall(expression or ""))
