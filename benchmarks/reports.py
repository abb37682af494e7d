"""Report figures: the regional report for 30 institutions, 300 key-informant and 500
beneficiary interviews and 3 workshops, as PDF and as DOCX.

Run: .venv/bin/python benchmarks/reports.py   (prints one line per figure, target beside it)
The time covers what a coordinator waits for: reading the responses from the encrypted store,
scoring, the descriptive statistics, the framework comparison and laying out the document.
"""

from __future__ import annotations

import os
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
    FORM_D,
    beneficiary_answers,
    fixture,
    institution_answers,
    interview_answers,
)

from sp_collect.resources import shipped_forms  # noqa: E402
from sp_collect.workspace import Workspace  # noqa: E402

INSTITUTIONS = 30
INTERVIEWS = 300
BENEFICIARIES = 500
WORKSHOPS = 3
TARGET_SECONDS = 5.0
FORM_C = "caricom-beneficiary-interview"


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
            for index in range(BENEFICIARIES):
                workspace.responses.add(FORM_C, beneficiary_answers(index, rng), finalize=True)
            for index in range(WORKSHOPS):
                workshop = fixture("workshop_complete.json")
                workshop["d1_01_seq"] = index + 1
                workspace.responses.add(FORM_D, workshop, finalize=True)
            for fmt in ("pdf", "docx"):
                out = Path(tmp) / f"regional.{fmt}"
                start, cpu = time.perf_counter(), time.process_time()
                workspace.reports.write("regional", out)
                seconds = time.perf_counter() - start
                cpu = time.process_time() - cpu
                verdict = "ok" if seconds < TARGET_SECONDS else "SLOWER THAN TARGET"
                print(
                    f"regional report ({fmt}), {INSTITUTIONS} institutions + {INTERVIEWS} "
                    f"interviews + {BENEFICIARIES} beneficiaries + {WORKSHOPS} workshops: "
                    f"{seconds:.2f} s (CPU {cpu:.2f} s; target < {TARGET_SECONDS:.0f} s) "
                    f"{verdict}; {out.stat().st_size / 1024:.0f} KiB"
                )
    # Wall time on a shared machine is mostly waiting: the CPU time is what the report costs.
    print(f"load average while measuring: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
