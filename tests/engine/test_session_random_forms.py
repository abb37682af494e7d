"""Property: random forms (nested sections and repeats, counts from answers, calculations over
repeats, relevance) filled at random never let anything but the app's own errors escape, and
the incremental state always equals a full re-evaluation of the same answers."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from forms_helpers import make_form
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from sp_collect.engine import FormSession
from sp_collect.engine.compiled import CompiledForm
from sp_collect.errors import SpCollectError

CHOICES = [{"value": v, "label": v.upper()} for v in ("a", "b", "c")]


@dataclass
class _Names:
    """What expressions may refer to so far: every earlier item, by kind."""

    numbers: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)
    counter: int = 0

    def new(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"


def _ref(draw: st.DrawFn, names: list[str], fallback: str) -> str:
    return "${" + draw(st.sampled_from(names)) + "}" if names else fallback


def _condition(draw: st.DrawFn, names: _Names) -> str:
    n = _ref(draw, names.numbers, "1")
    t = _ref(draw, names.texts, "'a'")
    r = _ref(draw, names.repeats, "0")
    k = draw(st.integers(0, 3))
    return draw(
        st.sampled_from(
            [
                f"{n} > {k}",
                f"{n} != ''",
                f"selected({t}, 'b')",
                f"count({r}) < {k + 1}" if names.repeats else f"{n} mod 2 = 0",
                f"not({t} = 'a') and {n} <= {k + 2}",
            ]
        )
    )


def _calculation(draw: st.DrawFn, names: _Names) -> str:
    n = _ref(draw, names.numbers, "1")
    m = _ref(draw, names.numbers, "2")
    t = _ref(draw, names.texts, "'a'")
    options = [
        f"{n} + coalesce({m}, 0)",
        f"sum({n})",
        f"count-selected({t})",
        f"if({n} > 1, concat({t}, '-', {m}), 'none')",
        f"max({n}, 0) div 2",
        f"string-length({t}) + position(..)",
    ]
    options.append(f"instance('letters')/root/item[name = {t}]/label")
    if names.repeats:
        r = draw(st.sampled_from(names.repeats))
        options += [
            f"count(${{{r}}})",
            f"indexed-repeat({n}, ${{{r}}}, 1)",
            f"count(${{{r}}}[position() > 1])",
            f"${{{r}}}[last()]/{n[2:-1]}" if n.startswith("${") else f"count(${{{r}}}[1])",
        ]
    return draw(st.sampled_from(options))


def _items(draw: st.DrawFn, names: _Names, depth: int, in_repeat: bool) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(
                ["integer", "text", "select_one", "select_multiple", "calculate"]
                + (["section", "repeat"] if depth < 3 else [])
            )
        )
        item: dict[str, Any] = {"type": kind, "id": names.new(kind[:3]), "label": kind}
        if draw(st.integers(0, 3)) == 0:
            item["relevant"] = _condition(draw, names)
        if kind in ("section", "repeat"):
            if kind == "repeat" and draw(st.booleans()) and names.numbers:
                item["repeat_count"] = _ref(draw, names.numbers, "1") + " mod 4"
            elif kind == "repeat":
                item["min"] = draw(st.integers(0, 2))
            item["items"] = _items(draw, names, depth + 1, in_repeat or kind == "repeat")
            if kind == "repeat":
                names.repeats.append(item["id"])
        elif kind == "calculate":
            item["calculation"] = _calculation(draw, names)
            names.numbers.append(item["id"])
        else:
            if kind.startswith("select"):
                item["choices"] = draw(st.sampled_from([CHOICES, "letters"]))
                item["or_other"] = draw(st.booleans())
            if draw(st.integers(0, 3)) == 0:
                item["required"] = draw(st.sampled_from(["true()", _condition(draw, names)]))
            if kind == "integer" and draw(st.booleans()):
                item["constraint"] = f". <= {draw(st.integers(1, 5))}"
            (names.numbers if kind == "integer" else names.texts).append(item["id"])
        items.append(item)
    return items


@st.composite
def forms(draw: st.DrawFn) -> CompiledForm:
    names = _Names()
    items = _items(draw, names, 0, False)
    items.append({"type": "calculate", "id": "summary", "calculation": _calculation(draw, names)})
    return make_form(items=items, choice_lists={"letters": CHOICES})


@st.composite
def operations(draw: st.DrawFn) -> list[tuple[str, float, Any]]:
    """Each operation picks its target among the prompts of the moment (a fraction in [0, 1))."""
    kinds = st.sampled_from(["answer", "answer", "answer", "add", "remove", "move"])
    values = st.one_of(
        st.none(),
        st.integers(-1, 5),
        st.sampled_from(["a", "b", "x y", "other"]),
        st.just(["a", "c"]),
        st.just(["other"]),
    )
    step = st.tuples(kinds, st.floats(0, 0.999), values)
    return draw(st.lists(step, max_size=12))


def _apply(session: FormSession, kind: str, pick: float, value: Any) -> None:
    prompts = session.prompts()
    if kind == "answer":
        targets = [p for p in prompts if p.type not in ("section", "repeat", "repeat_instance")]
        if targets:
            session.answer(targets[int(pick * len(targets))].path, value)
        return
    repeats = [p for p in prompts if p.type == "repeat"]
    if not repeats:
        return
    target = repeats[int(pick * len(repeats))]
    count = target.repeat.count if target.repeat else 0
    index = int(pick * (count + 1))
    if kind == "add":
        session.add_repeat(target.path)
    elif kind == "remove":
        session.remove_repeat(target.path, index)
    else:
        session.move_repeat(target.path, index, 0)


def _observable(session: FormSession) -> tuple[Any, ...]:
    return (
        session.prompts(),
        session.errors(),
        session.progress(),
        session.sections(),
        session.finalized_answers(),
    )


@seed(20261201)
@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(form=forms(), steps=operations())
def test_random_forms_filled_at_random_raise_only_the_apps_errors(
    form: CompiledForm, steps: list[tuple[str, float, Any]]
) -> None:
    session = FormSession(form)
    for kind, pick, value in steps:
        # A refusal (fixed count, minimum, no such entry) leaves the session as it was.
        with contextlib.suppress(SpCollectError):
            _apply(session, kind, pick, value)
        fresh = FormSession.from_json(form, session.to_json())
        assert _observable(session) == _observable(fresh)
