"""minisign signatures: our own round trips and both directions with the real program."""

from __future__ import annotations

import base64
import subprocess

import pytest

from sp_collect.errors import BundleError, TrustError
from sp_collect.sync import minisign

DATA = b"manifest bytes \x00\xff"


def _sign(identity, data=DATA, comment="sp-collect test"):  # type: ignore[no-untyped-def]
    return identity.sign(data, trusted_comment=comment)


def test_round_trip_returns_the_trusted_comment(field):
    signature = _sign(field, comment="file=manifest.json time=2026-11-23")
    assert minisign.verify(signature, DATA, field.public_key, what="x") == (
        "file=manifest.json time=2026-11-23"
    )


def test_signatures_are_prehashed(field):
    blob = base64.b64decode(_sign(field).splitlines()[1])
    assert blob[:2] == b"ED"


def test_legacy_unhashed_signatures_verify(field):
    raw = field.signing_key.sign(DATA)
    comment = "legacy"
    text = (
        "untrusted comment: legacy\n"
        + base64.b64encode(b"Ed" + field.key_id + raw).decode()
        + f"\ntrusted comment: {comment}\n"
        + base64.b64encode(field.signing_key.sign(raw + comment.encode())).decode()
        + "\n"
    )
    assert minisign.verify(text, DATA, field.public_key, what="x") == comment


def test_altered_data_is_refused(field):
    with pytest.raises(TrustError) as caught:
        minisign.verify(_sign(field), DATA + b"!", field.public_key, what="x")
    assert caught.value.code == "bad_signature"


def test_altered_trusted_comment_is_refused(field):
    lines = _sign(field, comment="seq=2").splitlines()
    lines[2] = "trusted comment: seq=1"
    with pytest.raises(TrustError) as caught:
        minisign.verify("\n".join(lines), DATA, field.public_key, what="x")
    assert caught.value.code == "bad_signature"


def test_another_key_is_refused_by_its_key_id(field, stranger):
    with pytest.raises(TrustError) as caught:
        minisign.verify(_sign(stranger), DATA, field.public_key, what="x")
    assert caught.value.code == "wrong_signer"


def test_another_key_behind_the_same_key_id_is_refused(field, stranger):
    forged = minisign.sign(stranger.signing_key, field.key_id, DATA, trusted_comment="c")
    with pytest.raises(TrustError) as caught:
        minisign.verify(forged, DATA, field.public_key, what="x")
    assert caught.value.code == "bad_signature"


@pytest.mark.parametrize("text", ["", "one line", "a\nb\nc\nd", "untrusted comment: x\n!!\n"])
def test_malformed_signatures_are_refused(field, text):
    with pytest.raises(BundleError) as caught:
        minisign.verify(text, DATA, field.public_key, what="x")
    assert caught.value.code == "signature_malformed"


def test_public_key_line_round_trips(field):
    assert minisign.PublicKey.from_line(field.public_key.line) == field.public_key
    with pytest.raises(BundleError) as caught:
        minisign.PublicKey.from_line(base64.b64encode(b"Ed123").decode())
    assert caught.value.code == "key_malformed"


def test_the_real_minisign_verifies_ours(tmp_path, field, require_program):
    require_program("minisign")
    (tmp_path / "file.bin").write_bytes(DATA)
    (tmp_path / "file.bin.minisig").write_text(_sign(field, comment="file=file.bin"))
    (tmp_path / "key.pub").write_text(field.public_key.file_text())
    result = subprocess.run(
        ["minisign", "-V", "-p", "key.pub", "-m", "file.bin"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Trusted comment: file=file.bin" in result.stdout


def test_we_verify_the_real_minisign(tmp_path, require_program):
    require_program("minisign")
    subprocess.run(
        ["minisign", "-G", "-W", "-p", "key.pub", "-s", "key.sec"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    (tmp_path / "file.bin").write_bytes(DATA)
    subprocess.run(
        ["minisign", "-S", "-s", "key.sec", "-m", "file.bin", "-t", "from the real tool"],
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    public = minisign.PublicKey.from_line((tmp_path / "key.pub").read_text().splitlines()[1])
    signature = (tmp_path / "file.bin.minisig").read_text()
    assert minisign.verify(signature, DATA, public, what="file.bin") == "from the real tool"
