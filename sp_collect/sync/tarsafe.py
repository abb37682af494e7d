"""Limits and checks for tar members read from untrusted files (bundles, returns, packages)."""

from __future__ import annotations

import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson

from sp_collect.errors import BundleError

# Never extracted to disk, so case-fold collisions cannot clobber files; still, keep names tame.
_MEMBER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$")


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold; larger inputs are refused before they can exhaust memory."""

    max_members: int = 20_000
    """Data members (records files and attachments), not counting the manifest and signature."""
    max_member_size: int = 512 * 1024 * 1024
    max_manifest_size: int = 16 * 1024 * 1024
    max_signature_size: int = 4096
    max_line: int = 16 * 1024 * 1024
    """The longest JSON line (one response) in a ``.jsonl`` member."""


DEFAULT_LIMITS = Limits()


def check_member(info: tarfile.TarInfo, limits: Limits, what: str) -> None:
    """Refuse anything but a plain, reasonably sized regular file with a tidy relative name."""
    name = info.name
    if not _MEMBER_NAME.match(name) or ".." in name.split("/"):
        raise BundleError(
            f"this {what} contains a file with a forbidden name ({name[:80]!r}); "
            "do not open it and ask the sender to export it again.",
            code="bad_member_name",
        )
    if not info.isreg():
        raise BundleError(
            f"this {what} contains {name!r}, which is a link, device or folder, not a plain file; "
            "do not open it and ask the sender to export it again.",
            code="bad_member_type",
        )
    if info.size > limits.max_member_size:
        raise BundleError(
            f"{name!r} in this {what} is larger than the limit of "
            f"{limits.max_member_size} bytes; it was refused.",
            code="member_too_large",
        )


def read_small(stream: IO[bytes], size: int, limit: int, name: str, what: str) -> bytes:
    """Read a member that must be small (manifest, signature) without trusting its header."""
    if size > limit:
        raise BundleError(
            f"{name} in this {what} is larger than the limit of {limit} bytes; it was refused.",
            code="member_too_large",
        )
    return stream.read(size)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not JSON")


class TooDeep(ValueError):
    """JSON nested more deeply than the parser follows (about a thousand levels)."""


def loads(text: str, **options: Any) -> Any:
    """``json.loads``; nesting too deep for it raises ``TooDeep`` instead of ``RecursionError``."""
    try:
        return json.loads(text, **options)
    except RecursionError:
        raise TooDeep("nested too deeply") from None


def strict_json(data: bytes) -> Any:
    """Parse UTF-8 JSON, refusing duplicate keys and NaN/Infinity; ``ValueError`` otherwise."""
    return loads(
        data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
    )


# Built once: json.loads builds a decoder per call when given options, a tenth of a line's time.
_RECORDS = json.JSONDecoder(parse_constant=_no_constants)
# Digits to "0", so one substring search finds a run of 19 digits (a regex took 100 µs a line).
_ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def _record(line: bytes) -> Any:
    """``line`` parsed exactly as ``_RECORDS`` parses it; ``ValueError`` (or ``RecursionError``)
    if it is not JSON.

    orjson parses a response line in about 40% of json's time and gives the same values, but
    it writes integers beyond 64 bits as floats: a line with a run of 19 digits (where such an
    integer could be) goes to json, as does any line orjson refuses (json then decides, with
    its own error: lone surrogates, NaN, nesting too deep, numbers out of range).
    """
    if _LONG_NUMBER not in line.translate(_ZERO_DIGITS):
        try:
            return orjson.loads(line)
        except orjson.JSONDecodeError:
            pass
    return _RECORDS.decode(line.decode("utf-8"))


def json_lines(stream: IO[bytes], limits: Limits, name: str) -> Iterator[dict[str, Any]]:
    """Yield each line of a ``.jsonl`` member as a JSON object; raise on the first bad one."""
    number = 0
    while True:
        line = stream.readline(limits.max_line + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.max_line:
            raise BundleError(
                f"line {number} of {name} is longer than the limit of {limits.max_line} bytes; "
                "it was refused.",
                code="record_too_long",
            )
        try:
            # Records are covered by the signed manifest's hash, so a duplicate key is the
            # sender's own doing; skipping that check (strict_json) halves the parse time.
            record = _record(line)
        except RecursionError:
            raise BundleError(
                f"line {number} of {name} is nested more deeply than sp_collect reads; "
                "it was refused.",
                code="too_deep",
            ) from None
        except (ValueError, UnicodeDecodeError):
            record = None
        if not isinstance(record, dict):
            raise BundleError(
                f"line {number} of {name} is not a valid UTF-8 JSON object; "
                "ask the sender to export it again.",
                code="bad_record",
            )
        yield record
