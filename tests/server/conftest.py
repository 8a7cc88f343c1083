"""A throwaway PostgreSQL for the server tests: one cluster per test session, migrated once
into a template database, and a fresh copy of it for every test.

Started from the machine's PostgreSQL programs (Debian's postgresql-15 in CI, as root
through runuser), with fsync off; the tests skip only where no PostgreSQL is installed
and CI is not the one running them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldvisit.server.pg_cluster import Cluster, ClusterError, find_pg_bin, free_port
from fieldvisit.server.store import open_store
from fieldvisit.storage.database import Database

TEMPLATE = "fieldvisit_template"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        find_pg_bin()
    except ClusterError:
        if os.environ.get("CI"):
            raise
        pytest.skip("PostgreSQL's server programs are not installed")
    folder = Path(tempfile.mkdtemp(prefix="fieldvisit-pg-"))
    cluster = Cluster(folder, free_port())
    cluster.init()
    cluster.start(fast=True)
    try:
        cluster.create_database(TEMPLATE)
        open_store(cluster.url(TEMPLATE)).close()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def server_db_url(pg_cluster: Cluster) -> str:
    """A fresh database at head for this test (a copy of the migrated template)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_cluster.create_database(name, template=TEMPLATE)
    return pg_cluster.url(name)


@pytest.fixture
def server_db(server_db_url: str) -> Iterator[Database]:
    db = open_store(server_db_url)
    yield db
    db.close()


@pytest.fixture
def live_server(server_db: Database) -> Iterator[str]:
    """The sync service over a real loopback socket (uvicorn in a thread); yields its URL."""
    import threading

    import uvicorn

    from fieldvisit.server.app import create_app

    port = free_port()
    config = uvicorn.Config(
        create_app(server_db), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        threading.Event().wait(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
