"""Entry point: parses arguments, dispatches to a command, turns errors into one clear line.

Exit codes: 0 success, 1 a user error (``error: …`` on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sp_collect import __version__
from sp_collect.applog import configure_logging
from sp_collect.cli.commands import COMMAND_MODULES
from sp_collect.cli.progress_bar import ProgressBar
from sp_collect.errors import SpCollectError, UsageError

log = logging.getLogger("sp_collect")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sp-collect",
        description="Offline, encrypted data collection. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"sp-collect {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    _add_quiet(parser)
    return parser


def _add_quiet(parser: argparse.ArgumentParser) -> None:
    """``--quiet`` anywhere on the line (before or after the command): no progress output."""
    parser.add_argument(
        "--quiet", "-q", action="store_true", default=argparse.SUPPRESS, help="no progress output"
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _add_quiet(sub)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:
        args_list = ["gui"]
    args = parser.parse_args(args_list)
    configure_logging()
    ProgressBar.quiet = bool(getattr(args, "quiet", False))
    handler = getattr(args, "func", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(handler(args) or 0)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SpCollectError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("error: interrupted; nothing half-done was kept", file=sys.stderr)
        return 1
    except Exception:  # a bug: never show a traceback to a user, keep it for the developers
        log.exception("unexpected error in %s", args.command)
        print(
            "error: something unexpected went wrong; your saved data is intact. "
            "Run again with SP_COLLECT_DEBUG=1 to see the details for a bug report.",
            file=sys.stderr,
        )
        if _debug():
            raise
        return 1


def _debug() -> bool:
    import os

    return os.environ.get("SP_COLLECT_DEBUG") == "1"


if __name__ == "__main__":
    sys.exit(main())
