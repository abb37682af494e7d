"""Sync without a network: packages, bundles, contacts, review and returns."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sp_collect.cli.common import (
    add_workspace_option,
    open_workspace,
    print_json,
    print_table,
    sentence,
)
from sp_collect.cli.progress_bar import ProgressBar
from sp_collect.errors import SpCollectError, UsageError, WorkspaceError

if TYPE_CHECKING:  # the sync layer loads the engine: only the commands that use it import it
    from sp_collect.sync.assignments import Assignment
    from sp_collect.sync.identity import ContactCard

if TYPE_CHECKING:
    from sp_collect.sync.results import ImportReport


def register(commands: argparse._SubParsersAction) -> None:
    _register_package(commands)
    _register_bundle(commands)
    _register_contacts(commands)
    _register_review(commands)
    _register_return(commands)


def _action(
    commands: argparse._SubParsersAction, group: str, help_text: str
) -> argparse._SubParsersAction:
    parser = commands.add_parser(group, help=help_text)
    return parser.add_subparsers(dest=f"{group}_command", metavar="ACTION", required=True)


# -- package ---------------------------------------------------------------------------------------
_ASSIGN_KEYS = ("forms", "institution", "country")


def _assignment(words: list[str]) -> Assignment:
    """``FINGERPRINT forms=a,b institution=X country=Y`` (the fingerprint may hold spaces)."""
    from sp_collect.sync.assignments import Assignment, normalize_fingerprint

    settings = [w for w in words if "=" in w]
    fingerprint = normalize_fingerprint(" ".join(w for w in words if "=" not in w))
    values: dict[str, str] = {}
    for word in settings:
        key, _eq, value = word.partition("=")
        if key not in _ASSIGN_KEYS:
            raise UsageError(
                f"--assign takes {', '.join(k + '=' for k in _ASSIGN_KEYS)} after the "
                f"fingerprint, not {key}=",
                code="assign_syntax",
            )
        values[key] = value.strip()
    forms = tuple(f.strip() for f in values.get("forms", "").split(",") if f.strip())
    return Assignment(
        fingerprint, forms, values.get("institution") or None, values.get("country") or None
    )


def _register_package(commands: argparse._SubParsersAction) -> None:
    actions = _action(commands, "package", "build (coordinator) or install (field) form packages")
    build = actions.add_parser("build", help="sign a package of forms for the field")
    add_workspace_option(build)
    build.add_argument("--forms", nargs="+", type=Path, required=True, metavar="FILE")
    build.add_argument("--scoring", nargs="*", type=Path, default=[], metavar="FILE")
    build.add_argument(
        "--assign",
        action="append",
        nargs="+",
        default=[],
        metavar=("FINGERPRINT", "forms=ID,ID institution=CODE country=CODE"),
        help="what one device collects (repeat for each device): the device's fingerprint, "
        "then forms=..., institution=... and/or country=...",
    )
    build.add_argument("--backup", type=Path, metavar="CARD", help="a backup recipient's card")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.sppackage")
    build.set_defaults(func=_package_build)
    install = actions.add_parser("install", help="check the signer and install a package")
    add_workspace_option(install)
    install.add_argument("package", type=Path, metavar="FILE.sppackage")
    install.add_argument("--yes", action="store_true", help="accept the fingerprint unasked")
    install.set_defaults(func=_package_install)


def _package_build(args: argparse.Namespace) -> int:
    assignments = [_assignment(words) for words in args.assign]
    backups = (_read_card(args.backup),) if args.backup else ()
    with open_workspace(args) as workspace:
        # The coordinator's own workspace needs the forms too, or the first bundles from the
        # field wait for a form "this workspace lacks". A changed form under an installed
        # version is refused here, before anything is signed.
        for form_path in args.forms:
            installed = workspace.forms.add(form_path)
            if installed.message.startswith("installed"):
                print(
                    f"Installed in this workspace: {installed.message.removeprefix('installed ')}."
                )
        body, path = workspace.packages.build(
            args.forms,
            args.output,
            scoring_paths=tuple(args.scoring),
            assignments=assignments,
            backup_cards=backups,
        )
        fingerprint = workspace.card.fingerprint
    forms = ", ".join(f["id"] for f in body["files"] if f.get("role") == "form")
    print(f"Wrote package version {body['sequence']} to {path}: {forms}.")
    print(f"Tell the field teams your fingerprint to check: {fingerprint}")
    return 0


def _package_install(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        preview = workspace.packages.inspect(args.package)
        if preview.first_install:
            print(f"This package was signed by {preview.signer_name}.")
            print(f"Fingerprint: {preview.fingerprint}")
            print("Compare it with the fingerprint your coordinator gave you.")
            if not args.yes and not _confirm("Does it match exactly? [y/N] "):
                print("Nothing was installed.")
                return 1
        changes = workspace.packages.install(args.package)
    print(sentence(changes.message))
    return 0


# -- bundle ----------------------------------------------------------------------------------------
def _register_bundle(commands: argparse._SubParsersAction) -> None:
    actions = _action(commands, "bundle", "export (field) or import (coordinator) bundles")
    export = actions.add_parser("export", help="put finalized responses into a bundle file")
    add_workspace_option(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.spbundle")
    export.set_defaults(func=_bundle_export)
    imp = actions.add_parser("import", help="verify and merge bundles (idempotent)")
    add_workspace_option(imp)
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE.spbundle")
    imp.add_argument("--json", action="store_true", help="print the results as JSON")
    imp.set_defaults(func=_bundle_import)


def _bundle_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, ProgressBar("Exporting") as bar:
        result = workspace.sync.export_bundle(args.output, progress=bar)
    what = f"{len(result.responses)} response(s) and {result.attachments} attachment(s)"
    for_whom = ", ".join(result.recipients)
    files = result.files
    if len(files) == 1:
        print(
            f"Wrote {what} to {files[0].path} for {for_whom} "
            f"(bundle {files[0].sequence}, {files[0].size:,} bytes)."
        )
        return 0
    print(
        f"Wrote {what} for {for_whom} into {len(files)} bundle files, as more than one bundle "
        "holds; send all of them:"
    )
    for file in files:
        print(
            f"  {file.path} (bundle {file.sequence}, {file.responses} response(s), "
            f"{file.size:,} bytes)"
        )
    return 0


def _bundle_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace, ProgressBar("Importing") as bar:
        results = workspace.sync.import_bundles(args.files, progress=bar)
    if args.json:
        pairs = zip(args.files, results, strict=True)
        print_json([_result_json(path, result) for path, result in pairs])
        failed = sum(isinstance(r, SpCollectError) or r.status == "rejected" for r in results)
    else:
        failed = _print_results(results)
    if failed:
        print(
            f"error: {failed} of {len(results)} file(s) were refused (see above)", file=sys.stderr
        )
        return 1
    return 0


def _print_results(results: Sequence[ImportReport | SpCollectError]) -> int:
    """One line per imported file with its counts; returns how many files were refused."""
    rows = []
    failed = 0
    for result in results:
        if isinstance(result, SpCollectError):
            failed += 1
            rows.append(["?", "no", "", "", "", "", "", str(result)])
            continue
        failed += result.status == "rejected"
        rows.append(
            [
                result.sender_name,
                "yes" if result.verified else "no",
                result.new,
                result.updated,
                result.unchanged,
                result.conflicts,
                result.rejected + result.held,
                f"{result.path.name}: {result.message}" + _gaps(result.missing_sequences),
            ]
        )
    print_table(
        ["sender", "verified", "new", "updated", "unchanged", "conflicts", "rejected", "result"],
        rows,
    )
    return failed


def _result_json(path: Path, result: ImportReport | SpCollectError) -> dict[str, object]:
    """One file's result for scripts: the table's counts, the held ones and the notes."""
    if isinstance(result, SpCollectError):
        return {"file": str(path), "status": "refused", "code": result.code, "error": str(result)}
    return {
        "file": str(path),
        "sender": result.sender_name,
        "fingerprint": result.sender_fingerprint,
        "verified": result.verified,
        "status": result.status,
        "message": result.message,
        "new": result.new,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "conflicts": result.conflicts,
        "rejected": result.rejected,
        "held": result.held,
        "attachments": result.attachments,
        "constraint_problems": result.constraint_problems,
        "missing_sequences": list(result.missing_sequences),
        "notes": [{"uuid": n.uuid, "outcome": n.outcome, "reason": n.reason} for n in result.notes],
    }


def _gaps(missing: tuple[int, ...]) -> str:
    if not missing:
        return ""
    return f" (missing earlier bundle(s) from this sender: {', '.join(map(str, missing))})"


# -- contacts --------------------------------------------------------------------------------------
def _register_contacts(commands: argparse._SubParsersAction) -> None:
    actions = _action(commands, "contacts", "trust, revoke and list contacts")
    trust = actions.add_parser("trust", help="trust a contact card after checking its fingerprint")
    add_workspace_option(trust)
    trust.add_argument("card", type=Path, metavar="CARD.json")
    trust.add_argument("--yes", action="store_true", help="accept the fingerprint unasked")
    trust.set_defaults(func=_contacts_trust)
    revoke = actions.add_parser("revoke", help="reject this contact's future bundles")
    add_workspace_option(revoke)
    revoke.add_argument("contact", help="key id, fingerprint, name or card file")
    revoke.set_defaults(func=_contacts_revoke)
    listing = actions.add_parser("list", help="list contacts")
    add_workspace_option(listing)
    listing.set_defaults(func=_contacts_list)


def _contacts_trust(args: argparse.Namespace) -> int:
    card = _read_card(args.card)
    print(f"{card.name} ({card.role}), fingerprint: {card.fingerprint}")
    if not args.yes and not _confirm("Did you check this fingerprint with them? [y/N] "):
        print("Nothing was changed.")
        return 1
    with open_workspace(args) as workspace, ProgressBar("Importing held bundles") as bar:
        changes, released = workspace.contacts.trust(card, progress=bar)
    print(sentence(changes.message))
    if released:  # the same counts as bundle import: a held bundle may bring a conflict
        _print_results(released)
    return 0


def _contacts_revoke(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        path = Path(args.contact)
        key = _read_card(path).key_id if path.suffix == ".json" and path.exists() else None
        key = key or workspace.contacts.find(args.contact).key_id
        print(sentence(workspace.contacts.revoke(key).message))
    return 0


def _contacts_list(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        rows = workspace.contacts.list()
    print_table(
        ["name", "role", "status", "fingerprint", "key id"],
        [[r.name, r.role, r.status, r.card.get("fingerprint", ""), r.key_id] for r in rows],
    )
    return 0


# -- review ----------------------------------------------------------------------------------------
def _register_review(commands: argparse._SubParsersAction) -> None:
    actions = _action(commands, "review", "approve or return received responses")
    for name, help_text in (
        ("approve", "approve a received response"),
        ("return", "return a response for correction, with comments on its questions"),
    ):
        parser = actions.add_parser(name, help=help_text)
        add_workspace_option(parser)
        parser.add_argument("uuid")
        parser.add_argument(
            "--comment", action="append", default=[], metavar="QUESTION=TEXT",
            help="a comment on a question (repeatable)",
        )  # fmt: skip
        parser.set_defaults(func=_review, decision="approved" if name == "approve" else "returned")
    conflicts = actions.add_parser("conflicts", help="list responses received twice differently")
    add_workspace_option(conflicts)
    conflicts.set_defaults(func=_review_conflicts)


def _review(args: argparse.Namespace) -> int:
    comments = {}
    for item in args.comment:
        question, sep, text = item.partition("=")
        if not sep or not question.strip() or not text.strip():
            raise UsageError(
                f"write comments as QUESTION=TEXT, not {item!r}", code="comment_syntax"
            )
        comments[question.strip()] = text.strip()
    if args.decision == "returned" and not comments:
        raise WorkspaceError(
            "say what to correct: add at least one comment (--comment QUESTION=TEXT)",
            code="review_needs_comment",
        )
    with open_workspace(args) as workspace:
        print(sentence(workspace.reviews.decide(args.uuid, args.decision, comments).message))
    return 0


def _review_conflicts(args: argparse.Namespace) -> int:
    with open_workspace(args, read_only=True) as workspace:
        table = []
        for view in workspace.conflicts.views():
            labels = workspace.forms.question_labels(view.form_id, view.form_version)
            differ = [f"{q} ({labels[q]})" if labels.get(q) else q for q in view.differing]
            table.append([view.uuid, view.revision, view.sender_name, "; ".join(differ)])
    print_table(["response", "revision", "sender", "questions that differ"], table)
    return 0


# -- return ----------------------------------------------------------------------------------------
def _register_return(commands: argparse._SubParsersAction) -> None:
    actions = _action(commands, "return", "send decisions and receipts back to a device")
    export = actions.add_parser("export", help="write a return for one device (coordinator)")
    add_workspace_option(export)
    export.add_argument("--to", required=True, metavar="DEVICE", help="contact name or key id")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.spreturn")
    export.set_defaults(func=_return_export)
    imp = actions.add_parser("import", help="apply a return from the coordinator (field)")
    add_workspace_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE.spreturn")
    imp.set_defaults(func=_return_import)


def _return_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        result = workspace.sync.export_return(args.to, args.output)
    print(
        f"Wrote a return for {', '.join(result.recipients)} to {result.path}: "
        f"{len(result.responses)} decision(s) and a receipt."
    )
    return 0


def _return_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        result = workspace.sync.import_return(args.file)
    if result.status == "duplicate":
        print("This return was already imported; nothing changed.")
        return 0
    print(
        f"From {result.sender_name}: {result.received} response(s) confirmed, "
        f"{result.approved} approved, {len(result.returned)} returned for correction "
        f"with {result.comments} comment(s)."
    )
    for uuid in result.returned:
        print(f"  returned: {uuid} (open it to see the comments)")
    return 0


# -- helpers ---------------------------------------------------------------------------------------
def _confirm(prompt: str) -> bool:
    if not sys.stdin.isatty():
        raise UsageError(
            "cannot ask for confirmation here; check the fingerprint and add --yes",
            code="confirmation_needed",
        )
    return input(prompt).strip().lower() in ("y", "yes")


def _read_card(path: Path) -> ContactCard:
    from sp_collect.sync.identity import ContactCard

    try:
        return ContactCard.from_json(path.read_bytes())
    except OSError as exc:
        raise UsageError(
            f"cannot read the contact card {path}: {exc.strerror}", code="card_unreadable"
        ) from exc
