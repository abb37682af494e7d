"""Installed form versions: every version is kept, so a draft reopens with its own version."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sp_collect.errors import WorkspaceError
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.tables import forms


@dataclass(frozen=True)
class FormRow:
    form_id: str
    version: str
    title: str
    sha256: str
    installed_at: str
    package_id: str | None = None


def _title(definition: dict[str, Any]) -> str:
    """The title in the form's default language (the list shows it; storage does not translate)."""
    title = definition.get("title", "")
    if isinstance(title, dict):
        default = definition.get("default_language")
        chosen = title.get(default) if default else None
        return str(chosen or next(iter(title.values()), ""))
    return str(title)


class Forms:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        form_id: str,
        version: str,
        definition: dict[str, Any],
        *,
        package_id: str | None = None,
    ) -> bool:
        """Install a version; True if new. The same id+version with other content is refused."""
        text = values.dumps(definition)
        digest = values.sha256_text(text)
        row = {
            "form_id": form_id,
            "version": version,
            "title": _title(definition),
            "definition": text,
            "sha256": digest,
            "package_id": package_id,
            "installed_at": values.now(),
        }
        with self._db.atomic(savepoint=False) as conn:
            if self._db.insert_new(conn, forms, row):
                return True
            existing = conn.execute(
                select(forms.c.sha256).where(forms.c.form_id == form_id, forms.c.version == version)
            ).scalar()
        if existing != digest:
            raise WorkspaceError(
                f"form {form_id} version {version} is already installed with different "
                "content; give the changed form a new version",
                code="form_version_clash",
            )
        return False

    def get(self, form_id: str, version: str) -> dict[str, Any] | None:
        with self._db.reading() as conn:
            text = conn.execute(
                select(forms.c.definition).where(
                    forms.c.form_id == form_id, forms.c.version == version
                )
            ).scalar()
        return values.loads(text)

    def latest(self, form_id: str) -> dict[str, Any] | None:
        """The most recently installed version (versions are labels, not ordered numbers)."""
        with self._db.reading() as conn:
            text = conn.execute(
                select(forms.c.definition)
                .where(forms.c.form_id == form_id)
                .order_by(forms.c.installed_at.desc(), forms.c.version.desc())
                .limit(1)
            ).scalar()
        return values.loads(text)

    def list(self) -> list[FormRow]:
        query = select(
            forms.c.form_id,
            forms.c.version,
            forms.c.title,
            forms.c.sha256,
            forms.c.installed_at,
            forms.c.package_id,
        ).order_by(forms.c.form_id, forms.c.installed_at)
        with self._db.reading() as conn:
            return [FormRow(*row) for row in conn.execute(query)]
