"""Our ids for XLSForm names, which pyxform wants unique only among siblings, not form-wide.

Our forms need one id per item across the whole form, so a name already used elsewhere gets its
group's name in front (``g2_age``; ``g2_age_2``… if that is taken too). The first element with a
name keeps it. Nothing else needs rewriting: pyxform refuses a ``${age}`` reference when ``age``
is not unique, and XPath paths (``/data/g2/age``, ``../age``) are resolved through this table.
"""

from __future__ import annotations

from typing import Any

Path = tuple[str, ...]
"""Element names from the survey root down (pyxform's ``/data/g2/age`` without ``data``)."""


class Names:
    """The id of every survey element by its path, and the paths by name."""

    def __init__(self, children: list[dict[str, Any]]) -> None:
        self.ids: dict[Path, str] = {}
        self.renamed: dict[Path, str] = {}
        """Elements whose id differs from their name."""
        self._by_name: dict[str, list[Path]] = {}
        self._walk(children, (), set(), set(_all_names(children)))

    def _walk(
        self, children: list[dict[str, Any]], parent: Path, taken: set[str], names: set[str]
    ) -> None:
        for child in children:
            name = str(child.get("name", ""))
            if not name:
                continue
            path = (*parent, name)
            ours = name
            if ours in taken:
                base = f"{parent[-1]}_{name}" if parent else name
                ours, counter = base, 2
                while ours in taken or ours in names:
                    ours, counter = f"{base}_{counter}", counter + 1
                self.renamed[path] = ours
            taken.add(ours)
            self.ids[path] = ours
            self._by_name.setdefault(name, []).append(path)
            self._walk(list(child.get("children") or []), path, taken, names)

    def absolute(self, steps: list[str]) -> str:
        """The id for ``/root/a/b`` (``steps`` without the root); the last name if unknown."""
        return self.ids.get(tuple(steps)) or self._unique(steps[-1])

    def relative(self, context: Path, ups: int, steps: list[str]) -> str:
        """The id for ``../../a/b`` seen from the element at ``context``."""
        base = context[: max(len(context) - ups, 0)]
        return self.ids.get((*base, *steps)) or self._unique(steps[-1])

    def _unique(self, name: str) -> str:
        paths = self._by_name.get(name) or []
        return self.ids[paths[0]] if len(paths) == 1 else name


def _all_names(children: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for child in children:
        found += [str(child.get("name", "")), *_all_names(list(child.get("children") or []))]
    return found
