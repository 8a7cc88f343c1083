"""Daily automatic backups into the chosen folder, keeping the newest few.

Automatic backups are named ``fieldvisit-auto-YYYYMMDDTHHMMSSZ.db`` (UTC). Only
files of exactly that form are counted and deleted, so anything else in the
folder – manual backups, other people's files – is never touched.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldvisit import clock
from fieldvisit.domain.errors import BackupError, FieldVisitError
from fieldvisit.i18n import message
from fieldvisit.services.backup import _copy_online
from fieldvisit.services.settings import AppSettings, load_settings, record_auto_backup
from fieldvisit.storage.database import Database

INTERVAL = timedelta(hours=24)
PREFIX = "fieldvisit-auto-"
STAMP = "%Y%m%dT%H%M%SZ"
NAME_PATTERN = re.compile(r"^fieldvisit-auto-(\d{8}T\d{6}Z)\.db$")


@dataclass(frozen=True, slots=True)
class AutoBackup:
    path: Path
    taken_at: datetime


def backup_folder(db: Database, settings: AppSettings | None = None) -> Path | None:
    """The chosen folder, else ``backups/`` beside the database (``None``: not a file)."""
    settings = settings if settings is not None else load_settings(db)
    if settings.backup_folder is not None:
        return settings.backup_folder
    return db.path.parent / "backups" if db.path is not None else None


def automatic_backups(folder: Path) -> list[AutoBackup]:
    """This module's own backups in ``folder``, oldest first."""
    found: list[AutoBackup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = NAME_PATTERN.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(AutoBackup(path, taken))
    return sorted(found, key=lambda b: b.taken_at)


def is_due(folder: Path, now: datetime) -> bool:
    """No automatic backup in ``folder`` from the last 24 hours."""
    return not any(now - INTERVAL < b.taken_at <= now for b in automatic_backups(folder))


def run_due_backup(db: Database, now: datetime | None = None) -> Path | None:
    """Write today's backup if none was written in the last 24 hours; the path, or ``None``."""
    now = _aware(now)
    settings = load_settings(db)
    folder = backup_folder(db, settings)
    if folder is None or not is_due(folder, now):
        return None
    return _write(db, folder, settings.backup_keep, now)


def back_up_now(
    db: Database, folder: Path | None = None, keep: int | None = None, now: datetime | None = None
) -> Path:
    """A backup whether one is due or not ("Back up now"), with the same naming and retention."""
    settings = load_settings(db)
    target = folder if folder is not None else backup_folder(db, settings)
    if target is None:
        raise BackupError(
            message(
                "{database} is not a file; use your server's backup tools.",
                database=db.describe(),
            )
        )
    return _write(db, target, keep if keep is not None else settings.backup_keep, _aware(now))


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; returns what was deleted."""
    removed: list[Path] = []
    backups = automatic_backups(folder)
    for old in backups[: max(0, len(backups) - keep)]:
        try:
            old.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise BackupError(
                message(
                    "Cannot delete the old backup {path}: {reason}.",
                    path=old.path,
                    reason=exc.strerror,
                )
            ) from exc
        removed.append(old.path)
    return removed


def _write(db: Database, folder: Path, keep: int, now: datetime) -> Path:
    if db.path is None:
        raise BackupError(
            message(
                "{database} is not a file; use your server's backup tools.",
                database=db.describe(),
            )
        )
    taken = now.astimezone(UTC).replace(microsecond=0)
    target = folder / f"{PREFIX}{taken.strftime(STAMP)}.db"
    while target.exists():  # two backups within one second ("Back up now" twice)
        taken += timedelta(seconds=1)
        target = folder / f"{PREFIX}{taken.strftime(STAMP)}.db"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(
            message(
                "Cannot create the backup folder {folder}: {reason}.",
                folder=folder,
                reason=exc.strerror,
            )
        ) from exc
    _copy_online(db.path, target)
    # A busy database only loses the displayed time; the backup itself is written.
    with contextlib.suppress(FieldVisitError):
        record_auto_backup(db, taken)
    prune(folder, keep)
    return target


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return clock.now_utc()
    return now if now.tzinfo is not None else now.astimezone()
