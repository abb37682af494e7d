"""One response as a line of ``responses.jsonl``: written from a store row, checked on arrival."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sp_collect.storage.responses import ResponseText
from sp_collect.storage.values import MAX_INTEGER

RESPONSES = "responses.jsonl"
ATTACHMENTS = "attachments/"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# A string value of exactly 64 hex digits in compact JSON (stored text is canonical: no spaces):
# a ",", "]" or "}" follows it (a key is followed by ":"), and its opening quote follows ":",
# "[" or "," (an escaped quote follows a backslash; a closing one is not followed by a hex
# digit). That last test is made on each match: as a look-behind, it made the search slow.
_DIGEST_VALUE = re.compile(r'"([0-9a-f]{64})"(?=[,\]}])')
_BEFORE_VALUE = frozenset(":[,")
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_TEXT_FIELDS = ("uuid", "form_id", "form_version", "status", "created", "updated", "author")


def refs_in_json(text: str) -> set[str]:
    """The SHA-256 digests that canonical JSON ``text`` holds as string values (file, image,
    audio and signature answers store them), found without decoding it: decoding and walking
    every response's answers was most of a bundle export's time."""
    return {
        found.group(1)
        for found in _DIGEST_VALUE.finditer(text)
        if found.start() > 0 and text[found.start() - 1] in _BEFORE_VALUE
    }


def record_line(row: ResponseText, attachments: list[str]) -> bytes:
    """The ``responses.jsonl`` line for a stored response, without its newline.

    Answers and audit are spliced in as stored: canonical JSON is exactly what encoding their
    decoded values here would give (sorted keys, no spaces, UTF-8), at none of the cost.
    """
    head = {
        "uuid": row.uuid,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "revision": row.revision,
        "status": row.status,
        "created": row.created_at,
        "updated": row.updated_at,
        "author": row.author,
        "instance_name": row.instance_name,
    }
    text = (
        f'{_ENCODER.encode(head)[:-1]},"answers":{row.answers},"audit":{row.audit},"comments":[],'
        f'"attachments":{_ENCODER.encode(attachments)}}}'
    )
    return text.encode()


@dataclass(frozen=True)
class Incoming:
    """A response line that passed its shape check."""

    uuid: str
    form_id: str
    form_version: str
    revision: int
    status: str
    created: str
    updated: str
    author: str
    instance_name: str
    answers: dict[str, Any]
    audit: list[Any]
    attachments: tuple[str, ...]


def check_record(record: dict[str, Any]) -> Incoming | str:
    """The parsed response, or the reason it is refused (a sentence fragment)."""
    for name in _TEXT_FIELDS:
        if not isinstance(record.get(name), str) or not record[name]:
            return f"its {name} is missing or not text"
    revision = record.get("revision")
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        return "its revision is not a whole number of at least 1"
    if revision > MAX_INTEGER:
        return f"its revision is larger than {MAX_INTEGER}"
    if not isinstance(record.get("answers"), dict):
        return "its answers are not an object"
    if not isinstance(record.get("audit", []), list):
        return "its audit trail is not a list"
    attachments = record.get("attachments", [])
    if not isinstance(attachments, list) or not all(
        isinstance(a, str) and _SHA256.match(a) for a in attachments
    ):
        return "its attachments are not a list of SHA-256 digests"
    instance_name = record.get("instance_name", "")
    return Incoming(
        uuid=record["uuid"],
        form_id=record["form_id"],
        form_version=record["form_version"],
        revision=revision,
        status=record["status"],
        created=record["created"],
        updated=record["updated"],
        author=record["author"],
        instance_name=instance_name if isinstance(instance_name, str) else "",
        answers=record["answers"],
        audit=record.get("audit", []),
        attachments=tuple(attachments),
    )
