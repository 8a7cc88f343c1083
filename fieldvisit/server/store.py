"""The team's store: a PostgreSQL database with the laptops' schema plus the server's own."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url

from fieldvisit.domain.errors import DatabaseOpenError
from fieldvisit.i18n import message
from fieldvisit.server.scope import install_server_capture
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
            conn.commit()
    finally:
        engine.dispose()
