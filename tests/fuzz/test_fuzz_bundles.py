"""Bundles under fire: mechanical mutations (of the tar inside and of the age file) and crafted
attacks, each refused with a clear error or merged cleanly, never a crash; the coordinator's
workspace stays intact and holds only valid responses."""

from __future__ import annotations

import hashlib
import tarfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from fuzz_kit import (
    FORM,
    PHOTO,
    jsonl,
    judge,
    mutations,
    plaintext,
    response,
    seal,
    tar_of,
)

from sp_collect.errors import SpCollectError
from sp_collect.storage import Store
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.results import ImportReport

PASSPHRASE = "correct horse battery staple"
DIGEST = hashlib.sha256(PHOTO).hexdigest()
MECHANICAL_INSIDE = 130
MECHANICAL_OUTSIDE = 60


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _valid_members(first: int = 1) -> list[tuple[str, bytes]]:
    photo = {"sha256": DIGEST, "name": "door.png", "media_type": "image/png", "size": len(PHOTO)}
    rows = [
        response(_uuid(first), {"name": "Household one", "size": 4, "photo": photo}),
        response(_uuid(first + 1), {"name": "Household two", "size": 2}),
    ]
    return [("responses.jsonl", jsonl(rows)), (f"attachments/{DIGEST}", PHOTO)]


@pytest.fixture(scope="module")
def coord_store(tmp_path_factory, device, coordinator, outsider):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fuzz-bundles")
    store, _code = Store.create(folder / "ws", PASSPHRASE, name="Cora", role="coordinator")
    store.forms.add(FORM["id"], FORM["version"], FORM)
    store.contacts.trust(device.card.to_dict())
    yield store
    store.close()


def _import(store: Store, folder: Path, data: bytes, coordinator: Any) -> ImportReport | Any:
    path = folder / "case.spbundle"
    path.write_bytes(data)
    return judge(lambda: import_bundle(store, path, coordinator))


def _valid_ids(store: Store) -> set[str]:
    return {r.uuid for r in store.responses.list()}


def test_mechanical_mutations_inside_and_outside(coord_store, device, coordinator, tmp_path):
    base = plaintext(device, [coordinator], _valid_members(100), counts={"responses": 2})
    outcomes: Counter[str] = Counter()
    for _case, mutated in mutations(base, MECHANICAL_INSIDE):
        result = _import(coord_store, tmp_path, seal(mutated, [coordinator]), coordinator)
        outcomes[getattr(result, "code", None) or result.status] += 1
    sealed = seal(base, [coordinator])
    for case, mutated in mutations(sealed, MECHANICAL_OUTSIDE, seed=16):
        result = _import(coord_store, tmp_path, mutated, coordinator)
        # age authenticates every byte: only an unchanged file (a no-op mutation) imports.
        assert isinstance(result, SpCollectError) or mutated == sealed, case
    # Mutations of the tar's zero padding change nothing: the same bundle again, a duplicate.
    assert set(outcomes) - {"merged", "duplicate"}, outcomes
    assert outcomes["merged"] <= 1, outcomes
    assert coord_store.check().ok
    assert _valid_ids(coord_store) <= {_uuid(100), _uuid(101)}


def _link(name: str, kind: bytes, target: str) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info, b""


def _crafted(device, coordinator, outsider) -> list[tuple[str, bytes, str]]:  # type: ignore[no-untyped-def]
    """(what, sealed file, the code or status expected)."""
    members = _valid_members(200)
    cases: list[tuple[str, bytes, str]] = []

    def add(what: str, plain: bytes, expected: str, recipients=None) -> None:  # type: ignore[no-untyped-def]
        cases.append((what, seal(plain, recipients or [coordinator]), expected))

    for name in ("../evil", "/etc/evil", "attachments/../../evil", "a/b/c", ".hidden", "x\\y"):
        add(f"name {name}", tar_of([(name, b"x"), *members]), "bad_member_name")
    for kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        for target in ("/etc/passwd", "../../evil", "responses.jsonl"):
            entry = _link("attachments/link", kind, target)
            add(f"link to {target}", tar_of([entry, *members]), "bad_member_type")
    for kind in (tarfile.DIRTYPE, tarfile.FIFOTYPE, tarfile.CHRTYPE):
        info = tarfile.TarInfo("attachments")
        info.type = kind
        add(f"member type {kind!r}", tar_of([(info, b""), *members]), "bad_member_type")
    for count in (0, 1, 3, 10**6):
        plain = plaintext(device, [coordinator], members, counts={"responses": count})
        add(f"count {count}", plain, "count_mismatch")
    for field, value in (("sha256", "0" * 64), ("size", 1)):

        def wrong(body: dict[str, Any], field: str = field, value: Any = value) -> None:
            body["members"][0][field] = value

        add(
            f"listed {field}", plaintext(device, [coordinator], members, edit=wrong), "bad_checksum"
        )
    other = hashlib.sha256(b"other").hexdigest()
    renamed = [members[0], (f"attachments/{other}", PHOTO)]
    add(
        "attachment under another digest", plaintext(device, [coordinator], renamed), "bad_checksum"
    )
    add("foreign recipient", plaintext(device, [outsider], members), "not_for_us", [outsider])
    add("signed for others", plaintext(device, [outsider], members), "recipient_mismatch")
    add("unknown sender", plaintext(outsider, [coordinator], members), "quarantined")
    add("signed by another key", plaintext(device, [coordinator], members, signer=outsider), "")
    add(
        "manifest edited after signing",
        plaintext(
            device,
            [coordinator],
            members,
            after_sign=lambda d: d.replace(b'"sequence": 1', b'"sequence": 9'),
        ),
        "bad_signature",
    )
    for version in (0, 2, "1", None):

        def downgrade(body: dict[str, Any], version: Any = version) -> None:
            body["format"] = version

        add(
            f"format {version!r}",
            plaintext(device, [coordinator], members, edit=downgrade),
            "unsupported_version",
        )
    add(
        "a return as a bundle",
        plaintext(device, [coordinator], members, kind="return"),
        "wrong_kind",
    )
    add("no manifest", tar_of(members), "unsigned")
    add("empty", b"", "damaged")
    return cases


