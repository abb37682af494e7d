"""Form packages: round trip, pinning, downgrade/replay and tampering, each with its code."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from sp_collect.errors import BundleError
from sp_collect.sync import package
from sp_collect.sync.package import build_package, read_package
from sp_collect.sync.tarsafe import Limits

FORM = json.dumps({"id": "household", "version": "2026.1", "title": "Household", "items": []})
SCORING = b'{"version": "1", "items": {}}'


def _build(path: Path, identity, sequence: int = 1, **kwargs) -> Path:  # type: ignore[no-untyped-def]
    build_package(
        path,
        identity,
        sequence=sequence,
        forms=[FORM.encode()],
        scoring=[("readiness.json", SCORING)],
        **kwargs,
    )
    return path


def _rewrite(path: Path, change: Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]):  # type: ignore[no-untyped-def]
    with tarfile.open(path) as tar:
        entries = [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, data in change(entries):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path.write_bytes(out.getvalue())
    return path


def _code(path: Path, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(BundleError) as caught:
        read_package(path, **kwargs)
    return caught.value.code


def test_round_trip_carries_forms_scoring_cards_and_policy(tmp_path, coord, stranger):
    path = _build(
        tmp_path / "p.sppackage",
        coord,
        package_id="caricom-2026",
        backup_recipients=[stranger.card],
        escrow={"policy": "coordinator"},
        assignments={"device-1": {"institution": "NIS Barbados"}},
    )
    package = read_package(path)
    assert package.package_id == "caricom-2026"
    assert package.sequence == 1
    assert package.signer == coord.card
    assert package.recipients == (coord.card, stranger.card)
    assert [(f.form_id, f.version, f.data) for f in package.forms] == [
        ("household", "2026.1", FORM.encode())
    ]
    assert package.scoring == (("readiness.json", SCORING),)
    assert package.escrow == {"policy": "coordinator"}
    assert package.assignments == {"device-1": {"institution": "NIS Barbados"}}


def test_a_newer_package_by_the_pinned_key_installs(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord, sequence=3, package_id="study")
    package = read_package(path, coord.card.minisign_public, 2, installed_package_id="study")
    assert package.sequence == 3


def test_another_key_is_refused(tmp_path, coord, stranger):
    path = _build(tmp_path / "p.sppackage", stranger, sequence=5)
    assert _code(path, pinned_key=coord.card.minisign_public) == "other_key"


def test_a_signature_by_another_key_than_the_card_inside_is_refused(tmp_path, coord, stranger):
    path = _build(tmp_path / "p.sppackage", coord)
    forged = _build(tmp_path / "f.sppackage", stranger)

    def swap_signature(entries):  # type: ignore[no-untyped-def]
        with tarfile.open(forged) as tar:
            signature = tar.extractfile("package.json.minisig").read()  # type: ignore[union-attr]
        return [entries[0], (entries[1][0], signature), *entries[2:]]

    assert _code(_rewrite(path, swap_signature)) == "wrong_signer"
    assert _code(path, pinned_key=coord.card.minisign_public) == "other_key"


def test_a_downgrade_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord, sequence=2)
    assert _code(path, pinned_key=coord.card.minisign_public, installed_sequence=3) == "downgrade"


def test_a_replay_of_the_installed_package_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord, sequence=3)
    assert _code(path, pinned_key=coord.card.minisign_public, installed_sequence=3) == "replay"


def test_a_package_of_another_study_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord, sequence=9, package_id="other")
    assert _code(path, installed_sequence=1, installed_package_id="study") == "other_package"


def test_a_tampered_form_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord)

    def tamper(entries):  # type: ignore[no-untyped-def]
        return [(n, d.replace(b"Household", b"Hacked!!!")) for n, d in entries]

    assert _code(_rewrite(path, tamper)) == "bad_checksum"


def test_a_tampered_package_json_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord, sequence=1)

    def tamper(entries):  # type: ignore[no-untyped-def]
        body = entries[0][1].replace(b'"sequence": 1', b'"sequence": 7')
        return [(entries[0][0], body), *entries[1:]]

    assert _code(_rewrite(path, tamper)) == "bad_signature"


def test_an_unsigned_package_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord)
    assert _code(_rewrite(path, lambda entries: [entries[0], *entries[2:]])) == "unsigned"


def test_an_extra_file_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord)
    extra = _rewrite(path, lambda entries: [*entries, ("forms/extra.json", b"{}")])
    assert _code(extra) == "extra_member"


def test_a_hostile_member_name_is_refused(tmp_path, coord):
    path = _build(tmp_path / "p.sppackage", coord)
    hostile = _rewrite(path, lambda entries: [*entries, ("../../evil.json", b"{}")])
    assert _code(hostile) == "bad_member_name"


def test_a_file_that_is_not_a_package_is_refused(tmp_path):
    path = tmp_path / "p.sppackage"
    path.write_bytes(b"not a tar at all" * 100)
    assert _code(path) == "damaged"


@pytest.mark.parametrize(
    "limits", [Limits(max_members=1), Limits(max_member_size=len(SCORING))], ids=["count", "size"]
)
def test_a_package_devices_would_refuse_is_not_written(tmp_path, coord, monkeypatch, limits):
    """The builder checks the limits the reader enforces (made small here): the form is larger
    than the scoring file, and the two are more than one file."""
    built = _build(tmp_path / "ok.sppackage", coord)
    assert _code(built, limits=limits) in ("too_many_members", "member_too_large")
    monkeypatch.setattr(package, "PACKAGE_LIMITS", limits)
    with pytest.raises(BundleError) as caught:
        _build(tmp_path / "p.sppackage", coord)
    assert caught.value.code == "package_too_large"
    assert list(tmp_path.glob("p.sppackage*")) == []
