"""Holds a workspace open for writing, as the app does, in a process of its own.

Usage: ``app_holder.py FOLDER`` with ``SP_COLLECT_PASSPHRASE`` set. Prints ``ready`` once the
workspace is open, then reads commands from stdin, one per line: ``add FILE`` adds and finalizes
a Form A response from a JSON answers file (printing its uuid), ``quit`` closes and exits.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from sp_collect.workspace import Workspace

FORM_A = "caricom-institutional-survey"


def main() -> None:
    folder = Path(sys.argv[1])
    with Workspace.open(folder, passphrase=os.environ["SP_COLLECT_PASSPHRASE"]) as workspace:
        print("ready", flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "quit":
                break
            if command == "add":
                answers = json.loads(Path(argument).read_text(encoding="utf-8"))
                saved = workspace.responses.add(FORM_A, answers, finalize=True)
                print(saved.uuid, flush=True)


if __name__ == "__main__":
    main()
