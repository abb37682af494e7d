"""A separate process that imports one bundle (for the concurrency and SIGKILL tests).

Usage: ``python import_child.py FOLDER BUNDLE [--stall]``; the passphrase comes from
``SP_TEST_PASSPHRASE`` and the identity's secrets as JSON (hex values) on stdin, never a file.
With ``--stall`` it prints ``merging`` at the first progress report and sleeps, to be killed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from sp_collect.storage import Store
from sp_collect.sync.identity import Identity
from sp_collect.sync.merge import import_bundle


def main() -> None:
    folder, bundle = Path(sys.argv[1]), Path(sys.argv[2])
    stall = "--stall" in sys.argv
    secrets = {k: bytes.fromhex(v) for k, v in json.loads(sys.stdin.read()).items()}
    identity = Identity.from_secrets("coordinator", "coordinator", secrets)

    def progress(done: int, total: int, what: str) -> None:
        if stall and done < total:
            print("merging", flush=True)
            time.sleep(120)

    with Store.open(folder, passphrase=os.environ["SP_TEST_PASSPHRASE"]) as store:
        print("opened", flush=True)
        result = import_bundle(store, bundle, identity, progress=progress)
    print(json.dumps({"status": result.status, "new": result.new, "unchanged": result.unchanged}))


if __name__ == "__main__":
    main()
