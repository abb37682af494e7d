"""``sp-collect init``, ``workspace passwd|recover|check`` and ``identity show|export|keys``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sp_collect.cli.common import add_workspace_option, open_workspace
from sp_collect.cli.passphrase import (
    NEW_ENV_VAR,
    add_passphrase_option,
    ask,
    read_new_passphrase,
    read_passphrase,
)
from sp_collect.errors import WorkspaceError

RECOVERY_ADVICE = (
    "Write this recovery code down on paper and keep it somewhere safe, away from this laptop.\n"
    "It opens the workspace if the passphrase is forgotten. It is shown only this once."
)


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="create a new encrypted workspace")
    init.add_argument("--workspace", "-w", type=Path, required=True, metavar="DIR")
    init.add_argument("--name", required=True, help="who uses this workspace (person or team)")
    init.add_argument("--role", required=True, choices=["field", "coordinator"])
    init.add_argument(
        "--database",
        metavar="URL",
        help="coordinators: a PostgreSQL URL (postgresql+psycopg://…) instead of the local file",
    )
    add_passphrase_option(init)
    init.set_defaults(func=_init)

    workspace = commands.add_parser("workspace", help="passphrase, recovery and integrity check")
    actions = workspace.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    passwd = actions.add_parser("passwd", help="change the passphrase (data is not re-encrypted)")
    add_workspace_option(passwd)
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the new passphrase from the first line of FILE (else ${NEW_ENV_VAR}, else "
        "a prompt)",
    )
    passwd.set_defaults(func=_passwd)
    recover = actions.add_parser("recover", help="set a new passphrase with the recovery code")
    recover.add_argument("--workspace", "-w", type=Path, required=True, metavar="DIR")
    recover.add_argument("--recovery-code", help="the code shown when the workspace was created")
    add_passphrase_option(recover)
    recover.set_defaults(func=_recover)
    check = actions.add_parser("check", help="verify the database and the history's hash chain")
    add_workspace_option(check)
    check.set_defaults(func=_check)

    identity = commands.add_parser("identity", help="this workspace's identity and contact card")
    ident_actions = identity.add_subparsers(
        dest="identity_command", metavar="ACTION", required=True
    )
    show = ident_actions.add_parser("show", help="name, role and fingerprint")
    add_workspace_option(show)
    show.set_defaults(func=_identity_show)
    export = ident_actions.add_parser("export", help="write the public contact card to a file")
    add_workspace_option(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="CARD.json")
    export.set_defaults(func=_identity_export)
    keys = ident_actions.add_parser(
        "keys",
        help="write the age identity and minisign public keys for the age and minisign programs",
        description="The escape hatch: bundles and returns opened with age and minisign alone "
        "(docs/bundle-format.md). The age identity is written unprotected: keep it offline.",
    )
    add_workspace_option(keys)
    keys.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    keys.set_defaults(func=_identity_keys)


def _init(args: argparse.Namespace) -> int:
    from sp_collect.workspace import Workspace

    passphrase = read_passphrase(args, confirm=True, prompt="New passphrase: ")
    workspace, created = Workspace.create(
        args.workspace, passphrase, name=args.name, role=args.role, database_url=args.database
    )
    workspace.close()
    print(f"Created the {args.role} workspace {created.folder} for {args.name}.")
    print(f"Fingerprint: {created.fingerprint}")
    print()
    print(f"Recovery code: {created.recovery_code}")
    print(RECOVERY_ADVICE)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    old = read_passphrase(args, prompt="Current passphrase: ")
    new = read_new_passphrase(args)
    with open_workspace(args, old) as workspace:
        workspace.change_passphrase(old, new)
    print("The passphrase was changed.")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from sp_collect.workspace import Workspace

    code = args.recovery_code or ask("Recovery code: ")
    new = read_passphrase(args, confirm=True, prompt="New passphrase: ")
    Workspace.recover(args.workspace, code, new)
    print("The workspace has a new passphrase; the recovery code still works.")
    return 0


def _check(args: argparse.Namespace) -> int:
    """Exit 0 intact, 1 damaged, 3 when the check could not run (a full disk, or a PostgreSQL
    server out of reach, is not damage)."""
    try:
        with open_workspace(args, read_only=True) as workspace:
            report = workspace.check()
    except WorkspaceError as exc:
        if exc.code not in ("disk_full", "database_unreachable"):
            raise
        print(f"error: {exc}; the workspace was not checked", file=sys.stderr)
        return 3
    if report.ok:
        counts = ", ".join(f"{v} {k}" for k, v in sorted(report.counts.items()))
        print(f"The workspace is intact ({counts}).")
        return 0
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    print(
        "error: the workspace failed its integrity check (see the problems above)", file=sys.stderr
    )
    return 1


def _identity_show(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        card = workspace.card
    print(f"Name:        {card.name}")
    print(f"Role:        {card.role}")
    print(f"Fingerprint: {card.fingerprint}")
    return 0


def _identity_keys(args: argparse.Namespace) -> int:
    from sp_collect.sync.escape_hatch import write_keys
    from sp_collect.sync.identity import ContactCard

    with open_workspace(args) as workspace:
        trusted = [ContactCard.from_dict(c.card) for c in workspace.contacts.list() if c.trusted]
        written = write_keys(args.output, workspace.identity, trusted)
    print(
        f"warning: {written.age_identity} holds this workspace's private key, unprotected: "
        "anyone with it reads every bundle and return sent to this workspace. Keep it on "
        "removable media in a safe place, and delete this copy once it is stored.",
        file=sys.stderr,
    )
    print(f"Wrote {written.age_identity} (secret) and {written.own_public}", end="")
    print(f", and the public keys of {len(written.contacts)} trusted contacts." if trusted else ".")
    return 0


def _identity_export(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        card = workspace.card
    args.output.write_text(card.to_json() + "\n", encoding="utf-8")
    print(
        f"Wrote the contact card of {card.name} to {args.output} (fingerprint {card.fingerprint})."
    )
    return 0
