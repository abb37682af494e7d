"""Merge checks every received response against its form, as ``responses add`` would."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sync_kit import FORM, photo_answer

from sp_collect.engine import FormSession, load_form
from sp_collect.sync import container
from sp_collect.sync.container import Member
from sp_collect.sync.identity import Identity
from sp_collect.sync.merge import import_bundle

PHOTO = b"\x89PNG a door"


def _line(uuid: str, answers: dict[str, Any], **extra: Any) -> bytes:
    record = {
        "uuid": uuid,
        "form_id": FORM["id"],
        "form_version": FORM["version"],
        "revision": 1,
        "status": "finalized",
        "created": "2026-11-01T10:00:00Z",
        "updated": "2026-11-01T10:30:00Z",
        "author": "ana",
        "answers": answers,
        "audit": [],
        "comments": [],
        "attachments": [],
        **extra,
    }
    return json.dumps(record).encode() + b"\n"


def _bundle(path: Path, field: Identity, coord: Identity, lines: list[bytes], blobs=()) -> Path:
    members = [Member.from_bytes("responses.jsonl", b"".join(lines))]
    members += [Member.from_bytes(f"attachments/{digest}", data) for digest, data in blobs]
    container.write(
        path,
        field,
        [coord.card],
        kind="bundle",
        sequence=1,
        members=members,
        counts={"responses": len(lines)},
    )
    return path


def _import(store: Any, field: Identity, coord: Identity, folder: Path, lines: list[bytes]) -> Any:
    return import_bundle(store, _bundle(folder / "b.spbundle", field, coord, lines), coord)


def _uuid(i: int) -> str:
    return f"00000000-0000-4000-8000-{i:012d}"


BAD_ANSWERS = [
    ({"name": "ok", "size": "twelve"}, "size", "whole number"),
    ({"name": "ok", "rooms": 3}, "rooms", "no question has this id"),
    ({"name": 42}, "name", "expected text"),
    ({"photo": {"sha256": "x"}}, "photo", "attachment"),
    ({"name": "ok", "size": True}, "size", "whole number"),
]


@pytest.mark.parametrize(("answers", "question", "reason"), BAD_ANSWERS)
def test_an_invalid_answer_is_refused_alone_with_its_question_and_reason(
    coord_store, field, coord, tmp_path, answers, question, reason
):
    lines = [_line(_uuid(0), {"name": "fine", "size": 3}), _line(_uuid(1), answers)]
    result = _import(coord_store, field, coord, tmp_path, lines)
    assert (result.new, result.rejected) == (1, 1)
    assert coord_store.responses.get(_uuid(0)) is not None
    assert coord_store.responses.get(_uuid(1)) is None
    [note] = result.notes
    assert note.uuid == _uuid(1) and note.outcome == "rejected"
    assert f"question {question}:" in note.reason and reason in note.reason


def test_a_choice_outside_the_list_is_refused(coord_store, field, coord, tmp_path):
    form = {
        **FORM,
        "version": "2026.2",
        "items": [
            {
                "type": "select_one",
                "id": "tenure",
                "choices": [{"value": "own", "label": "Own"}, {"value": "rent", "label": "Rent"}],
            },
            {
                "type": "repeat",
                "id": "members",
                "items": [{"type": "integer", "id": "age"}],
            },
        ],
    }
    coord_store.forms.add(form["id"], form["version"], form)
    good = {"tenure": "rent", "members": [{"age": 4}, {"age": 40}]}
    bad_choice = {"tenure": "squat"}
    bad_level = {"age": 4}
    bad_inner = {"members": [{"age": 4}, {"age": "old"}]}
    lines = [
        _line(_uuid(i), answers, form_version="2026.2")
        for i, answers in enumerate([good, bad_choice, bad_level, bad_inner])
    ]
    result = _import(coord_store, field, coord, tmp_path, lines)
    assert (result.new, result.rejected) == (1, 3)
    reasons = {note.uuid: note.reason for note in result.notes}
    assert "question tenure:" in reasons[_uuid(1)] and "not one of the choices" in reasons[_uuid(1)]
    assert "question age:" in reasons[_uuid(2)] and "not at this level" in reasons[_uuid(2)]
    assert "question members[1].age:" in reasons[_uuid(3)]


def test_a_named_attachment_must_travel_in_the_bundle(coord_store, field, coord, tmp_path):
    digest = hashlib.sha256(PHOTO).hexdigest()
    other = hashlib.sha256(b"another photo").hexdigest()
    lines = [
        _line(_uuid(0), {"photo": photo_answer(digest, PHOTO)}),
        _line(_uuid(1), {"photo": photo_answer(other, b"another photo")}),
        _line(_uuid(2), {"name": "x"}, attachments=[other]),
    ]
    bundle = _bundle(tmp_path / "b.spbundle", field, coord, lines, [(digest, PHOTO)])
    result = import_bundle(coord_store, bundle, coord)
    assert (result.new, result.rejected, result.attachments) == (1, 2, 1)
    for note in result.notes:
        assert f"attachment {other}" in note.reason
    assert coord_store.responses.get(_uuid(1)) is None


def test_an_attachment_already_stored_need_not_travel_again(coord_store, field, coord, tmp_path):
    digest = coord_store.attachments.put(PHOTO, "image/png", "door.png")
    lines = [_line(_uuid(0), {"photo": photo_answer(digest, PHOTO)})]
    result = _import(coord_store, field, coord, tmp_path, lines)
    assert (result.new, result.rejected) == (1, 0)


def test_a_value_seen_before_gets_the_same_verdict(coord_store, field, coord, tmp_path):
    """Verdicts on repeated values are remembered per bundle: still one refusal per response."""
    lines = [
        _line(_uuid(0), {"size": "many"}),
        _line(_uuid(1), {"size": 3}),
        _line(_uuid(2), {"size": "many"}),
        _line(_uuid(3), {"size": 3}),
    ]
    result = _import(coord_store, field, coord, tmp_path, lines)
    assert (result.new, result.rejected) == (2, 2)
    assert [n.uuid for n in result.notes] == [_uuid(0), _uuid(2)]
    assert all("question size:" in n.reason for n in result.notes)


def test_a_path_given_as_text_is_reported_as_a_path(coord_store, field, coord, tmp_path):
    bundle = _bundle(tmp_path / "b.spbundle", field, coord, [_line(_uuid(0), {"size": 1})])
    result = import_bundle(coord_store, str(bundle), coord)  # type: ignore[arg-type]
    assert result.new == 1 and result.path == bundle and isinstance(result.path, Path)


CONSTRAINED = {
    **FORM,
    "version": "2026.3",
    "items": [
        {"type": "integer", "id": "staff", "constraint": ". >= 1",
         "constraint_message": "an institution has at least one member of staff"},
        {"type": "repeat", "id": "members",
         "items": [{"type": "integer", "id": "age", "constraint": ". < 120"}]},
    ],
}  # fmt: skip


def test_a_broken_constraint_is_merged_and_review_finds_it(coord_store, field, coord, tmp_path):
    """Constraints are problems for review, not refusals: the response merges whole, and
    opening it as review does (``responses show``, the app) lists each broken constraint."""
    coord_store.forms.add(CONSTRAINED["id"], CONSTRAINED["version"], CONSTRAINED)
    fine = {"staff": 3, "members": [{"age": 40}]}
    broken = {"staff": 0, "members": [{"age": 40}, {"age": 130}]}
    lines = [
        _line(_uuid(i), answers, form_version="2026.3") for i, answers in enumerate([fine, broken])
    ]
    result = _import(coord_store, field, coord, tmp_path, lines)
    assert (result.new, result.rejected, result.constraint_problems) == (2, 0, 2)
    assert result.message == "merged with 2 constraint problems (review lists them)"
    [note] = result.notes
    assert (note.uuid, note.outcome) == (_uuid(1), "constraint")
    assert "question staff: an institution has at least one member of staff" in note.reason
    assert "question members[1].age" in note.reason
    row = coord_store.responses.get(_uuid(1))
    assert row.answers == broken
    session = FormSession(load_form(coord_store.forms.get(row.form_id, row.form_version)))
    assert session.load_answers(row.answers) == []
    assert [(i.path, i.kind, i.message) for i in session.errors()] == [
        ("staff", "constraint", "an institution has at least one member of staff"),
        ("members[1].age", "constraint", session.errors()[1].message),
    ]
    # The merge's finding stays with the response (by question path only: no answer quoted).
    [event] = coord_store.events.list(subject=_uuid(1))
    assert (event.kind, event.details) == (
        "constraint_problems",
        {"revision": 1, "questions": ["staff", "members[1].age"]},
    )
    assert coord_store.events.list(subject=_uuid(0)) == []


def test_constraints_of_a_hidden_or_unanswered_question_are_no_problem(
    coord_store, field, coord, tmp_path
):
    form = {
        **CONSTRAINED,
        "version": "2026.4",
        "items": [
            {"type": "integer", "id": "staff", "constraint": ". >= 1"},
            {"type": "integer", "id": "budget", "relevant": "${staff} > 0",
             "constraint": ". >= ${staff}"},
        ],
    }  # fmt: skip
    coord_store.forms.add(form["id"], form["version"], form)
    answers = [{"budget": 0}, {"staff": 5, "budget": 1}, {"staff": 5}]
    lines = [_line(_uuid(i), a, form_version="2026.4") for i, a in enumerate(answers)]
    result = _import(coord_store, field, coord, tmp_path, lines)
    # budget is hidden in the first (no staff) and absent in the third: only the second counts.
    assert (result.new, result.constraint_problems) == (3, 1)
    assert [n.uuid for n in result.notes] == [_uuid(1)]
    assert "question budget:" in result.notes[0].reason


def test_a_response_already_here_is_not_counted_again(coord_store, field, coord, tmp_path):
    coord_store.forms.add(CONSTRAINED["id"], CONSTRAINED["version"], CONSTRAINED)
    line = _line(_uuid(0), {"staff": 0}, form_version="2026.3")
    assert _import(coord_store, field, coord, tmp_path, [line]).constraint_problems == 1
    again = import_bundle(
        coord_store, _bundle(tmp_path / "c.spbundle", field, coord, [line]), coord
    )
    assert (again.unchanged, again.constraint_problems, again.notes) == (1, 0, ())


def test_a_type_refusal_is_still_a_refusal_when_the_form_has_constraints(
    coord_store, field, coord, tmp_path
):
    coord_store.forms.add(CONSTRAINED["id"], CONSTRAINED["version"], CONSTRAINED)
    line = _line(_uuid(0), {"staff": "none"}, form_version="2026.3")
    result = _import(coord_store, field, coord, tmp_path, [line])
    assert (result.new, result.rejected) == (0, 1)
    assert result.notes[0].outcome == "rejected"
