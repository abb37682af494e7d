"""Batched response calls (merge, bundle export, data export) on SQLCipher and PostgreSQL."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sp_collect.errors import NotFound, WorkspaceError
from sp_collect.storage import Store, received, values
from sp_collect.storage.attachments import content_digest
from sp_collect.storage.responses import NewResponse

_names = itertools.count()


def _incoming(uuid: str, revision: int = 1, answer: str = "a") -> dict[str, object]:
    return {
        "uuid": uuid, "form_id": "f", "form_version": "1", "revision": revision,
        "status": "received", "answers": {"q1": answer}, "audit": [{"e": answer}],
        "author": "Ana", "created_at": "2026-11-01T10:00:00+00:00",
        "updated_at": f"2026-11-02T10:00:0{revision}+00:00", "sender": "device-1",
    }  # fmt: skip


def _stored(store: Store, uuid: str) -> tuple[object, ...]:
    row = store.responses.get(uuid)
    assert row is not None
    return (row.revision, row.answers, row.audit, row.updated_at, row.status)


def test_every_outcome_in_one_call_across_chunks(store: Store, monkeypatch):
    monkeypatch.setattr(received, "CHUNK", 2)  # several chunks, as 500 would for a large bundle
    store.responses.upsert_received(**_incoming("dup"))
    store.responses.upsert_received(**_incoming("clash"))
    store.responses.upsert_received(**_incoming("old", revision=3))
    store.responses.upsert_received(**_incoming("up"))
    outcomes = store.responses.upsert_received_many(
        [
            _incoming("fresh"),
            _incoming("dup"),
            _incoming("clash", answer="b"),
            _incoming("old", revision=2),
            _incoming("up", revision=2, answer="c"),
            _incoming("twice"),
            _incoming("twice", revision=2, answer="d"),  # same uuid later in the same call
            _incoming("twice", revision=2, answer="d"),
        ]
    )
    assert outcomes == [
        "new", "duplicate", "conflict", "older", "updated", "new", "updated", "duplicate",
    ]  # fmt: skip
    assert _stored(store, "clash")[1] == {"q1": "a"}  # a conflict writes nothing
    assert _stored(store, "up")[:3] == (2, {"q1": "c"}, [{"e": "c"}])
    assert _stored(store, "twice")[:2] == (2, {"q1": "d"})
    assert store.responses.upsert_received_many([]) == []


def test_unknown_status_is_refused_before_anything_is_written(store: Store):
    with pytest.raises(WorkspaceError) as caught:
        store.responses.upsert_received_many(
            [_incoming("r1"), {**_incoming("r2"), "status": "lost"}]
        )
    assert caught.value.code == "status_invalid"
    assert store.responses.get("r1") is None


_operation = st.tuples(st.integers(0, 3), st.integers(1, 3), st.sampled_from("ab"))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=st.lists(_operation, max_size=12))
def test_batched_outcomes_equal_one_call_at_a_time(store: Store, operations):
    # Each example gets fresh uuids: one namespace merged one at a time, the other in one call.
    run = next(_names)
    one, many = f"one{run}-", f"many{run}-"
    singles = [
        store.responses.upsert_received(**_incoming(f"{one}{n}", revision, answer))
        for n, revision, answer in operations
    ]
    batched = store.responses.upsert_received_many(
        [_incoming(f"{many}{n}", revision, answer) for n, revision, answer in operations]
    )
    assert batched == singles
    for n in {n for n, _revision, _answer in operations}:
        assert _stored(store, f"{many}{n}") == _stored(store, f"{one}{n}")


def _draft(store: Store, uuid: str, form_id: str = "f") -> None:
    store.responses.create(uuid, form_id, "1", "Ana", {"page": 3}, {"q1": uuid})


def test_iter_rows_streams_filters_and_orders(store: Store):
    for uuid in ("c", "a", "b"):
        _draft(store, uuid)
    _draft(store, "z", form_id="g")
    store.responses.set_status("b", "finalized")
    store.responses.set_status("c", "exported")
    everything = list(store.responses.iter_rows(batch=2))
    assert [row.uuid for row in everything] == ["a", "b", "c", "z"]
    assert all(row.state == {} for row in everything)  # no state unless asked
    full = list(store.responses.iter_rows(with_state=True))
    assert full == [store.responses.get(uuid) for uuid in ("a", "b", "c", "z")]
    chosen = store.responses.iter_rows(statuses=("finalized", "exported"), form_id="f")
    assert [row.uuid for row in chosen] == ["b", "c"]
    assert store.responses.count(statuses=("finalized", "exported"), form_id="f") == 2
    assert store.responses.count(form_id="g") == 1
    oldest = [row.uuid for row in store.responses.iter_rows(form_id="f", oldest_first=True)]
    assert oldest == [summary.uuid for summary in store.responses.list(form_id="f")][::-1]


def test_set_status_many_moves_all_or_none(store: Store):
    for uuid in ("a", "b", "c"):
        _draft(store, uuid)
    store.responses.set_status_many(["a", "b", "a"], "finalized")
    assert store.responses.counts() == {"finalized": 2, "draft": 1}
    with pytest.raises(NotFound):
        store.responses.set_status_many(["c", "ghost"], "exported")
    assert store.responses.get("c").status == "draft"
    with pytest.raises(WorkspaceError) as caught:
        store.responses.set_status_many(["a"], "lost")
    assert caught.value.code == "status_invalid"
    store.responses.set_status_many([], "exported")
    assert store.responses.counts() == {"finalized": 2, "draft": 1}


def test_iter_texts_gives_the_stored_json_by_uuid(store: Store):
    for uuid in ("b", "a", "c"):
        _draft(store, uuid)
    store.responses.set_status_many(["a", "b"], "finalized")
    texts = list(store.responses.iter_texts(statuses=["finalized"], batch=1))
    assert [text.uuid for text in texts] == ["a", "b"]
    rows = list(store.responses.iter_rows(statuses=["finalized"]))
    for text, row in zip(texts, rows, strict=True):
        assert (text.answers, text.audit) == (values.dumps(row.answers), values.dumps(row.audit))
        assert (text.revision, text.status, text.answers_sha256) == (
            row.revision, row.status, row.answers_sha256,
        )  # fmt: skip


def test_create_many_stores_each_as_create_would_and_all_or_none(store: Store):
    store.responses.create("one", "f", "1", "Ana", {"s": 1}, {"q1": "a"}, "first")
    store.responses.create_many(
        [
            NewResponse("two", "f", "1", "Ana", {"s": 2}, {"q1": "b"}, "second"),
            NewResponse("three", "f", "1", "Ana", {"s": 3}, {"q1": "c"}, status="finalized"),
        ]
    )
    one, two, three = (store.responses.get(uuid) for uuid in ("one", "two", "three"))
    assert one is not None and two is not None and three is not None
    assert (two.status, two.revision, two.answers, two.state, two.audit) == (
        "draft", 1, {"q1": "b"}, {"s": 2}, [],
    )  # fmt: skip
    assert (three.status, three.instance_name) == ("finalized", "")
    assert two.answers_sha256 != one.answers_sha256
    with pytest.raises(WorkspaceError) as refused:
        store.responses.create_many(
            [
                NewResponse("four", "f", "1", "Ana", {}, {}),
                NewResponse("one", "f", "1", "Ana", {}, {}),
            ]
        )
    assert refused.value.code == "response_exists"
    assert store.responses.get("four") is None
    with pytest.raises(WorkspaceError, match="status"):
        store.responses.create_many([NewResponse("five", "f", "1", "Ana", {}, {}, status="bogus")])
    assert store.responses.count() == 3


def test_append_many_chains_events_as_one_at_a_time(store: Store):
    first = store.events.append("a", "s1", {"n": 1})
    numbers = store.events.append_many([("b", "s2", {"n": 2}), ("c", "s3", None)])
    assert numbers == [first + 1, first + 2]
    assert store.events.append("d", "s4") == first + 3
    assert store.events.append_many([]) == []
    newest = store.events.list(limit=4)
    assert [(e.kind, e.subject, e.details) for e in newest] == [
        ("d", "s4", {}), ("c", "s3", {}), ("b", "s2", {"n": 2}), ("a", "s1", {"n": 1}),
    ]  # fmt: skip
    assert store.events.verify() == []


def test_put_many_stores_each_content_once(store: Store):
    digests = store.attachments.put_many(
        [
            (b"one", "text/plain", "a.txt"),
            (b"two", "text/csv", "b.csv"),
            (b"one", "text/plain", "c"),
        ]
    )
    assert digests[0] == digests[2] == content_digest(b"one") != digests[1]
    assert store.attachments.put(b"two", "text/csv", "again.csv") == digests[1]
    assert store.attachments.get(digests[1]) == b"two"
    assert store.attachments.sizes() == {digests[0]: 3, digests[1]: 3}
    assert store.attachments.put_many([]) == []
