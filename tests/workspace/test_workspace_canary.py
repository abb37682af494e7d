"""The whole field journey leaves no plaintext on disk: answers, the passphrase, the keys.

The storage tests plant canaries through the repositories; this one goes through the façade as
the app does (start, answer, autosave, attach, finalize, export a bundle, close) and then scans
the workspace folder, the temp folders and the user data folder.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid
from pathlib import Path

from sp_collect.workspace import Workspace

FORM = {
    "id": "canary_form", "version": "1", "title": "Canary",
    "items": [
        {"type": "text", "id": "story", "required": True},
        {"type": "text", "id": "notes", "appearance": "multiline"},
        {"type": "file", "id": "evidence"},
    ],
}  # fmt: skip


def _scan(roots: list[Path], needles: dict[str, bytes], since: float) -> list[str]:
    found = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                path = Path(dirpath) / name
                try:
                    if path.stat().st_mtime < since:
                        continue
                    content = path.read_bytes()
                except OSError:
                    continue
                found += [f"{label} in {path}" for label, n in needles.items() if n in content]
    return found


def test_field_journey_leaves_no_plaintext(tmp_path, monkeypatch) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    started = time.time() - 1
    passphrase = f"passphrase-{uuid.uuid4().hex}"
    story, note, document = (f"CANARY-{k}-{uuid.uuid4().hex}" for k in ("story", "note", "doc"))

    folder = tmp_path / "field"
    workspace, created = Workspace.create(folder, passphrase, name="Officer", role="field")
    with workspace:
        workspace.forms.add(FORM)
        editor = workspace.responses.start("canary_form")
        editor.session.answer("story", story)
        editor.save()
        editor.session.answer("notes", note)
        editor.save()
        reference = editor.attach(document.encode(), "evidence.txt", "text/plain")
        editor.session.answer("evidence", reference)
        editor.finalize()
        identity_secrets = workspace.identity.secrets()

    needles = {
        "story": story.encode(),
        "note": note.encode(),
        "attachment": document.encode(),
        "passphrase": passphrase.encode(),
        "recovery code": created.recovery_code.encode(),
        **{f"identity key {k}": v for k, v in identity_secrets.items()},
    }
    roots = [folder, private_tmp, Path(os.environ["SP_COLLECT_HOME"])]
    assert _scan(roots, needles, started) == []


def test_an_exported_bundle_holds_no_plaintext(tmp_path) -> None:
    secret = f"CANARY-bundle-{uuid.uuid4().hex}"
    coordinator, _ = Workspace.create(
        tmp_path / "c", "coordinator pass", name="T", role="coordinator"
    )
    form_path = tmp_path / "form.json"
    form_path.write_text(json.dumps(FORM), encoding="utf-8")
    with coordinator:
        coordinator.packages.build([form_path], tmp_path / "p.sppackage")
    field, _ = Workspace.create(tmp_path / "f", "field passphrase", name="F", role="field")
    with field:
        field.packages.install(tmp_path / "p.sppackage")
        field.responses.add("canary_form", {"story": secret}, finalize=True)
        report = field.sync.export_bundle(tmp_path / "out.spbundle")
    assert report.responses
    assert secret.encode() not in (tmp_path / "out.spbundle").read_bytes()
