"""``fieldvisit import …`` and ``fieldvisit export …``: accounts as .xlsx/.csv, people as vCard.

Wired into :mod:`fieldvisit.cli` with ``add_import_export_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.i18n import current_language, short_language

EXIT_OK = 0
EXIT_REJECTED = 1


def add_import_export_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``import accounts|vcard`` and ``export accounts|vcard`` to the main parser."""
    imp = commands.add_parser("import", help="import accounts (.xlsx/.csv) or contacts (.vcf)")
    kinds = imp.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    accounts = kinds.add_parser(
        "accounts",
        parents=[common],
        help="accounts with their stakeholders from .xlsx or .csv; all rows or none",
    )
    accounts.add_argument("file", type=Path, metavar="FILE")
    accounts.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    accounts.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows, skip rejected ones"
    )
    accounts.add_argument(
        "--encoding", metavar="ENC", help="CSV encoding: utf-8, gbk or utf-16 (default: detect)"
    )
    accounts.add_argument("--sheet", metavar="NAME", help="worksheet of a .xlsx (default: first)")
    accounts.add_argument(
        "--lang",
        choices=("en", "zh"),
        help="language of messages about values (default: the command line's)",
    )
    accounts.set_defaults(handler=_run(_import_accounts))

    vcard = kinds.add_parser(
        "vcard", parents=[common], help="stakeholders of one account from a .vcf file"
    )
    vcard.add_argument("file", type=Path, metavar="FILE")
    vcard.add_argument("--account", required=True, metavar="NAME|ID", help="the account")
    vcard.add_argument(
        "--with-birthday",
        action="store_true",
        help="also import birthdays into the personal profile (sensitive)",
    )
    vcard.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    vcard.add_argument(
        "--lang",
        choices=("en", "zh"),
        help="language of messages about cards (default: the command line's)",
    )
    vcard.set_defaults(handler=_run(_import_vcard))

    exp = commands.add_parser("export", help="export accounts (.xlsx/.csv) or contacts (.vcf)")
    kinds = exp.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    accounts = kinds.add_parser(
        "accounts", parents=[common], help="every account with its stakeholders; re-importable"
    )
    accounts.add_argument("file", type=Path, metavar="FILE", help=".xlsx or .csv")
    accounts.add_argument(
        "--encoding", choices=("utf-8", "gbk"), default="utf-8", help="CSV encoding (default utf-8)"
    )
    accounts.add_argument("--lang", choices=("en", "zh"), default="en", help="header language")
    accounts.set_defaults(handler=_run(_export_accounts))

    vcard = kinds.add_parser("vcard", parents=[common], help="stakeholders as vCard 3.0")
    vcard.add_argument("file", type=Path, metavar="FILE", help=".vcf file to write")
    vcard.add_argument("--account", metavar="NAME|ID", help="only this account's stakeholders")
    vcard.add_argument(
        "--with-birthday", action="store_true", help="include birthdays (personal profile)"
    )
    vcard.set_defaults(handler=_run(_export_vcard))


def _run(work: Callable[[argparse.Namespace, Any], int]) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        from fieldvisit.storage.migrate import open_database

        db = open_database(getattr(args, "db", None))
        try:
            return work(args, db)
        finally:
            db.close()

    return handler


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _print_duplicates(found: Any) -> None:
    """People created beside someone with the same mobile: by row, never by name."""
    if found:
        rows = ", ".join(str(d.row) for d in found)
        print(
            cli_text(
                "New stakeholders sharing a mobile with someone of another name: {n} (rows "
                "{rows}); they were kept apart. Merge them in the card if they are one person.",
                n=len(found),
                rows=rows,
            )
        )


