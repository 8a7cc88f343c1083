"""Stakeholders from vCard files: a phone's address book into one account.

Writing vCards is :mod:`vcard_export`; the format itself is :mod:`vcard`.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from fieldvisit.clock import now_utc
from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.import_export.bulk import CHUNK, apply_changes, read_current
from fieldvisit.services.import_export.fields import by_key
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.people import PossibleDuplicate
from fieldvisit.services.import_export.phones import PHONE_NOTES, add_note, split_phone
from fieldvisit.services.import_export.reading import ImportFileError
from fieldvisit.services.import_export.rows import AccountData, ImportIssue, PersonData, norm_text
from fieldvisit.services.import_export.table import cycle_collection_paused
from fieldvisit.services.import_export.values import clean_text
from fieldvisit.services.import_export.vcard import (
    Contact,
    UnfinishedCard,
    parse_vcards,
)
from fieldvisit.services.import_export.writer import (
    ChangePlanner,
    Changes,
    Counts,
    Current,
    Plan,
    Row,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, StakeholderProfile

MAX_VCARD_BYTES = 20 * 1024 * 1024
LIMITS = {
    "name": 120,
    "title": 120,
    "department": 120,
    "mobile": 40,
    "office_phone": 40,
    "email": 200,
    "wechat": 80,
    "address": 300,
}


@dataclass(frozen=True, slots=True)
class VCardImportResult:
    file: str
    account_name: str
    cards: int
    created: int
    updated: int
    unchanged: int
    issues: tuple[ImportIssue, ...]
    dry_run: bool
    possible_duplicates: tuple[PossibleDuplicate, ...] = ()
    """Cards made new people beside someone with the same mobile under another name."""


def read_vcard_file(path: Path, lang: str = "en") -> list[Contact]:
    """The cards of ``path``; a clear :class:`ImportFileError` for anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_VCARD_BYTES:
            raise ImportFileError(
                say(
                    lang,
                    "{n} is {mb:.1f} MB; vCard files of up to {limit} MB can be imported.",
                    n=path.name,
                    mb=size / 1024 / 1024,
                    limit=MAX_VCARD_BYTES // 1024 // 1024,
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            say(
                lang,
                "{p} cannot be read: {why}.",
                p=path,
                why=exc.strerror,
            )
        ) from exc
    if not data.strip():
        raise ImportFileError(
            say(
                lang,
                "{n} is empty: there is nothing to import.",
                n=path.name,
            )
        )
    if b"\x00" in data[:4096]:  # UTF-16, as some Windows tools write it; else binary
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError:
            raise ImportFileError(
                say(
                    lang,
                    "{n} is not a vCard (.vcf) file.",
                    n=path.name,
                )
            ) from None
    try:
        cards = parse_vcards(data)
    except UnfinishedCard as exc:
        raise ImportFileError(
            say(
                lang,
                "{n} ends inside the card that starts on line {l}: the file is incomplete "
                "(cut short while copying). Nothing was imported; export the contacts again.",
                n=path.name,
                l=exc.line,
            )
        ) from exc
    if not cards:
        raise ImportFileError(
            say(
                lang,
                "{n} holds no contact cards (no BEGIN:VCARD). Export the contacts "
                "from the phone as a .vcf file.",
                n=path.name,
            )
        )
    return cards


def find_account(session: Session, name: str) -> Account:
    """The one live account called ``name`` (ignoring case and spaces)."""
    wanted = norm_text(name)
    rows = list(
        session.scalars(select(Account).where(Account.deleted_at.is_(None), Account.name == name))
    )
    if not rows:
        rows = [
            a
            for a in session.scalars(select(Account).where(Account.deleted_at.is_(None)))
            if norm_text(a.name) == wanted
        ]
    if len(rows) == 1:
        return rows[0]
    if rows:
        cities = ", ".join(sorted(a.city or "?" for a in rows))
        raise ValidationError(
            "account", f"{len(rows)} accounts are called {name} (in {cities}); give its ID instead."
        )
    names = list(session.scalars(select(Account.name).where(Account.deleted_at.is_(None))))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise NotFoundError(f"No account is called {name}.{hint}")


def _account(session: Session, account: uuid.UUID | str) -> Account:
    if isinstance(account, uuid.UUID):
        found = session.get(Account, account)
        if found is None or found.deleted_at is not None:
            raise NotFoundError(
                "The account no longer exists; it may have been moved to the trash."
            )
        return found
    try:
        return _account(session, uuid.UUID(account.strip()))
    except ValueError:
        return find_account(session, account)


def _values(
    card: Contact, file: str, lang: str = "en"
) -> tuple[dict[str, object], list[ImportIssue]]:
    values: dict[str, object] = {}
    issues: list[ImportIssue] = []
    phone_notes: str | None = None
    for attr, limit in LIMITS.items():
        text = clean_text(str(getattr(card, attr)))
        if attr in ("mobile", "office_phone"):
            spec = by_key()[f"stakeholder.{attr}"]
            phone = split_phone(spec, text)
            note = phone.note(spec, lang)
            if note is not None:
                phone_notes = add_note(phone_notes, note)
            text = phone.number or ""
        if not text:
            continue
        if len(text) > limit:
            issues.append(
                ImportIssue(
                    file,
                    card.line,
                    attr,
                    say(
                        lang,
                        "is {n} characters; {m} fit.",
                        n=len(text),
                        m=limit,
                    ),
                )
            )
        values[attr] = text
    notes = clean_text(card.notes, multiline=True)
    if notes:
        values["notes"] = notes
    if phone_notes is not None:
        values[PHONE_NOTES] = phone_notes
    if card.uid is not None:
        values["id"] = card.uid
    if not card.name:
        issues.append(
            ImportIssue(
                file,
                card.line,
                "FN",
                say(lang, "The card has no name (FN or N)."),
            )
        )
    return values, issues


def import_vcards(
    db: Database,
    path: Path,
    account: uuid.UUID | str,
    *,
    with_birthday: bool = False,
    dry_run: bool = False,
    lang: str = "en",
) -> VCardImportResult:
    """Add or update the stakeholders of ``account`` (ID or name) from the cards in ``path``.

    People are matched by the card's UID, else by name within the account; a card whose
    mobile belongs to someone of another name is a new person, reported as a possible
    duplicate. Only differing values are written. Cards without a name are skipped and
    reported.

    Written as the sheet importer writes (:mod:`bulk`): worked out in a read-only unit,
    then in one short write transaction that first checks nothing it was worked out from
    has changed meanwhile (else works it out again there); search keys computed, not
    left empty.
    """
    cards = read_vcard_file(path, lang)
    file = Path(path).name
    issues: list[ImportIssue] = []
    entries: list[tuple[PersonData, date | str | None]] = []
    for card in cards:
        values, problems = _values(card, file, lang)
        if problems:
            issues.extend(problems)
            continue
        birthday: date | str | None = None
        if with_birthday:
            birthday = card.birthday or _birthday_note(card.birthday_no_year, lang)
        entries.append((PersonData(values, [card.line]), birthday))  # type: ignore[arg-type]
    with cycle_collection_paused():
        with db.read_scope() as session:
            planned = _plan_cards(session, account, entries, file)
        if not dry_run:
            with db.session_scope() as session:
                if not planned.still_current(session):
                    planned = _plan_cards(session, account, entries, file)
                apply_changes(session, planned.changes)
                _apply_profiles(session, planned)
    counts = planned.counts
    return VCardImportResult(
        file,
        planned.account_name,
        len(cards),
        counts.people_created,
        counts.people_updated,
        counts.people_unchanged,
        tuple(issues),
        dry_run,
        tuple(counts.possible_duplicates),
    )


_profile: Table = StakeholderProfile.__table__  # type: ignore[assignment]


@dataclass(slots=True)
class _CardsPlan:
    """The cards' changes worked out against one reading of the database."""

    account_name: str
    plan: Plan
    current: Current
    profile_ids: frozenset[uuid.UUID]
    """The people given a birthday."""
    profiles: dict[uuid.UUID, Row]
    """Those of them with a stored profile: its birthday and notes."""
    changes: Changes
    counts: Counts
    profile_inserts: list[Row]
    profile_updates: list[tuple[uuid.UUID, Row]]

    def still_current(self, session: Session) -> bool:
        return (
            read_current(session, [self.plan]) == self.current
            and _read_profiles(session, self.profiles.keys() | {i for i, _ in self.profile_updates})
            == self.profiles
        )


def _plan_cards(
    session: Session,
    account: uuid.UUID | str,
    entries: list[tuple[PersonData, date | str | None]],
    file: str,
) -> _CardsPlan:
    target = _account(session, account)
    data = AccountData(people=[person for person, _ in entries])
    data.rows = [row for person in data.people for row in person.rows]
    plan = Plan(data, target.id)
    current = read_current(session, [plan])
    planner = ChangePlanner(current, file)
    changes = planner.plan_all([plan])
    counts = planner.counts
    dated = [(planner.people_of[id(p)], b) for p, b in entries if b is not None]
    profile_ids = frozenset(person_id for (person_id, _), _ in dated)
    profiles = _read_profiles(session, profile_ids)
    wanted: dict[uuid.UUID, Row] = {}
    changed: dict[uuid.UUID, set[str]] = {}
    for (person_id, unchanged), birthday in dated:
        # In the cards' order, as writing them one by one would leave the profile.
        row = wanted.setdefault(person_id, dict(profiles.get(person_id, {})))
        value: object
        if isinstance(birthday, str):  # no year: kept in the profile's notes, not dropped
            attr, value = "notes", add_note(_text(row.get("notes")), birthday)
        else:
            attr, value = "birthday", birthday
        if row.get(attr) == value:
            continue
        row[attr] = value
        changed.setdefault(person_id, set()).add(attr)
        if unchanged:  # the card left the person's own values as stored, not the profile
            counts.people_unchanged -= 1
            counts.people_updated += 1
    inserts: list[Row] = []
    updates: list[tuple[uuid.UUID, Row]] = []
    now = now_utc()
    for person_id, attrs in changed.items():
        row = wanted[person_id]
        if person_id in profiles:
            updates.append((person_id, {a: row[a] for a in sorted(attrs)}))
        else:
            inserts.append(
                {
                    "stakeholder_id": person_id,
                    "birthday": row.get("birthday"),
                    "notes": row.get("notes"),
                    "created_at": now,
                    "updated_at": now,
                }
            )
    return _CardsPlan(
        target.name, plan, current, profile_ids, profiles, changes, counts, inserts, updates
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _read_profiles(session: Session, person_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Row]:
    ids = sorted(person_ids, key=str)
    found: dict[uuid.UUID, Row] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(_profile.c.stakeholder_id, _profile.c.birthday, _profile.c.notes).where(
            _profile.c.stakeholder_id.in_(ids[start : start + CHUNK])
        )
        for person_id, birthday, notes in session.execute(query):
            found[person_id] = {"birthday": birthday, "notes": notes}
    return found


def _apply_profiles(session: Session, planned: _CardsPlan) -> None:
    """The profiles' birthdays and notes, after the people they belong to."""
    if planned.profile_inserts:
        session.execute(insert(_profile), planned.profile_inserts)
    for person_id, values in planned.profile_updates:
        session.execute(
            update(_profile).where(_profile.c.stakeholder_id == person_id).values(values)
        )


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _birthday_note(month_day: tuple[int, int] | None, lang: str) -> str | None:
    """A birthday without its year, as a line of the personal profile's notes."""
    if month_day is None:
        return None
    month, day = month_day
    when = f"{month}月{day}日" if lang.startswith("zh") else f"{day} {_MONTHS[month - 1]}"
    return say(lang, "Birthday: {when} (year unknown)", when=when)


def account_ids_named(db: Database, name: str) -> list[uuid.UUID]:
    """The account ``name`` (exactly one) as a list, for ``export vcard --account``."""
    with db.read_scope() as session:
        return [_account(session, name).id]
