"""Out-of-range numbers and over-deep nesting get one specific sentence wherever input arrives:
bundles, returns, packages, contact cards, forms and answers files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_kit import FORM, response_lines

from sp_collect.engine.loader import load_form
from sp_collect.errors import BundleError, FormDefinitionError
from sp_collect.storage.values import MAX_INTEGER
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.identity import ContactCard
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.package import build_package, read_package

DEEP = "[" * 5000 + "]" * 5000
UUID = "00000000-0000-4000-8000-000000000001"


def _bundle(path: Path, field, coord, body: bytes, sequence: int = 1) -> Path:  # type: ignore[no-untyped-def]
    container.write(
        path,
        field,
        [coord.card],
        kind="bundle",
        sequence=sequence,
        members=[Member.from_bytes("responses.jsonl", body)],
        counts={"responses": body.count(b"\n")},
    )
    return path


@pytest.mark.parametrize("sequence", [10**40, MAX_INTEGER + 1])
def test_a_bundle_sequence_beyond_range_is_refused(coord_store, field, coord, tmp_path, sequence):
    path = _bundle(tmp_path / "b.spbundle", field, coord, response_lines([UUID]), sequence)
    with pytest.raises(BundleError) as caught:
        import_bundle(coord_store, path, coord)
    assert caught.value.code == "manifest_invalid"
    assert "its sequence is not a whole number" in caught.value.message
    assert coord_store.responses.counts() == {}


def test_the_largest_sequence_is_accepted(coord_store, field, coord, tmp_path):
    path = _bundle(tmp_path / "b.spbundle", field, coord, response_lines([UUID]), MAX_INTEGER)
    assert import_bundle(coord_store, path, coord).new == 1


@pytest.mark.parametrize("revision", [10**30, MAX_INTEGER + 1])
def test_a_revision_beyond_range_refuses_that_response(
    coord_store, field, coord, tmp_path, revision
):
    record = json.loads(response_lines([UUID]))
    body = json.dumps({**record, "revision": revision}).encode() + b"\n"
    result = import_bundle(coord_store, _bundle(tmp_path / "b.spbundle", field, coord, body), coord)
    assert result.rejected == 1
    assert f"its revision is larger than {MAX_INTEGER}" in result.notes[0].reason
    assert coord_store.responses.counts() == {}


def test_a_response_line_nested_too_deeply_is_refused(coord_store, field, coord, tmp_path):
    body = b'{"answers": ' + DEEP.encode() + b"}\n"
    with pytest.raises(BundleError) as caught:
        import_bundle(coord_store, _bundle(tmp_path / "b.spbundle", field, coord, body), coord)
    assert caught.value.code == "too_deep"
    assert "line 1 of responses.jsonl is nested more deeply" in caught.value.message


def test_a_package_sequence_beyond_range_is_refused(coord, tmp_path):
    form = json.dumps(FORM).encode()
    path = tmp_path / "p.sppackage"
    build_package(path, coord, sequence=10**40, forms=[form])
    with pytest.raises(BundleError) as caught:
        read_package(path)
    assert caught.value.code == "manifest_invalid"
    assert "its sequence is not a whole number" in caught.value.message


def test_a_contact_card_nested_too_deeply_is_refused():
    with pytest.raises(BundleError) as caught:
        ContactCard.from_json(DEEP)
    assert "nested more deeply" in caught.value.message


def test_a_form_nested_too_deeply_is_refused():
    sections = "".join(f'{{"type":"section","id":"g{i}","items":[' for i in range(5000))
    text = '{"id":"deep","version":"1","title":"Deep","items":[' + sections + "]}" * 5000 + "]}"
    with pytest.raises(FormDefinitionError) as caught:
        load_form(text)
    assert caught.value.code == "too_deep"


def test_an_answers_file_nested_too_deeply_is_refused(tmp_path):
    from sp_collect.cli.common import read_json_object
    from sp_collect.errors import UsageError

    path = tmp_path / "answers.json"
    path.write_text('{"a": ' + DEEP + "}")
    with pytest.raises(UsageError) as caught:
        read_json_object(path)
    assert "nested more deeply" in caught.value.message


def test_a_huge_jump_in_sequence_lists_only_the_first_gaps(coord_store, field, coord, tmp_path):
    from sp_collect.sync.merge import MAX_GAPS_LISTED

    path = _bundle(tmp_path / "b.spbundle", field, coord, response_lines([UUID]), MAX_INTEGER)
    result = import_bundle(coord_store, path, coord)
    assert result.missing_sequences == tuple(range(1, MAX_GAPS_LISTED + 1))