def _import_accounts(args: argparse.Namespace, db: Any) -> int:
    from fieldvisit.services.import_export import import_accounts_file

    result = import_accounts_file(
        db,
        args.file,
        encoding=args.encoding,
        sheet=args.sheet,
        dry_run=args.dry_run,
        skip_bad_rows=args.skip_bad_rows,
        lang=args.lang or short_language(current_language()),
    )
    if getattr(args, "json", False):
        data = dataclasses.asdict(result)
        data["issues"] = [str(i) for i in result.issues]
        data["rejected"] = result.rejected
        _print_json(data)
    else:
        for issue in result.issues:
            print(issue, file=sys.stderr)
        if result.rejected:
            print(
                cli_text(
                    "Nothing was imported; problems in {file}: {n}. "
                    "Fix the rows, or use --skip-bad-rows to import the others.",
                    n=len(result.issues),
                    file=result.file,
                ),
                file=sys.stderr,
            )
        else:
            counts = {
                "file": result.file,
                "a_new": result.accounts_created,
                "a_upd": result.accounts_updated,
                "a_same": result.accounts_unchanged,
                "s_new": result.stakeholders_created,
                "s_upd": result.stakeholders_updated,
                "s_same": result.stakeholders_unchanged,
                "skipped": result.skipped_rows,
            }
            if result.dry_run:
                line = cli_text(
                    "Would import {file}: accounts {a_new} created, {a_upd} updated, "
                    "{a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, "
                    "{s_same} unchanged; rows skipped: {skipped}.",
                    **counts,
                )
            else:
                line = cli_text(
                    "Imported {file}: accounts {a_new} created, {a_upd} updated, "
                    "{a_same} unchanged; stakeholders {s_new} created, {s_upd} updated, "
                    "{s_same} unchanged; rows skipped: {skipped}.",
                    **counts,
                )
            print(line)
            _print_duplicates(result.possible_duplicates)
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _import_vcard(args: argparse.Namespace, db: Any) -> int:
    from fieldvisit.services.import_export import import_vcards

    result = import_vcards(
        db,
        args.file,
        args.account,
        with_birthday=args.with_birthday,
        dry_run=args.dry_run,
        lang=args.lang or short_language(current_language()),
    )
    if getattr(args, "json", False):
        data = dataclasses.asdict(result)
        data["issues"] = [str(i) for i in result.issues]
        _print_json(data)
    else:
        for issue in result.issues:
            print(issue, file=sys.stderr)
        counts = {
            "cards": result.cards,
            "account": result.account_name,
            "new": result.created,
            "upd": result.updated,
            "same": result.unchanged,
            "skipped": len(result.issues),
        }
        if result.dry_run:
            line = cli_text(
                "Would import into {account}: cards {cards}, {new} created, {upd} updated, "
                "{same} unchanged, {skipped} skipped.",
                **counts,
            )
        else:
            line = cli_text(
                "Imported into {account}: cards {cards}, {new} created, {upd} updated, "
                "{same} unchanged, {skipped} skipped.",
                **counts,
            )
        print(line)
        _print_duplicates(result.possible_duplicates)
    # Good cards are written even when others are skipped: 1 only when none could be.
    imported = result.created + result.updated + result.unchanged
    return EXIT_OK if imported or not result.issues else EXIT_REJECTED


def _export_accounts(args: argparse.Namespace, db: Any) -> int:
    from fieldvisit.services.import_export import all_account_ids, export_accounts

    result = export_accounts(
        db, all_account_ids(db), args.file.expanduser(), lang=args.lang, encoding=args.encoding
    )
    if getattr(args, "json", False):
        _print_json(dataclasses.asdict(result))
    else:
        print(
            cli_text(
                "Wrote {accounts} accounts with {stakeholders} stakeholders to {path} "
                "({kb:.0f} KB).",
                accounts=result.accounts,
                stakeholders=result.stakeholders,
                path=result.path,
                kb=result.bytes / 1024,
            )
        )
    return EXIT_OK


def _export_vcard(args: argparse.Namespace, db: Any) -> int:
    from fieldvisit.services.import_export import account_ids_named, export_vcards

    ids = account_ids_named(db, args.account) if args.account else None
    result = export_vcards(db, args.file.expanduser(), ids, with_birthday=args.with_birthday)
    if getattr(args, "json", False):
        _print_json(dataclasses.asdict(result))
    else:
        print(
            cli_text(
                "Contacts written to {path}: {n}.",
                n=result.contacts,
                path=result.path,
            )
        )
    return EXIT_OK
