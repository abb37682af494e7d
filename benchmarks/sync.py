"""Sync speed: bundle export and import beside plain-file and bare sqlite-utils baselines.

Prints each figure beside its target; the data are synthetic responses of realistic size.
Run: ``.venv/bin/python benchmarks/sync.py`` (``--child`` is the 100k-import subprocess);
``SP_BENCH_N=20000`` makes the large import smaller while iterating (its target is a rate).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.export import export_bundle
from sp_collect.sync.identity import Identity
from sp_collect.sync.merge import import_bundle

PASSPHRASE = "benchmark passphrase"
FORM = {"id": "household", "version": "2026.1", "title": "Household", "items": []}
EXPORT_COUNT = 10_000
BIG_COUNT = int(os.environ.get("SP_BENCH_N", "100000"))


def answers(i: int) -> dict[str, object]:
    """About 1 KB of answers, like a 40-question household interview."""
    return {
        **{f"q{k:02d}": ("yes" if (i + k) % 3 else "no") for k in range(20)},
        **{f"n{k:02d}": (i * 7 + k) % 97 for k in range(10)},
        "notes": f"Interview {i}: the household was visited twice; " + "details " * 40,
        "members": [{"age": 30 + m, "works": m % 2 == 0} for m in range(4)],
    }


def record(i: int) -> dict[str, object]:
    return {
        "uuid": f"00000000-0000-4000-8000-{i:012d}",
        "form_id": FORM["id"],
        "form_version": FORM["version"],
        "revision": 1,
        "status": "finalized",
        "created": "2026-11-01T10:00:00Z",
        "updated": "2026-11-01T10:30:00Z",
        "author": "ana",
        "instance_name": f"household {i}",
        "answers": answers(i),
        "audit": [],
        "comments": [],
        "attachments": [],
    }


def line(i: int) -> bytes:
    return json.dumps(record(i), separators=(",", ":")).encode()


def timed(action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def show(what: str, seconds: float, baseline: float, target: float) -> None:
    ratio = seconds / baseline
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(f"{what:<44} {seconds:7.2f} s  vs baseline {baseline:6.2f} s  = {ratio:4.1f}×  "
          f"(target ≤ {target}×) {verdict}")  # fmt: skip


def field_workspace(folder: Path, count: int) -> Store:
    store, _ = Store.create(folder, PASSPHRASE, name="Ana", role="field")
    store.forms.add(FORM["id"], FORM["version"], FORM)
    with store.atomic():
        for i in range(count):
            uuid = f"00000000-0000-4000-8000-{i:012d}"
            store.responses.create(uuid, FORM["id"], FORM["version"], "ana", {}, answers(i))
            store.responses.set_status(uuid, "finalized")
    return store


def coordinator(folder: Path, field: Identity) -> Store:
    store, _ = Store.create(folder, PASSPHRASE, name="Cora", role="coordinator")
    store.forms.add(FORM["id"], FORM["version"], FORM)
    store.contacts.trust(field.card.to_dict())
    return store


def export_and_import(work: Path, field: Identity, coord: Identity) -> None:
    store = field_workspace(work / "field", EXPORT_COUNT)
    bundle = work / "x.spbundle"
    export_s, _ = timed(lambda: export_bundle(store, field, [coord.card], bundle))
    store.close()
    plain = work / "plain.jsonl"
    plain_s, _ = timed(lambda: plain.write_bytes(b"\n".join(line(i) for i in range(EXPORT_COUNT))))
    show(f"export {EXPORT_COUNT:,} responses", export_s, plain_s, 2)

    target = coordinator(work / "coord", field)
    import_s, result = timed(lambda: import_bundle(target, bundle, coord))
    assert result.new == EXPORT_COUNT, result
    rows = [record(i) for i in range(EXPORT_COUNT)]

    def bare_insert() -> None:
        db = sqlite_utils.Database(work / "bare.db")
        db["responses"].insert_all(
            ({**r, "answers": json.dumps(r["answers"])} for r in rows), pk="uuid"
        )

    bare_s, _ = timed(bare_insert)
    show(f"import {EXPORT_COUNT:,} (decrypt, verify, merge)", import_s, bare_s, 3)
    again_s, again = timed(lambda: import_bundle(target, bundle, coord))
    assert again.status == "duplicate"
    print(f"{'re-import of the same bundle':<44} {again_s:7.2f} s  (target ≤ 0.5 s) "
          f"{'ok' if again_s <= 0.5 else 'OVER TARGET'}")  # fmt: skip
    target.close()


def big_import(work: Path, field: Identity, coord: Identity) -> None:
    bundle = work / "big.spbundle"
    body = b"\n".join(line(i) for i in range(BIG_COUNT)) + b"\n"
    container.write(
        bundle,
        field,
        [coord.card],
        kind="bundle",
        sequence=1,
        members=[Member.from_bytes("responses.jsonl", body)],
        counts={"responses": BIG_COUNT},
    )
    del body
    target = coordinator(work / "big", field)
    target.close()
    secrets = json.dumps({k: v.hex() for k, v in coord.secrets().items()})
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(work / "big"), str(bundle)],
        input=secrets, capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds, peak_mb = json.loads(child.stdout)
    rate = BIG_COUNT / seconds
    rate_verdict = "ok" if rate >= 10_000 else "UNDER TARGET"
    rss_verdict = "ok" if peak_mb < 300 else "OVER TARGET"
    print(f"{f'import {BIG_COUNT:,} responses':<44} {seconds:7.2f} s  = {rate:,.0f}/s "
          f"(target ≥ 10,000/s) {rate_verdict}; peak RSS {peak_mb:.0f} MB "
          f"(target < 300 MB, Argon2id unlock alone takes 64 MiB) {rss_verdict}")  # fmt: skip


def child(folder: str, bundle: str) -> None:
    secrets = {k: bytes.fromhex(v) for k, v in json.loads(sys.stdin.read()).items()}
    coord = Identity.from_secrets("Cora", "coordinator", secrets)
    with Store.open(Path(folder), passphrase=PASSPHRASE) as store:
        seconds, result = timed(lambda: import_bundle(store, Path(bundle), coord))
    assert result.new == BIG_COUNT, result
    print(json.dumps([seconds, peak_rss_mb()]))


def peak_rss_mb() -> float:
    """This process's own high-water mark (``ru_maxrss`` would include the parent's, pre-exec)."""
    for text in Path("/proc/self/status").read_text().splitlines():
        if text.startswith("VmHWM:"):
            return int(text.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    field = Identity.generate("Ana", "field")
    coord = Identity.generate("Cora", "coordinator")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        export_and_import(work, field, coord)
        big_import(work, field, coord)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
