"""The workspace schema as SQLAlchemy Core tables; Alembic migrations create them on disk."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints, so later migrations can alter them on SQLite (batch mode) and PostgreSQL.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Timestamps are ISO 8601 UTC text and JSON values canonical text (see values.py): the same
# bytes on both back ends, which the event hash chain and conflict detection rely on.
workspace = Table(
    "workspace",
    metadata,
    Column("workspace_id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
)

forms = Table(
    "forms",
    metadata,
    Column("form_id", String(200), primary_key=True),
    Column("version", String(100), primary_key=True),
    Column("title", Text, nullable=False),
    Column("definition", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("package_id", String(200)),
    Column("installed_at", String(40), nullable=False),
)

responses = Table(
    "responses",
    metadata,
    Column("uuid", String(64), primary_key=True),
    Column("form_id", String(200), nullable=False),
    Column("form_version", String(100), nullable=False),
    Column("status", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("author", Text, nullable=False),
    Column("instance_name", Text, nullable=False),
    Column("answers", Text, nullable=False),
    Column("answers_sha256", String(64), nullable=False),
    Column("state", Text, nullable=False),
    Column("audit", Text, nullable=False),
    Column("sender", String(200)),
    Column("received_at", String(40)),
    Index(None, "status"),
    Index(None, "form_id", "form_version"),
)

attachments = Table(
    "attachments",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("media_type", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("added_at", String(40), nullable=False),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(64), ForeignKey("responses.uuid", ondelete="CASCADE"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("question_path", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Index(None, "uuid"),
)

contacts = Table(
    "contacts",
    metadata,
    Column("key_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("card", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | trusted | revoked
    Column("added_at", String(40), nullable=False),
    Column("changed_at", String(40), nullable=False),
)

bundles = Table(
    "bundles",
    metadata,
    Column("bundle_id", String(64), primary_key=True),
    Column("direction", String(8), nullable=False),  # in | out
    Column("sender", String(200), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("counts", Text, nullable=False),
    Column("status", String(32), nullable=False),
    Column("recorded_at", String(40), nullable=False),
    Index(None, "direction", "sender", "sequence"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("incoming", Text, nullable=False),
    Column("sender", String(200), nullable=False),
    Column("bundle_id", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("resolved_at", String(40)),
    Column("resolution", Text),
    UniqueConstraint("uuid", "revision"),
)

events = Table(
    "events",
    metadata,
    # seq is assigned by append() (last + 1), not autoincremented: the primary key then also
    # refuses a second writer that read the same chain head.
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("subject", Text, nullable=False),
    Column("details", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

secrets = Table(
    "secrets",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("sealed", LargeBinary, nullable=False),
    Column("updated_at", String(40), nullable=False),
)
