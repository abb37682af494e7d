"""Expression language speed: compiling a form's worth of expressions, evaluating a simple one."""

from __future__ import annotations

import statistics
import time

from sp_collect.engine.expr import SimpleContext, compile_expression

COMPILE_COUNT = 300
COMPILE_TARGET_S = 0.1
EVAL_TARGET_US = 10.0
SIMPLE = "${a} > 3 and ${b} = 'x'"


def distinct_expressions(count: int) -> list[str]:
    """Expressions shaped like a real form's relevants, constraints and calculations."""
    shapes = [
        "${{q{i}}} = 'yes' and ${{age}} >= {i}",
        ". >= 0 and . < {i}00",
        "selected(${{langs}}, 'l{i}') or count-selected(${{m{i}}}) > 2",
        "if(${{q{i}}} = '', 0, number(${{q{i}}}) * 1.5 + {i})",
        "${{d{i}}} <= today() and string-length(${{t{i}}}) < {i}",
        "concat(${{first}}, ' ', ${{last{i}}}, ' (', round(${{x}} div {i}, 2), ')')",
    ]
    return [shapes[i % len(shapes)].format(i=i) for i in range(count)]


def compile_seconds(sources: list[str]) -> float:
    compile_expression.cache_clear()
    start = time.perf_counter()
    for source in sources:
        compile_expression(source)
    return time.perf_counter() - start


def eval_microseconds(rounds: int = 200, per_round: int = 1000) -> float:
    """Median over rounds of the mean time of one evaluation."""
    expr = compile_expression(SIMPLE)
    ctx = SimpleContext({"a": 5, "b": "x"})
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(per_round):
            expr.evaluate(ctx)
        timings.append((time.perf_counter() - start) / per_round * 1e6)
    return statistics.median(timings)


def main() -> None:
    sources = distinct_expressions(COMPILE_COUNT)
    assert len(set(sources)) == COMPILE_COUNT
    seconds = min(compile_seconds(sources) for _ in range(3))
    micro = eval_microseconds()
    target = f"(target < {COMPILE_TARGET_S} s)"
    print(f"compile {COMPILE_COUNT} distinct expressions: {seconds:.3f} s {target}")
    print(f"evaluate {SIMPLE!r}: {micro:.2f} µs median (target < {EVAL_TARGET_US} µs)")


if __name__ == "__main__":
    main()
