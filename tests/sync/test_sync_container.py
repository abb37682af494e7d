"""The signed, encrypted container: round trips, real age/tar/minisign, and hostile inputs."""

from __future__ import annotations

import hashlib
import subprocess
import tarfile
from pathlib import Path

import pytest
from sync_kit import (
    records,
    seal,
    signed_manifest,
    trusting,
    write_bundle,
)
from tar_kit import tar_of

from sp_collect.errors import BundleError, TrustError
from sp_collect.sync import container
from sp_collect.sync.tarsafe import Limits

ATTACHMENT = "attachments/" + "ab" * 32


def members(count: int = 50) -> list[tuple[str, bytes]]:
    return [("responses.jsonl", records(count)), (ATTACHMENT, b"\x89PNG fake image bytes")]


def verify(path: Path, coord, *cards, **kwargs):  # type: ignore[no-untyped-def]
    kwargs.setdefault("is_trusted", trusting(*cards))
    return container.verify(path, coord, kind=kwargs.pop("kind", "bundle"), **kwargs)


def test_round_trip_yields_every_record_and_blob(tmp_path, field, coord):
    path = tmp_path / "x.spbundle"
    written = write_bundle(path, field, [coord], members(120))
    verified = verify(path, coord, field.card)
    assert verified.manifest == written
    assert verified.sender == field.card
    assert verified.trust == "trusted"
    assert verified.record_counts == {"responses.jsonl": 120}
    items = list(container.replay(verified, coord))
    assert [item for _, item in items[:2]] == [
        {"uuid": "r-0", "answers": {"note": "x" * 40, "n": 0}},
        {"uuid": "r-1", "answers": {"note": "x" * 40, "n": 1}},
    ]
    assert items[-1] == (ATTACHMENT, b"\x89PNG fake image bytes")
    assert len(items) == 121


def test_every_recipient_can_open_it(tmp_path, field, coord, stranger):
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord, stranger], members())
    assert verify(path, stranger, field.card).bundle_id == verify(path, coord, field.card).bundle_id


def test_unknown_sender_is_reported_or_allowed(tmp_path, field, coord):
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord], members())
    with pytest.raises(TrustError) as caught:
        verify(path, coord)
    assert caught.value.code == "unknown_sender"
    assert verify(path, coord, allow_unknown=True).trust == "unknown"


def test_revoked_sender_is_refused(tmp_path, field, coord):
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord], members())
    with pytest.raises(TrustError) as caught:
        verify(path, coord, is_trusted=trusting(revoked=(field.card,)), allow_unknown=True)
    assert caught.value.code == "revoked"


def test_no_plaintext_reaches_disk(tmp_path, field, coord, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    canary = b"CANARY-7f3a9c-plaintext"
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord], [("responses.jsonl", b'{"secret": "%s"}\n' % canary)])
    list(container.replay(verify(path, coord, field.card), coord))
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert canary not in file.read_bytes(), file


