"""Importing accounts and stakeholders from a sheet: check everything, then write all or nothing.

Existing accounts are found by ID, else by name and city, and only the values that
differ are written, so importing the same file twice changes nothing the second time.
Empty cells never erase what the database holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit.services.accounts.search_keys import keys_outdated, record_key_version
from fieldvisit.services.import_export.bulk import apply_changes, read_current
from fieldvisit.services.import_export.fields import by_key, recognise
from fieldvisit.services.import_export.mapping import Mapping, check_mapping
from fieldvisit.services.import_export.matching import Known, load_known, resolve
from fieldvisit.services.import_export.messages import say
from fieldvisit.services.import_export.people import PossibleDuplicate
from fieldvisit.services.import_export.reading import ImportFileError, Table, read_table
from fieldvisit.services.import_export.rows import (
    AccountData,
    ImportIssue,
    ParsedRow,
    RowParser,
    column_name,
    group_rows,
    norm_text,
)
from fieldvisit.services.import_export.table import cycle_collection_paused
from fieldvisit.services.import_export.values import cell_text
from fieldvisit.services.import_export.writer import (
    PROGRESS_EVERY,
    ChangePlanner,
    Changes,
    Counts,
    Current,
    Plan,
    Progress,
)
from fieldvisit.storage.database import Database
from fieldvisit.storage.models import Account


@dataclass(frozen=True, slots=True)
class ImportResult:
    file: str
    rows: int
    accounts_created: int
    accounts_updated: int
    accounts_unchanged: int
    stakeholders_created: int
    stakeholders_updated: int
    stakeholders_unchanged: int
    skipped_rows: int
    issues: tuple[ImportIssue, ...]
    dry_run: bool
    committed: bool
    possible_duplicates: tuple[PossibleDuplicate, ...] = ()
    """People created beside someone with the same mobile under another name."""

    @property
    def rejected(self) -> bool:
        """Rows were refused and the user did not choose to skip them: nothing written."""
        return bool(self.issues) and not self.skipped_rows


Cells = tuple[int, tuple[object, ...]]


def _parse(
    table: Table,
    mapping: Sequence[str | None],
    lang: str,
    progress: Progress | None,
    *,
    release: bool = False,
) -> list[ParsedRow]:
    """Every row parsed; with ``release`` the table gives up each row once it is parsed
    (the parsed rows replace the cells in memory instead of joining them)."""
    pairs = _repeated_columns(table, mapping)
    rows = table.rows
    total = len(rows)
    if release:
        table.rows, table.raw_rows = [], []
        rows.reverse()
        numbered: Iterator[Cells] = _popping(rows)
    else:
        numbered = iter(rows)
    parsed = []
    parser = RowParser(table, mapping, lang)
    for done, (number, cells) in enumerate(numbered, start=1):
        row = parser.parse(number, cells)
        if pairs:
            _check_repeated(table, pairs, row, cells, lang)
        parsed.append(row)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done // 2, total)
    return parsed


def _popping(
    rows: list[tuple[int, tuple[object, ...]]],
) -> Iterator[tuple[int, tuple[object, ...]]]:
    while rows:
        yield rows.pop()


def _repeated_columns(table: Table, mapping: Sequence[str | None]) -> list[tuple[int, int]]:
    """(column, the imported column it repeats) for each second column of an account field."""
    first: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    for index, header in enumerate(table.headers):
        key = mapping[index] if index < len(mapping) else None
        named = recognise(header)
        if key is not None:
            first.setdefault(key, index)
        elif named is not None and by_key()[named].entity == "account" and named in first:
            pairs.append((index, first[named]))
    return pairs


def _check_repeated(
    table: Table,
    pairs: list[tuple[int, int]],
    row: ParsedRow,
    cells: tuple[object, ...],
    lang: str,
) -> None:
    """A second column of an account field (two 客户名称 headers) is not imported; a row
    whose value there differs from the imported column's is refused, never silently cut."""
    for extra, kept in pairs:
        other = cells[extra] if extra < len(cells) else None
        used = cells[kept] if kept < len(cells) else None
        if other is None or norm_text(cell_text(other)) == norm_text(cell_text(used)):
            continue
        row.issues.append(
            ImportIssue(
                table.path.name,
                row.number,
                column_name(table, extra),
                say(
                    lang,
                    "repeats the column {c}, which is imported, with another value; "
                    "make them agree or delete one of the two columns.",
                    c=column_name(table, kept),
                ),
            )
        )


def import_accounts(
    db: Database,
    table: Table,
    mapping: Mapping,
    *,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    lang: str = "en",
    progress: Progress | None = None,
) -> ImportResult:
    """Import ``table`` with ``mapping``: checked and worked out in full first, then
    written in one short transaction (nothing written on a dry run or a refusal).

    ``progress(done, total)`` is called now and then; an exception raised from it
    (the user cancelled) rolls everything back and propagates.
    """
    return _import(db, table, mapping, dry_run, skip_bad_rows, lang, progress, release=False)


def _import(
    db: Database,
    table: Table,
    mapping: Mapping,
    dry_run: bool,
    skip_bad_rows: bool,
    lang: str,
    progress: Progress | None,
    *,
    release: bool,
) -> ImportResult:
    with cycle_collection_paused():
        return _import_rows(db, table, mapping, dry_run, skip_bad_rows, lang, progress, release)


def _import_rows(
    db: Database,
    table: Table,
    mapping: Mapping,
    dry_run: bool,
    skip_bad_rows: bool,
    lang: str,
    progress: Progress | None,
    release: bool,
) -> ImportResult:
    problem = check_mapping(mapping, lang)
    if problem is not None:
        raise ImportFileError(problem)
    file = table.path.name
    total = len(table.rows)
    parsed = _parse(table, mapping, lang, progress, release=release)
    bad: set[int] = set()
    issues: list[ImportIssue] = []
    for row in parsed:
        if row.issues:
            bad.add(row.number)
            issues.extend(row.issues)
    groups, merge_issues = group_rows([r for r in parsed if r.number not in bad], file, lang)
    issues.extend(merge_issues)
    if merge_issues:
        bad.update(i.row for i in merge_issues)
        groups, _ = group_rows([r for r in parsed if r.number not in bad], file, lang)
    del parsed  # the groups hold what is imported; the rows' own dicts can go

    # Everything is read and worked out first, outside the write transaction; the write
    # lock is then held only to check that nothing read has changed and to write.
    with db.read_scope() as session:
        prepared = _prepare(session, groups, file, lang, progress)
    if (issues or prepared.issues) and not skip_bad_rows:
        issues.extend(prepared.issues)
        return _result(file, total, Counts(), 0, issues, dry_run, committed=False)
    if dry_run:
        issues.extend(prepared.issues)
        bad.update(prepared.bad_rows)
        skipped = len(bad) if skip_bad_rows else 0
        return _result(file, total, prepared.counts, skipped, issues, dry_run, committed=False)
    with db.session_scope() as session:
        if not prepared.still_current(session):
            # Someone wrote meanwhile: plan again from what is stored now (rare; slower).
            prepared = _prepare(session, groups, file, lang, None)
            if (issues or prepared.issues) and not skip_bad_rows:
                issues.extend(prepared.issues)
                return _result(file, total, Counts(), 0, issues, dry_run, committed=False)
        # Keys of an empty database are current by definition: say so, or the first rebuild
        # would throw away the keys this import just wrote the current way.
        first_rows = keys_outdated(session) and not session.scalar(select(Account.id).limit(1))
        apply_changes(session, prepared.changes)
        if first_rows:
            record_key_version(session)
        if progress is not None:
            progress(total, total)  # a cancel here still rolls everything back
    issues.extend(prepared.issues)
    bad.update(prepared.bad_rows)
    skipped = len(bad) if skip_bad_rows else 0
    return _result(file, total, prepared.counts, skipped, issues, dry_run, committed=True)


@dataclass(slots=True)
class _Prepared:
    """An import worked out against one reading of the database."""

    known: Known
    plans: list[Plan]
    current: Current
    changes: Changes
    counts: Counts
    issues: list[ImportIssue]
    bad_rows: set[int]

    def still_current(self, session: Session) -> bool:
        """Whether what the plan was made from is still what is stored."""
        if load_known(session) != self.known:
            return False
        return read_current(session, self.plans) == self.current


def _prepare(
    session: Session,
    groups: list[AccountData],
    file: str,
    lang: str,
    progress: Progress | None,
) -> _Prepared:
    known = load_known(session)
    plans, issues = resolve(known, groups, file, lang)
    bad_groups = {id(g) for g in groups if any(i.row in g.rows for i in issues)}
    bad_rows = {row for g in groups if id(g) in bad_groups for row in g.rows}
    plans = [p for p in plans if id(p.data) not in bad_groups]
    current = read_current(session, plans)
    planner = ChangePlanner(current, file)
    changes = planner.plan_all(plans, progress)
    return _Prepared(known, plans, current, changes, planner.counts, issues, bad_rows)


def _result(
    file: str,
    rows: int,
    counts: Counts,
    skipped: int,
    issues: list[ImportIssue],
    dry_run: bool,
    *,
    committed: bool,
) -> ImportResult:
    ordered = tuple(sorted(issues, key=lambda i: i.row))
    return ImportResult(
        file=file,
        rows=rows,
        accounts_created=counts.accounts_created,
        accounts_updated=counts.accounts_updated,
        accounts_unchanged=counts.accounts_unchanged,
        stakeholders_created=counts.people_created,
        stakeholders_updated=counts.people_updated,
        stakeholders_unchanged=counts.people_unchanged,
        skipped_rows=skipped,
        issues=ordered,
        dry_run=dry_run,
        committed=committed,
        possible_duplicates=tuple(counts.possible_duplicates),
    )


def import_accounts_file(
    db: Database,
    path: Path,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    lang: str = "en",
    progress: Progress | None = None,
) -> ImportResult:
    """Read ``path``, map its columns (remembered or recognised) and import it."""
    from fieldvisit.services.import_export.mapping import detect_mapping

    table = read_table(path, encoding=encoding, sheet=sheet, lang=lang)
    mapping = detect_mapping(db, table.headers)
    # The table is this function's own: its rows are let go of as they are parsed.
    return _import(db, table, mapping, dry_run, skip_bad_rows, lang, progress, release=True)
