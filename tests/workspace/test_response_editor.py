"""The rules of one response, in the workspace only: reopen, autosave, attachments."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sp_collect.errors import AnswerError, WorkspaceError
from sp_collect.workspace import Workspace

FORM = {
    "id": "editor_form", "version": "1", "title": "Editor",
    "items": [
        {"type": "integer", "id": "staff", "required": True},
        {"type": "text", "id": "note"},
        {"type": "file", "id": "evidence"},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("editor") / "ws"
    workspace, _ = Workspace.create(folder, "a passphrase for tests", name="Ann", role="field")
    workspace.forms.add(FORM)
    yield workspace
    workspace.close()


def test_after_an_edit_with_a_reason_later_edits_need_none(workspace: Workspace) -> None:
    saved = workspace.responses.add("editor_form", {"staff": 3}, finalize=True)
    with pytest.raises(AnswerError) as caught:
        workspace.responses.edit(saved.uuid, {"staff": 4})
    assert caught.value.code == "no_reason"

    workspace.responses.edit(saved.uuid, {"staff": 4}, reason="the annual report says 4")
    workspace.responses.edit(saved.uuid, {"note": "checked"})  # a draft again: no reason asked
    edited = workspace.responses.edit(saved.uuid, {"staff": 5}, finalize=True)

    row = workspace.responses.get(saved.uuid)
    assert (edited.status, row.answers) == ("finalized", {"staff": 5, "note": "checked"})


def test_reopen_makes_the_session_editable_and_stores_it(workspace: Workspace) -> None:
    saved = workspace.responses.add("editor_form", {"staff": 2}, finalize=True)
    editor = workspace.responses.open(saved.uuid)
    assert editor.read_only and editor.session.finalized

    editor.reopen("a typo")
    assert not editor.read_only and not editor.session.finalized
    assert editor.session.answer("staff", 20).ok  # no reason needed any more
    again = workspace.responses.open(saved.uuid)
    assert again.status == "draft" and not again.session.finalized


def test_a_snapshot_writes_the_session_as_it_was_when_taken(workspace: Workspace) -> None:
    editor = workspace.responses.start("editor_form")
    editor.session.answer("staff", 7)
    snapshot = editor.snapshot()
    editor.session.answer("staff", 8)  # the user goes on while the worker writes

    editor.write(snapshot)
    assert workspace.responses.get(editor.uuid).answers == {"staff": 7}


def test_a_late_autosave_cannot_undo_a_finalize(workspace: Workspace) -> None:
    editor = workspace.responses.start("editor_form")
    editor.session.answer("staff", 1)
    late = editor.snapshot()
    editor.finalize()
    with pytest.raises(WorkspaceError) as caught:
        editor.write(late)
    assert caught.value.code == "response_not_editable"
    assert workspace.responses.get(editor.uuid).status == "finalized"


def test_an_attachment_is_stored_and_referenced(workspace: Workspace) -> None:
    editor = workspace.responses.start("editor_form")
    reference = editor.attach(b"%PDF-1.4 evidence", "evidence.pdf", "application/pdf")
    assert reference["name"] == "evidence.pdf" and reference["size"] == 17
    assert editor.session.answer("evidence", reference).ok
    assert workspace.store.attachments.get(reference["sha256"]) == b"%PDF-1.4 evidence"
