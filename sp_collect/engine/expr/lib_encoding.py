"""ODK's encoding functions: digest() (MD5, SHA-1, SHA-2 hashes) and base64-decode()."""

from __future__ import annotations

import base64
import binascii
import hashlib

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.spec import EvalFailure, FunctionSpec
from sp_collect.engine.expr.values import Value, to_string

ALGORITHMS = {
    "MD5": "md5",
    "SHA-1": "sha1",
    "SHA-256": "sha256",
    "SHA-384": "sha384",
    "SHA-512": "sha512",
}
"""The digest algorithms the ODK XForms spec names, by the names forms use."""


def _digest(_ctx: EvalContext, data: Value, algorithm: Value, encoding: Value = "base64") -> str:
    """The hash of ``data`` (its UTF-8 bytes), in base64 (the default) or hex."""
    name = ALGORITHMS.get(to_string(algorithm).strip().upper())
    if name is None:
        raise EvalFailure(
            f"digest() knows the algorithms {', '.join(ALGORITHMS)}, not {to_string(algorithm)!r}"
        )
    raw = hashlib.new(name, to_string(data).encode("utf-8")).digest()
    form = to_string(encoding).strip().lower()
    if form == "hex":
        return raw.hex()
    if form == "base64":
        return base64.b64encode(raw).decode("ascii")
    raise EvalFailure(f"digest() encodes as 'base64' or 'hex', not {to_string(encoding)!r}")


def _base64_decode(_ctx: EvalContext, value: Value) -> str:
    """The UTF-8 text a base64 string encodes; "" when it is not base64 of UTF-8 text."""
    try:
        return base64.b64decode(to_string(value).strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return ""


ENCODING_FUNCTIONS: dict[str, FunctionSpec] = {
    "digest": FunctionSpec(2, 3, _digest),
    "base64-decode": FunctionSpec(1, 1, _base64_decode),
}