def test_real_age_and_tar_and_minisign_open_it(tmp_path, field, coord, require_program):
    for program in ("age", "tar", "minisign"):
        require_program(program)
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord], members(10))
    (tmp_path / "key.txt").write_text(str(coord.age_identity) + "\n")
    (tmp_path / "device.pub").write_text(field.public_key.file_text())
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run("age -d -i ../key.txt ../x.spbundle | tar x", shell=True, check=True, cwd=out)
    assert (out / "responses.jsonl").read_bytes() == records(10)
    assert (out / ATTACHMENT).read_bytes() == b"\x89PNG fake image bytes"
    result = subprocess.run(
        ["minisign", "-V", "-p", "../device.pub", "-m", "manifest.json"],
        cwd=out,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "sp-collect bundle v1" in result.stdout


# --- the outer file -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_bundle(tmp_path_factory, field, coord) -> bytes:
    # Three age chunks (64 KiB each) so truncation and flips hit every kind of chunk.
    path = tmp_path_factory.mktemp("large") / "x.spbundle"
    write_bundle(path, field, [coord], [("responses.jsonl", records(2500))])
    return path.read_bytes()


def _offsets(size: int) -> list[int]:
    chunk = 64 * 1024 + 16
    header_end = 200
    points = {0, 1, 21, 22, 60, 100, header_end, size - 1, size - 16, size - 17, size // 2}
    for boundary in (chunk, 2 * chunk):
        points |= {boundary - 1, boundary, boundary + 1}
    return sorted(p for p in points if 0 <= p < size)


def test_truncation_at_many_offsets_is_refused(tmp_path, large_bundle, field, coord):
    path = tmp_path / "cut.spbundle"
    for offset in _offsets(len(large_bundle)):
        path.write_bytes(large_bundle[:offset])
        with pytest.raises(BundleError) as caught:
            verify(path, coord, field.card)
        expected = {"not_a_bundle"} if offset < 22 else {"damaged", "not_for_us"}
        assert caught.value.code in expected, offset


def test_flipped_bits_at_many_positions_are_refused(tmp_path, large_bundle, field, coord):
    path = tmp_path / "flip.spbundle"
    header = large_bundle.index(b"\n---") + 50
    for offset in _offsets(len(large_bundle)):
        damaged = bytearray(large_bundle)
        damaged[offset] ^= 0x04
        path.write_bytes(bytes(damaged))
        with pytest.raises(BundleError) as caught:
            verify(path, coord, field.card)
        if offset < 22:
            assert caught.value.code == "not_a_bundle", offset
        elif offset < header:
            assert caught.value.code in {"damaged", "not_for_us"}, offset
        else:
            assert caught.value.code == "damaged", offset


def test_trailing_garbage_is_refused(tmp_path, large_bundle, field, coord):
    path = tmp_path / "long.spbundle"
    path.write_bytes(large_bundle + b"garbage")
    with pytest.raises(BundleError) as caught:
        verify(path, coord, field.card)
    assert caught.value.code == "damaged"


def test_a_bundle_for_another_recipient_is_refused(tmp_path, field, coord, stranger):
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [stranger], members())
    with pytest.raises(BundleError) as caught:
        verify(path, coord, field.card)
    assert caught.value.code == "not_for_us"


def test_a_file_that_is_not_age_is_refused(tmp_path, field, coord):
    path = tmp_path / "x.spbundle"
    path.write_bytes(b"PK\x03\x04 a zip file")
    with pytest.raises(BundleError) as caught:
        verify(path, coord, field.card)
    assert caught.value.code == "not_a_bundle"


def test_a_return_is_not_a_bundle(tmp_path, field, coord):
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord], members())
    with pytest.raises(BundleError) as caught:
        verify(path, coord, field.card, kind="return")
    assert caught.value.code == "wrong_kind"


def test_a_file_swapped_between_the_passes_is_refused(tmp_path, field, coord):
    path = tmp_path / "x.spbundle"
    write_bundle(path, field, [coord], members())
    verified = verify(path, coord, field.card)
    write_bundle(path, field, [coord], members())
    with pytest.raises(BundleError) as caught:
        list(container.replay(verified, coord))
    assert caught.value.code == "changed_during_import"


# --- the inner tar, re-encrypted after tampering -----------------------------------------


def _hostile(tmp_path, coord, entries):  # type: ignore[no-untyped-def]
    return seal(tmp_path / "hostile.spbundle", tar_of(entries), [coord])


