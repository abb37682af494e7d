"""Streams for the container: age decryption into an OS pipe, and readers that hash as they go.

Decryption runs on a thread (pyrage ``decrypt_io``) writing into a pipe that the caller reads
with a streaming ``tarfile``: plaintext never touches disk and memory stays bounded.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyrage

from sp_collect.errors import BundleError
from sp_collect.sync.identity import Identity

AGE_MAGIC = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
# Few, large pipe transfers: each one is a hand-over of the GIL between the two threads.
PIPE_BUFFER = 1024 * 1024
_MAX_TRAILER = 1024 * 1024


class HashingChunks(io.RawIOBase):
    """A readable view over an iterable of chunks that hashes what it hands out."""

    def __init__(self, chunks: Iterable[bytes], digest: Any) -> None:
        self._chunks = iter(chunks)
        # A view and an offset: slicing the rest of a large chunk on every read would copy
        # it again each time (quadratic in the member size).
        self._pending = memoryview(b"")
        self._digest = digest
        self.total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        piece = self._pending[:size]
        buffer[:size] = piece
        self._digest.update(piece)
        self._pending = self._pending[size:]
        self.total += size
        return size

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes, fewer only at the end: tarfile takes a short read for the end
        of the data, so a read spans chunk boundaries."""
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(CHUNK), b""))
        buffer = bytearray(size)
        view = memoryview(buffer)
        filled = 0
        while filled < size and (count := self.readinto(view[filled:])):
            filled += count
        return bytes(buffer[:filled])


class HashingFile(io.RawIOBase):
    """The encrypted file as pyrage reads it, hashed on the way so replay can compare."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.digest.update(data)
        return len(data)


@contextmanager
def plaintext(path: Path, identity: Identity, what: str) -> Iterator[tuple[IO[bytes], Any]]:
    """Yield (decrypted stream, file digest); decryption runs on a thread into an OS pipe."""
    with open(path, "rb") as raw:
        if raw.read(len(AGE_MAGIC)) != AGE_MAGIC:
            raise BundleError(
                f"this file is not an sp_collect {what} (not an age file); check the file name.",
                code="not_a_bundle",
            )
        raw.seek(0)
        source = HashingFile(raw)
        read_fd, write_fd = os.pipe()
        failures: list[BaseException] = []

        def decrypt() -> None:
            try:
                with open(write_fd, "wb", buffering=PIPE_BUFFER) as sink:
                    pyrage.decrypt_io(source, sink, [identity.age_identity])
            except BaseException as exc:
                failures.append(exc)

        worker = threading.Thread(target=decrypt, name="sp-collect-decrypt", daemon=True)
        worker.start()
        stream = open(read_fd, "rb", buffering=PIPE_BUFFER)  # noqa: SIM115 - closed below
        try:
            yield stream, source.digest
            _drain(stream, what)
        except BaseException as exc:
            if isinstance(exc, Exception):
                # Let decryption finish so a damaged file is named as such, not by its symptom.
                while stream.read(CHUNK):
                    pass
            stream.close()  # on GeneratorExit, unblocks the decrypting thread (broken pipe)
            worker.join()
            if not isinstance(exc, Exception):
                raise  # the caller stopped early (GeneratorExit) or was interrupted
            if failures:
                raise _decrypt_error(failures[0], what) from exc
            if isinstance(exc, tarfile.TarError | EOFError):
                raise BundleError(
                    f"this {what} was damaged in transit (its archive is unreadable); ask the "
                    "sender to export it again.",
                    code="damaged",
                ) from exc
            raise
        stream.close()
        worker.join()
        if failures:
            raise _decrypt_error(failures[0], what)


def _drain(stream: IO[bytes], what: str) -> None:
    # Only tar padding may follow the end of the archive; reading it lets age check the end.
    seen = 0
    while chunk := stream.read(CHUNK):
        seen += len(chunk)
        if seen > _MAX_TRAILER or chunk.count(0) != len(chunk):
            raise BundleError(
                f"this {what} has unexpected data after its end; ask the sender to export it "
                "again.",
                code="trailing_data",
            )


def _decrypt_error(exc: BaseException, what: str) -> BundleError:
    if isinstance(exc, pyrage.DecryptError) and "no matching keys" in str(exc).lower():
        return BundleError(
            f"this {what} was not encrypted for this workspace's key; ask the sender to export "
            "it for your contact card.",
            code="not_for_us",
        )
    return BundleError(
        f"this {what} was damaged in transit (it is truncated or altered); ask the sender to "
        "export it again.",
        code="damaged",
    )


class HashingReader:
    """Wraps a member stream; every byte read (by ``read`` or ``readline``) is hashed."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.digest.update(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._raw.readline(size)
        self.digest.update(data)
        return data
