"""A package's names loaded on first use (PEP 562), one home for the three packages that do it
(engine, storage, workspace): a module that needs a light part of a package does not pay for
the rest (pydantic, SQLAlchemy, the expression grammar) at start-up."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """The module-level ``__getattr__`` of ``package``: ``homes`` maps each exported name to
    the submodule that defines it; a name is imported when first read, then kept."""

    def __getattr__(name: str) -> Any:  # noqa: N807 (PEP 562's name)
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
