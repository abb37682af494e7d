"""Every repository, run against SQLCipher and PostgreSQL alike."""

from __future__ import annotations

import pytest

from sp_collect.errors import NotFound, TrustError, WorkspaceError
from sp_collect.storage import Store


def _form(version: str = "1", title: str = "Survey") -> dict[str, object]:
    return {"id": "f", "version": version, "title": {"en": title, "fr": "Enquête"},
            "default_language": "en", "items": []}  # fmt: skip


def _draft(store: Store, uuid: str = "r1", answers: dict[str, object] | None = None) -> None:
    store.responses.create(uuid, "f", "1", "Ana", {"page": 0}, answers or {"q1": "a"})


def _received(uuid: str = "r1", revision: int = 1, answers: dict[str, object] | None = None):
    return {
        "uuid": uuid, "form_id": "f", "form_version": "1", "revision": revision,
        "status": "received", "answers": answers or {"q1": "a"}, "audit": [{"e": "x"}],
        "author": "Ana", "created_at": "2026-11-01T10:00:00+00:00",
        "updated_at": "2026-11-02T10:00:00+00:00", "sender": "device-1",
    }  # fmt: skip


def test_forms_keep_every_version(store: Store):
    assert store.forms.add("f", "1", _form("1"))
    assert not store.forms.add("f", "1", _form("1"))  # same content: nothing new
    assert store.forms.add("f", "2", _form("2", "Survey v2"), package_id="pkg-1")
    assert store.forms.get("f", "1") == _form("1")
    assert store.forms.latest("f") == _form("2", "Survey v2")
    assert store.forms.get("f", "3") is None and store.forms.latest("g") is None
    rows = store.forms.list()
    assert [(r.form_id, r.version, r.title) for r in rows] == [
        ("f", "1", "Survey"),
        ("f", "2", "Survey v2"),
    ]
    assert rows[1].package_id == "pkg-1" and len(rows[0].sha256) == 64


def test_same_form_version_with_other_content_is_refused(store: Store):
    store.forms.add("f", "1", _form("1"))
    with pytest.raises(WorkspaceError) as caught:
        store.forms.add("f", "1", _form("1", "Changed"))
    assert caught.value.code == "form_version_clash"


def test_draft_create_save_get_list(store: Store):
    _draft(store, "r1")
    store.responses.save("r1", state={"page": 3}, answers={"q1": "b", "q2": [1, 2]},
                         instance_name="Ana — Barbados", audit=[{"q": "q1"}])  # fmt: skip
    row = store.responses.get("r1")
    assert row is not None
    assert (row.status, row.revision, row.author) == ("draft", 1, "Ana")
    assert row.answers == {"q1": "b", "q2": [1, 2]} and row.state == {"page": 3}
    assert row.audit == [{"q": "q1"}] and row.instance_name == "Ana — Barbados"
    assert row.updated_at >= row.created_at
    _draft(store, "r2")
    assert {s.uuid for s in store.responses.list()} == {"r1", "r2"}
    assert store.responses.list(form_id="other") == []
    assert store.responses.get("nope") is None
    with pytest.raises(WorkspaceError) as caught:
        _draft(store, "r1")
    assert caught.value.code == "response_exists"


def test_lifecycle_and_only_drafts_are_saved(store: Store):
    _draft(store)
    store.responses.set_status("r1", "finalized")
    assert [s.uuid for s in store.responses.list(status="finalized")] == ["r1"]
    with pytest.raises(WorkspaceError) as caught:
        store.responses.save("r1", state={}, answers={"q1": "changed"})
    assert caught.value.code == "response_not_editable"
    assert store.responses.get("r1").answers == {"q1": "a"}
    store.responses.set_status("r1", "draft", revision=2)
    assert store.responses.get("r1").revision == 2
    with pytest.raises(WorkspaceError) as caught:
        store.responses.set_status("r1", "lost")
    assert caught.value.code == "status_invalid"
    with pytest.raises(NotFound):
        store.responses.save("missing", state={}, answers={})
    with pytest.raises(NotFound):
        store.responses.set_status("missing", "draft")
    assert store.responses.counts() == {"draft": 1}


def test_delete_takes_the_comments_with_it(store: Store):
    _draft(store)
    store.comments.add("r1", 1, "s2/q1", "Please give the year", "Cora")
    store.comments.add("r1", 1, "s2/q2", "Source?", "Cora")
    comments = store.comments.for_response("r1")
    assert [(c.question_path, c.text) for c in comments] == [
        ("s2/q1", "Please give the year"),
        ("s2/q2", "Source?"),
    ]
    store.responses.delete("r1")
    assert store.comments.for_response("r1") == []
    with pytest.raises(NotFound):
        store.responses.delete("r1")


def test_comment_on_a_missing_response_is_refused(store: Store):
    with pytest.raises(NotFound):
        store.comments.add("ghost", 1, "q1", "text", "Cora")


def test_upsert_received_follows_the_merge_rules(store: Store):
    assert store.responses.upsert_received(**_received(revision=1)) == "new"
    assert store.responses.upsert_received(**_received(revision=1)) == "duplicate"
    changed = _received(revision=1, answers={"q1": "other"})
    assert store.responses.upsert_received(**changed) == "conflict"
    assert store.responses.get("r1").answers == {"q1": "a"}  # a conflict writes nothing
    assert store.responses.upsert_received(**_received(revision=2, answers={"q1": "v2"})) == (
        "updated"
    )
    assert store.responses.upsert_received(**_received(revision=1)) == "older"
    row = store.responses.get("r1")
    assert (row.revision, row.answers, row.sender, row.status) == (
        2, {"q1": "v2"}, "device-1", "received",
    )  # fmt: skip
    assert row.received_at is not None and row.audit == [{"e": "x"}]


