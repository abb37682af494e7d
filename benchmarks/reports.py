"""Report figures: the regional report for 30 institutions and 300 interviews.

Run: .venv/bin/python benchmarks/reports.py   (prints one line per figure, target beside it)
The time covers what a coordinator waits for: reading the responses from the encrypted store,
scoring, the framework comparison, the interview quotes and laying out the PDF.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from report_study_data import (  # noqa: E402
    FORM_A,
    FORM_B,
    institution_answers,
    interview_answers,
)

from sp_collect.resources import shipped_forms  # noqa: E402
from sp_collect.workspace import Workspace  # noqa: E402

INSTITUTIONS = 30
INTERVIEWS = 300
TARGET_SECONDS = 3.0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        workspace, _ = Workspace.create(
            folder, "benchmark passphrase", name="Benchmark", role="coordinator"
        )
        rng = random.Random(11)
        with workspace:
            for path in shipped_forms():
                workspace.forms.add(path)
            config = workspace.scoring.config()
            for index in range(INSTITUTIONS):
                workspace.responses.add(
                    FORM_A, institution_answers(index, config, rng), finalize=True
                )
            for index in range(INTERVIEWS):
                workspace.responses.add(FORM_B, interview_answers(index, rng), finalize=True)
            out = Path(tmp) / "regional.pdf"
            start = time.perf_counter()
            workspace.reports.write("regional", out)
            seconds = time.perf_counter() - start
            size = out.stat().st_size
        verdict = "ok" if seconds < TARGET_SECONDS else "SLOWER THAN TARGET"
        print(
            f"regional report, {INSTITUTIONS} institutions + {INTERVIEWS} interviews: "
            f"{seconds:.2f} s (target < {TARGET_SECONDS:.0f} s) {verdict}; {size / 1024:.0f} KiB"
        )


if __name__ == "__main__":
    main()
