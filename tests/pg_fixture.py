"""A throwaway PostgreSQL cluster for tests: initdb + pg_ctl on a Unix socket in a temp dir.

``initdb`` refuses to run as root, so as root the cluster runs as the ``postgres`` user
(``runuser``). Reused by the storage and sync tests through ``pg_cluster`` fixtures.
"""

from __future__ import annotations

import os
import pwd
import random
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg


@dataclass(frozen=True)
class PgCluster:
    folder: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL reaching ``database`` over the cluster's Unix socket."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    def create_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        name = "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(
            host=str(self.folder), port=self.port, user="postgres", dbname="postgres",
            autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _run_as() -> list[str] | None:
    """The command prefix that runs server binaries as a non-root user, or None if impossible."""
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    return ["runuser", "-u", "postgres", "--"]


def unavailable_reason() -> str | None:
    """Why no cluster can be started here (None: it can)."""
    for tool in ("initdb", "pg_ctl"):
        if shutil.which(tool) is None:
            return f"PostgreSQL server binaries not found ({tool} is not on PATH)"
    if _run_as() is None:
        return "running as root without a 'postgres' user or runuser: initdb would refuse"
    return None


@contextmanager
def running_cluster() -> Iterator[PgCluster]:
    """Start a cluster (fsync off: test data need not survive a power cut) and stop it after."""
    prefix = _run_as()
    if prefix is None or unavailable_reason() is not None:
        raise RuntimeError(unavailable_reason())
    folder = Path(tempfile.mkdtemp(prefix="sp_pg_"))
    if prefix:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data = folder / "data"
    port = random.randint(20000, 60000)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    try:
        subprocess.run(
            [*prefix, "initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--no-sync"],
            **quiet,
        )  # fmt: skip
        options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off"
        subprocess.run(
            [*prefix, "pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "log"),
             "-w", "start"],
            **quiet,
        )  # fmt: skip
        try:
            yield PgCluster(folder, port)
        finally:
            subprocess.run(
                [*prefix, "pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
            )  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
