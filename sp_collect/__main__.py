"""``python -m sp_collect`` and the frozen app's entry point."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First: in the frozen app this same executable is also the helper process that writes a
    # report (sp_collect/workspace/report_process.py); there it runs the helper and exits.
    multiprocessing.freeze_support()
    from sp_collect.cli.main import main

    sys.exit(main())
