"""Writing files so that a crash, a full disk or a refused permission never leaves half a file,
and touching nothing on the way that FieldVisit did not create."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target`` under a temporary name, flush it, then rename it in.

    ``target`` is afterwards either the complete new file or what it was before; on
    any error the temporary file is removed and the :class:`OSError` propagates.
    The temporary file is created readable by its owner only (mkstemp).
    """
    fd, temp = tempfile.mkstemp(prefix=f".{target.name[:60]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by their owner only (0700).

    Folders that already exist keep their permissions: they are not ours to change.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)


def kind_of(path: Path) -> str | None:
    """``None`` for a regular file or nothing there; else what it is (a device, a FIFO…)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty and 0600 if it is not there; ``True`` if it was created.

    An existing file is left exactly as it is, permissions included.
    """
    make_private_dirs(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def partial_name(target: Path) -> Path:
    """Where a copy is written before it is complete: hidden, and not named like a database."""
    return target.with_name(f".{target.name}{PARTIAL_SUFFIX}")


def copy_sqlite(source: Path, target: Path, *, timeout: float = 10) -> None:
    """Copy a live SQLite database consistently (backup API) into ``target``, all or nothing.

    The copy is written to a hidden partial file, checked, then renamed in: a crash, a
    kill or a full disk never leaves a file at ``target`` that looks like a good copy.
    Raises :class:`sqlite3.Error`, :class:`OSError` or :class:`ValueError` (did not verify).
    """
    make_private_dirs(target.parent)
    partial = partial_name(target)
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        with (
            contextlib.closing(sqlite3.connect(source, timeout=timeout)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            result = dst.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise ValueError("the copy did not verify")
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def remove_stale_partials(folder: Path) -> int:
    """Remove copies an earlier run left unfinished (killed mid-copy); returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for leftover in folder.glob(f".*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed
