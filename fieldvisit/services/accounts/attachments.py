"""Files kept with an account (supply agreement, photos), inside the database for backups."""

from __future__ import annotations

import hashlib
import mimetypes
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from fieldvisit.domain.card_rules import MAX_ATTACHMENT_BYTES
from fieldvisit.domain.errors import FieldVisitError, NotFoundError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.storage.base import utcnow
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.storage.models import Account, Attachment


class AttachmentError(FieldVisitError):
    title = "Cannot use this file"


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: uuid.UUID
    filename: str
    media_type: str
    size_bytes: int
    sha256: str
    added_at: datetime


def list_attachments(db: Database, account_id: uuid.UUID) -> list[AttachmentRow]:
    """The account's files (not those of its contact records), newest first; no content read."""
    query = (
        select(
            Attachment.id,
            Attachment.filename,
            Attachment.media_type,
            Attachment.size_bytes,
            Attachment.sha256,
            Attachment.created_at,
        )
        .where(
            Attachment.account_id == account_id,
            Attachment.record_id.is_(None),
            Attachment.deleted_at.is_(None),
        )
        .order_by(Attachment.created_at.desc())
    )
    with db.session_scope() as session:
        return [AttachmentRow(*row) for row in session.execute(query)]


def add_attachment(db: Database, account_id: uuid.UUID, path: Path) -> AttachmentRow:
    """Copy ``path`` into the database. Refuses folders, unreadable files and files over
    25 MB with a message saying so."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise AttachmentError(
                message(
                    "{file} is not a file; choose a file to attach.",
                    file=path.name,
                )
            )
        if size > MAX_ATTACHMENT_BYTES:
            limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
            raise ValidationError(
                "attachment",
                message(
                    "{file} is {size} MB; files can be at most {limit} MB. "
                    "Attach a smaller copy (e.g. a compressed PDF or a smaller photo).",
                    file=path.name,
                    size=f"{size / (1024 * 1024):.1f}",
                    limit=limit,
                ),
            )
        content = path.read_bytes()
    except OSError as exc:
        raise AttachmentError(
            message(
                "{path} cannot be read: {reason}.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from exc
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with db.session_scope() as session:
        account = session.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFoundError(
                message(
                    "This account no longer exists; the file was not attached.",
                )
            )
        row = Attachment(
            account_id=account_id,
            filename=path.name[:255],
            media_type=media_type,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        session.add(row)
        session.flush()
        return AttachmentRow(
            row.id, row.filename, row.media_type, row.size_bytes, row.sha256, row.created_at
        )


def export_attachment(db: Database, attachment_id: uuid.UUID, folder: Path | None = None) -> Path:
    """Write the file out under its own name (into a fresh temporary folder by default)
    and return its path, e.g. to open it with the system's viewer."""
    with db.session_scope() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(message("This attachment was removed meanwhile."))
        name, content = row.filename, row.content
    target_dir = folder or Path(tempfile.mkdtemp(prefix="fieldvisit-"))
    safe = Path(name).name or "attachment"
    target = target_dir / safe
    try:
        write_atomically(target, content)
    except OSError as exc:
        raise AttachmentError(
            message(
                "{path} cannot be written: {reason}.",
                path=target,
                reason=exc.strerror or exc,
            )
        ) from exc
    return target


def remove_attachment(db: Database, attachment_id: uuid.UUID) -> None:
    """Move the attachment to the trash."""
    with db.session_scope() as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(message("This attachment was removed meanwhile."))
        row.deleted_at = utcnow()
