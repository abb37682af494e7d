"""A set larger than one bundle may hold is exported as several consecutive bundles, each within
the importer's limits; imported in any order they give what one bundle would have given.

The limits are made small here (a parameter), so a few kilobytes stand for 512 MB.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sync_kit import FORM, add_finalized, install_form, photo_answer, trusting

from sp_collect.errors import BundleError
from sp_collect.storage import Store
from sp_collect.sync import container
from sp_collect.sync.export import export_bundle
from sp_collect.sync.merge import import_bundle
from sp_collect.sync.records import ATTACHMENTS, RESPONSES
from sp_collect.sync.returns import export_return
from sp_collect.sync.tarsafe import DEFAULT_LIMITS, Limits

PASSPHRASE = "correct horse battery staple"
UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(40)]
# One response line of the test form is about 330 bytes: about 6 lines per part.
SMALL = Limits(max_member_size=2_000)


@pytest.fixture
def field_store(tmp_path, field):  # type: ignore[no-untyped-def]
    store, _code = Store.create(tmp_path / "field", PASSPHRASE, name=field.name, role="field")
    install_form(store, FORM)
    yield store
    store.close()


def _with_photos(store: Store, uuids: list[str], photos: int) -> list[str]:
    """Each response gets one of ``photos`` photos, in turn: most are shared by several."""
    digests = []
    for number in range(photos):
        data = f"\x89PNG photo {number} ".encode() * 20
        digests.append(store.attachments.put(data, "image/png", f"p{number}.png"))
    with store.atomic():
        for i, uuid in enumerate(uuids):
            data = f"\x89PNG photo {i % photos} ".encode() * 20
            answers = {"name": uuid, "photo": photo_answer(digests[i % photos], data)}
            store.responses.create(uuid, FORM["id"], FORM["version"], "ana", {}, answers)
            store.responses.set_status(uuid, "finalized")
    return digests


def _parts(coord, field, paths: list[Path], limits: Limits):  # type: ignore[no-untyped-def]
    """Every part verified as the coordinator's importer would, with the same limits."""
    return [
        container.verify(path, coord, kind="bundle", is_trusted=trusting(field.card), limits=limits)
        for path in paths
    ]


def _within(verified, limits: Limits) -> None:  # type: ignore[no-untyped-def]
    assert len(verified.members) <= limits.max_members
    assert all(member.size <= limits.max_member_size for member in verified.members)


def test_a_large_set_is_split_into_consecutive_bundles_within_the_limits(
    tmp_path, field, coord, field_store
):
    with field_store.atomic():
        add_finalized(field_store, UUIDS)
    result = export_bundle(
        field_store, field, [coord.card], tmp_path / "set.spbundle", limits=SMALL
    )
    files = result.files
    assert len(files) > 3
    assert [f.path.name for f in files] == [
        f"set-{n}-of-{len(files)}.spbundle" for n in range(1, len(files) + 1)
    ]
    assert [f.sequence for f in files] == list(range(1, len(files) + 1))
    assert sum(f.responses for f in files) == len(UUIDS) == len(result.responses)
    assert not list(tmp_path.glob("*.partial")) and not (tmp_path / "set.spbundle").exists()
    parts = _parts(coord, field, result.paths, SMALL)
    for number, (file, verified) in enumerate(zip(files, parts, strict=True), 1):
        _within(verified, SMALL)
        assert verified.sequence == file.sequence and verified.bundle_id == file.bundle_id
        assert verified.record_counts[RESPONSES] == file.responses
        assert verified.manifest["extra"] == {"part": number, "parts": len(files)}
        assert file.size == file.path.stat().st_size
        # Each part is as full as the limit allows: the next response would not have fitted.
        assert verified.members[0].size > SMALL.max_member_size - 400
    for file in files:
        recorded = field_store.bundles.get(file.bundle_id)
        assert recorded is not None and recorded.sequence == file.sequence
    assert field_store.responses.count(statuses=("exported",)) == len(UUIDS)
    assert field_store.bundles.next_outgoing_sequence() == len(files) + 1


