"""The command line: no subcommand opens the window, a subcommand runs headless.

A thin shell over the services: parse, call, print. Errors go to stderr with a
non-zero exit code; ``--json`` prints machine-readable output on stdout.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fieldvisit.cli_calendar import add_calendar_commands
from fieldvisit.cli_card import add_card_commands
from fieldvisit.cli_covisits import add_covisit_commands
from fieldvisit.cli_day_report import add_day_report_commands
from fieldvisit.cli_errors import EXIT_OK as EXIT_OK
from fieldvisit.cli_errors import EXIT_PROBLEM as EXIT_PROBLEM
from fieldvisit.cli_errors import run_handler
from fieldvisit.cli_import_export import add_import_export_commands
from fieldvisit.cli_manager_view import add_manager_view_commands
from fieldvisit.cli_planning import add_planning_commands
from fieldvisit.cli_records import add_records_commands
from fieldvisit.cli_report import add_report_commands
from fieldvisit.cli_search import add_search_commands
from fieldvisit.cli_server import add_server_commands, add_sync_commands
from fieldvisit.cli_text import cli_text
from fieldvisit.cli_today import add_today_commands
from fieldvisit.i18n import language_from_environment, message, set_language


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldvisit",
        description="FieldVisit: customer cards, contact records, visit plans and co-visit "
        "reports for field sales teams. Without a command, opens the desktop window.",
    )
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    db_help = (
        "database file or SQLAlchemy URL (default: $FIELDVISIT_DB, else fieldvisit.db "
        "in your data folder)"
    )
    parser.add_argument("--db", metavar="PATH|URL", help=db_help)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--lang",
        dest="cli_lang",
        choices=("zh", "en"),
        help="language of messages, errors and printed documents "
        "(default: $FIELDVISIT_LANG, else the locale's language, else en)",
    )
    # Options valid after the subcommand too: `fieldvisit check --json`.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON instead of text"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty database with sample data"
    )
    demo.add_argument(
        "--accounts",
        type=int,
        default=2000,
        metavar="N",
        help="number of accounts, 1 to 100000 (default 2000)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed; the same seed gives the same data (default 1)",
    )
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser(
        "check", parents=[common], help="check integrity and schema; exit 1 on any problem"
    )
    check.set_defaults(handler=_cmd_check)

    backup = commands.add_parser(
        "backup", parents=[common], help="write a consistent copy of the database"
    )
    backup.add_argument("file", type=Path, metavar="FILE", help="backup file (or folder) to write")
    backup.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup, keeping the old one aside",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="backup file to restore")
    restore.set_defaults(handler=_cmd_restore)

    stats = commands.add_parser("stats", parents=[common], help="count the rows of every entity")
    stats.set_defaults(handler=_cmd_stats)

    team = commands.add_parser("team", parents=[common], help="list the team members")
    team.set_defaults(handler=_cmd_team)

    add_report_commands(commands, common)
    add_records_commands(commands, common)
    add_day_report_commands(commands, common)
    add_import_export_commands(commands, common)
    add_search_commands(commands, common)
    add_card_commands(commands, common)
    add_covisit_commands(commands, common)
    add_manager_view_commands(commands, common)
    add_planning_commands(commands, common)
    add_today_commands(commands, common)
    add_calendar_commands(commands, common)
    add_server_commands(commands, common)
    add_sync_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        import fieldvisit

        print(f"FieldVisit {fieldvisit.__version__}")
        return EXIT_OK
    if args.command is None:
        from fieldvisit.ui.app import run_gui

        return run_gui(args.db, [sys.argv[0], *(argv if argv is not None else sys.argv[1:])])
    handler: Callable[[argparse.Namespace], int] = args.handler
    set_language(args.cli_lang or language_from_environment())
    return run_handler(handler, args)


def _open(args: argparse.Namespace) -> Any:
    from fieldvisit.storage.migrate import open_database

    return open_database(args.db)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Columns aligned even with Chinese text, which is two terminal cells wide."""
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers, ["-" * w for w in widths], *rows]:
        cells = [c + " " * (w - _width(c)) for c, w in zip(line, widths, strict=True)]
        print("  ".join(cells).rstrip())


