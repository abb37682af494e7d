"""Test helper run as a subprocess: finalize a response and export a bundle, in a loop.

Usage: python export_child.py FOLDER OUT_FOLDER (stdin: passphrase line, then a JSON line of the
field identity's secrets and the coordinator's card). Prints ``exported SEQ`` after each export.
Runs until killed.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

from sp_collect.storage import Store
from sp_collect.sync.export import export_bundle
from sp_collect.sync.identity import ContactCard, Identity


def main() -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    given = json.loads(sys.stdin.readline())
    secrets = {k: bytes.fromhex(v) for k, v in given["secrets"].items()}
    field = Identity.from_secrets(given["name"], "field", secrets)
    coord = ContactCard.from_dict(given["coordinator"])
    out = Path(sys.argv[2])
    store = Store.open(Path(sys.argv[1]), passphrase=passphrase)
    print("ready", flush=True)
    while True:
        with store.atomic():
            name = str(uuid.uuid4())
            store.responses.create(name, "household", "2026.1", "ana", {}, {"name": name})
            store.responses.set_status(name, "finalized")
        result = export_bundle(store, field, [coord], out / f"{name}.spbundle")
        print(f"exported {result.sequence}", flush=True)


if __name__ == "__main__":
    main()