def test_a_set_that_fits_is_one_bundle_with_the_given_name(tmp_path, field, coord, field_store):
    with field_store.atomic():
        add_finalized(field_store, UUIDS)
    result = export_bundle(field_store, field, [coord.card], tmp_path / "set.spbundle")
    assert [f.path for f in result.files] == [tmp_path / "set.spbundle"]
    verified = _parts(coord, field, [result.path], DEFAULT_LIMITS)[0]
    assert verified.manifest["extra"] == {}


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_parts_imported_in_any_order_give_what_one_bundle_gives(
    tmp_path, field, coord, field_store, coord_store, order
):
    digests = _with_photos(field_store, UUIDS, photos=7)
    result = export_bundle(
        field_store, field, [coord.card], tmp_path / "set.spbundle", limits=SMALL
    )
    paths = result.paths if order == "forward" else result.paths[::-1]
    assert len(paths) > 3
    reports = [import_bundle(coord_store, path, coord, limits=SMALL) for path in paths]
    assert [r.status for r in reports] == ["merged"] * len(paths)
    assert sum(r.new for r in reports) == len(UUIDS)
    assert sum(r.rejected + r.held + r.conflicts + r.unchanged for r in reports) == 0
    assert sorted(s.uuid for s in coord_store.responses.list()) == UUIDS
    for i, uuid in enumerate(UUIDS):
        assert coord_store.responses.get(uuid).answers["photo"]["sha256"] == digests[i % 7]
    assert all(coord_store.attachments.has(digest) for digest in digests)
    again = [import_bundle(coord_store, path, coord, limits=SMALL) for path in paths]
    assert {r.status for r in again} == {"duplicate"}


def test_the_member_count_limit_splits_too_and_parts_carry_their_own_attachments(
    tmp_path, field, coord, field_store
):
    """At most 3 files: responses.jsonl and two attachments per part."""
    limits = Limits(max_members=3)
    digests = _with_photos(field_store, UUIDS[:10], photos=5)
    result = export_bundle(
        field_store, field, [coord.card], tmp_path / "set.spbundle", limits=limits
    )
    parts = _parts(coord, field, result.paths, limits)
    # Photos in turn 0 1 2 3 4 0 1 2 3 4: parts 0 1 | 2 3 | 4 0 | 1 2 | 3 4.
    assert [verified.record_counts[RESPONSES] for verified in parts] == [2] * 5
    for verified in parts:
        _within(verified, limits)
        assert verified.members[0].name == RESPONSES
        assert all(m.name.startswith(ATTACHMENTS) for m in verified.members[1:])
    carried = [
        {m.name.removeprefix(ATTACHMENTS) for m in verified.members[1:]} for verified in parts
    ]
    assert carried[0] == {digests[0], digests[1]} and carried[2] == {digests[4], digests[0]}
    assert set().union(*carried) == set(digests)
    assert result.attachments == len(digests)


def test_a_response_no_bundle_can_carry_is_refused_before_anything_is_written(
    tmp_path, field, coord, field_store
):
    with field_store.atomic():
        add_finalized(field_store, UUIDS[:3])
        field_store.responses.create(
            "big", FORM["id"], FORM["version"], "ana", {}, {"name": "x" * 5_000}
        )
        field_store.responses.set_status("big", "finalized")
    for limits in (SMALL, Limits(max_line=2_000)):
        with pytest.raises(BundleError) as caught:
            export_bundle(field_store, field, [coord.card], tmp_path / "x.spbundle", limits=limits)
        assert caught.value.code == "response_too_large"
        assert "big" in caught.value.message
    assert list(tmp_path.glob("x*")) == []
    assert field_store.bundles.next_outgoing_sequence() == 1
    assert field_store.responses.count(statuses=("exported",)) == 0


def test_an_attachment_too_large_for_any_bundle_is_refused(tmp_path, field, coord, field_store):
    data = b"\x89PNG" + b"\0" * 3_000
    photo = field_store.attachments.put(data, "image/png", "door.png")
    with field_store.atomic():
        add_finalized(field_store, UUIDS[:3])
        answers = {"photo": photo_answer(photo, data)}
        field_store.responses.create(UUIDS[3], FORM["id"], FORM["version"], "ana", {}, answers)
        field_store.responses.set_status(UUIDS[3], "finalized")
    with pytest.raises(BundleError) as caught:
        export_bundle(field_store, field, [coord.card], tmp_path / "x.spbundle", limits=SMALL)
    assert caught.value.code == "attachment_too_large"
    assert UUIDS[3] in caught.value.message
    assert list(tmp_path.glob("x*")) == []


def test_a_failure_between_parts_writes_and_records_nothing(
    tmp_path, field, coord, field_store, monkeypatch
):
    """The second part fails (disk full, or the process is stopped): no part keeps its name."""
    with field_store.atomic():
        add_finalized(field_store, UUIDS)
    calls = itertools.count()
    real = container.write

    def second_fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        if next(calls) == 1:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(container, "write", second_fails)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(field_store, field, [coord.card], tmp_path / "x.spbundle", limits=SMALL)
    assert list(tmp_path.glob("x*")) == []
    assert field_store.bundles.next_outgoing_sequence() == 1
    assert field_store.responses.count(statuses=("exported",)) == 0


