"""A private PostgreSQL cluster in a folder, from the machine's own PostgreSQL programs.

Used by ``fieldvisit server quickstart`` (a first try on one machine) and by the tests.
``initdb`` refuses to run as root, so as root the cluster belongs to the ``postgres``
system user and its programs run through ``runuser``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from fieldvisit.domain.errors import FieldVisitError
from fieldvisit.i18n import message

PG_BIN_GLOBS = (
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
    "/usr/pgsql-*/bin",  # RHEL, Fedora
    "/opt/homebrew/opt/postgresql@*/bin",
    "/usr/local/opt/postgresql@*/bin",
    "/Applications/Postgres.app/Contents/Versions/latest/bin",
    "C:/Program Files/PostgreSQL/*/bin",
)
DATABASE = "fieldvisit"


def install_hint() -> str:
    return message(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install them, e.g. "
        "'sudo apt-get install postgresql' on Debian or Ubuntu, 'brew install postgresql@16' "
        "on macOS, or the installer from postgresql.org on Windows; then run this again.",
    )


class ClusterError(FieldVisitError):
    """The private cluster could not be made, started or stopped; the text says why."""

    title = "Cannot run the team server's PostgreSQL"


def find_pg_bin() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``: ``$FIELDVISIT_PG_BIN``, PATH, then the
    usual install places (newest version first)."""
    override = os.environ.get("FIELDVISIT_PG_BIN")
    if override and (Path(override) / "initdb").exists():
        return Path(override)
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates: list[Path] = []
    for pattern in PG_BIN_GLOBS:
        candidates.extend(Path(p) for p in glob.glob(pattern))
    usable = [c for c in candidates if (c / "initdb").exists() or (c / "initdb.exe").exists()]
    if not usable:
        raise ClusterError(install_hint())
    return sorted(usable, key=lambda p: _version_key(p), reverse=True)[0]


def _version_key(path: Path) -> tuple[int, ...]:
    digits = [int(part) for part in path.parts if part.isdigit()]
    if not digits:
        for part in path.parts:
            tail = part.rsplit("-", 1)[-1].rsplit("@", 1)[-1]
            if tail.isdigit():
                digits.append(int(tail))
    return tuple(digits)


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class Cluster:
    """A cluster in ``folder``: data in ``folder/pgdata``, its socket in ``folder/run``."""

    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "pgdata"

    @property
    def sockets(self) -> Path:
        return self.folder / "run"

    @property
    def user(self) -> str:
        return "postgres" if _as_root() else _current_user()

    def url(self, database: str = DATABASE) -> str:
        """A SQLAlchemy URL over the private socket (no password: trust, owner only)."""
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.sockets}&port={self.port}"

    def conninfo(self, database: str = DATABASE) -> str:
        return f"host={self.sockets} port={self.port} user={self.user} dbname={database}"

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        command = [str(find_pg_bin() / program), *args]
        if _as_root():
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if check and result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
            raise ClusterError(
                message(
                    "{program} failed: {output}",
                    program=program,
                    output=" / ".join(tail),
                )
            )
        return result

    def exists(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    def init(self) -> None:
        """Create the cluster (trust on the private socket only, no TCP)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.sockets.mkdir(exist_ok=True, mode=0o700)
        if _as_root():
            shutil.chown(self.folder, "postgres", "postgres")
            shutil.chown(self.sockets, "postgres", "postgres")
            reach = subprocess.run(
                ["runuser", "-u", "postgres", "--", "test", "-w", str(self.folder)], check=False
            )
            if reach.returncode != 0:
                raise ClusterError(
                    message(
                        "Run as root, PostgreSQL works as the 'postgres' user, which cannot reach "
                        "{folder} (a folder above it is private). Choose a folder it can reach, "
                        "e.g. under /var/lib or /srv.",
                        folder=self.folder,
                    )
                )
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
            "-U",
            "postgres" if _as_root() else _current_user(),
        )

    def start(self, *, fast: bool = False) -> None:
        """Start on the private socket; ``fast`` turns off fsync (throwaway test clusters)."""
        options = f"-k {self.sockets} -p {self.port} -c listen_addresses=''"
        if fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "postgres.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def stop(self) -> None:
        if self.exists() and self.running():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str = DATABASE, template: str | None = None) -> None:
        import psycopg

        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
            ).fetchone()
            if exists:
                return
            sql = f'CREATE DATABASE "{name}"'
            if template:
                sql += f' TEMPLATE "{template}"'
            conn.execute(sql)

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.running():
                return
            time.sleep(0.1)
        raise ClusterError(
            message(
                "PostgreSQL did not start; see {log}.",
                log=self.folder / "postgres.log",
            )
        )


def _current_user() -> str:
    import getpass

    return getpass.getuser()


def free_port() -> int:
    import socket

    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port
