"""Stakeholders from vCard files: a phone's address book into one account.

Writing vCards is :mod:`vcard_export`; the format itself is :mod:`vcard`.
"""

from __future__ import annotations

import difflib
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.domain.errors import NotFoundError, ValidationError
from fieldvisit.services.import_export.fields import by_key
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.people import (
    PossibleDuplicate,
    find_person,
    same_mobile,
    set_person,
)
from fieldvisit.services.import_export.phones import PHONE_NOTES, add_note, split_phone
from fieldvisit.services.import_export.reading import ImportFileError
from fieldvisit.services.import_export.rows import ImportIssue, norm_text
from fieldvisit.services.import_export.values import clean_text
from fieldvisit.services.import_export.vcard import (
    Contact,
    UnfinishedCard,
    parse_vcards,
)
from fieldvisit.services.import_export.writer import Counts
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account, Stakeholder, StakeholderProfile

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
    """
    cards = read_vcard_file(path, lang)
    file = Path(path).name
    counts = Counts()
    issues: list[ImportIssue] = []
    with db.session_scope() as session:
        target = _account(session, account)
        people = list(
            session.scalars(
                select(Stakeholder)
                .where(Stakeholder.account_id == target.id, Stakeholder.deleted_at.is_(None))
                .order_by(Stakeholder.created_at)
            )
        )
        for card in cards:
            values, problems = _values(card, file, lang)
            if problems:
                issues.extend(problems)
                continue
            birthday: date | str | None = None
            if with_birthday:
                birthday = card.birthday or _birthday_note(card.birthday_no_year, lang)
            _write_card(session, target, people, values, birthday, counts, (file, card.line))
        name = target.name
        if dry_run:
            session.rollback()
    return VCardImportResult(
        file,
        name,
        len(cards),
        counts.people_created,
        counts.people_updated,
        counts.people_unchanged,
        tuple(issues),
        dry_run,
        tuple(counts.possible_duplicates),
    )


def _write_card(
    session: Session,
    account: Account,
    people: list[Stakeholder],
    values: dict[str, object],
    birthday: date | str | None,
    counts: Counts,
    where: tuple[str, int],
) -> None:
    person = find_person(people, values)
    if person is None:
        twin = same_mobile(people, values)
        given = values.get("id")
        reuse = isinstance(given, uuid.UUID) and session.get(Stakeholder, given) is None
        person = Stakeholder(
            id=given if reuse else uuid.uuid4(), account_id=account.id, name=str(values["name"])
        )
        session.add(person)
        people.append(person)
        set_person(person, values)
        account.search_key = None
        counts.people_created += 1
        if twin is not None:
            counts.possible_duplicates.append(PossibleDuplicate(*where, person.id, twin.id))
        changed = True
    else:
        changed, stale = set_person(person, values)
        if stale:
            account.search_key = None
    if birthday is not None:
        profile = session.get(StakeholderProfile, person.id)
        if profile is None:
            profile = StakeholderProfile(stakeholder_id=person.id)
            session.add(profile)
        if isinstance(birthday, str):  # no year: kept in the profile's notes, not dropped
            notes = add_note(profile.notes, birthday)
            changed = changed or notes != profile.notes
            profile.notes = notes
        elif profile.birthday != birthday:
            profile.birthday = birthday
            changed = True
    if person in session.new:
        return
    if changed:
        counts.people_updated += 1
    else:
        counts.people_unchanged += 1


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
