"""The Workspace façade: the one object the UI and the CLI hold.

It opens the encrypted store, owns the workspace identity, installs forms and runs responses
through ``FormSession``; sync, scoring and reports hang off it in sibling modules. Methods return
values (``Changes``, ``SavedResponse``…) and never print.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sp_collect.engine import CompiledForm, FormSession, load_form
from sp_collect.engine.loader import read_form_json
from sp_collect.engine.model import text_in
from sp_collect.errors import AnswerError, FormDefinitionError, NotFound, WorkspaceError
from sp_collect.storage import Store
from sp_collect.sync.identity import ContactCard, Identity
from sp_collect.workspace.conflict_ops import ConflictOps
from sp_collect.workspace.demo import DemoOps
from sp_collect.workspace.editor import ResponseEditor, describe_issues
from sp_collect.workspace.export_ops import ExportOps
from sp_collect.workspace.packages import PackageOps, assigned_answers
from sp_collect.workspace.report_ops import ReportOps
from sp_collect.workspace.results import Changes, Created, SavedResponse
from sp_collect.workspace.scoring_ops import ScoringOps
from sp_collect.workspace.sync_ops import SyncOps

IDENTITY_SECRET_PREFIX = "identity."
ATTACHMENT_FIELDS = frozenset({"sha256", "name", "media_type", "size"})


class Workspace(PackageOps, SyncOps, DemoOps, ConflictOps, ScoringOps, ReportOps, ExportOps):
    """An open, unlocked workspace. Use as a context manager, or call :meth:`close`.

    Each area's operations live in a mixin module of their own (packages, sync_ops, …).
    """

    def __init__(self, store: Store, folder: Path) -> None:
        self.store = store
        self.folder = folder
        self._identity: Identity | None = None
        self._recovery_code: str | None = None
        self._forms: dict[tuple[str, str], CompiledForm] = {}

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        name: str,
        role: str,
        database_url: str | None = None,
    ) -> tuple[Workspace, Created]:
        """Create a workspace with a fresh identity; the recovery code is returned once."""
        if role not in ("field", "coordinator"):
            raise WorkspaceError(f"role must be 'field' or 'coordinator', not {role!r}")
        if not name.strip():
            raise WorkspaceError("give the workspace a name (the person or team using it)")
        folder = Path(folder)
        store, recovery_code = Store.create(
            folder, passphrase, name=name, role=role, database_url=database_url
        )
        workspace = cls(store, folder)
        identity = Identity.generate(name, role)
        with store.atomic():
            for key, secret in identity.secrets().items():
                store.secrets.put(IDENTITY_SECRET_PREFIX + key, secret)
            store.events.append("workspace_created", name, {"role": role})
        workspace._identity = identity
        created = Created(str(folder), recovery_code, identity.card.fingerprint)
        return workspace, created

    @classmethod
    def open(
        cls, folder: Path | str, *, passphrase: str | None = None, recovery_code: str | None = None
    ) -> Workspace:
        folder = Path(folder)
        store = Store.open(folder, passphrase=passphrase, recovery_code=recovery_code)
        workspace = cls(store, folder)
        # Kept in memory only (like the database key), so that the forgotten passphrase can be
        # replaced without being known: see change_passphrase.
        workspace._recovery_code = recovery_code if passphrase is None else None
        return workspace

    @staticmethod
    def recover(folder: Path | str, recovery_code: str, new_passphrase: str) -> None:
        Store.recover(Path(folder), recovery_code, new_passphrase)

    @property
    def unlocked_by_recovery(self) -> bool:
        """Opened with the recovery code and no new passphrase chosen since: the user should
        choose one now (the forgotten passphrase still opens the workspace until then)."""
        return self._recovery_code is not None

    def change_passphrase(self, old: str | None, new: str) -> None:
        """A new passphrase, proven by the current one, or (``old`` None, after an unlock with
        the recovery code) by that code; the old passphrase no longer opens the workspace."""
        if old is None and self._recovery_code is None:
            raise WorkspaceError(
                "give the current passphrase to change it", code="passphrase_needed"
            )
        if old is None:
            self.store.change_passphrase("", new, recovery_code=self._recovery_code)
        else:
            self.store.change_passphrase(old, new)
        self._recovery_code = None

    def check(self) -> Any:
        return self.store.check()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity ------------------------------------------------------------------------------
    @property
    def info(self) -> Any:
        return self.store.info

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            info = self.store.info
            prefix = IDENTITY_SECRET_PREFIX
            secrets = {
                name.removeprefix(prefix): self.store.secrets.get(name)
                for name in self.store.secrets.names()
                if name.startswith(prefix)
            }
            self._identity = Identity.from_secrets(info.name, info.role, secrets)
        return self._identity

    @property
    def card(self) -> ContactCard:
        return self.identity.card

    # -- forms ---------------------------------------------------------------------------------
    def add_form(self, source: Path | str | Mapping[str, Any]) -> Changes:
        """Install a form version; every version stays installed so old drafts reopen."""
        form = load_form(dict(source) if isinstance(source, Mapping) else Path(source))
        definition = _read_definition(source)
        with self.store.atomic():
            new = self.store.forms.add(form.id, form.version, definition)
            if new:
                self.store.events.append("form_added", form.id, {"version": form.version})
        verb = "installed" if new else "was already installed:"
        return Changes(forms=frozenset({form.id}), message=f"{verb} {form.id} {form.version}")

    def import_xlsform(self, path: Path | str) -> tuple[Changes, tuple[str, ...]]:
        """Convert an XLSForm and install it; also says what had no exact equivalent."""
        from sp_collect.engine.xlsform import import_xlsform  # pyxform loads only when needed

        result = import_xlsform(path)
        return self.add_form(result.form), tuple(result.report.lines())

    def forms(self) -> list[Any]:
        """Installed form versions; on a field device with an assignment, only assigned forms."""
        assignment = self.my_assignment() if self.info.role == "field" else None
        rows = self.store.forms.list()
        return [row for row in rows if assignment is None or assignment.allows(row.form_id)]

    def compiled_form(self, form_id: str, version: str | None = None) -> CompiledForm:
        if version is None:
            definition = self.store.forms.latest(form_id)
            if definition is None:
                raise NotFound(f"no form '{form_id}' is installed; add it with 'forms add' first")
            version = str(definition["version"])
        key = (form_id, version)
        if key not in self._forms:
            definition = self.store.forms.get(form_id, version)
            if definition is None:
                raise NotFound(f"form '{form_id}' version {version} is not installed")
            self._forms[key] = load_form(definition)
        return self._forms[key]

    def question_labels(
        self, form_id: str, version: str | None = None, language: str | None = None
    ) -> dict[str, str]:
        """Question id → its label in ``language`` (the form's default language if None)."""
        model = self.compiled_form(form_id, version).model
        language = language or model.default_language
        return {
            item.id: text_in(getattr(item, "label", None), language, model.default_language)
            for _pointer, item in model.walk()
            if getattr(item, "id", None)
        }

    # -- responses -----------------------------------------------------------------------------
    def start_response(self, form_id: str, *, language: str | None = None) -> ResponseEditor:
        """A new draft, saved at once so it survives a crash before the first answer."""
        editor = self._new_editor(form_id, language)
        if self.info.role == "field":  # the institution and country the package assigned
            for path, value in assigned_answers(editor.form.model, self.my_assignment()).items():
                editor.session.answer(path, value)
        with self.store.atomic():
            editor.create()
        return editor

    def _new_editor(self, form_id: str, language: str | None = None) -> ResponseEditor:
        form = self.compiled_form(form_id)
        session = FormSession(
            form,
            language=language or form.model.default_language,
            metadata=self._metadata(form),
        )
        return ResponseEditor.new(self, form, session)

    def open_response(self, uuid: str) -> ResponseEditor:
        row = self.store.responses.get(uuid)
        if row is None:
            raise NotFound(f"no response {uuid} in this workspace")
        form = self.compiled_form(row.form_id, row.form_version)
        if row.state:
            session = FormSession.from_json(form, row.state)
        else:  # received in a bundle: only the answers travel, so the session is rebuilt
            session = FormSession(form, language=form.model.default_language)
            session.load_answers(row.answers)
            session.mark_finalized()
        return ResponseEditor(self, form, session, row.uuid, row.status, row.revision)

    def add_response(
        self, form_id: str, answers: Mapping[str, Any], *, finalize: bool = False
    ) -> SavedResponse:
        """Validate answers through FormSession (as the UI does) and store them.

        Nothing is stored when an answer is refused, or when ``finalize`` is asked for and the
        response still has errors: scripted imports either land whole or not at all.
        """
        editor = self._new_editor(form_id)
        problems = editor.session.load_answers(dict(answers))
        if problems:
            raise AnswerError(
                "the answers were refused: " + describe_issues(problems), code="answers_invalid"
            )
        if finalize:
            editor.check_finalizable()
        with self.store.atomic():
            editor.create()
            return editor.finalize() if finalize else editor.save()

    def edit_response(
        self,
        uuid: str,
        changes: Mapping[str, Any],
        *,
        reason: str | None = None,
        finalize: bool = False,
    ) -> SavedResponse:
        """Change answers (by path, e.g. ``s2_02`` or ``work_history[0].country``) of a response.

        A finalized or sent response needs a ``reason``, kept in the audit trail. Every change is
        checked before anything is written: one refused value leaves the response untouched.
        """
        editor = self.open_response(uuid)
        if not (reason and reason.strip()):
            if editor.status != "draft":
                raise AnswerError(
                    f"response {uuid} is {editor.status}: give a reason for changing it (--reason)",
                    code="no_reason",
                )
            if editor.session.finalized:
                raise AnswerError(
                    f"response {uuid} was finalized before: give a reason for changing it "
                    "(--reason)",
                    code="no_reason",
                )
        needs_reason = editor.session.finalized
        refused = []
        for path, value in changes.items():
            result = editor.session.answer(path, value, reason=reason if needs_reason else None)
            if result.status in ("type", "unknown", "readonly"):
                refused.append(f"{path}: {(result.message or result.status).rstrip('.')}")
        if refused:
            raise AnswerError(
                "the changes were refused: " + "; ".join(refused), code="answers_invalid"
            )
        if finalize:
            editor.check_finalizable()
        with self.store.atomic():
            if editor.status != "draft":
                editor.reopen(reason or "")
            return editor.finalize() if finalize else editor.save()

    def attach_file(self, path: Path | str) -> dict[str, Any]:
        """Store a file in the encrypted attachment store; returns the answer that refers to it
        (``{sha256, name, media_type, size}``) for a file, image, audio or signature question."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise AnswerError(
                f"the file {path} could not be read; check its name", code="attachment_unreadable"
            ) from exc
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        digest = self.store.attachments.put(data, media_type, path.name)
        return {"sha256": digest, "name": path.name, "media_type": media_type, "size": len(data)}

    def check_attachments(self, values: Any) -> None:
        """Refuse an attachment answer whose file is not in this workspace (a made-up one).

        The command line calls it on typed answers; bundles and the form view bring their files.
        """
        if isinstance(values, Mapping):
            digest = values.get("sha256")
            if isinstance(digest, str) and set(values) == ATTACHMENT_FIELDS:
                if not self.store.attachments.has(digest):
                    raise AnswerError(
                        f"the attachment {values.get('name')!r} is not stored in this workspace; "
                        'give the file itself ({"file": "path"}) instead of a reference',
                        code="attachment_missing",
                    )
                return
            values = list(values.values())
        if isinstance(values, list):
            for value in values:
                self.check_attachments(value)

    def responses(self, *, status: str | None = None, form_id: str | None = None) -> list[Any]:
        return self.store.responses.list(status=status, form_id=form_id)

    def response(self, uuid: str) -> Any:
        row = self.store.responses.get(uuid)
        if row is None:
            raise NotFound(f"no response {uuid} in this workspace")
        return row

    def comments(self, uuid: str) -> list[Any]:
        """Review comments on a response, each on the question it concerns."""
        return self.store.comments.for_response(uuid)

    def _metadata(self, form: CompiledForm) -> dict[str, str]:
        info = self.store.info
        return {
            "interviewer": info.name,
            "device_id": info.device_id,
            "form_version": form.model.version,
        }


def _read_definition(source: Path | str | Mapping[str, Any]) -> dict[str, Any]:
    """The form's JSON as a dict, read and parsed once (errors name the file and line)."""
    if isinstance(source, Mapping):
        return dict(source)
    _name, data = read_form_json(Path(source))
    if not isinstance(data, dict):
        raise FormDefinitionError(f"{source}: a form file must hold a JSON object")
    return data
