"""ODK functions added for fidelity: digest, base64-decode, substring-before/after, area,
distance, checklist, weighted-checklist, randomize, version."""

from __future__ import annotations

import math

import pytest

from sp_collect.engine.expr import NodeSet, SimpleContext, compile_expression, evaluate
from sp_collect.errors import ExpressionError


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("digest('abc', 'MD5', 'hex')", "900150983cd24fb0d6963f7d28e17f72"),
        ("digest('abc', 'SHA-1', 'hex')", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("digest('abc', 'SHA-256')", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
        ("string-length(digest('abc', 'SHA-512', 'hex'))", 128.0),
        ("base64-decode('aGVsbG8gd29ybGQ=')", "hello world"),
        ("base64-decode('w6l0w6k=')", "été"),
        ("base64-decode('not base64!')", ""),
        ("substring-before('1999/04/01', '/')", "1999"),
        ("substring-after('1999/04/01', '/')", "04/01"),
        ("substring-after('abc', '')", "abc"),
        ("substring-before('abc', 'z')", ""),
        ("checklist(-1, 2, 'a', '', 'b')", True),
        ("checklist(3, -1, 'a', '', 'b')", False),
        ("checklist(1, 1, ${items})", False),  # two non-empty nodes
        ("weighted-checklist(3, 3, 'a', 1, '', 5, 'b', 2)", True),
        ("weighted-checklist(-1, 2, 'a', 1, 'b', 2)", False),
        ("version()", "2024-06"),
        ("exp10(2)", 100.0),
        ("date-time('2020-01-02')", "2020-01-02T00:00:00.000+00:00"),
        ("date-time(decimal-date-time('2020-01-02') + 0.5)", "2020-01-02T12:00:00.000+00:00"),
        ("date-time('not a date')", ""),
    ],
)
def test_odk_functions(source: str, expected: object) -> None:
    context = SimpleContext({"items": NodeSet(["x", "", "y"])}, version="2024-06")
    assert evaluate(source, context) == expected


def test_digest_refuses_an_unknown_algorithm_with_a_sentence() -> None:
    with pytest.raises(ExpressionError) as caught:
        evaluate("digest('abc', 'SHA-3')")
    assert caught.value.code == "expr_eval"
    assert "SHA-256" in caught.value.message


# A 1°×1° square at the equator and a trace along the equator (ODK's spherical formulas).
SQUARE = "0 0 0 0; 0 1 0 0; 1 1 0 0; 1 0 0 0; 0 0 0 0"


def test_area_and_distance() -> None:
    assert evaluate(f"area('{SQUARE}')") == pytest.approx(12391256135.81, abs=0.01)
    assert evaluate("distance('0 0; 0 1')") == 111318.85
    assert evaluate("distance('0 0', '0 1', '0 2')") == 222637.69
    assert evaluate("area('0 0; 0 1')") == 0.0
    assert math.isnan(evaluate("area('91 0; 0 1; 1 1')"))  # type: ignore[arg-type]
    assert math.isnan(evaluate("distance('x y; 0 1')"))  # type: ignore[arg-type]


def test_geofence_tells_whether_a_point_is_inside_a_shape() -> None:
    assert evaluate(f"geofence('0.5 0.5', '{SQUARE}')") is True
    assert evaluate(f"geofence('1.5 0.5', '{SQUARE}')") is False
    assert evaluate("geofence('0.5 0.5', '0 0; 0 1')") is False  # not a shape
    assert evaluate(f"geofence('', '{SQUARE}')") is False


def test_randomize_shuffles_alike_for_a_seed_and_keeps_every_node() -> None:
    context = SimpleContext({"v": NodeSet(["a", "b", "c", "d", "e"])})
    seeded = compile_expression("join(' ', randomize(${v}, 42))")
    first = seeded.evaluate(context)
    assert first == seeded.evaluate(context)
    assert sorted(str(first).split()) == ["a", "b", "c", "d", "e"]
    shuffled = evaluate("randomize(${v})", context)
    assert isinstance(shuffled, NodeSet) and sorted(shuffled) == ["a", "b", "c", "d", "e"]


def test_randomize_with_a_seed_is_the_park_miller_shuffle_of_the_odk_engines() -> None:
    # The orders openrosa-xpath-evaluator and @getodk/xpath give (JavaRosa's algorithm).
    context = SimpleContext({"v": NodeSet(["1", "2", "3", "4", "5"])})
    assert evaluate("randomize(${v}, 1)", context) == NodeSet(["2", "4", "5", "1", "3"])
    assert evaluate("randomize(${v}, 42)", context) == NodeSet(["1", "5", "3", "2", "4"])
    assert evaluate("randomize(${v}, 42.7)", context) == NodeSet(["1", "5", "3", "2", "4"])
