"""Form packages in the workspace: build (coordinator), inspect and install (field).

The installed package's record (its id, version, the pinned coordinator key and the recipients
bundles are encrypted to) is kept sealed in the store, like the identity keys: swapping the
pinned key would let a stranger push forms, so it gets the same protection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sp_collect.engine import load_form
from sp_collect.errors import BundleError, NotFound, WorkspaceError
from sp_collect.sync.identity import ContactCard
from sp_collect.sync.package import Package, build_package, read_package
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.results import Changes

INSTALLED = "package.installed"
BUILT = "package.built"


@dataclass(frozen=True)
class PackagePreview:
    """What the user checks before installing: who signed it (read the fingerprint aloud)."""

    path: Path
    signer_name: str
    fingerprint: str
    sequence: int
    forms: tuple[tuple[str, str], ...]
    first_install: bool


@dataclass(frozen=True)
class InstalledPackage:
    package_id: str
    sequence: int
    signer: ContactCard
    recipients: tuple[ContactCard, ...]
    assignments: dict[str, Any]
    escrow: dict[str, Any]


class PackageService:
    """The coordinator builds signed packages; a device inspects and installs them."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self._ctx = ctx

    def build(
        self,
        form_paths: list[Path],
        out_path: Path,
        *,
        scoring_paths: tuple[Path, ...] = (),
        assignments: dict[str, Any] | None = None,
        backup_cards: tuple[ContactCard, ...] = (),
    ) -> tuple[dict[str, Any], Path]:
        """Sign a package of validated forms; each build gets the next version number."""
        if self._ctx.info.role != "coordinator":
            raise WorkspaceError("only a coordinator workspace can build form packages")
        if not form_paths:
            raise WorkspaceError("name at least one form to put in the package (--forms)")
        for path in form_paths:
            load_form(Path(path))  # refuse an invalid form with its file and pointer
        previous = _sealed_json(self._ctx, BUILT)
        sequence = int(previous.get("sequence", 0)) + 1 if previous else 1
        body = build_package(
            out_path,
            self._ctx.identity,
            sequence=sequence,
            forms=[Path(p).read_bytes() for p in form_paths],
            scoring=[(Path(p).name, Path(p).read_bytes()) for p in scoring_paths],
            package_id=previous.get("package_id") if previous else None,
            backup_recipients=backup_cards,
            assignments=assignments,
        )
        with self._ctx.store.atomic():
            _put_sealed_json(
                self._ctx, BUILT, {"package_id": body["package_id"], "sequence": body["sequence"]}
            )
            self._ctx.store.events.append(
                "package_built", body["package_id"], {"sequence": sequence}
            )
        return body, out_path

    def installed(self) -> InstalledPackage | None:
        record = _sealed_json(self._ctx, INSTALLED)
        if not record:
            return None
        return InstalledPackage(
            package_id=record["package_id"],
            sequence=record["sequence"],
            signer=ContactCard.from_dict(record["signer"]),
            recipients=tuple(ContactCard.from_dict(c) for c in record["recipients"]),
            assignments=record.get("assignments", {}),
            escrow=record.get("escrow", {}),
        )

    def inspect(self, path: Path) -> PackagePreview:
        """Verify a package fully and say who signed it, without installing anything."""
        package = _verified(self.installed(), path)
        return PackagePreview(
            path=Path(path),
            signer_name=package.signer.name,
            fingerprint=package.signer.fingerprint,
            sequence=package.sequence,
            forms=tuple((f.form_id, f.version) for f in package.forms),
            first_install=self.installed() is None,
        )

    def install(self, path: Path) -> Changes:
        """Install the forms, pin the signer, trust the coordinators: all or nothing."""
        package = _verified(self.installed(), path)
        definitions = []
        for form_file in package.forms:
            definition = json.loads(form_file.data)
            load_form(definition)
            definitions.append(definition)
        record = {
            "package_id": package.package_id,
            "sequence": package.sequence,
            "signer": package.signer.to_dict(),
            "recipients": [card.to_dict() for card in package.recipients],
            "assignments": package.assignments,
            "escrow": package.escrow,
        }
        added = set()
        with self._ctx.store.atomic():
            for definition in definitions:
                if self._ctx.store.forms.add(
                    definition["id"], str(definition["version"]), definition,
                    package_id=package.package_id,
                ):  # fmt: skip
                    added.add(definition["id"])
            for card in package.coordinators:
                self._ctx.store.contacts.trust(card.to_dict())
            _put_sealed_json(self._ctx, INSTALLED, record)
            self._ctx.store.events.append(
                "package_installed", package.package_id, {"sequence": package.sequence}
            )
        forms = ", ".join(f"{f.form_id} {f.version}" for f in package.forms)
        return Changes(
            forms=frozenset(f.form_id for f in package.forms),
            contacts=frozenset(card.key_id for card in package.coordinators),
            message=f"installed package version {package.sequence} from "
            f"{package.signer.name}: {forms}",
        )


def _verified(installed: InstalledPackage | None, path: Path) -> Package:
    try:
        return read_package(
            Path(path),
            pinned_key=installed.signer.minisign_public if installed else None,
            installed_sequence=installed.sequence if installed else None,
            installed_package_id=installed.package_id if installed else None,
        )
    except FileNotFoundError as exc:
        raise BundleError(f"there is no file {path}", code="not_found") from exc


def _sealed_json(ctx: WorkspaceContext, name: str) -> dict[str, Any]:
    try:
        return json.loads(ctx.store.secrets.get(name))
    except NotFound:
        return {}


def _put_sealed_json(ctx: WorkspaceContext, name: str, value: dict[str, Any]) -> None:
    ctx.store.secrets.put(name, json.dumps(value, sort_keys=True).encode())
