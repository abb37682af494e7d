"""Test helper run as a subprocess: finalize a response and export a bundle, in a loop.

Usage: python export_child.py FOLDER OUT_FOLDER [MAX_MEMBER_SIZE] (stdin: passphrase line, then a
JSON line of the field identity's secrets and the coordinator's card). Prints ``exported SEQ``
after each export. Runs until killed. With MAX_MEMBER_SIZE (bytes), each round finalizes
``ROUND`` responses and exports them under that limit: several bundles per export.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

from sp_collect.storage import Store
from sp_collect.sync.export import export_bundle
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, Limits

ROUND = 12


def main() -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    given = json.loads(sys.stdin.readline())
    secrets = {k: bytes.fromhex(v) for k, v in given["secrets"].items()}
    field = Identity.from_secrets(given["name"], "field", secrets)
    coord = ContactCard.from_dict(given["coordinator"])
    out = Path(sys.argv[2])
    split = len(sys.argv) > 3
    limits = Limits(max_member_size=int(sys.argv[3])) if split else DEFAULT_LIMITS
    store = Store.open(Path(sys.argv[1]), passphrase=passphrase)
    print("ready", flush=True)
    while True:
        with store.atomic():
            for _ in range(ROUND if split else 1):
                name = str(uuid.uuid4())
                store.responses.create(name, "household", "2026.1", "ana", {}, {"name": name})
                store.responses.set_status(name, "finalized")
        result = export_bundle(store, field, [coord], out / f"{name}.spbundle", limits=limits)
        print(f"exported {result.sequence}", flush=True)


if __name__ == "__main__":
    main()
