"""A received response that breaks the form's constraints merges; the import counts its
problems, and review (``responses show``) lists the same ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from coordinator_field import (
    CoordinatorAndDevice,
    conflicting_bundle,
    coordinator_and_device,
    merged,
)

Kit = CoordinatorAndDevice


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kit]:
    pair = coordinator_and_device(tmp_path_factory.mktemp("constraints"))
    yield pair
    pair.close()


def test_the_import_counts_what_review_lists(kit: Kit) -> None:
    merged(kit)
    first = kit.coord.responses.open(kit.uuid).session.errors()
    assert [i for i in first if i.kind == "constraint"] == []
    # The device's next revision: negative staff, more ICT staff than staff in all.
    changes = {"s1_08": -5, "s4_06": 90}
    bundle = conflicting_bundle(kit, changes, "broken.spbundle", bump=True)
    [report] = kit.coord.sync.import_bundles([bundle])
    shown = [
        i.path for i in kit.coord.responses.open(kit.uuid).session.errors()
        if i.kind == "constraint"
    ]  # fmt: skip
    assert shown == ["s1_08", "s4_06"]
    assert (report.updated, report.rejected, report.constraint_problems) == (1, 0, 2)
    assert report.message.startswith("merged with 2 constraint problems")
    [note] = report.notes
    assert note.uuid == kit.uuid and note.outcome == "constraint"
    assert "question s1_08:" in note.reason and "question s4_06:" in note.reason
    row = kit.coord.responses.get(kit.uuid)
    assert (row.answers["s1_08"], row.answers["s4_06"]) == (-5, 90)
