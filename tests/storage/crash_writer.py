"""Test helper run as a subprocess: autosave in a loop, print each acknowledged save.

Usage: python crash_writer.py FOLDER (passphrase on stdin). Runs until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sp_collect.storage import Store


def main() -> None:
    store = Store.open(Path(sys.argv[1]), passphrase=sys.stdin.readline().rstrip("\n"))
    counter = store.responses.get("main").answers["counter"]
    print("ready", flush=True)
    while True:
        counter += 1
        with store.atomic():
            store.responses.save(
                "main",
                state={"counter": counter},
                answers={"counter": counter, "text": "answer " * 200},
            )
            store.events.append("response_saved", "main", {"counter": counter})
            if counter % 7 == 0:
                store.responses.create(f"extra-{counter}", "f", "1", "Ana", {}, {"n": counter})
        # Printed only after the commit returned: each line is a promise the test checks.
        print(f"ack {counter}", flush=True)


if __name__ == "__main__":
    main()
