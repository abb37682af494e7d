"""``CompiledForm``: a validated form with items indexed, expressions compiled and the dependency
graph built. Built once, immutable, shared by every session of the form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import Any

from sp_collect.engine.choicememo import ChoiceMemo
from sp_collect.engine.expr import PIPE_PATTERN, Expression, compile_expression
from sp_collect.engine.filters import rewrite_choice_filter
from sp_collect.engine.graph import topological_order
from sp_collect.engine.model import NO_ANSWER_TYPES, Choice, Form, Metadata, Repeat, Section
from sp_collect.engine.rawform import TEXT_PROPERTIES, expression_texts
from sp_collect.errors import FormDefinitionError

VALUE_EXPRESSIONS = ("relevant", "calculation", "repeat_count")
"""Re-evaluated when what they reference changes; they decide values and visibility. The
others (required, readonly, constraint, choice_filter, piped texts) only change what is shown,
and ``default`` applies once, when an instance is created."""
BROAD_FUNCTIONS = frozenset({"indexed-repeat", "position"})
"""Functions that look at other repeat instances or at the instance's index."""


OTHER = "other"
"""The choice value ``or_other`` adds."""


@dataclass(frozen=True, eq=False)
class ItemInfo:
    """One item of the form with everything the session needs precomputed."""

    id: str
    type: str
    item: Any
    pointer: str
    scope: tuple[str, ...]
    """Ids of the enclosing repeats, outermost first; the item's values live per instance."""
    parent: str | None
    section: str | None
    """Id of the top-level section the item is in (None at the top level)."""
    depth: int
    children: tuple[str, ...]
    expressions: Mapping[str, Expression]
    choices: tuple[Choice, ...]
    rows: tuple[Choice, ...]
    piped: frozenset[str]
    """Names piped into the item's label, hint, messages or choice labels."""
    broad: bool
    """True when an expression uses position(), indexed-repeat() or a location path."""
    missing_file: str | None = None
    """The choice file this select's list needs but that was not installed with the form."""
    piped_choices: bool = False
    """True when a choice label pipes in a value (``"label": "${other_name}"``)."""

    @cached_property
    def answerable(self) -> bool:
        return (
            self.type not in NO_ANSWER_TYPES
            and not isinstance(self.item, Metadata)
            and "calculation" not in self.expressions
        )

    @cached_property
    def is_question(self) -> bool:
        """Counted in progress and checked for errors: a visible question with a value."""
        return self.type not in {"note", "section", "repeat", "calculate"} and not isinstance(
            self.item, Metadata
        )

    @cached_property
    def or_other(self) -> bool:
        return bool(getattr(self.item, "or_other", False))

    @cached_property
    def choice_values(self) -> tuple[str, ...]:
        """What a select accepts, in choice order: each value once (a list may repeat one),
        and "other" where the question offers it."""
        values = dict.fromkeys(choice.value for choice in self.choices)
        if self.or_other:
            values.setdefault(OTHER, None)
        return tuple(values)

    def static(self, name: str) -> Any:
        """The item's own value of property ``name`` (None when its type has none), read once:
        asking a form model for a property its type lacks is slow."""
        statics = self._statics
        if name not in statics:
            statics[name] = getattr(self.item, name, None)
        return statics[name]

    @cached_property
    def _statics(self) -> dict[str, Any]:
        return {}


