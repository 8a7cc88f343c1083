"""The error log: a rotating file in the data folder that never holds customer data.

Exception messages carry data (an ``IntegrityError`` quotes the row it refused, an
``OSError`` the file name, a validation error the value typed), so an exception is
written as its type, the known environment problem behind it and the frames of its
traceback (``file:line in function``), never as its message. The file and its folder
are readable by their owner only.
"""

from __future__ import annotations

import errno
import logging
import os
import platform
import sqlite3
import sys
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import fieldvisit
from fieldvisit.domain.problems import causes, problem_of

LOGGER_NAME = "fieldvisit"
LOG_FOLDER = "logs"
LOG_NAME = "fieldvisit.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER_NAME)
_PACKAGE_ROOT = Path(fieldvisit.__file__).resolve().parent.parent


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A :class:`RotatingFileHandler` whose every file is created ``0600``."""

    def _open(self) -> TextIOWrapper:
        folder = Path(self.baseFilename).parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(folder, 0o700)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, TextIOWrapper)
        return stream


class ScrubbedFormatter(logging.Formatter):
    """Any ``log.exception(...)`` in the app is written as :func:`scrubbed_details`."""

    def formatException(self, ei: Any) -> str:
        exc = ei[1] if ei else None
        return scrubbed_details(exc) if isinstance(exc, BaseException) else ""


def log_folder(data_dir: Path) -> Path:
    return data_dir / LOG_FOLDER


def setup_logging(folder: Path) -> Path:
    """Send FieldVisit's log to ``folder``/fieldvisit.log (1 MB × 5); returns the file.

    Called again with another folder (the database lives elsewhere), it moves there.
    The folder and file are created with the first line written, so a command that
    logs nothing leaves nothing behind (beside a wrong file given with ``--db``, say).
    Raises :class:`OSError` when the folder cannot be created.
    """
    _check_creatable(folder)
    path = folder / LOG_NAME
    current = log_file()
    if current == path:
        return path
    stop_logging()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(ScrubbedFormatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def _check_creatable(folder: Path) -> None:
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(existing))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, "not writable", str(existing))


def start_logging(db_path: Path | None, data_dir: Path) -> Path | None:
    """Log beside the database (``data_dir`` for a server database); ``None`` if impossible.

    A folder that cannot be written must not stop the app: it then runs without a log.
    """
    folder = log_folder(db_path.parent if db_path is not None else data_dir)
    try:
        return setup_logging(folder)
    except OSError:
        return None


def stop_logging() -> None:
    """Close the log file; FieldVisit's records go to Python's default handling again."""
    for handler in list(log.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
    log.propagate = True
    log.setLevel(logging.NOTSET)


def log_file() -> Path | None:
    """The file the log is written to, or ``None`` before :func:`setup_logging`."""
    for handler in log.handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def _where(filename: str) -> str:
    """A frame's file relative to the package or library root (no user folder names)."""
    path = Path(filename)
    roots = [_PACKAGE_ROOT, *(Path(p) for p in sys.path if p)]
    for root in sorted(roots, key=lambda r: len(str(r)), reverse=True):
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            continue
    return path.name


def _kind(exc: BaseException) -> str:
    """The exception's qualified type and its safe codes (errno, SQLite error name)."""
    kind = type(exc).__qualname__
    module = type(exc).__module__
    if module not in {"builtins", "__main__"}:
        kind = f"{module}.{kind}"
    codes = []
    if isinstance(exc, OSError) and exc.errno is not None:
        codes.append(errno.errorcode.get(exc.errno, str(exc.errno)))
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", None)
        if isinstance(name, str):
            codes.append(name)
    return f"{kind} [{', '.join(codes)}]" if codes else kind


def scrubbed_details(exc: BaseException) -> str:
    """What may be logged, shown and copied of ``exc``: types, problem and frames only."""
    lines = [
        f"FieldVisit {fieldvisit.__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    ]
    problem = problem_of(exc)
    if problem is not None:
        lines.append(f"Known problem: {problem.value}")
    for depth, link in enumerate(causes(exc)):
        lines.append(("" if depth == 0 else "caused by: ") + _kind(link))
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_exception(exc: BaseException, where: str) -> None:
    """Write ``exc`` to the log as :func:`scrubbed_details`; ``where`` is a fixed label."""
    level = logging.WARNING if problem_of(exc) is not None else logging.ERROR
    log.log(level, "%s: %s", where, scrubbed_details(exc))
