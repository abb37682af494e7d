"""Form packages in the workspace: build (coordinator), inspect and install (field).

The installed package's record (its id, version, the pinned coordinator key and the recipients
bundles are encrypted to) is kept sealed in the store, like the identity keys: swapping the
pinned key would let a stranger push forms, so it gets the same protection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sp_collect.engine.choice_files import detach_choice_files
from sp_collect.errors import BundleError, NotFound, WorkspaceError
from sp_collect.sync.assignments import Assignment, assignments_body, read_assignments
from sp_collect.sync.identity import ContactCard
from sp_collect.sync.package import MediaFile, Package, build_package, read_package
from sp_collect.workspace.changes import Changes
from sp_collect.workspace.context import WorkspaceContext
from sp_collect.workspace.forms import attach, media_beside

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


@dataclass(frozen=True)
class DeviceAssignment:
    """What the last built package asked of one device, and what came back from it."""

    assignment: Assignment
    name: str
    """The device's name when it is a contact, else empty."""
    received: int
    """Responses merged from the device (any status)."""
    received_forms: tuple[str, ...]


class PackageService:
    """The coordinator builds signed packages; a device inspects and installs them."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        self._ctx = ctx

    def build(
        self,
        form_paths: Sequence[Path | str],
        out_path: Path | str,
        *,
        form_ids: Sequence[str] = (),
        scoring_paths: Sequence[Path | str] = (),
        assignments: Iterable[Assignment] = (),
        backup_cards: tuple[ContactCard, ...] = (),
    ) -> tuple[dict[str, Any], Path]:
        """Sign a package of validated forms; each build gets the next version number.

        Forms come from files (``form_paths``) and/or from the newest installed version of
        ``form_ids`` (what the app's Forms and packages page offers).
        """
        if self._ctx.info.role != "coordinator":
            raise WorkspaceError(
                "only a coordinator workspace can build form packages", code="coordinator_only"
            )
        if not form_paths and not form_ids:
            raise WorkspaceError(
                "name at least one form to put in the package", code="package_no_forms"
            )
        from sp_collect.engine import load_form  # the engine loads when forms are checked

        forms: list[bytes] = []
        media: list[MediaFile] = []
        for path in form_paths:
            load_form(Path(path))  # refuse an invalid form with its file and pointer
            definition = json.loads(Path(path).read_bytes())
            files = _media_files(definition, media_beside(definition, path))
            carried = detach_choice_files(definition, {item.name for item in files})
            forms.append(
                json.dumps(carried, ensure_ascii=False, indent=1).encode()
                if files
                else Path(path).read_bytes()
            )
            media += files
        for form_id in form_ids:
            self._ctx.forms.compiled(form_id)  # NotFound with advice when not installed
            definition = self._ctx.store.forms.latest(form_id) or {}
            files = _media_files(
                definition, self._ctx.forms.media(form_id, str(definition["version"]))
            )
            carried = detach_choice_files(definition, {item.name for item in files})
            forms.append(json.dumps(carried, ensure_ascii=False, indent=1).encode())
            media += files
        previous = _sealed_json(self._ctx, BUILT)
        sequence = int(previous.get("sequence", 0)) + 1 if previous else 1
        assigned = assignments_body(assignments)
        body = build_package(
            Path(out_path),
            self._ctx.identity,
            sequence=sequence,
            forms=forms,
            scoring=[(Path(p).name, Path(p).read_bytes()) for p in scoring_paths],
            media=media,
            package_id=previous.get("package_id") if previous else None,
            backup_recipients=backup_cards,
            assignments=assigned,
        )
        record = {"package_id": body["package_id"], "sequence": body["sequence"]}
        with self._ctx.store.atomic():
            _put_sealed_json(self._ctx, BUILT, {**record, "assignments": assigned})
            self._ctx.store.events.append(
                "package_built", body["package_id"], {"sequence": sequence}
            )
        return body, Path(out_path)

    def device_assignments(self) -> list[DeviceAssignment]:
        """Per device named in the last built package: its assignment and what it sent back."""
        built = _sealed_json(self._ctx, BUILT)
        assigned = read_assignments(built.get("assignments", {}))
        store = self._ctx.store
        contacts = {str(row.card.get("fingerprint", "")): row for row in store.contacts.list()}
        result = []
        for fingerprint, assignment in assigned.items():
            contact = contacts.get(fingerprint)
            rows = (
                [r for r in store.responses.list() if r.sender == contact.key_id]
                if contact is not None
                else []
            )
            result.append(
                DeviceAssignment(
                    assignment,
                    contact.name if contact is not None else "",
                    len(rows),
                    tuple(sorted({r.form_id for r in rows})),
                )
            )
        return result

    def my_assignment(self) -> Assignment | None:
        """What the installed package assigns to this device (None: every form, no pre-fill)."""
        package = self.installed()
        if package is None:
            return None
        assigned = read_assignments(package.assignments)  # checked when the package was read
        return assigned.get(self._ctx.identity.card.fingerprint)

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
        from sp_collect.engine import load_form  # the engine loads when forms are checked

        package = _verified(self.installed(), path)
        definitions = []
        for form_file in package.forms:
            definition, _missing = attach(json.loads(form_file.data), form_file.media)
            load_form(definition)
            definitions.append((definition, form_file.media))
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
            for definition, media in definitions:
                if self._ctx.store.forms.add(
                    definition["id"], str(definition["version"]), definition,
                    package_id=package.package_id,
                ):  # fmt: skip
                    added.add(definition["id"])
                    self._ctx.forms.keep_media(definition, media)
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


def _media_files(definition: dict[str, Any], files: dict[str, bytes]) -> list[MediaFile]:
    form_id, version = str(definition["id"]), str(definition["version"])
    return [MediaFile(form_id, version, name, data) for name, data in sorted(files.items())]


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
