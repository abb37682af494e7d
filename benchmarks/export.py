"""Data export figures: 100,000 responses to CSV, XLSX and SQLite, time and peak memory.

The SQLite export is compared with a bare sqlite-utils insert of the same rows (read back from
the export itself), the cost of the tables alone. Each export runs in a child process so its
peak RSS (``resource.getrusage``) is its own.

Run: .venv/bin/python benchmarks/export.py [--responses N]   (one line per figure, target beside)
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import sqlite_utils

from sp_collect.resources import shipped_forms
from sp_collect.storage import values
from sp_collect.storage.tables import responses
from sp_collect.workspace import Workspace

PASSPHRASE = "benchmark passphrase"
FORM = "caricom-beneficiary-interview"
SEEDS = 100
"""Synthetic responses made through FormSession; the rest are copies with new ids."""
TARGET_MB = 300
TARGET_RATIO = 2.0


def build(folder: Path, count: int) -> float:
    """A coordinator workspace holding ``count`` received beneficiary interviews.

    A few are made through FormSession; the rest are copies with new ids, inserted in bulk as
    a merge would store them (answers and audit, no session state).
    """
    started = time.perf_counter()
    workspace, _created = Workspace.create(folder, PASSPHRASE, name="Bench", role="coordinator")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        made = workspace.demo.generate(SEEDS, form_id=FORM, finalize=True, seed=7)
        seeds = [workspace.store.responses.get(u) for u in sorted(made.responses)]
        for start in range(0, count, 2000):
            batch = [
                _copy(seeds[index % len(seeds)]) for index in range(start, min(count, start + 2000))
            ]
            with workspace.store.atomic() as conn:
                conn.execute(responses.insert(), batch)
    return time.perf_counter() - started


def _copy(row: Any) -> dict[str, Any]:
    answers = values.dumps(row.answers)
    return {
        "uuid": str(uuid.uuid4()),
        "form_id": row.form_id,
        "form_version": row.form_version,
        "status": "received",
        "revision": 1,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "author": row.author,
        "instance_name": row.instance_name,
        "answers": answers,
        "answers_sha256": values.sha256_text(answers),
        "state": "{}",
        "audit": values.dumps(row.audit),
        "sender": "bench-device",
        "received_at": row.updated_at,
    }


def child_export(folder: Path, fmt: str, out: Path) -> dict[str, Any]:
    workspace = Workspace.open(folder, passphrase=PASSPHRASE)
    started = time.perf_counter()
    with workspace:
        report = workspace.exports.write(fmt, out)
    return {
        "seconds": time.perf_counter() - started,
        "rows": sum(rows for _table, rows in report.tables),
        "peak_mb": _peak_mb(),
    }


def child_read(folder: Path) -> dict[str, Any]:
    """Only reading the responses from the encrypted store, as the export does."""
    workspace = Workspace.open(folder, passphrase=PASSPHRASE)
    started = time.perf_counter()
    with workspace:
        source = workspace._export_source(FORM)
        count = sum(1 for _response in source.responses())
    return {"seconds": time.perf_counter() - started, "rows": count, "peak_mb": _peak_mb()}


def child_bare_insert(source: Path, out: Path) -> dict[str, Any]:
    """Every table of ``source`` inserted again with sqlite-utils, streamed from a cursor."""
    reader = sqlite3.connect(source)
    connection = sqlite3.connect(out)
    # The same settings as the export's own database, so only the work differs.
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = MEMORY"):
        connection.execute(f"PRAGMA {pragma}")
    db = sqlite_utils.Database(connection)
    tables = [
        name
        for (name,) in reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if "_fts" not in name
    ]
    started = time.perf_counter()
    rows = 0
    for name in tables:
        cursor = reader.execute(f'SELECT * FROM "{name}"')
        header = [column[0] for column in cursor.description]
        before = rows

        def stream(cursor: sqlite3.Cursor = cursor, header: list[str] = header) -> Any:
            nonlocal rows
            yield header
            for row in cursor:
                rows += 1
                yield row

        db.table(name).insert_all(stream())
        if rows == before:
            db.table(name).create(dict.fromkeys(header, str))
    return {"seconds": time.perf_counter() - started, "rows": rows, "peak_mb": _peak_mb()}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _run_child(*argv: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", *argv], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        if kind == "bare":
            figures = child_bare_insert(Path(paths[0]), Path(paths[1]))
        elif kind == "read":
            figures = child_read(Path(paths[0]))
        else:
            figures = child_export(Path(paths[0]), kind, Path(paths[1]))
        print(json.dumps(figures))
        return
    with tempfile.TemporaryDirectory(prefix="sp-export-bench-") as scratch:
        root = Path(scratch)
        seconds = build(root / "ws", args.responses)
        print(f"setup: {args.responses} responses stored in {seconds:.1f} s")
        outputs = {"csv": root / "csv", "xlsx": root / "x.xlsx", "sqlite": root / "x.db"}
        results = {}
        for fmt, out in outputs.items():
            figures = _run_child(fmt, str(root / "ws"), str(out))
            results[fmt] = figures
            memory = "ok" if figures["peak_mb"] < TARGET_MB else "OVER"
            print(
                f"export {fmt:<6} {args.responses} responses, {figures['rows']} rows: "
                f"{figures['seconds']:.1f} s, peak RSS {figures['peak_mb']:.0f} MB "
                f"(target < {TARGET_MB} MB: {memory})"
            )
        bare = _run_child("bare", str(outputs["sqlite"]), str(root / "bare.db"))
        read = _run_child("read", str(root / "ws"))
        export = results["sqlite"]["seconds"]
        ratio = export / bare["seconds"]
        verdict = "ok" if ratio <= TARGET_RATIO else "OVER"
        print(
            f"bare sqlite-utils insert of the same {bare['rows']} rows: {bare['seconds']:.1f} s; "
            f"export/bare = {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x: {verdict})"
        )
        print(
            f"  of the export, reading {read['rows']} responses from the encrypted store: "
            f"{read['seconds']:.1f} s; without it export/bare = "
            f"{(export - read['seconds']) / bare['seconds']:.2f}x"
        )


if __name__ == "__main__":
    main()
