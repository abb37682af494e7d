"""Sync on the study's real forms: complete Form A, B and C responses with their documents.

Each figure is printed beside its target (issue 15). Responses come from ``synthesize`` on
forms/caricom-*.json (about 2–8 KB of answers each); file questions carry PDF-sized documents
(30 KB, and one 2 MB document standing for a heavy attachment: no question of the forms accepts
audio). Export and import run in child processes so their peak memory (VmHWM) is their own.

Run: ``.venv/bin/python benchmarks/realistic.py``; ``SP_BENCH_N`` (default 10000) sets the
export/import size, ``SP_BENCH_BIG`` (default 100000) the large import, 0 to skip it. 100,000 such
responses (about 950 MB of JSON lines) are more than one bundle may hold (512 MB of
``responses.jsonl``), so they come as consecutive bundles, as ``bundle export`` splits them,
all imported by one process.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sp_collect.engine.loader import load_form
from sp_collect.engine.synthetic import synthesize
from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.export import export_bundle
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.records import record_line
from sp_collect.sync.tarsafe import DEFAULT_LIMITS

ROOT = Path(__file__).resolve().parents[1]
FORMS = [
    ROOT / "forms" / f"caricom-{name}.json"
    for name in ("institutional-survey", "kii-institutional", "beneficiary-interview")
]
PASSPHRASE = "benchmark passphrase"
COUNT = int(os.environ.get("SP_BENCH_N", "10000"))
BIG = int(os.environ.get("SP_BENCH_N_BIG", os.environ.get("SP_BENCH_BIG", "100000")))
TEMPLATES_PER_FORM = 12


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def peak_rss_mb() -> float:
    for text in Path("/proc/self/status").read_text().splitlines():
        if text.startswith("VmHWM:"):
            return int(text.split()[1]) / 1024
    return 0.0


def _templates(store: Store) -> list[tuple[str, str, dict[str, Any]]]:
    """Complete synthetic responses of Forms A, B and C, their documents stored."""
    rng = random.Random(15)
    sizes = iter([2 * 1024 * 1024])  # the first document is the heavy one, the rest 30 KB

    def attach(_body: bytes, name: str, _media: str) -> dict[str, Any]:
        size = next(sizes, 30 * 1024)
        data = b"%PDF-1.7\n" + rng.randbytes(size)
        stem = name.rsplit(".", 1)[0]
        digest = store.attachments.put(data, "application/pdf", f"{stem}.pdf")
        return {"sha256": digest, "name": f"{stem}.pdf", "media_type": "application/pdf",
                "size": len(data)}  # fmt: skip

    found = []
    for path in FORMS:
        definition = json.loads(path.read_text(encoding="utf-8"))
        store.forms.add(definition["id"], definition["version"], definition)
        form = load_form(definition)
        for _ in range(TEMPLATES_PER_FORM):
            session = synthesize(form, rng, attach=attach, skip_optional=0.0)
            found.append((form.id, form.version, session.finalized_answers()))
    return found


def field_workspace(folder: Path, count: int, identity: Identity) -> None:
    store, _ = Store.create(folder, PASSPHRASE, name=identity.name, role="field")
    with store.atomic():
        templates = _templates(store)
        for i in range(count):
            form_id, version, answers = templates[i % len(templates)]
            name = str(uuid.UUID(int=i + 1, version=4))
            store.responses.create(name, form_id, version, "ana", {}, answers)
        store.responses.set_status_many([str(uuid.UUID(int=i + 1, version=4)) for i in
                                         range(count)], "finalized")  # fmt: skip
    store.close()


def coordinator_workspace(folder: Path, field: Identity) -> None:
    store, _ = Store.create(folder, PASSPHRASE, name="Cora", role="coordinator")
    for path in FORMS:
        definition = json.loads(path.read_text(encoding="utf-8"))
        store.forms.add(definition["id"], definition["version"], definition)
    store.contacts.trust(field.card.to_dict())
    store.close()


def _secrets(identity: Identity) -> str:
    return json.dumps({"name": identity.name, "role": identity.role,
                       "secrets": {k: v.hex() for k, v in identity.secrets().items()}})  # fmt: skip


def _identity(text: str) -> Identity:
    given = json.loads(text)
    secrets = {k: bytes.fromhex(v) for k, v in given["secrets"].items()}
    return Identity.from_secrets(given["name"], given["role"], secrets)


def child(action: str, folder: str, path: str, other: str) -> None:
    """In a fresh process: export (field) or import (coordinator); prints wall and CPU seconds
    (the process's, its encryption threads included) and peak MB."""
    identity = _identity(sys.stdin.readline())
    with Store.open(Path(folder), passphrase=PASSPHRASE) as store:
        start, cpu = time.perf_counter(), time.process_time()
        if action == "export":
            export_bundle(store, identity, [ContactCard.from_json(other)], Path(path))
        else:
            for part in path.split(os.pathsep):
                result = import_bundle(store, Path(part), identity)
                assert result.rejected == 0 and result.new > 0, (result.status, result.message)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps([seconds, cpu, peak_rss_mb()]))