def test_a_stop_while_parts_get_their_names_loses_nothing(
    tmp_path, field, coord, field_store, coord_store, monkeypatch
):
    """Recorded, then stopped after the first part got its name: the other parts stay
    ``.partial`` (their sequence numbers are missing at the coordinator) and their responses go
    again in the next export, with new sequence numbers."""
    with field_store.atomic():
        add_finalized(field_store, UUIDS)
    calls = itertools.count()
    real = container.publish

    def stop_after_first(path: Path) -> None:
        if next(calls) == 1:
            raise KeyboardInterrupt
        real(path)

    monkeypatch.setattr(container, "publish", stop_after_first)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(field_store, field, [coord.card], tmp_path / "x.spbundle", limits=SMALL)
    monkeypatch.setattr(container, "publish", real)
    published = sorted(tmp_path.glob("x*.spbundle"))
    assert len(published) == 1 and published[0].name.startswith("x-1-of-")
    parts = len(list(tmp_path.glob("x*.spbundle.partial"))) + 1
    again = export_bundle(field_store, field, [coord.card], tmp_path / "again.spbundle")
    assert again.sequence == parts + 1 and len(again.responses) == len(UUIDS)
    first = import_bundle(coord_store, published[0], coord, limits=SMALL)
    rest = import_bundle(coord_store, again.path, coord)
    assert first.new + rest.new == len(UUIDS) and rest.unchanged == first.new
    assert rest.missing_sequences == tuple(range(2, parts + 1))
    assert sorted(s.uuid for s in coord_store.responses.list()) == UUIDS


def test_the_default_limits_let_a_full_manifest_through():
    """A part may list max_members files: its manifest must stay under the manifest's limit."""
    per_member = len(
        b'  {\n   "name": "attachments/' + b"0" * 64 + b'",\n   "sha256": "' + b"0" * 64
        + b'",\n   "size": 536870912\n  },\n'
    )  # fmt: skip
    assert DEFAULT_LIMITS.max_members * per_member * 2 < DEFAULT_LIMITS.max_manifest_size


def test_a_return_the_device_would_refuse_is_not_written(tmp_path, field, coord, coord_store):
    from sync_kit import device_bundle

    device_bundle(tmp_path / "in.spbundle", field, coord, UUIDS)
    import_bundle(coord_store, tmp_path / "in.spbundle", coord)
    out = tmp_path / "r.spreturn"
    with pytest.raises(BundleError) as caught:
        export_return(coord_store, coord, field.card, out, limits=Limits(max_member_size=500))
    assert caught.value.code == "return_too_large"
    assert list(tmp_path.glob("r.spreturn*")) == []
    assert coord_store.bundles.next_outgoing_sequence() == 1
    assert export_return(coord_store, coord, field.card, out).path == out


def test_the_command_line_names_every_file_and_imports_them_in_reverse(
    tmp_path, capsys, monkeypatch
):
    """``bundle export`` says how many files it wrote and names each; importing them all, last
    first, brings every response."""
    from sp_collect.cli.main import main
    from sp_collect.resources import forms_dir

    form = forms_dir() / "caricom-institutional-survey.json"
    answers = Path(__file__).parents[1] / "fixtures" / "institutional_complete.json"
    coord, field = tmp_path / "coord", tmp_path / "field"

    def run(passphrase: str, *argv: object) -> str:
        monkeypatch.setenv("SP_COLLECT_PASSPHRASE", passphrase)
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    run("coordinator pass", "init", "-w", coord, "--name", "Study Team", "--role", "coordinator")
    run("coordinator pass", "forms", "add", "-w", coord, form)
    package = tmp_path / "study.sppackage"
    run("coordinator pass", "package", "build", "-w", coord, "--forms", form, "-o", package)
    run("field pass", "init", "-w", field, "--name", "Dominica NIS", "--role", "field")
    run("field pass", "package", "install", "-w", field, package, "--yes")
    card = tmp_path / "field-card.json"
    run("field pass", "identity", "export", "-w", field, "-o", card)
    run("coordinator pass", "contacts", "trust", "-w", coord, card, "--yes")
    for _ in range(3):
        run(
            "field pass", "responses", "add", "-w", field, "--form",
            "caricom-institutional-survey", "--answers", answers, "--finalize",
        )  # fmt: skip
    # The fixture's response takes about 5 KB as a line: 7 KB holds one, not two.
    monkeypatch.setitem(export_bundle.__kwdefaults__, "limits", Limits(max_member_size=7_000))
    out = run("field pass", "bundle", "export", "-w", field, "-o", tmp_path / "out.spbundle")
    names = [tmp_path / f"out-{n}-of-3.spbundle" for n in (1, 2, 3)]
    assert "3 response(s)" in out and "into 3 bundle files" in out
    assert all(f"{path} (bundle {n}, 1 response(s)" in out for n, path in enumerate(names, 1))
    assert not (tmp_path / "out.spbundle").exists()
    run("coordinator pass", "bundle", "import", "-w", coord, *names[::-1])
    with Store.open(coord, passphrase="coordinator pass") as store:
        assert store.responses.count() == 3