class CompiledForm:
    """The model, items by id in form order, compiled expressions and the dependency graph."""

    def __init__(self, model: Form) -> None:
        self.model = model
        self.items: dict[str, ItemInfo] = {}
        self.top_level: tuple[str, ...] = tuple(item.id for item in model.items)
        self._index(model.items, "/items", scope=(), parent=None, section=None, depth=0)
        self.choice_memo = ChoiceMemo()
        """Filtered choices already worked out, shared by every session of this version."""
        depends_on: dict[str, set[str]] = {}
        value_dependents: dict[str, list[str]] = {name: [] for name in self.items}
        display_dependents: dict[str, list[str]] = {name: [] for name in self.items}
        for info in self.items.values():
            needed = depends_on.setdefault(info.id, set())
            if info.parent:
                needed.add(info.parent)
            for name, expression in info.expressions.items():
                refs = expression.references & self.items.keys()
                if name in VALUE_EXPRESSIONS or name == "default":
                    needed |= refs
                target = value_dependents if name in VALUE_EXPRESSIONS else display_dependents
                for ref in refs:
                    target[ref].append(info.id)
            for ref in info.piped & self.items.keys():
                display_dependents[ref].append(info.id)
        order, cycle = topological_order(list(self.items), depends_on)
        if cycle:
            raise FormDefinitionError(
                f"circular dependency: {' → '.join(cycle)}", code="dependency_cycle"
            )
        self.value_order: tuple[str, ...] = tuple(order)
        """Items ordered so that each comes after everything its value or visibility needs."""
        self.rank: Mapping[str, int] = MappingProxyType({n: i for i, n in enumerate(order)})
        self.value_dependents = _frozen(value_dependents)
        self.display_dependents = _frozen(display_dependents)
        metadata: dict[str, list[str]] = {}
        for info in self.items.values():
            if isinstance(info.item, Metadata):
                metadata.setdefault(info.type, []).append(info.id)
        self.metadata_items = _frozen(metadata)
        """Metadata items by field (``start``, ``end``, …)."""
        self.broad_items: tuple[str, ...] = tuple(i.id for i in self.items.values() if i.broad)
        self.scope_items = _by_scope(self.items, list(self.items))
        """Items whose values live in an instance of the keyed repeat (None: the root)."""
        self.scope_value_order = _by_scope(self.items, order)
        """The same in dependency order: what creating an instance evaluates."""
        self.outside_dependents: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {
                info.id: self._outside_dependents(info.id)
                for info in self.items.values()
                if info.type == "repeat"
            }
        )
        """Per repeat: items that see its number of instances change: those outside it that
        read it or anything inside it (sums), and those anywhere that read the repeat itself
        (``count(${repeat})`` inside it is the same for every instance)."""

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def version(self) -> str:
        return self.model.version

    def dependents(self, name: str) -> frozenset[str]:
        """Items whose logic, labels or choices read ``name`` directly."""
        return frozenset(self.value_dependents.get(name, ()) + self.display_dependents[name])

    def subtree(self, name: str) -> list[str]:
        """The item and everything nested in it."""
        found = [name]
        for child in self.items[name].children:
            found += self.subtree(child)
        return found

    def _outside_dependents(self, repeat: str) -> tuple[str, ...]:
        inside = self.subtree(repeat)
        readers = {dep for name in inside for dep in self.dependents(name)} - set(inside)
        readers |= self.dependents(repeat)
        return tuple(name for name in self.items if name in readers)

    def _index(
        self,
        items: list[Any],
        base: str,
        *,
        scope: tuple[str, ...],
        parent: str | None,
        section: str | None,
        depth: int,
    ) -> None:
        for index, item in enumerate(items):
            pointer = f"{base}/{index}"
            expressions = self._compile(item, pointer)
            choices = self._choices(getattr(item, "choices", ()))
            self.items[item.id] = ItemInfo(
                id=item.id,
                type=item.type,
                item=item,
                pointer=pointer,
                scope=scope,
                parent=parent,
                section=section,
                depth=depth,
                children=tuple(c.id for c in getattr(item, "items", ())),
                expressions=MappingProxyType(expressions),
                choices=choices,
                rows=tuple(getattr(item, "rows", ())),
                piped=_piped_names(item)
                | _piped_choice_names((*choices, *getattr(item, "rows", ()))),
                piped_choices=bool(_piped_choice_names(choices)),
                broad=any(
                    expression.navigates
                    or any(call.name in BROAD_FUNCTIONS for call in expression.function_calls)
                    for expression in expressions.values()
                ),
                missing_file=self._missing_file(getattr(item, "choices", None)),
            )
            if isinstance(item, Section | Repeat):
                inner = (*scope, item.id) if isinstance(item, Repeat) else scope
                in_section = section or (item.id if isinstance(item, Section) else None)
                self._index(
                    item.items,
                    f"{pointer}/items",
                    scope=inner,
                    parent=item.id,
                    section=in_section,
                    depth=depth + 1,
                )

    def _compile(self, item: Any, pointer: str) -> dict[str, Expression]:
        compiled: dict[str, Expression] = {}
        for name, text in expression_texts(dict(item)).items():
            source = rewrite_choice_filter(text) if name == "choice_filter" else text
            compiled[name] = compile_expression(source)
        return compiled

    def _missing_file(self, choices: object) -> str | None:
        return self.model.missing_file(choices) if isinstance(choices, str) else None

    def _choices(self, choices: str | list[Choice] | tuple[()]) -> tuple[Choice, ...]:
        if isinstance(choices, str):
            return tuple(self.model.choice_lists.get(choices, ()))
        return tuple(choices)


def _piped_names(item: Any) -> frozenset[str]:
    names: set[str] = set()
    for prop in TEXT_PROPERTIES:
        text = getattr(item, prop, None)
        for value in text.values() if isinstance(text, dict) else [text]:
            if isinstance(value, str):
                names |= {m.group(1) for m in PIPE_PATTERN.finditer(value)}
    return frozenset(names)


def _piped_choice_names(choices: tuple[Choice, ...]) -> frozenset[str]:
    """Names piped into choice labels (``"label": "${other_name}"``)."""
    names: set[str] = set()
    for choice in choices:
        texts = choice.label.values() if isinstance(choice.label, dict) else [choice.label]
        for text in texts:
            names |= {m.group(1) for m in PIPE_PATTERN.finditer(text)}
    return frozenset(names)


def _by_scope(
    items: Mapping[str, ItemInfo], names: list[str]
) -> Mapping[str | None, tuple[str, ...]]:
    grouped: dict[str | None, list[str]] = {None: []}
    grouped.update({name: [] for name, info in items.items() if info.type == "repeat"})
    for name in names:
        scope = items[name].scope
        grouped[scope[-1] if scope else None].append(name)
    return _frozen(grouped)


def _frozen(mapping: dict[str, list[str]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({k: tuple(dict.fromkeys(v)) for k, v in mapping.items()})
