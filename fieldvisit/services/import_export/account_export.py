"""Exporting a list of accounts with their stakeholders to .xlsx or .csv.

One row per stakeholder (an account without stakeholders gets one row), the account's
columns repeated: the shape the importer reads back, with IDs so that re-importing
updates the same accounts. Personal profiles are never exported.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.card_rules import yuan_text
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.domain.labels import label
from fieldvisit.i18n import joined
from fieldvisit.services.import_export.fields import Field, all_fields
from fieldvisit.services.import_export.formulas import neutralise, risky
from fieldvisit.services.import_export.values import yes_no
from fieldvisit.storage.database import Database
from fieldvisit.storage.files import write_atomically
from fieldvisit.storage.models import Account, Stakeholder, TeamMember

CHUNK = 500
CSV_ENCODINGS = {
    "utf-8": "utf-8-sig",
    "utf-8-sig": "utf-8-sig",
    "gbk": "gb18030",
    "gb18030": "gb18030",
}
Progress = Callable[[int, int], None]


class ExportError(FieldVisitError):
    title = "Cannot write the file"


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    accounts: int
    stakeholders: int
    bytes: int


def export_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(
            "file", f"{path.name}: give a file name ending in .xlsx (Excel) or .csv."
        )
    return suffix[1:]


def _cell(spec: Field, obj: object, owners: dict[uuid.UUID, str], lang: str) -> str:
    if spec.kind == "owner":
        owner_id = getattr(obj, "owner_id", None)
        return owners.get(owner_id, "") if owner_id else ""
    if spec.kind == "roles":
        roles = [r.role for r in getattr(obj, "roles", [])]
        return joined((label(r, lang) for r in roles), lang)
    value = getattr(obj, spec.attr, None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if spec.kind == "money" and isinstance(value, int):
        return yuan_text(value)
    if isinstance(value, StrEnum):
        return label(value, lang)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _rows(
    session: Session, account_ids: Sequence[uuid.UUID], lang: str, progress: Progress | None
) -> tuple[list[list[str]], int]:
    owners = {m.id: m.name for m in session.scalars(select(TeamMember))}
    account_fields = [f for f in all_fields() if f.entity == "account"]
    person_fields = [f for f in all_fields() if f.entity == "stakeholder"]
    rows: list[list[str]] = []
    people_count = 0
    total = len(account_ids)
    for start in range(0, total, CHUNK):
        chunk = list(account_ids[start : start + CHUNK])
        accounts = {
            a.id: a
            for a in session.scalars(
                select(Account).where(Account.id.in_(chunk), Account.deleted_at.is_(None))
            )
        }
        people: dict[uuid.UUID, list[Stakeholder]] = {}
        query = (
            select(Stakeholder)
            .where(Stakeholder.account_id.in_(chunk), Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.created_at, Stakeholder.name)
        )
        for person in session.scalars(query):
            people.setdefault(person.account_id, []).append(person)
        for account_id in chunk:
            account = accounts.get(account_id)
            if account is None:
                continue
            head = [_cell(f, account, owners, lang) for f in account_fields]
            members = people.get(account_id, [])
            people_count += len(members)
            if not members:
                rows.append(head + [""] * len(person_fields))
            for person in members:
                rows.append(head + [_cell(f, person, owners, lang) for f in person_fields])
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    return rows, people_count


def export_accounts(
    db: Database,
    account_ids: Sequence[uuid.UUID],
    path: Path,
    *,
    lang: str = "en",
    encoding: str = "utf-8",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the accounts ``account_ids`` (in that order) to ``path`` (.xlsx or .csv).

    ``encoding`` applies to .csv: ``utf-8`` (with BOM, which Excel needs) or ``gbk``
    (written as GB18030, its superset, so no character is lost).
    """
    path = Path(path)
    kind = export_format(path)
    codec = CSV_ENCODINGS.get(encoding.lower())
    if codec is None:
        raise ValidationError("encoding", f"Unknown encoding {encoding!r}; use utf-8 or gbk.")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    headers = [f.label(lang) for f in all_fields()]
    with db.read_scope() as session:
        rows, people = _rows(session, account_ids, lang, progress)
    accounts = len({r[0] for r in rows})
    data = _xlsx(headers, rows, lang) if kind == "xlsx" else _csv(headers, rows, codec)
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ExportError(f"{path} could not be written: {exc.strerror}.") from exc
    return ExportResult(path, accounts, people, len(data))


def _csv(headers: list[str], rows: list[list[str]], codec: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(value) for value in row] for row in rows)
    return buffer.getvalue().encode(codec)


def _xlsx(headers: list[str], rows: list[list[str]], lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户" if lang == "zh" else "Accounts")
    sheet.freeze_panes = "C2"
    for index, spec in enumerate(all_fields(), start=1):
        width = 38 if spec.kind == "id" else 28 if spec.attr in ("name", "address") else 14
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_text_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text_cell(sheet: object, value: str) -> object:
    """Text stays text: a value a spreadsheet could run as a formula is typed as text and
    marked with the quote prefix (see :mod:`formulas`); the value itself is unchanged."""
    if not value:
        return None
    if risky(value):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value


def all_account_ids(db: Database) -> list[uuid.UUID]:
    """Every live account, by name: what ``fieldvisit export accounts`` writes."""
    with db.read_scope() as session:
        query = select(Account.id).where(Account.deleted_at.is_(None)).order_by(Account.name)
        return list(session.scalars(query))