def test_conflicts_are_unique_per_uuid_and_revision(store: Store):
    assert store.conflicts.add("r1", 1, {"q1": "x"}, "device-1", "b1")
    assert not store.conflicts.add("r1", 1, {"q1": "y"}, "device-1", "b2")
    assert store.conflicts.add("r1", 2, {"q1": "z"}, "device-1", "b3")
    store.conflicts.resolve("r1", 1, {"q1": "incoming"})
    open_ones = store.conflicts.list()
    assert [(c.uuid, c.revision, c.incoming) for c in open_ones] == [("r1", 2, {"q1": "z"})]
    everything = store.conflicts.list(include_resolved=True)
    assert everything[0].resolution == {"q1": "incoming"} and everything[0].resolved_at
    with pytest.raises(NotFound):
        store.conflicts.resolve("r9", 1, {})


def test_bundles_are_recorded_once_with_sequences(store: Store):
    assert store.bundles.next_outgoing_sequence() == 1
    assert store.bundles.record("out-1", "out", "me", 1, {"responses": 3}, "exported")
    assert store.bundles.next_outgoing_sequence() == 2
    assert store.bundles.last_sequence("device-1") is None
    assert store.bundles.record("in-1", "in", "device-1", 4, {"new": 2}, "merged")
    assert not store.bundles.record("in-1", "in", "device-1", 4, {"new": 2}, "merged")
    assert store.bundles.record("in-2", "in", "device-1", 5, {}, "quarantined")
    assert store.bundles.last_sequence("device-1") == 5
    store.bundles.set_status("in-2", "merged")
    row = store.bundles.get("in-2")
    assert row is not None and (row.status, row.sender, row.sequence) == ("merged", "device-1", 5)
    assert store.bundles.get("in-1").counts == {"new": 2}
    assert store.bundles.get("nope") is None
    with pytest.raises(WorkspaceError) as caught:
        store.bundles.record("x", "sideways", "me", 1, {}, "s")
    assert caught.value.code == "bundle_direction"


def test_contacts_pending_trusted_revoked(store: Store):
    card = {"key_id": "K1", "name": "Device One", "role": "field", "age": "age1xyz"}
    pending = store.contacts.add(card)
    assert pending.status == "pending" and not pending.trusted
    assert store.contacts.add(card) == pending  # idempotent
    trusted = store.contacts.trust(card)
    assert trusted.trusted and trusted.card == card
    assert [c.key_id for c in store.contacts.list()] == ["K1"]
    store.contacts.revoke("K1")
    assert store.contacts.get("K1").status == "revoked"
    with pytest.raises(TrustError) as caught:
        store.contacts.trust(card)
    assert caught.value.code == "contact_revoked"
    assert store.contacts.get("K2") is None
    with pytest.raises(NotFound):
        store.contacts.revoke("K2")
    with pytest.raises(WorkspaceError) as caught:
        store.contacts.add({"name": "no key"})
    assert caught.value.code == "contact_invalid"


def test_attachments_are_content_addressed(store: Store):
    data = bytes(range(256)) * 10
    digest = store.attachments.put(data, "application/octet-stream", "blob.bin")
    assert store.attachments.put(data, "application/octet-stream", "again.bin") == digest
    assert store.attachments.has(digest) and store.attachments.get(digest) == data
    assert not store.attachments.has("0" * 64)
    with pytest.raises(NotFound):
        store.attachments.get("0" * 64)
    assert store.attachments.count() == 1


def test_secrets_round_trip_and_replace(store: Store):
    store.secrets.put("identity.ed25519", b"\x01" * 32)
    store.secrets.put("identity.ed25519", b"\x02" * 32)
    store.secrets.put("identity.age", b"AGE-SECRET-KEY-1")
    assert store.secrets.get("identity.ed25519") == b"\x02" * 32
    assert store.secrets.names() == ["identity.age", "identity.ed25519"]
    with pytest.raises(NotFound):
        store.secrets.get("nope")


def test_atomic_rolls_back_everything_and_nests_as_savepoints(store: Store):
    with pytest.raises(RuntimeError), store.atomic():
        _draft(store, "r1")
        store.events.append("response_created", "r1", {})
        raise RuntimeError("boom")
    assert store.responses.get("r1") is None and store.events.count() == 0
    with store.atomic():
        _draft(store, "r2")
        with pytest.raises(RuntimeError), store.atomic():
            _draft(store, "r3")
            raise RuntimeError("inner only")
    assert store.responses.get("r2") is not None and store.responses.get("r3") is None


def test_events_chain_verifies(store: Store):
    for n in range(5):
        store.events.append("response_saved", f"r{n}", {"n": n, "text": "é ✓"})
    assert store.events.verify() == []
    newest = store.events.list(limit=2)
    assert [e.seq for e in newest] == [5, 4] and newest[0].details == {"n": 4, "text": "é ✓"}
    assert [e.subject for e in store.events.list(subject="r2")] == ["r2"]
    report = store.check()
    assert report.ok and report.problems == []
    assert report.counts["events"] == 5 and report.counts["responses"] == 0
