"""docs/bundle-format.md, checked against real files: a bundle with an attachment, a return with
a decision and a comment, a form package and contact cards, written by the workspace as users do.

The field tables (contact card, ``manifest.json``, ``package.json``) and the record line are read
from the document itself, so a field added or renamed on either side fails here. The bundle is
opened as the document's escape hatch does: with the key files ``identity keys`` writes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import tarfile
import uuid as uuid_module
from pathlib import Path
from typing import Any

import pyrage
import pytest

from sp_collect.cli.main import main
from sp_collect.resources import forms_dir
from sp_collect.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "bundle-format.md").read_text(encoding="utf-8")
PASSPHRASE = "bundle format passphrase"
WORKSHOP = "caricom-workshop-summary"
UTC_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _section(title: str) -> str:
    start = DOC.index(title)
    end = DOC.find("\n#", start + len(title))
    return DOC[start : end if end != -1 else None]


def _table_fields(title: str) -> list[str]:
    """The first column of the field table under ``title``."""
    return re.findall(r"^\| `(\w+)` \|", _section(title), flags=re.M)


def _with_files(value: Any, folder: Path, workspace: Workspace) -> Any:
    """The fixture's attachment references become files stored in the workspace."""
    if isinstance(value, dict):
        if set(value) == {"sha256", "name", "media_type", "size"}:
            path = folder / value["name"]
            path.write_bytes(b"evidence: " + value["name"].encode())
            return workspace.responses.attach_file(path)
        return {k: _with_files(v, folder, workspace) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_files(v, folder, workspace) for v in value]
    return value