def run_child(action: str, folder: Path, path: Path, identity: Identity, other: str = "") -> Any:
    done = subprocess.run(
        [sys.executable, __file__, "--child", action, str(folder), str(path), other],
        input=_secrets(identity) + "\n", stdout=subprocess.PIPE, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return json.loads(done.stdout)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tar_age_baseline(field_folder: Path, work: Path, recipient: str) -> tuple[float, float]:
    """The same bytes (responses.jsonl and the documents) through ``tar | age`` programs: wall
    and CPU seconds. Best of three: the files are in the page cache, as the store's pages are."""
    plain = work / "plain"
    (plain / "attachments").mkdir(parents=True)
    with Store.open(field_folder, passphrase=PASSPHRASE) as store, open(
        plain / "responses.jsonl", "wb"
    ) as out:  # fmt: skip
        for row in store.responses.iter_texts():
            out.write(record_line(row, []) + b"\n")
        for digest in store.attachments.digests():
            (plain / "attachments" / digest).write_bytes(store.attachments.get(digest))
    runs = []
    for _ in range(3):
        start, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(f"tar cf - -C {plain} . | age -r {recipient} -o {work / 'plain.age'}",
                       shell=True, check=True)  # fmt: skip
        runs.append((time.perf_counter() - start, _children_cpu() - cpu))
    shutil.rmtree(plain)
    return min(runs)


def exports(work: Path, field: Identity, coord: Identity) -> Path:
    peaks = {}
    bundle = work / "x.spbundle"
    for count in sorted({min(1000, COUNT), COUNT}):
        folder = work / f"field-{count}"
        field_workspace(folder, count, field)
        out = work / f"x-{count}.spbundle"
        seconds, cpu, peak = run_child("export", folder, out, field, coord.card.to_json())
        peaks[count] = peak
        if count == COUNT:
            size_mb = out.stat().st_size / 2**20
            base, base_cpu = tar_age_baseline(folder, work, coord.card.age_recipient)
            ratio = seconds / base
            print(
                f"export {count:,} realistic responses ({size_mb:.0f} MB): {seconds:.2f} s wall, "
                f"{cpu:.2f} s CPU; tar+age of the same bytes {base:.2f} s wall, {base_cpu:.2f} s "
                f"CPU: {ratio:.1f}× wall, {cpu / max(base_cpu, 1e-3):.1f}× CPU (target ≤ 2×) "
                f"{verdict(ratio <= 2)}"
            )
            print(f"export peak memory {peak:.0f} MB (target < 300 MB) {verdict(peak < 300)}")
            out.replace(bundle)
    if len(peaks) == 2:
        low, high = peaks[min(peaks)], peaks[max(peaks)]
        flat = high <= low * 1.25
        print(f"export peak memory {min(peaks):,}: {low:.0f} MB, {max(peaks):,}: {high:.0f} MB "
              f"(target: flat in the bundle's size) {verdict(flat)}")  # fmt: skip
    return bundle


def imports(work: Path, bundle: Path, field: Identity, coord: Identity) -> None:
    folder = work / "coord"
    coordinator_workspace(folder, field)
    seconds, cpu, peak = run_child("import", folder, bundle, coord)
    rate = COUNT / seconds
    print(
        f"import {COUNT:,} realistic responses: {seconds:.2f} s wall = {rate:,.0f}/s, "
        f"{rate / 5000:.2f}× the target of 5,000/s {verdict(rate >= 5000)}; {cpu:.2f} s CPU = "
        f"{COUNT / cpu:,.0f} per CPU second; peak {peak:.0f} MB"
    )
    if BIG:
        big_import(work, field, coord)
    cli_start(folder)


def big_import(work: Path, field: Identity, coord: Identity) -> None:
    with Store.open(work / f"field-{COUNT}", passphrase=PASSPHRASE) as store:
        sample = [record_line(row, []) for row in store.responses.iter_texts()][:200]

    def lines() -> Any:
        for i in range(BIG):
            record = json.loads(sample[i % len(sample)])
            record["uuid"] = str(uuid.UUID(int=10**9 + i, version=4))
            record["attachments"] = []
            yield (json.dumps(record, separators=(",", ":")) + "\n").encode()

    # Consecutive parts of at most one bundle's responses.jsonl, as bundle export splits them.
    limit, parts, size, count = DEFAULT_LIMITS.max_member_size, [], 0, 0
    for line in lines():
        if size + len(line) > limit:
            parts.append((count, size))
            size, count = 0, 0
        size, count = size + len(line), count + 1
    parts.append((count, size))
    bundles, stream = [], lines()
    for sequence, (count, size) in enumerate(parts, 1):
        bundles.append(work / f"big-{sequence}.spbundle")
        container.write(bundles[-1], field, [coord.card], kind="bundle", sequence=sequence,
                        members=[Member("responses.jsonl", size, itertools.islice(stream, count))],
                        counts={"responses": count})  # fmt: skip
    folder = work / "coord-big"
    coordinator_workspace(folder, field)
    # The documents these answers name: already at the coordinator, as after an earlier bundle.
    with Store.open(work / f"field-{COUNT}", passphrase=PASSPHRASE) as source, Store.open(
        folder, passphrase=PASSPHRASE
    ) as target, target.atomic():  # fmt: skip
        for digest in source.attachments.digests():
            target.attachments.put(source.attachments.get(digest), "application/pdf", "d.pdf")
    paths = os.pathsep.join(str(path) for path in bundles)
    seconds, cpu, peak = run_child("import", folder, Path(paths), coord)
    print(
        f"import {BIG:,} realistic responses in {len(bundles)} bundles: {seconds:.1f} s wall = "
        f"{BIG / seconds:,.0f}/s, "
        f"{cpu:.1f} s CPU; peak {peak:.0f} MB (target < 300 MB) {verdict(peak < 300)}"
    )


def cli_start(folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SP_COLLECT_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "sp_collect.cli.main", "forms", "list", "-w", str(folder)]
    best = min(_timed_run(command, env) for _ in range(3))
    print(f"CLI start and unlock (forms list): {best:.2f} s (target < 0.6 s) {verdict(best < 0.6)}")


def _timed_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    field = Identity.generate("Ana Field", "field")
    coord = Identity.generate("Cora", "coordinator")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        bundle = exports(work, field, coord)
        imports(work, bundle, field, coord)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:6])
    else:
        main()
