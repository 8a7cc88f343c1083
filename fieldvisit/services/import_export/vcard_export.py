"""Stakeholders written as vCard 3.0 for phones' address books.

An export carries identity only (name, organisation, title, phones, email, WeChat);
the birthday belongs to the personal profile and is written only when asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from fieldvisit.services.import_export.account_export import ExportError
from fieldvisit.services.import_export.vcard import write_vcard
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.storage.models import Account, Stakeholder, StakeholderProfile


@dataclass(frozen=True, slots=True)
class VCardExportResult:
    path: Path
    contacts: int
    bytes: int


def export_vcards(
    db: Database,
    path: Path,
    account_ids: Sequence[uuid.UUID] | None = None,
    *,
    with_birthday: bool = False,
) -> VCardExportResult:
    """Write the stakeholders of ``account_ids`` (all accounts when ``None``) as vCard 3.0."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    query = (
        select(Stakeholder, Account.name)
        .join(Account, Account.id == Stakeholder.account_id)
        .where(Stakeholder.deleted_at.is_(None), Account.deleted_at.is_(None))
        .order_by(Account.name, Stakeholder.name)
    )
    if account_ids is not None:
        query = query.where(Stakeholder.account_id.in_(list(account_ids)))
    parts: list[str] = []
    with db.read_scope() as session:
        birthdays: dict[uuid.UUID, date] = {}
        if with_birthday:
            birthdays = {
                p.stakeholder_id: p.birthday
                for p in session.scalars(select(StakeholderProfile))
                if p.birthday is not None
            }
        for person, account_name in session.execute(query):
            parts.append(
                write_vcard(
                    uid=person.id,
                    name=person.name,
                    organisation=account_name,
                    department=person.department,
                    title=person.title,
                    mobile=person.mobile,
                    office_phone=person.office_phone,
                    email=person.email,
                    wechat=person.wechat,
                    address=person.address,
                    birthday=birthdays.get(person.id),
                )
            )
    data = "".join(parts).encode("utf-8")
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ExportError(f"{path} could not be written: {exc.strerror}.") from exc
    return VCardExportResult(path, len(parts), len(data))