def _members(data: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
        found = []
        for info in tar:
            file = tar.extractfile(info)
            found.append((info, file.read() if file else b""))
        return found


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A package, a bundle and a return of one study, and the coordinator's key files."""
    root = tmp_path_factory.mktemp("formats")
    coord, _ = Workspace.create(root / "c", PASSPHRASE, name="Cora Ordinator", role="coordinator")
    field, _ = Workspace.create(root / "f", PASSPHRASE, name="Ana Field", role="field")
    form = forms_dir() / f"{WORKSHOP}.json"
    coord.forms.add(form)
    scoring = forms_dir() / "scoring" / "caricom-readiness.json"
    coord.packages.build([form], root / "p.sppackage", scoring_paths=(scoring,))
    field.packages.install(root / "p.sppackage")
    fixture = json.loads((ROOT / "tests" / "fixtures" / "workshop_complete.json").read_text())
    saved = field.responses.add(WORKSHOP, _with_files(fixture, root, field), finalize=True)
    field.sync.export_bundle(root / "x.spbundle")
    coord.contacts.trust(field.card)
    coord.sync.import_bundles([root / "x.spbundle"])
    coord.reviews.decide(saved.uuid, "returned", {"d9_signature": "Please sign again"})
    coord.sync.export_return("Ana Field", root / "r.spreturn")
    cards = {"coordinator": coord.card.to_dict(), "field": field.card.to_dict()}
    coord.close()
    field.close()
    for name, folder in (("coordinator", "c"), ("field", "f")):
        argv = ["identity", "keys", "-w", str(root / folder), "-o", str(root / f"keys-{name}")]
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("SP_COLLECT_PASSPHRASE", PASSPHRASE)
            assert main(argv) == 0
    return {"root": root, "cards": cards, "uuid": saved.uuid}


def _opened(
    files: dict[str, Any], name: str, keys: str
) -> tuple[bytes, list[tuple[tarfile.TarInfo, bytes]]]:
    raw = (files["root"] / name).read_bytes()
    secret = (files["root"] / keys / "age-identity.txt").read_text().strip().splitlines()[-1]
    plain = pyrage.decrypt(raw, [pyrage.x25519.Identity.from_str(secret)])
    assert plain[257:263] == b"ustar\x00"  # a POSIX tar
    return raw, _members(plain)


def test_contact_cards_have_the_documented_fields_and_derivations(files: dict[str, Any]) -> None:
    fields = _table_fields("## Contact cards")
    for role, card in files["cards"].items():
        assert list(card) == fields or sorted(card) == sorted(fields)
        assert (card["type"], card["version"], card["role"]) == ("sp-collect-contact", 1, role)
        assert card["age_recipient"].startswith("age1")
        decoded = base64.b64decode(card["minisign_public"])
        assert len(decoded) == 2 + 8 + 32 and decoded[:2] == b"Ed"
        key_id, public = decoded[2:10], decoded[10:]
        assert card["key_id"] == key_id.hex() == card["key_id"].lower()
        derived = hashlib.blake2b(b"sp-collect-key-id\0" + public, digest_size=8).digest()
        assert derived == key_id
        text = (
            b"sp-collect-card-v1\0"
            + card["age_recipient"].encode()
            + b"\0"
            + card["minisign_public"].encode()
        )
        letters = base64.b32encode(hashlib.sha256(text).digest()).decode()[:24]
        assert card["fingerprint"] == " ".join(letters[i : i + 4] for i in range(0, 24, 4))


def _check_signature(signature: bytes, key_id: str, comment: str) -> None:
    lines = signature.decode().splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("untrusted comment: ")
    algorithm = base64.b64decode(lines[1])
    assert algorithm[:2] == b"ED" and len(algorithm) == 2 + 8 + 64  # prehashed, as documented
    assert algorithm[2:10].hex() == key_id
    assert lines[2] == f"trusted comment: {comment}"


@pytest.mark.parametrize(("name", "keys", "kind"), [
    ("x.spbundle", "keys-coordinator", "bundle"),
    ("r.spreturn", "keys-field", "return"),
])  # fmt: skip
def test_a_container_is_age_then_tar_in_the_documented_order(
    files: dict[str, Any], name: str, keys: str, kind: str
) -> None:
    raw, members = _opened(files, name, keys)
    header = raw.split(b"\n---", 1)[0].decode()
    assert header.startswith("age-encryption.org/v1\n")  # binary age, not armored
    stanzas = re.findall(r"^-> X25519 ", header, flags=re.M)
    names = [info.name for info, _data in members]
    assert names[-2:] == ["manifest.json", "manifest.json.minisig"]
    assert all(info.isreg() for info, _ in members)

    pattern = re.search(r"Member names match\s+`([^`]+)`", DOC)
    assert pattern is not None
    assert all(re.match(pattern.group(1), n) for n in names)

    manifest = json.loads(members[-2][1])
    assert sorted(manifest) == sorted(_table_fields("### `manifest.json`"))
    assert (manifest["format"], manifest["kind"]) == (1, kind)
    assert uuid_module.UUID(manifest["bundle_id"]).version == 4
    assert manifest["sequence"] >= 1 and UTC_TIME.match(manifest["created"])
    assert len(stanzas) == len(manifest["recipients"]) >= 1
    assert all(r.startswith("age1") for r in manifest["recipients"])
    assert all(set(f) == {"id", "version"} for f in manifest["forms"])
    assert all(isinstance(v, int) for v in manifest["counts"].values())
    assert manifest["extra"] == {}  # reserved: format 1 writes none
    documented_counts = {"bundle": {"responses", "attachments"}, "return": {"receipt", "decisions"}}
    assert set(manifest["counts"]) == documented_counts[kind]
    for key in documented_counts[kind]:
        assert f'"{key}"' in _section("### `manifest.json`")
    listed = [(m["name"], m["size"], m["sha256"]) for m in manifest["members"]]
    data = [(i.name, len(d), hashlib.sha256(d).hexdigest()) for i, d in members[:-2]]
    assert listed == data and all(HEX64.match(m[2]) for m in listed)
    comment = (
        f"sp-collect {kind} v1 id={manifest['bundle_id']} seq={manifest['sequence']} "
        f"created={manifest['created']} file=manifest.json"
    )
    assert "sp-collect <kind> v1 id=<bundle id> seq=<sequence> created=<created> file=" in DOC
    _check_signature(members[-1][1], manifest["sender"]["key_id"], comment)
    for _info, data_bytes in members[:-2]:
        if _info.name.endswith(".jsonl"):
            assert data_bytes.endswith(b"\n") and all(
                isinstance(json.loads(line), dict) for line in data_bytes.splitlines()
            )


def test_a_bundle_carries_responses_then_attachments_named_by_their_sha256(
    files: dict[str, Any],
) -> None:
    _raw, members = _opened(files, "x.spbundle", "keys-coordinator")
    names = [info.name for info, _ in members[:-2]]
    assert names[0] == "responses.jsonl"
    attachments = members[1:-2]
    assert attachments and all(i.name == "attachments/" + hashlib.sha256(d).hexdigest()
                               for i, d in attachments)  # fmt: skip
    (line,) = members[0][1].splitlines()
    record = json.loads(line)
    block = re.search(r"```json\n(\{\"uuid\".*?)\n```", _section("### Records"), flags=re.S)
    assert block is not None
    documented = re.findall(r'"(\w+)":', block.group(1))
    assert sorted(record) == sorted(documented), (list(record), documented)
    assert record["uuid"] == files["uuid"] and record["status"] == "finalized"
    assert sorted(record["attachments"]) == sorted(i.name.split("/")[1] for i, _ in attachments)


def test_a_return_carries_the_receipt_then_the_decisions(files: dict[str, Any]) -> None:
    _raw, members = _opened(files, "r.spreturn", "keys-field")
    assert [info.name for info, _ in members[:-2]] == ["receipt.jsonl", "decisions.jsonl"]
    (receipt,) = [json.loads(line) for line in members[0][1].splitlines()]
    assert list(receipt) == ["uuid", "revision"]
    (decision,) = [json.loads(line) for line in members[1][1].splitlines()]
    assert list(decision) == ["uuid", "revision", "decision", "comments"]
    assert decision["decision"] == "returned"
    (comment,) = decision["comments"]
    assert list(comment) == ["question", "text", "author", "created"]
    assert comment["question"] == "d9_signature"


def test_a_package_is_a_plain_tar_in_the_documented_order(files: dict[str, Any]) -> None:
    members = _members((files["root"] / "p.sppackage").read_bytes())  # not encrypted
    names = [info.name for info, _ in members]
    assert names[:2] == ["package.json", "package.json.minisig"]
    roles = [n.split("/")[0] for n in names[2:]]
    assert roles == sorted(roles) and set(roles) == {"forms", "scoring"}
    assert all(n.endswith(".json") for n in names[2:])
    body = json.loads(members[0][1])
    assert sorted(body) == sorted(_table_fields("## Form packages"))
    assert (body["format"], body["kind"]) == (1, "package")
    assert isinstance(body["sequence"], int) and UTC_TIME.match(body["created"])
    assert body["escrow"] == {"policy": "none"}
    stored = {info.name: data for info, data in members[2:]}
    for entry in body["files"]:
        data = stored[entry["name"]]
        assert (entry["size"], entry["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
        assert entry["role"] in ("form", "scoring")
        assert ("id" in entry and "version" in entry) == (entry["role"] == "form")
    comment = (
        f"sp-collect package v1 id={body['package_id']} seq={body['sequence']} "
        f"created={body['created']} file=package.json"
    )
    assert "sp-collect package v1 id=<package id> seq=<sequence> created=<created>" in DOC
    _check_signature(members[1][1], body["signer"]["key_id"], comment)


def test_the_escape_hatch_key_files_have_the_documented_names(files: dict[str, Any]) -> None:
    folder = files["root"] / "keys-coordinator"
    secret = (folder / "age-identity.txt").read_text()
    assert "AGE-SECRET-KEY-1" in secret
    assert (folder / "minisign.pub").is_file()
    key_id = files["cards"]["field"]["key_id"]
    assert [p.name for p in folder.glob(f"*-{key_id}.pub")] == [f"Ana_Field-{key_id}.pub"]
