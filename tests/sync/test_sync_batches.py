"""Merging in chunks: every outcome, and the notes in the bundle's order, across chunk edges."""

from __future__ import annotations

import json

from sync_kit import FORM

from sp_collect.storage import Store
from sp_collect.sync import container, merge
from sp_collect.sync.container import Member
from sp_collect.sync.merge import import_bundle


def _line(uuid: str, revision: int = 1, name: str = "a", **changes: object) -> bytes:
    record = {
        "uuid": uuid, "form_id": FORM["id"], "form_version": FORM["version"],
        "revision": revision, "status": "finalized", "created": "2026-11-01T10:00:00Z",
        "updated": "2026-11-01T10:30:00Z", "author": "ana", "answers": {"name": name},
        "audit": [], "comments": [], "attachments": [], **changes,
    }  # fmt: skip
    return json.dumps(record).encode() + b"\n"


def _held_here(store: Store, uuid: str, revision: int) -> None:
    store.responses.upsert_received(
        uuid=uuid, form_id=FORM["id"], form_version=FORM["version"], revision=revision,
        status="received", answers={"name": "a"}, audit=[], author="ana",
        created_at="2026-11-01T10:00:00Z", updated_at="2026-11-01T10:30:00Z", sender="s",
    )  # fmt: skip


def test_every_outcome_keeps_its_note_in_order_across_chunks(
    coord_store, coord, field, tmp_path, monkeypatch
):
    monkeypatch.setattr(merge, "_PROGRESS_EVERY", 3)  # chunks of 3 records
    for uuid, revision in (("dup", 1), ("clash", 1), ("old", 5), ("up", 1)):
        _held_here(coord_store, uuid, revision)
    lines = [
        _line("fresh"),
        _line("old", revision=2),
        _line("bad", revision=0),
        _line("dup"),
        _line("other-form", form_version="1999.1"),
        _line("clash", name="b"),
        _line("up", revision=2, name="c"),
        _line("twice"),
        _line("twice", revision=2, name="d"),
    ]
    path = tmp_path / "mixed.spbundle"
    container.write(
        path, field, [coord.card], kind="bundle", sequence=1,
        members=[Member.from_bytes("responses.jsonl", b"".join(lines))],
        counts={"responses": len(lines)},
    )  # fmt: skip
    result = import_bundle(coord_store, path, coord)
    assert (result.new, result.updated, result.unchanged) == (2, 2, 2)
    assert (result.conflicts, result.rejected, result.held) == (1, 1, 1)
    assert [(note.uuid, note.outcome) for note in result.notes] == [
        ("old", "unchanged"),
        ("bad", "rejected"),
        ("other-form", "held"),
        ("clash", "conflict"),
    ]
    assert [row.uuid for row in coord_store.conflicts.list()] == ["clash"]
    assert coord_store.responses.get("twice").answers == {"name": "d"}
    assert coord_store.responses.get("up").revision == 2


def test_an_export_of_many_chunks_carries_every_response(tmp_path, coord_store, field, coord):
    """responses.jsonl is streamed in chunks of 500 lines: 1,234 arrive, none twice."""
    from sync_kit import add_finalized, install_form

    from sp_collect.sync.export import export_bundle

    store, _ = Store.create(tmp_path / "field", "pass phrase long", name="Ana", role="field")
    install_form(store, FORM)
    uuids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(1234)]
    with store.atomic():
        add_finalized(store, uuids)
    exported = export_bundle(store, field, [coord.card], tmp_path / "many.spbundle")
    store.close()
    assert len(exported.responses) == 1234
    result = import_bundle(coord_store, exported.path, coord)
    assert (result.new, result.rejected) == (1234, 0)
