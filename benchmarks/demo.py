"""``sp-collect demo`` on the study's four instruments: realistic responses per second.

Each response is a complete Form A, B, C or D filled through FormSession (plausible figures,
sentences from the bank, attachments), finalized when it passes, and stored encrypted. Prints
the figure beside its target (issue 15: ≥ 500 responses/s) with CPU and wall time, then where
the time goes: the engine alone per instrument.

Run: ``.venv/bin/python benchmarks/demo.py``; ``SP_BENCH_DEMO`` (default 400) sets the count.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from sp_collect.engine import load_form
from sp_collect.engine.synthetic import synthesize
from sp_collect.resources import shipped_forms
from sp_collect.workspace import Workspace
from sp_collect.workspace.demo_bank import SpreadAnswers

COUNT = int(os.environ.get("SP_BENCH_DEMO", "400"))
TARGET = 500


def attach(data: bytes, name: str, media_type: str) -> dict[str, object]:
    return {"sha256": "0" * 64, "name": name, "media_type": media_type, "size": len(data)}


def demo_rate(folder: Path) -> None:
    workspace, _ = Workspace.create(folder, "benchmark passphrase", name="Bench", role="field")
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        wall, cpu = time.perf_counter(), time.process_time()
        changes = workspace.demo.generate(COUNT, finalize=True, seed=1)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rate = COUNT / cpu
    verdict = "ok" if rate >= TARGET else "MISSED"
    print(
        f"demo, {COUNT} responses of the four instruments ({changes.message}): "
        f"{rate:.0f}/s by CPU ({cpu:.2f} s), {COUNT / wall:.0f}/s by wall ({wall:.2f} s) "
        f"(target ≥ {TARGET}/s) {verdict}"
    )


def engine_rates() -> None:
    """The engine's share: synthesize alone, per instrument (no storage)."""
    for path in shipped_forms():
        form = load_form(path)
        suggest = SpreadAnswers()
        rng = random.Random(2)
        synthesize(form, rng, suggest=suggest, attach=attach)  # filtered choices remembered
        count, cpu = 0, time.process_time()
        while time.process_time() - cpu < 1.5:
            synthesize(form, rng, suggest=suggest, attach=attach)
            count += 1
        cpu = time.process_time() - cpu
        each = cpu / count * 1000
        print(f"  engine only, {path.stem}: {count / cpu:.0f} responses/s ({each:.1f} ms each)")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo_rate(Path(folder) / "ws")
    engine_rates()


if __name__ == "__main__":
    main()
