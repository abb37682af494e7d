"""``python -m sp_collect`` and the frozen app's entry point."""

import sys

from sp_collect.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
