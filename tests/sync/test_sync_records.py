"""Bundle lines spliced from stored JSON equal the records encoded the long way."""

from __future__ import annotations

import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sp_collect.errors import BundleError
from sp_collect.storage import values
from sp_collect.storage.responses import ResponseText
from sp_collect.sync.records import check_record, record_line, refs_in_json
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, json_lines

_DIGEST = "0123456789abcdef" * 4
_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text() | st.sampled_from([_DIGEST, _DIGEST + "0", "é" * 3, "\\u0000", '"' + _DIGEST,
                                   ',"' + _DIGEST, ':"' + _DIGEST + '"', _DIGEST + "\\"])
)  # fmt: skip
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text() | st.just(_DIGEST), inner, max_size=4)
    ),
    max_leaves=20,
)


def attachment_refs(value: object) -> set[str]:
    """The digests a decoded value holds as strings, found the long way: the reference."""
    if isinstance(value, str):
        return {value} if re.fullmatch("[0-9a-f]{64}", value) else set()
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return set().union(*(attachment_refs(item) for item in items))


def _row(answers: dict[str, object], audit: list[object]) -> ResponseText:
    return ResponseText(
        uuid="r1", form_id="f", form_version="1", status="finalized", revision=2,
        created_at="2026-11-01T10:00:00+00:00", updated_at="2026-11-02T10:00:00+00:00",
        author="Ána", instance_name="house «1»", sender=None, answers=values.dumps(answers),
        audit=values.dumps(audit), received_at=None, answers_sha256="",
    )  # fmt: skip


@settings(max_examples=300)
@given(
    answers=st.dictionaries(st.text() | st.just(_DIGEST), _json, max_size=6),
    audit=st.lists(_json, max_size=3),
)
def test_spliced_line_is_the_record_encoded_in_full(answers, audit):
    row = _row(answers, audit)
    # What the store gave before: the stored text decoded, then the whole record encoded.
    refs = sorted(attachment_refs(answers))
    expected = {
        "uuid": "r1", "form_id": "f", "form_version": "1", "revision": 2, "status": "finalized",
        "created": row.created_at, "updated": row.updated_at, "author": "Ána",
        "instance_name": "house «1»", "answers": json.loads(row.answers),
        "audit": json.loads(row.audit), "comments": [], "attachments": refs,
    }  # fmt: skip
    line = record_line(row, refs)
    assert line == json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode()
    assert refs_in_json(row.answers) == set(refs)
    assert check_record(json.loads(line)).attachments == tuple(refs)


def test_digests_are_found_wherever_answers_hold_them():
    answers = {"photo": _DIGEST, "members": [{"sign": _DIGEST[::-1]}], "note": "x" + _DIGEST}
    assert refs_in_json(values.dumps(answers)) == {_DIGEST, _DIGEST[::-1]}
    # Keys, and digests that are only part of a text (even behind an escaped quote), are not.
    assert refs_in_json(values.dumps({_DIGEST: 1, "q": 'he said ,"' + _DIGEST})) == set()
    assert refs_in_json(values.dumps({"q": [":", _DIGEST + '"', "[" + _DIGEST]})) == set()
    assert refs_in_json(values.dumps({"q": "no digest here", "n": 64})) == set()


def _parsed_lines(data: bytes) -> list[object]:
    return list(json_lines(io.BytesIO(data), DEFAULT_LIMITS, "responses.jsonl"))


def _same(a: object, b: object) -> bool:
    """Equal values of equal types all the way down (``1 == 1.0`` is not enough here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)  # type: ignore[index]
    if isinstance(a, list):
        return len(a) == len(b) and all(map(_same, a, b))  # type: ignore[arg-type]
    return repr(a) == repr(b)


_big = st.integers(min_value=-(10**40), max_value=10**40) | st.sampled_from(
    [2**63, 2**64 - 1, 2**64, -(2**63) - 1, 10**19, -(10**19), 10**400]
)


@settings(max_examples=300)
@given(
    answers=st.dictionaries(st.text(), _json | _big, max_size=6),
    spaced=st.booleans(),
)
def test_lines_parse_as_json_parses_them(answers, spaced):
    """The fast parser gives json's values exactly, big integers (orjson makes them floats)
    and key order included."""
    record = {"uuid": "r1", "answers": answers, "n": list(answers.values())}
    text = json.dumps(record, ensure_ascii=False, separators=(", ", ": ") if spaced else None)
    (parsed,) = _parsed_lines(text.encode() + b"\n")
    assert _same(parsed, json.loads(text))


def test_lines_json_would_refuse_or_read_otherwise_are_judged_by_json():
    # A lone surrogate (orjson refuses it, json reads it) and a 20-digit identifier.
    (parsed,) = _parsed_lines(b'{"a": "\\ud800", "b": 12345678901234567890123}\n')
    assert parsed == {"a": "\ud800", "b": 12345678901234567890123}
    assert type(parsed["b"]) is int
    for bad, code in (
        (b'{"a": NaN}\n', "bad_record"),
        (b'{"a": ' + b"9" * 5000 + b"}\n", "bad_record"),
        (b"[" * 5000 + b"]" * 5000 + b"\n", "too_deep"),
        (b'{"a": "\xff"}\n', "bad_record"),
        (b"[1, 2]\n", "bad_record"),
    ):
        with pytest.raises(BundleError) as caught:
            _parsed_lines(bad)
        assert caught.value.code == code, bad[:20]
