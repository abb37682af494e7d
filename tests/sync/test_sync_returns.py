"""Returns: review decisions and receipts travel back to the device and apply there."""

from __future__ import annotations

import json

import pytest
from sync_kit import FORM, add_finalized, install_form, revise

from sp_collect.errors import BundleError, TrustError
from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.export import export_bundle
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.returns import DECISIONS, RECEIPT, export_return, import_return

PASSPHRASE = "correct horse battery staple"
UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(4)]


@pytest.fixture
def field_store(tmp_path, coord):  # type: ignore[no-untyped-def]
    store, _ = Store.create(tmp_path / "field", PASSPHRASE, name="Ana", role="field")
    install_form(store, FORM)
    store.contacts.trust(coord.card.to_dict())
    add_finalized(store, UUIDS)
    yield store
    store.close()


def _round_trip(field_store, coord_store, field, coord, tmp_path):  # type: ignore[no-untyped-def]
    bundle = export_bundle(field_store, field, [coord.card], tmp_path / "b.spbundle").path
    import_bundle(coord_store, bundle, coord)
    coord_store.responses.set_status(UUIDS[0], "approved")
    coord_store.responses.set_status(UUIDS[1], "returned")
    coord_store.comments.add(UUIDS[1], 1, "size", "Count the children too.", "Cora")
    return export_return(coord_store, coord, field.card, tmp_path / "r.spreturn").path


def test_a_return_confirms_approves_and_sends_back(
    field_store, coord_store, field, coord, tmp_path
):
    path = _round_trip(field_store, coord_store, field, coord, tmp_path)
    result = import_return(field_store, path, field)
    assert (result.status, result.received, result.approved) == ("applied", 4, 1)
    assert result.returned == (UUIDS[1],)
    assert result.comments == 1
    returned = field_store.responses.get(UUIDS[1])
    assert (returned.status, returned.revision) == ("draft", 2)
    [comment] = field_store.comments.for_response(UUIDS[1])
    assert (comment.question_path, comment.text) == ("size", "Count the children too.")
    assert field_store.responses.get(UUIDS[0]).status == "approved"
    assert field_store.responses.get(UUIDS[2]).status == "received"


def test_the_same_return_again_is_a_no_op(field_store, coord_store, field, coord, tmp_path):
    path = _round_trip(field_store, coord_store, field, coord, tmp_path)
    import_return(field_store, path, field)
    assert import_return(field_store, path, field).status == "duplicate"
    assert len(field_store.comments.for_response(UUIDS[1])) == 1


def test_the_corrected_response_replaces_the_returned_one(
    field_store, coord_store, field, coord, tmp_path
):
    import_return(field_store, _round_trip(field_store, coord_store, field, coord, tmp_path), field)
    field_store.responses.save(UUIDS[1], state={}, answers={"name": "fixed", "size": 5})
    field_store.responses.set_status(UUIDS[1], "finalized")
    again = export_bundle(field_store, field, [coord.card], tmp_path / "again.spbundle")
    assert again.responses == (UUIDS[1],)
    result = import_bundle(coord_store, again.path, coord)
    assert result.updated == 1
    assert coord_store.responses.get(UUIDS[1]).answers == {"name": "fixed", "size": 5}


def test_a_return_from_an_untrusted_coordinator_is_refused(
    field_store, coord_store, field, coord, stranger, tmp_path
):
    bundle = export_bundle(field_store, field, [coord.card], tmp_path / "b.spbundle").path
    import_bundle(coord_store, bundle, coord)
    path = export_return(coord_store, stranger, field.card, tmp_path / "r.spreturn").path
    with pytest.raises(TrustError) as caught:
        import_return(field_store, path, field)
    assert caught.value.code == "unknown_sender"
    assert field_store.responses.counts() == {"exported": 4}


def test_entries_about_a_replaced_revision_are_ignored(
    field_store, coord_store, field, coord, tmp_path
):
    path = _round_trip(field_store, coord_store, field, coord, tmp_path)
    revise(field_store, UUIDS[2], {"name": "edited meanwhile", "size": 7})
    result = import_return(field_store, path, field)
    assert result.stale == 1
    assert field_store.responses.get(UUIDS[2]).status == "finalized"


def _crafted_return(path, coord, field, receipt, decisions=()):  # type: ignore[no-untyped-def]
    lines = [
        Member.from_bytes(RECEIPT, b"".join(json.dumps(r).encode() + b"\n" for r in receipt)),
        Member.from_bytes(DECISIONS, b"".join(json.dumps(d).encode() + b"\n" for d in decisions)),
    ]
    container.write(path, coord, [field.card], kind="return", sequence=1, members=lines)
    return path


GOOD = {"uuid": UUIDS[0], "revision": 1}
MALFORMED_RECEIPTS = [
    ({"uuid": "x", "revision": "y"}, "revision"),
    ({"uuid": UUIDS[1]}, "revision"),
    ({"uuid": UUIDS[1], "revision": 0}, "revision"),
    ({"uuid": UUIDS[1], "revision": True}, "revision"),
    ({"uuid": UUIDS[1], "revision": 10**30}, "revision"),
    ({"uuid": 7, "revision": 1}, "uuid"),
    ({"revision": 1}, "uuid"),
]


@pytest.mark.parametrize(("line", "field_name"), MALFORMED_RECEIPTS)
def test_a_malformed_receipt_line_refuses_the_whole_return(
    field_store, field, coord, tmp_path, line, field_name
):
    path = _crafted_return(tmp_path / "r.spreturn", coord, field, [GOOD, line])
    with pytest.raises(BundleError) as caught:
        import_return(field_store, path, field)
    assert caught.value.code == "bad_record"
    assert f"line 2 of {RECEIPT}" in caught.value.message
    assert f"its {field_name} is" in caught.value.message
    # The good first line was not applied either, and the return was not recorded.
    assert field_store.responses.counts() == {"finalized": 4}
    assert field_store.bundles.last_sequence(coord.card.key_id) is None


@pytest.mark.parametrize(
    ("line", "field_name"),
    [
        ({**GOOD, "decision": "burned", "comments": []}, "decision"),
        ({**GOOD, "decision": "returned", "comments": "fix it"}, "comments"),
        ({**GOOD, "decision": "returned", "comments": [{"text": 5}]}, "comments"),
        ({**GOOD, "decision": "approved"}, "comments"),
    ],
)
def test_a_malformed_decision_line_refuses_the_whole_return(
    field_store, field, coord, tmp_path, line, field_name
):
    path = _crafted_return(tmp_path / "r.spreturn", coord, field, [GOOD], [line])
    with pytest.raises(BundleError) as caught:
        import_return(field_store, path, field)
    assert caught.value.code == "bad_record"
    assert f"its {field_name} is" in caught.value.message
    assert field_store.responses.counts() == {"finalized": 4}
