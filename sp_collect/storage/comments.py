"""Review comments attached to one question of one revision of a response."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from sp_collect.errors import NotFound
from sp_collect.storage import values
from sp_collect.storage.db import Database
from sp_collect.storage.sealing import Slot
from sp_collect.storage.tables import comments, responses


@dataclass(frozen=True)
class CommentRow:
    id: int
    uuid: str
    revision: int
    question_path: str
    text: str
    author: str
    created_at: str


def _slot(uuid: str, revision: int, column: str) -> Slot:
    return Slot("comments", column, uuid, revision)


class Comments:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, uuid: str, revision: int, question_path: str, text: str, author: str) -> int:
        """Returns the comment's id; the response must exist (the foreign key insists too)."""
        with self._db.atomic(savepoint=False) as conn:
            found = conn.execute(select(responses.c.uuid).where(responses.c.uuid == uuid)).first()
            if found is None:
                raise NotFound(
                    f"no response {uuid} in this workspace to comment on", code="response_missing"
                )
            result = conn.execute(
                comments.insert().values(
                    uuid=uuid,
                    revision=revision,
                    question_path=question_path,
                    text=self._db.sealer.seal(text, _slot(uuid, revision, "text")),
                    author=self._db.sealer.seal(author, _slot(uuid, revision, "author")),
                    created_at=values.now(),
                )
            )
            return int(result.inserted_primary_key[0])

    def for_response(self, uuid: str) -> list[CommentRow]:
        """Oldest first, as a conversation reads."""
        query = select(comments).where(comments.c.uuid == uuid).order_by(comments.c.id)
        with self._db.reading() as conn:
            rows = conn.execute(query).all()
        sealer = self._db.sealer
        return [
            CommentRow(
                row.id,
                row.uuid,
                row.revision,
                row.question_path,
                sealer.open(row.text, _slot(row.uuid, row.revision, "text")),
                sealer.open(row.author, _slot(row.uuid, row.revision, "author")),
                row.created_at,
            )
            for row in rows
        ]
