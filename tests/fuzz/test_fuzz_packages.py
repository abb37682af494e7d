"""Form packages under fire: mechanical mutations and crafted attacks, each a clear error."""

from __future__ import annotations

import json
from collections import Counter

from fuzz_kit import FORM, entries_of, judge, mutations, tar_of

from sp_collect.errors import SpCollectError
from sp_collect.sync.package import build_package, read_package

MECHANICAL = 200


def _package(path, coordinator, **options):  # type: ignore[no-untyped-def]
    build_package(path, coordinator, forms=[json.dumps(FORM).encode()], **options)
    return path.read_bytes()


def test_mechanical_mutations(tmp_path, coordinator):
    base = _package(tmp_path / "base.sppackage", coordinator, sequence=2)
    key = coordinator.card.minisign_public
    path = tmp_path / "case.sppackage"
    outcomes: Counter[str] = Counter()
    for _case, mutated in mutations(base, MECHANICAL):
        path.write_bytes(mutated)
        result = judge(lambda: read_package(path, key, 1))
        if isinstance(result, SpCollectError):
            outcomes[result.code] += 1
            continue
        # Only the tar's padding changed: what was read is exactly what was signed.
        assert (result.sequence, result.signer) == (2, coordinator.card)
        assert [json.loads(f.data) for f in result.forms] == [FORM]
        outcomes["read"] += 1
    assert sum(n for code, n in outcomes.items() if code != "read") >= MECHANICAL // 3, outcomes


def test_crafted_packages(tmp_path, coordinator, outsider):
    key = coordinator.card.minisign_public
    base = _package(tmp_path / "base.sppackage", coordinator, sequence=5, package_id="study")
    entries = entries_of(base)
    path = tmp_path / "case.sppackage"
    crafted = {
        "traversal": tar_of([*entries, ("../evil.json", b"{}")]),
        "extra form": tar_of([*entries, ("forms/extra.json", b"{}")]),
        "missing form": tar_of(entries[:2]),
        "swapped form": tar_of([*entries[:2], (entries[2][0], b'{"id": "other"}')]),
        "no signature": tar_of([entries[0], *entries[2:]]),
        "reordered": tar_of([entries[1], entries[0], *entries[2:]]),
        "foreign key": _package(tmp_path / "f.sppackage", outsider, sequence=9),
        "empty": b"",
    }
    for what, data in crafted.items():
        path.write_bytes(data)
        result = judge(lambda: read_package(path, key, 1, installed_package_id="study"))
        assert isinstance(result, SpCollectError), what
    path.write_bytes(base)
    for installed, code in ((5, "replay"), (6, "downgrade")):
        result = judge(lambda installed=installed: read_package(path, key, installed))
        assert isinstance(result, SpCollectError) and result.code == code
    other = judge(lambda: read_package(path, key, 1, installed_package_id="another"))
    assert isinstance(other, SpCollectError) and other.code == "other_package"
