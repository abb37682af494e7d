"""Returns under fire: mechanical mutations and crafted lines; a return applies whole or not at
all (nothing changes on the device when it is refused)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from fuzz_kit import FORM, jsonl, judge, mutations, plaintext, seal

from sp_collect.errors import SpCollectError
from sp_collect.storage import Store
from sp_collect.sync.returns import DECISIONS, RECEIPT, import_return

PASSPHRASE = "correct horse battery staple"
UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(4)]
MECHANICAL = 190


@pytest.fixture(scope="module")
def device_store(tmp_path_factory, coordinator):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fuzz-returns")
    store, _code = Store.create(folder / "ws", PASSPHRASE, name="Ana", role="field")
    store.forms.add(FORM["id"], FORM["version"], FORM)
    store.contacts.trust(coordinator.card.to_dict())
    for uuid in UUIDS:
        store.responses.create(uuid, FORM["id"], FORM["version"], "ana", {}, {"size": 1})
        store.responses.set_status(uuid, "exported")
    yield store
    store.close()


def _return(coordinator, device, receipt, decisions, **options) -> bytes:  # type: ignore[no-untyped-def]
    members = [(RECEIPT, jsonl(receipt)), (DECISIONS, jsonl(decisions))]
    return plaintext(coordinator, [device], members, kind="return", **options)


def _apply(store: Store, folder, data: bytes, device) -> Any:  # type: ignore[no-untyped-def]
    path = folder / "case.spreturn"
    path.write_bytes(data)
    return judge(lambda: import_return(store, path, device))


def _state(store: Store) -> list[tuple[str, str, int]]:
    return [(r.uuid, r.status, r.revision) for r in store.responses.list()]


def test_mechanical_mutations(device_store, device, coordinator, tmp_path):
    receipt = [{"uuid": u, "revision": 1} for u in UUIDS]
    decisions = [{"uuid": UUIDS[0], "revision": 1, "decision": "approved", "comments": []}]
    base = _return(coordinator, device, receipt, decisions)
    before = _state(device_store)
    outcomes: Counter[str] = Counter()
    for _case, mutated in mutations(base, MECHANICAL):
        result = _apply(device_store, tmp_path, seal(mutated, [device]), device)
        if isinstance(result, SpCollectError):
            outcomes[result.code] += 1
            continue
        outcomes[result.status] += 1
        if result.status == "applied":  # the original, unchanged where it matters
            before = _state(device_store)
        assert _state(device_store) == before
    assert sum(n for k, n in outcomes.items() if k not in ("applied", "duplicate")) > 0
    assert device_store.check().ok


BAD_LINES: list[Any] = [
    {"uuid": "x", "revision": "y"},
    {"uuid": UUIDS[1]},
    {"uuid": UUIDS[1], "revision": 10**40},
    {"uuid": UUIDS[1], "revision": -1},
    {"uuid": None, "revision": 1},
    {"uuid": UUIDS[1], "revision": 1.0},
    {"uuid": UUIDS[1], "revision": [1]},
]


@pytest.mark.parametrize("line", BAD_LINES)
@pytest.mark.parametrize("member", [RECEIPT, DECISIONS])
def test_a_malformed_line_refuses_the_whole_return(
    device_store, device, coordinator, tmp_path, line, member
):
    good = {"uuid": UUIDS[2], "revision": 1}
    decided = {"decision": "returned", "comments": [{"text": "count again"}]}
    if member == RECEIPT:
        receipt, decisions = [good, line], []
    else:
        receipt, decisions = [good], [{**good, **decided}, {**decided, **line}]
    before = _state(device_store)
    sealed = seal(_return(coordinator, device, receipt, decisions), [device])
    result = _apply(device_store, tmp_path, sealed, device)
    assert isinstance(result, SpCollectError) and result.code == "bad_record", result
    assert _state(device_store) == before


def test_crafted_returns(device_store, device, coordinator, outsider, tmp_path):
    receipt = [{"uuid": UUIDS[3], "revision": 1}]
    cases = [
        ("foreign coordinator", _return(outsider, device, receipt, []), "unknown_sender"),
        (
            "bundle kind",
            plaintext(coordinator, [device], [(RECEIPT, jsonl(receipt))]),
            "wrong_kind",
        ),
        ("signed by another", _return(coordinator, device, receipt, [], signer=outsider), None),
        ("for another device", _return(coordinator, outsider, receipt, []), "recipient_mismatch"),
    ]
    before = _state(device_store)
    for what, plain, code in cases:
        result = _apply(device_store, tmp_path, seal(plain, [device]), device)
        assert isinstance(result, SpCollectError), what
        assert code is None or result.code == code, (what, result.code)
    assert _state(device_store) == before
    replayed = _return(coordinator, device, receipt, [], sequence=3)
    first = _apply(device_store, tmp_path, seal(replayed, [device]), device)
    again = _apply(device_store, tmp_path, seal(replayed, [device]), device)
    assert (first.status, again.status) == ("applied", "duplicate")
    assert device_store.check().ok
