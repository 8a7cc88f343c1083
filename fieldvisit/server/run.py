"""Starting the team server: ``serve`` for a deployment, ``quickstart`` for a first try."""

from __future__ import annotations

import contextlib
import ipaddress
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from uvicorn.supervisors import Multiprocess

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.errors import ValidationError
from fieldvisit.i18n import message
from fieldvisit.server.app import create_app
from fieldvisit.server.pg_cluster import Cluster
from fieldvisit.server.retention import prune
from fieldvisit.server.store import open_store
from fieldvisit.storage.database import Database

QUICKSTART_PG_PORT = 5432  # only names the socket file in DIR/run: no TCP port is opened
DEFAULT_PORT = 8765
DB_URL_ENV = "FIELDVISIT_SERVER_DB"
"""How ``serve`` hands its database to its worker processes."""
POOL_SIZE = 4
"""Database connections (and threads using them) per worker process. Few: a pull is a few
short statements, and more threads only contend for the process's one interpreter lock
(8 made a burst of laptops slower); long first downloads still leave others a thread."""


class _Server(uvicorn.Server):
    """uvicorn's server, telling us once it accepts connections."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        if self.started:
            self._on_ready()


def parse_listen(listen: str) -> tuple[str, int]:
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit():
        raise ValidationError(
            "listen",
            message(
                "{listen} is not HOST:PORT (e.g. 0.0.0.0:8443).",
                listen=repr(listen),
            ),
        )
    return host.strip("[]") or "127.0.0.1", int(port)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    db: Database,
    host: str,
    port: int,
    *,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
    on_ready: Callable[[str], None] = print,
    workers: int = 1,
) -> None:
    """Serve until SIGINT/SIGTERM; plain HTTP only on loopback, TLS everywhere else;
    ``workers`` processes."""
    if (tls_cert is None) != (tls_key is None):
        raise ValidationError(
            "tls",
            message("Give both --tls-cert and --tls-key."),
        )
    if tls_cert is None and not is_loopback(host):
        raise ValidationError(
            "listen",
            message(
                "{host} is reachable from other machines: serve it with TLS "
                "(--tls-cert FILE --tls-key FILE), or listen on 127.0.0.1 behind a TLS proxy.",
                host=host,
            ),
        )
    prune(db)  # the change log to its retention (and a mark of where it is now)
    scheme = "https" if tls_cert else "http"
    shown = f"[{host}]" if ":" in host else host
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "ssl_certfile": str(tls_cert) if tls_cert else None,
        "ssl_keyfile": str(tls_key) if tls_key else None,
        "log_level": "warning",
        "lifespan": "off",
        "access_log": False,
        # Nothing here reads the client's address or scheme, so the per-request rewrite
        # from X-Forwarded-* (behind a TLS proxy) would be work for nobody.
        "proxy_headers": False,
    }

    def ready() -> None:
        on_ready(
            cli_text(
                "FieldVisit team server ready at {url}",
                "FieldVisit 团队服务器已就绪：{url}",
                url=f"{scheme}://{shown}:{port}",
            )
        )

    if workers <= 1:
        _Server(uvicorn.Config(create_app(db), **options), ready).run()
        return
    # Several processes share the socket, so the service uses every core (one Python
    # process runs one thread at a time); each opens its own pool to the same database.
    os.environ[DB_URL_ENV] = db.url.render_as_string(hide_password=False)
    config = uvicorn.Config(
        f"{__name__}:app_from_environment", factory=True, workers=workers, **options
    )
    sock = config.bind_socket()
    sock.listen(config.backlog)  # connections wait in its queue until a worker takes them
    ready()
    Multiprocess(config, sockets=[sock]).run()


def app_from_environment() -> Any:
    """The application in a worker process of :func:`serve` (the schema is migrated)."""
    url = make_url(os.environ[DB_URL_ENV])
    # Per process: as many connections as threads use them at once (create_app), kept
    # open; a 2-core server runs two processes of 8.
    engine = create_engine(
        url, pool_pre_ping=True, hide_parameters=True, pool_size=POOL_SIZE, max_overflow=2
    )
    return create_app(Database(url, engine))


def default_workers() -> int:
    """One worker process per CPU core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


@contextlib.contextmanager
def quickstart_cluster(folder: Path, *, keep_running: bool = False) -> Iterator[Cluster]:
    """The private cluster in ``folder``, created on first use and started if need be.

    Stops it again on the way out unless it was already running (a quickstart serving) or
    ``keep_running``.
    """
    cluster = Cluster(folder.resolve(), QUICKSTART_PG_PORT)
    if not cluster.exists():
        cluster.init()
    started_here = False
    if not cluster.running():
        cluster.start()
        started_here = True
    try:
        cluster.create_database()
        yield cluster
    finally:
        if started_here and not keep_running:
            cluster.stop()


def quickstart(folder: Path, port: int, on_ready: Callable[[str], None] = print) -> None:
    """A whole team server on this machine: PostgreSQL in ``folder``, the service on loopback."""
    with quickstart_cluster(folder) as cluster:
        db = open_store(cluster.url())
        try:
            serve(
                db, "127.0.0.1", port, on_ready=lambda line: on_ready(f"{line} (data in {folder})")
            )
        finally:
            db.close()
