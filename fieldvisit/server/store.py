"""The team's store: a PostgreSQL database with the laptops' schema plus the server's own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from fieldvisit.domain.errors import DatabaseOpenError
from fieldvisit.i18n import message
from fieldvisit.server.scope import Caller, install_server_capture
from fieldvisit.server.security import enter_caller, install_row_security
from fieldvisit.storage.database import Database, create_app_engine
from fieldvisit.storage.migrate import alembic_config, open_database

SERVER_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def server_url(raw: str) -> URL:
    url = make_url(raw)
    if url.get_backend_name() != "postgresql":
        raise DatabaseOpenError(
            message(
                "The team server keeps its data in PostgreSQL; {url} is not a "
                "PostgreSQL URL (postgresql+psycopg://USER@HOST/DB).",
                url=url.render_as_string(hide_password=True),
            )
        )
    return url


def open_store(raw: str | URL) -> Database:
    """Open the team's database, upgrading the shared and the server-only schema to head."""
    url = raw if isinstance(raw, URL) else server_url(raw)
    db = open_database(url)
    upgrade_server_schema(url)
    return db


def upgrade_server_schema(url: URL) -> None:
    from alembic import command

    engine = create_app_engine(url)
    try:
        config = alembic_config(SERVER_MIGRATIONS)
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            install_server_capture(conn)
            install_row_security(conn)
            conn.commit()
    finally:
        engine.dispose()


@contextmanager
def caller_scope(db: Database, caller: Caller) -> Iterator[Session]:
    """A read-only unit for ``caller``: row-level security shows it only its own scope
    (:mod:`fieldvisit.server.security`), whatever the service's own checks say."""
    with db.read_scope() as session:
        enter_caller(session.connection(), str(caller.member_id), caller.role.value)
        yield session
