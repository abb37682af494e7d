"""Resolving a conflict field by field in the façade: choices checked, next revision written."""

from __future__ import annotations

import pytest
from coordinator_kit import SURVEY, Kit, conflicting_bundle, merged, survey_answers

from sp_collect.errors import NotFound, WorkspaceError
from sp_collect.workspace.conflicts import differing_questions, merged_answers

OURS = {"a": 1, "b": "x", "c": [1, 2]}
THEIRS = {"a": 1, "b": "y", "d": True}


def test_differing_questions_follow_the_form_order_then_names() -> None:
    assert differing_questions(OURS, THEIRS, order=("d", "b")) == ("d", "b", "c")
    assert differing_questions(OURS, dict(OURS)) == ()


def test_merged_answers_take_each_choice_and_drop_what_the_chosen_copy_lacks() -> None:
    choices = {"b": "incoming", "c": "incoming", "d": "ours"}
    assert merged_answers(OURS, THEIRS, choices) == {"a": 1, "b": "y"}
    choices = {"b": "ours", "c": "ours", "d": "incoming"}
    assert merged_answers(OURS, THEIRS, choices) == {**OURS, "d": True}


@pytest.mark.parametrize(
    ("choices", "code"),
    [
        ({"b": "ours", "c": "ours"}, "conflict_choice_missing"),
        ({"b": "ours", "c": "ours", "d": "mine"}, "conflict_choice_invalid"),
        ({"b": "ours", "c": "ours", "d": "ours", "zz": "ours"}, "conflict_choice_unknown"),
    ],
)
def test_every_difference_needs_a_valid_choice(choices: dict[str, str], code: str) -> None:
    with pytest.raises(WorkspaceError) as caught:
        merged_answers(OURS, THEIRS, choices)
    assert caught.value.code == code


def test_resolving_writes_the_next_revision_and_closes_the_conflict(kit: Kit) -> None:
    merged(kit)
    bundle = conflicting_bundle(kit, {"s1_08": 99, "s1_09": 1}, "conflict.spbundle")
    [report] = kit.coord.sync.import_bundles([bundle])
    assert report.conflicts == 1
    [view] = kit.coord.conflicts.views()
    assert view.differing == ("s1_08", "s1_09")
    assert (view.ours["s1_08"], view.incoming["s1_08"]) == (31250, 99)

    with pytest.raises(NotFound):
        kit.coord.conflicts.resolve(kit.uuid, 7, {})
    changes = kit.coord.conflicts.resolve(kit.uuid, 1, {"s1_08": "incoming", "s1_09": "ours"})
    assert changes.responses == {kit.uuid}
    row = kit.coord.responses.get(kit.uuid)
    assert (row.revision, row.status) == (2, "received")
    assert (row.answers["s1_08"], row.answers["s1_09"]) == (99, 8740)
    assert kit.coord.conflicts.views() == []
    [resolved] = kit.coord.store.conflicts.list(include_resolved=True)
    assert resolved.resolution == {
        "choices": {"s1_08": "incoming", "s1_09": "ours"},
        "revision": 2,
    }
    with pytest.raises(NotFound):
        kit.coord.conflicts.resolve(kit.uuid, 1, {"s1_08": "ours", "s1_09": "ours"})


def test_a_conflict_about_a_replaced_revision_is_not_offered(kit: Kit) -> None:
    other = kit.field.responses.add(SURVEY, survey_answers(), finalize=True).uuid
    kit.field.sync.export_bundle(kit.folder / "other.spbundle")
    kit.coord.sync.import_bundles([kit.folder / "other.spbundle"])
    copy = conflicting_bundle(kit, {"s1_08": 5}, "other-copy.spbundle", uuid=other)
    kit.coord.sync.import_bundles([copy])
    assert [(v.uuid, v.revision) for v in kit.coord.conflicts.views()] == [(other, 1)]

    newer = conflicting_bundle(kit, {"s1_08": 6}, "other-2.spbundle", uuid=other, bump=True)
    [report] = kit.coord.sync.import_bundles([newer])
    assert report.updated == 1
    assert kit.coord.conflicts.views() == []  # revision 2 replaced both copies of revision 1
    with pytest.raises(WorkspaceError) as caught:
        kit.coord.conflicts.resolve(other, 1, {"s1_08": "ours"})
    assert caught.value.code == "conflict_stale"