def _cmd_demo(args: argparse.Namespace) -> int:
    from fieldvisit.services.demo import generate_demo

    db = _open(args)
    show_progress = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if show_progress:
            percent = done * 100 // max(total, 1)
            print(
                "\r" + cli_text("generating… {p:3d} %", p=percent),
                end="",
                file=sys.stderr,
            )

    try:
        summary = generate_demo(db, accounts=args.accounts, seed=args.seed, progress=progress)
    finally:
        db.close()
        if show_progress:
            print(file=sys.stderr)
    total = sum(summary.counts.values())
    rate = total / summary.seconds if summary.seconds > 0 else 0.0
    if args.json:
        _print_json(
            {
                "database": db.describe(),
                "rows": total,
                "seconds": round(summary.seconds, 3),
                "rows_per_second": round(rate),
                "counts": summary.counts,
            }
        )
    else:
        print(
            cli_text(
                "Wrote {total:,} rows ({accounts:,} accounts) into {db} "
                "in {seconds:.1f} s ({rate:,.0f} rows/s).",
                total=total,
                accounts=args.accounts,
                db=db.describe(),
                seconds=summary.seconds,
                rate=rate,
            )
        )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from fieldvisit.services.integrity import check_database

    db = _open(args)
    try:
        report = check_database(db)
    finally:
        db.close()
    if args.json:
        _print_json({**dataclasses.asdict(report), "ok": report.ok})
    else:
        print(cli_text("Database:  {v}", v=report.database))
        print(
            cli_text(
                "Schema:    {v} (application: {head})",
                v=report.schema_revision,
                head=report.head_revision,
            )
        )
        print(cli_text("Integrity: {v}", v=report.integrity))
        print(cli_text("Rows:      {v:,}", v=sum(report.counts.values())))
        for problem in report.problems:
            print(cli_text("PROBLEM:   {v}", v=problem))
        print("OK" if report.ok else cli_text("Problems found: {n}", n=len(report.problems)))
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _cmd_backup(args: argparse.Namespace) -> int:
    from fieldvisit.services.backup import backup

    db = _open(args)
    started = time.perf_counter()
    try:
        written = backup(db, args.file, overwrite=args.overwrite)
    finally:
        db.close()
    size = written.stat().st_size
    if args.json:
        _print_json({"database": db.describe(), "backup": str(written), "bytes": size})
    else:
        print(
            cli_text(
                "Backed up {db} to {file} ({mb:.1f} MB, {seconds:.1f} s).",
                db=db.describe(),
                file=written,
                mb=size / 1e6,
                seconds=time.perf_counter() - started,
            )
        )
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from fieldvisit.domain.errors import BackupError
    from fieldvisit.services.backup import restore
    from fieldvisit.storage.database import resolve_url, sqlite_path

    target = sqlite_path(resolve_url(args.db))
    if target is None:
        raise BackupError(
            message(
                "Restore works on SQLite databases; use your server's tools instead.",
            )
        )
    result = restore(target, args.file)
    if args.json:
        _print_json(dataclasses.asdict(result))
    else:
        print(
            cli_text(
                "Restored {file} into {db}.",
                file=args.file,
                db=result.database,
            )
        )
        if result.replaced_kept_at:
            print(
                cli_text(
                    "The database it replaced is kept at {path}.",
                    path=result.replaced_kept_at,
                )
            )
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from fieldvisit.services.stats import entity_counts

    db = _open(args)
    try:
        counts = entity_counts(db)
    finally:
        db.close()
    if args.json:
        _print_json(counts)
    else:
        _print_table(["entity", "rows"], [[name, f"{n:,}"] for name, n in counts.items()])
    return EXIT_OK


def _cmd_team(args: argparse.Namespace) -> int:
    from fieldvisit.services.team import list_team

    db = _open(args)
    try:
        members = list_team(db)
    finally:
        db.close()
    if args.json:
        _print_json([dataclasses.asdict(m) for m in members])
    else:
        _print_table(
            ["name", "role", "manager", "base", "territory", "accounts"],
            [
                [
                    m.name,
                    m.role.value,
                    m.manager_name or "",
                    m.work_base.value,
                    m.territory or "",
                    str(m.account_count),
                ]
                for m in members
            ],
        )
    return EXIT_OK
