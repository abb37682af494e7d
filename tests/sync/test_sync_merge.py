"""Import and merge of real bundles into a coordinator store, on SQLCipher and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_kit import FORM, add_finalized, install_form, photo_answer, revise

from sp_collect.errors import BundleError, Cancelled
from sp_collect.progress import CancelToken
from sp_collect.storage import Store
from sp_collect.sync.export import export_bundle
from sp_collect.sync.merge import QUARANTINE, import_bundle, release_quarantine

PASSPHRASE = "correct horse battery staple"
UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(12)]


@pytest.fixture(scope="module")
def field_side(tmp_path_factory, field, coord):  # type: ignore[no-untyped-def]
    """Bundles a field workspace exported, in order: 1 all, 2 one revised, 3 another revised,
    and a conflicting copy (same revision, other answers), plus one for another form version."""
    folder = tmp_path_factory.mktemp("field")
    store, _ = Store.create(folder / "ws", PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    add_finalized(store, UUIDS)
    out = {}
    out["first"] = export_bundle(store, field, [coord.card], folder / "1.spbundle").path
    revise(store, UUIDS[0], {"name": "revised", "size": 99})
    out["second"] = export_bundle(store, field, [coord.card], folder / "2.spbundle").path
    revise(store, UUIDS[1], {"name": "revised too", "size": 98})
    out["third"] = export_bundle(store, field, [coord.card], folder / "3.spbundle").path
    revise(store, UUIDS[1], {"name": "same revision, other answers", "size": 1}, bump=False)
    out["conflict"] = export_bundle(store, field, [coord.card], folder / "4.spbundle").path
    other = {**FORM, "version": "2027.1"}
    install_form(store, other)
    add_finalized(store, ["11111111-0000-4000-8000-000000000001"], form=other)
    out["new_version"] = export_bundle(store, field, [coord.card], folder / "5.spbundle").path
    store.close()
    return out


def _answers(store: Store, uuid: str) -> dict:  # type: ignore[type-arg]
    row = store.responses.get(uuid)
    assert row is not None
    return row.answers


def test_export_marks_responses_exported(tmp_path, field, coord):
    store, _ = Store.create(tmp_path / "ws", PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    add_finalized(store, UUIDS[:3])
    result = export_bundle(store, field, [coord.card], tmp_path / "x.spbundle")
    assert result.sequence == 1
    assert result.responses == tuple(UUIDS[:3])
    assert store.responses.counts() == {"exported": 3}
    assert export_bundle(store, field, [coord.card], tmp_path / "y.spbundle").sequence == 2
    store.close()


def test_export_with_nothing_finalized_says_so(tmp_path, field, coord):
    store, _ = Store.create(tmp_path / "ws", PASSPHRASE, name=field.name, role="field")
    with pytest.raises(BundleError) as caught:
        export_bundle(store, field, [coord.card], tmp_path / "x.spbundle")
    assert caught.value.code == "nothing_to_export"
    store.close()


def test_import_merges_every_response(coord_store, coord, field, field_side):
    result = import_bundle(coord_store, field_side["first"], coord)
    assert (result.status, result.new, result.verified) == ("merged", 12, True)
    assert result.sender_fingerprint == field.card.fingerprint
    assert coord_store.responses.counts() == {"received": 12}
    assert _answers(coord_store, UUIDS[3]) == {"name": f"household {UUIDS[3]}", "size": 3}


def test_the_same_bundle_again_is_a_no_op(coord_store, coord, field_side):
    import_bundle(coord_store, field_side["first"], coord)
    events = coord_store.events.count()
    again = import_bundle(coord_store, field_side["first"], coord)
    assert again.status == "duplicate"
    assert (again.new, again.updated) == (0, 0)
    assert coord_store.events.count() == events


def test_a_higher_revision_replaces_a_lower(coord_store, coord, field_side):
    import_bundle(coord_store, field_side["first"], coord)
    result = import_bundle(coord_store, field_side["second"], coord)
    assert (result.updated, result.unchanged, result.missing_sequences) == (1, 11, ())
    assert not result.out_of_order  # in order: 1 then 2
    assert _answers(coord_store, UUIDS[0]) == {"name": "revised", "size": 99}


def test_a_lower_revision_never_overwrites_a_higher(coord_store, coord, field_side):
    import_bundle(coord_store, field_side["second"], coord)
    result = import_bundle(coord_store, field_side["first"], coord)
    assert result.out_of_order
    assert result.updated == 0
    assert any(n.uuid == UUIDS[0] and n.outcome == "unchanged" for n in result.notes)
    assert _answers(coord_store, UUIDS[0]) == {"name": "revised", "size": 99}


def test_same_revision_with_other_answers_is_a_conflict_kept_aside(coord_store, coord, field_side):
    import_bundle(coord_store, field_side["third"], coord)
    result = import_bundle(coord_store, field_side["conflict"], coord)
    assert result.conflicts == 1
    assert _answers(coord_store, UUIDS[1]) == {"name": "revised too", "size": 98}
    [conflict] = coord_store.conflicts.list()
    assert conflict.uuid == UUIDS[1]
    assert conflict.incoming["answers"] == {"name": "same revision, other answers", "size": 1}


def test_sequence_gaps_are_reported(coord_store, coord, field_side):
    import_bundle(coord_store, field_side["first"], coord)
    result = import_bundle(coord_store, field_side["third"], coord)
    assert result.missing_sequences == (2,)
    assert not result.out_of_order
    late = import_bundle(coord_store, field_side["second"], coord)
    assert late.out_of_order and late.missing_sequences == ()


def test_unknown_sender_is_quarantined_until_trusted(tmp_path, coord, field, field_side):
    # A coordinator workspace that has not trusted the field officer yet.
    folder = tmp_path / "untrusting"
    store, _ = Store.create(folder, PASSPHRASE, name="C2", role="coordinator")
    install_form(store, FORM)
    result = import_bundle(store, field_side["first"], coord)
    assert result.status == "quarantined"
    assert store.responses.counts() == {}
    kept = list((folder / QUARANTINE).glob("*.spbundle"))
    assert len(kept) == 1
    assert import_bundle(store, field_side["first"], coord).status == "quarantined"
    store.contacts.trust(field.card.to_dict())
    [released] = release_quarantine(store, coord)
    assert (released.status, released.new) == ("merged", 12)
    assert not kept[0].exists()
    store.close()


def test_revoked_sender_is_rejected_and_nothing_written(coord_store, coord, field, field_side):
    coord_store.contacts.revoke(field.card.key_id)
    result = import_bundle(coord_store, field_side["first"], coord)
    assert result.status == "rejected"
    assert coord_store.responses.counts() == {}
    assert coord_store.bundles.get(result.bundle_id) is None


def test_unknown_form_version_is_held_then_merged(coord_store, coord, field_side):
    result = import_bundle(coord_store, field_side["new_version"], coord)
    assert (result.status, result.held) == ("held", 1)
    held = [n for n in result.notes if n.outcome == "held"]
    assert "2027.1" in held[0].reason
    install_form(coord_store, {**FORM, "version": "2027.1"})
    again = import_bundle(coord_store, field_side["new_version"], coord)
    assert (again.status, again.held, again.new) == ("merged", 0, 1)


def test_cancel_mid_merge_writes_nothing(coord_store, coord, field_side):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        import_bundle(coord_store, field_side["first"], coord, cancel=token)
    assert coord_store.responses.counts() == {}
    assert import_bundle(coord_store, field_side["first"], coord).new == 12


def test_a_damaged_bundle_writes_nothing(coord_store, coord, field_side, tmp_path):
    data = bytearray(Path(field_side["first"]).read_bytes())
    data[-40] ^= 1
    damaged = tmp_path / "damaged.spbundle"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BundleError) as caught:
        import_bundle(coord_store, damaged, coord)
    assert caught.value.code == "damaged"
    assert coord_store.responses.counts() == {}


def test_attachments_travel_once_and_deduplicate_by_hash(tmp_path, coord_store, field, coord):
    store, _ = Store.create(tmp_path / "ws", PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    data = b"\x89PNG the same photo"
    photo = store.attachments.put(data, "image/png", "door.png")
    for uuid in UUIDS[:2]:
        answers = {"photo": photo_answer(photo, data)}
        store.responses.create(uuid, FORM["id"], FORM["version"], "ana", {}, answers)
        store.responses.set_status(uuid, "finalized")
    exported = export_bundle(store, field, [coord.card], tmp_path / "x.spbundle")
    store.close()
    assert exported.attachments == 1
    result = import_bundle(coord_store, exported.path, coord)
    assert (result.new, result.attachments) == (2, 1)
    assert coord_store.attachments.get(photo) == b"\x89PNG the same photo"
    assert coord_store.attachments.count() == 1