def _code(tmp_path, coord, field, entries, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(BundleError) as caught:
        verify(_hostile(tmp_path, coord, entries), coord, field.card, **kwargs)
    return caught.value.code


def _info(name: str, kind: bytes, size: int = 0) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = size
    info.linkname = "/etc/passwd" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
    return info


def test_an_honest_crafted_bundle_passes(tmp_path, field, coord):
    data = members()
    entries = data + signed_manifest(field, [coord], data)
    assert verify(_hostile(tmp_path, coord, entries), coord, field.card).record_counts


def test_reordered_members_are_refused(tmp_path, field, coord):
    data = members()
    entries = data[::-1] + signed_manifest(field, [coord], data)
    assert _code(tmp_path, coord, field, entries) == "member_order"


def test_manifest_after_its_signature_is_refused(tmp_path, field, coord):
    data = members()
    entries = data + signed_manifest(field, [coord], data)[::-1]
    assert _code(tmp_path, coord, field, entries) == "member_order"


def test_duplicated_member_is_refused(tmp_path, field, coord):
    data = members()
    entries = [*data, data[0], *signed_manifest(field, [coord], data)]
    assert _code(tmp_path, coord, field, entries) == "duplicate_member"


def test_missing_member_is_refused(tmp_path, field, coord):
    data = members()
    entries = data[:1] + signed_manifest(field, [coord], data)
    assert _code(tmp_path, coord, field, entries) == "missing_member"


def test_extra_member_is_refused(tmp_path, field, coord):
    data = members()
    extra = ("attachments/" + "cd" * 32, b"smuggled")
    entries = [*data, extra, *signed_manifest(field, [coord], data)]
    assert _code(tmp_path, coord, field, entries) == "extra_member"


def test_member_after_the_signature_is_refused(tmp_path, field, coord):
    data = members()
    entries = [*data, *signed_manifest(field, [coord], data), ("late.txt", b"x")]
    assert _code(tmp_path, coord, field, entries) == "extra_member"


def test_replaced_content_fails_its_checksum(tmp_path, field, coord):
    data = members()
    forged = [data[0], (ATTACHMENT, b"\x89PNG other image bytes")]
    entries = forged + signed_manifest(field, [coord], data)
    assert _code(tmp_path, coord, field, entries) == "bad_checksum"


def test_manifest_hash_that_does_not_match_is_refused(tmp_path, field, coord):
    data = members()

    def wrong_hash(body):  # type: ignore[no-untyped-def]
        body["members"][0]["sha256"] = "0" * 64

    entries = data + signed_manifest(field, [coord], data, edit=wrong_hash)
    assert _code(tmp_path, coord, field, entries) == "bad_checksum"


def test_unsigned_bundle_is_refused(tmp_path, field, coord):
    data = members()
    entries = data + signed_manifest(field, [coord], data)[:1]
    assert _code(tmp_path, coord, field, entries) == "unsigned"


def test_altered_manifest_breaks_the_signature(tmp_path, field, coord):
    data = members()
    manifest_member, signature = signed_manifest(field, [coord], data)
    altered = manifest_member[1].replace(b'"sequence": 1', b'"sequence": 9')
    entries = [*data, (manifest_member[0], altered), signature]
    assert _code(tmp_path, coord, field, entries) == "bad_signature"


def test_signature_by_another_key_than_the_sender_named_inside(tmp_path, field, coord, stranger):
    data = members()
    entries = data + signed_manifest(field, [coord], data, signer=stranger)
    assert _code(tmp_path, coord, field, entries) == "wrong_signer"


def test_forwarded_bundle_naming_other_recipients_is_refused(tmp_path, field, coord, stranger):
    data = members()
    entries = data + signed_manifest(field, [stranger], data)
    assert _code(tmp_path, coord, field, entries) == "recipient_mismatch"


def test_wrong_format_version_is_refused(tmp_path, field, coord):
    data = members()

    def version_two(body):  # type: ignore[no-untyped-def]
        body["format"] = 2

    entries = data + signed_manifest(field, [coord], data, edit=version_two)
    assert _code(tmp_path, coord, field, entries) == "unsupported_version"


def test_manifest_with_duplicate_keys_is_refused(tmp_path, field, coord):
    data = members()
    manifest_member, _ = signed_manifest(field, [coord], data)
    text = manifest_member[1].replace(b'"sequence": 1', b'"sequence": 1, "sequence": 2')
    signature = field.sign(text, trusted_comment="x")
    entries = [*data, (manifest_member[0], text), ("manifest.json.minisig", signature.encode())]
    assert _code(tmp_path, coord, field, entries) == "manifest_invalid"


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("../escape.jsonl", tarfile.REGTYPE, "bad_member_name"),
        ("attachments/../../escape", tarfile.REGTYPE, "bad_member_name"),
        ("/etc/cron.d/evil", tarfile.REGTYPE, "bad_member_name"),
        ("C:\\evil", tarfile.REGTYPE, "bad_member_name"),
        ("link", tarfile.SYMTYPE, "bad_member_type"),
        ("hardlink", tarfile.LNKTYPE, "bad_member_type"),
        ("device", tarfile.CHRTYPE, "bad_member_type"),
        ("fifo", tarfile.FIFOTYPE, "bad_member_type"),
        ("folder", tarfile.DIRTYPE, "bad_member_type"),
    ],
)
def test_dangerous_tar_members_are_refused(tmp_path, field, coord, name, kind, code):
    data = members()
    hostile = _info(name, kind, size=4 if kind == tarfile.REGTYPE else 0)
    payload = b"evil" if kind == tarfile.REGTYPE else b""
    entries = [*data, (hostile, payload), *signed_manifest(field, [coord], data)]
    assert _code(tmp_path, coord, field, entries) == code


