"""Render the first pages of each PDF report to docs/screenshots/report_*.png (needs pdftoppm).

Run: .venv/bin/python tools/render_reports.py [--out DIR] [--pages N]
Builds a throw-away coordinator workspace with 30 institutional surveys (the demo's, which
differ between institutions as a real study's do), 40 key-informant and 60 beneficiary
interviews and a workshop (the test fixtures, varied), writes the four reports and rasterises
their first pages.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from report_study_data import (  # noqa: E402
    FORM_A,
    FORM_B,
    FORM_D,
    beneficiary_answers,
    fixture,
    interview_answers,
)

from sp_collect.resources import shipped_forms  # noqa: E402
from sp_collect.workspace import Workspace  # noqa: E402

INSTITUTIONS = 30
INTERVIEWS = 40
BENEFICIARIES = 60
FORM_C = "caricom-beneficiary-interview"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", type=int, default=3, help="pages per report")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: install poppler-utils")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in _write_reports(Path(tmp)):
            prefix = args.out / f"report_{pdf.stem}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-l", str(args.pages), str(pdf), str(prefix)],
                check=True,
            )
            for padded in args.out.glob(f"{prefix.name}-0*.png"):
                # pdftoppm pads page numbers in documents of ten pages or more: keep one name
                padded.replace(padded.with_name(f"{prefix.name}-{int(padded.stem[-2:])}.png"))
            print(f"rendered {pdf.name} to {prefix}-*.png")


def _write_reports(folder: Path) -> list[Path]:
    workspace, _ = Workspace.create(
        folder / "ws", "render passphrase", name="Study coordinator", role="coordinator"
    )
    rng = random.Random(5)
    with workspace:
        for path in shipped_forms():
            workspace.forms.add(path)
        surveys = workspace.demo.generate(INSTITUTIONS, form_id=FORM_A, finalize=True, seed=5)
        institution = {uuid: workspace.responses.get(uuid).answers for uuid in surveys.responses}
        first = min(surveys.responses, key=lambda uuid: str(institution[uuid].get("s1_02")))
        for index in range(INTERVIEWS):
            workspace.responses.add(FORM_B, interview_answers(index, rng), finalize=True)
        for index in range(BENEFICIARIES):
            workspace.responses.add(FORM_C, beneficiary_answers(index, rng), finalize=True)
        workshop = workspace.responses.add(FORM_D, fixture("workshop_complete.json"), finalize=True)
        code = str(workspace.responses.get(first).answers["s1_02"])
        return [
            workspace.reports.write("regional", folder / "regional.pdf"),
            workspace.reports.write(
                "readiness", folder / "readiness.pdf", institution=code, language="fr"
            ),
            workspace.reports.write("response", folder / "response.pdf", uuid=first, language="es"),
            workspace.reports.write("workshop", folder / "workshop.pdf", uuid=workshop.uuid),
        ]


if __name__ == "__main__":
    main()
