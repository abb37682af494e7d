"""Hand-made tar streams for tests that build bundles, returns and packages member by member."""

from __future__ import annotations

import io
import tarfile

Entry = tuple[tarfile.TarInfo | str, bytes]
"""A member: its name (a regular file) or a prepared TarInfo (links, folders…), and its data."""


def tar_of(entries: list[Entry]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w|") as tar:
        for name_or_info, data in entries:
            if isinstance(name_or_info, tarfile.TarInfo):
                info = name_or_info
            else:
                info = tarfile.TarInfo(name_or_info)
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return out.getvalue()