def test_oversized_member_is_refused(tmp_path, field, coord):
    data = members()
    entries = data + signed_manifest(field, [coord], data)
    limits = Limits(max_member_size=1000)
    assert _code(tmp_path, coord, field, entries, limits=limits) == "member_too_large"


def test_too_many_members_are_refused(tmp_path, field, coord):
    data = [(f"attachments/{i:064x}", b"x") for i in range(5)]
    entries = data + signed_manifest(field, [coord], data)
    assert _code(tmp_path, coord, field, entries, limits=Limits(max_members=4)) == (
        "too_many_members"
    )


@pytest.mark.parametrize(
    "line",
    [b"\xff\xfe not utf-8\n", b'{"uuid": "r-1", \n', b"[1, 2]\n", b'{"n": NaN}\n'],
    ids=["bad-utf8", "bad-json", "not-an-object", "nan"],
)
def test_invalid_records_are_refused(tmp_path, field, coord, line):
    data = [("responses.jsonl", records(3) + line + records(2))]
    entries = data + signed_manifest(field, [coord], data)
    assert _code(tmp_path, coord, field, entries) == "bad_record"


def test_overlong_record_is_refused(tmp_path, field, coord):
    data = [("responses.jsonl", records(3, width=500))]
    entries = data + signed_manifest(field, [coord], data)
    assert _code(tmp_path, coord, field, entries, limits=Limits(max_line=200)) == (
        "record_too_long"
    )


def test_forged_records_report_the_signature_not_the_json(tmp_path, field, coord):
    data = members()
    forged = [("responses.jsonl", b"not json\n"), data[1]]
    manifest_member, signature = signed_manifest(field, [coord], data)
    altered = manifest_member[1].replace(b'"sequence": 1', b'"sequence": 2')
    entries = [*forged, (manifest_member[0], altered), signature]
    assert _code(tmp_path, coord, field, entries) == "bad_signature"


def test_garbage_after_the_archive_is_refused(tmp_path, field, coord):
    data = members()
    plaintext = tar_of(data + signed_manifest(field, [coord], data)) + b"smuggled tail"
    path = seal(tmp_path / "tail.spbundle", plaintext, [coord])
    with pytest.raises(BundleError) as caught:
        verify(path, coord, field.card)
    assert caught.value.code == "trailing_data"


def test_garbage_instead_of_a_tar_is_refused(tmp_path, field, coord):
    path = seal(tmp_path / "junk.spbundle", b"\x01" * 5000, [coord])
    with pytest.raises(BundleError) as caught:
        verify(path, coord, field.card)
    assert caught.value.code == "damaged"


def test_a_failed_write_leaves_no_file(tmp_path, field, coord):
    def members_then_cancel():  # type: ignore[no-untyped-def]
        yield container.Member.from_bytes("responses.jsonl", records(5))
        raise KeyboardInterrupt

    path = tmp_path / "x.spbundle"
    with pytest.raises(KeyboardInterrupt):
        container.write(
            path, field, [coord.card], kind="bundle", sequence=1, members=members_then_cancel()
        )
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_destination_fails_cleanly(tmp_path, field, coord):
    missing = tmp_path / "no such folder" / "x.spbundle"
    big = [container.Member.from_bytes("responses.jsonl", records(20000))]
    with pytest.raises(OSError):
        container.write(missing, field, [coord.card], kind="bundle", sequence=1, members=big)


def test_a_member_given_in_many_chunks_is_written_whole(tmp_path, field, coord):
    """Reads span chunk boundaries (tarfile takes a short read for the end of the data)."""
    from sp_collect.sync.container import Member

    chunks = [bytes([i % 251]) * (1000 + i) for i in range(300)]
    data = b"".join(chunks)
    manifest = container.write(
        tmp_path / "c.spbundle",
        field,
        [coord.card],
        kind="bundle",
        sequence=1,
        members=[Member("blob.bin", len(data), iter(chunks))],
    )
    assert manifest["members"][0]["sha256"] == hashlib.sha256(data).hexdigest()