def test_crafted_attacks_are_refused_with_their_code(
    coord_store, device, coordinator, outsider, tmp_path
):
    before = _valid_ids(coord_store)
    cases = _crafted(device, coordinator, outsider)
    for what, sealed, expected in cases:
        result = _import(coord_store, tmp_path, sealed, coordinator)
        if expected == "quarantined":
            assert result.status == "quarantined", what
        elif expected:
            assert isinstance(result, SpCollectError) and result.code == expected, (what, result)
        else:
            assert isinstance(result, SpCollectError), what
    assert _valid_ids(coord_store) == before
    assert not (tmp_path.parent / "evil").exists() and not Path("/etc/evil").exists()
    assert coord_store.check().ok


def test_replays_downgrades_and_substituted_keys(
    coord_store, device, coordinator, outsider, tmp_path
):
    from sp_collect.sync.identity import Identity

    second = plaintext(
        device, [coordinator], _valid_members(300), sequence=5, counts={"responses": 2}
    )
    first = plaintext(
        device, [coordinator], _valid_members(310), sequence=4, counts={"responses": 2}
    )
    newer = _import(coord_store, tmp_path, seal(second, [coordinator]), coordinator)
    assert newer.status == "merged" and newer.new == 2
    replay = _import(coord_store, tmp_path, seal(second, [coordinator]), coordinator)
    assert replay.status == "duplicate" and replay.new == 0
    assert "bytes differ" in replay.message  # re-encrypted: the first copy stands
    older = _import(coord_store, tmp_path, seal(first, [coordinator]), coordinator)
    assert older.status == "merged" and older.out_of_order
    # The same name and role with other keys: not the trusted contact, so quarantined.
    impostor = Identity.generate(device.name, device.role)
    swapped = plaintext(impostor, [coordinator], _valid_members(320))
    held = seal(swapped, [coordinator])
    assert _import(coord_store, tmp_path, held, coordinator).status == "quarantined"
    events = coord_store.events.count()
    assert _import(coord_store, tmp_path, held, coordinator).status == "quarantined"
    assert coord_store.events.count() == events  # already held: not recorded twice
    # A revoked sender's bundle is rejected.
    coord_store.contacts.trust(outsider.card.to_dict())
    coord_store.contacts.revoke(outsider.card.key_id)
    revoked = plaintext(outsider, [coordinator], _valid_members(330))
    assert (
        _import(coord_store, tmp_path, seal(revoked, [coordinator]), coordinator).status
        == "rejected"
    )
    assert coord_store.check().ok


def test_response_lines_are_fuzzed_one_field_at_a_time(coord_store, device, coordinator, tmp_path):
    """Each line's fields swapped for hostile values: refused one by one, the rest merge."""
    hostile: list[Any] = [None, True, -1, 0, 10**40, 1.5, "", "x" * 300, [], {}, "../x", "\u0000"]
    fields = ["uuid", "form_id", "form_version", "revision", "status", "answers", "attachments"]
    rows, good = [], _uuid(400)
    for i, (field, value) in enumerate((f, v) for f in fields for v in hostile):
        rows.append({**response(_uuid(500 + i), {"name": "n"}), field: value})
    rows.append(response(good, {"name": "fine", "size": 1}))
    for i, answers in enumerate(
        [{"size": "ten"}, {"nope": 1}, {"photo": {"sha256": "0" * 64}}, {"name": ["a"]}, []]
    ):
        rows.append(response(_uuid(600 + i), answers))
    plain = plaintext(device, [coordinator], [("responses.jsonl", jsonl(rows))], sequence=40)
    result = _import(coord_store, tmp_path, seal(plain, [coordinator]), coordinator)
    assert isinstance(result, ImportReport), result
    assert coord_store.responses.get(good) is not None
    merged = {r.uuid for r in coord_store.responses.list()}
    assert not any(_uuid(600 + i) in merged for i in range(5))
    assert len(rows) >= 80
    assert coord_store.check().ok
