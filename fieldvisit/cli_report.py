"""``fieldvisit report …``: print a document to a PDF file, headless.

Wired into :mod:`fieldvisit.cli` with ``add_report_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.errors import FieldVisitError, ValidationError
from fieldvisit.i18n import message
from fieldvisit.storage.files import write_atomically


class OutputError(FieldVisitError):
    title = "Cannot write the file"


def add_report_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``report`` and its six documents to the subcommands of the main parser."""
    report = commands.add_parser("report", help="print a document to a PDF file")
    kinds = report.add_subparsers(dest="report_kind", metavar="DOCUMENT", required=True)
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="PDF file to write (its folder must exist)",
    )
    options.add_argument(
        "--lang",
        choices=("zh", "en"),
        help="language (default: the command line's, see fieldvisit --lang)",
    )
    options.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)"
    )
    options.add_argument(
        "--company",
        metavar="TEXT",
        help="company name in the header (default: the database's setting)",
    )
    parents = [common, options]

    def add(
        name: str, help_text: str, handler: Callable[[argparse.Namespace, Any], bytes]
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = kinds.add_parser(name, parents=parents, help=help_text)
        sub.set_defaults(handler=lambda args: _run(args, handler))
        return sub

    add("covisit", "co-visit handout", _covisit).add_argument("id", metavar="ID")
    add("record", "contact record", _record).add_argument("id", metavar="ID")
    account = add("account", "customer card", _account)
    account.add_argument("id", metavar="ID")
    account.add_argument(
        "--with-personal",
        action="store_true",
        help="include stakeholders' personal profiles (sensitive)",
    )
    plan = add("plan", "monthly visit plan with compliance", _plan)
    plan.add_argument("--rep", required=True, metavar="NAME")
    plan.add_argument("--month", required=True, metavar="YYYY-MM")
    summary = add("summary", "customer management summary", _summary)
    summary.add_argument("--rep", required=True, metavar="NAME")
    summary.add_argument("--period", required=True, choices=("week", "month", "year"))
    summary.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    team = add("team", "a manager's team co-visit summary", _team)
    team.add_argument("--manager", required=True, metavar="NAME")
    team.add_argument("--month", required=True, metavar="YYYY-MM")


def _options(args: argparse.Namespace) -> Any:
    from fieldvisit.i18n import current_language, short_language
    from fieldvisit.services.reporting import PrintOptions

    lang = args.lang or short_language(current_language())
    return PrintOptions(lang=lang, paper=args.paper, company=args.company)


def _document_name(kind: str) -> str:
    names = {
        "covisit": cli_text("the co-visit report"),
        "record": cli_text("the contact record"),
        "account": cli_text("the customer card"),
        "plan": cli_text("the visit plan"),
        "summary": cli_text("the summary report"),
        "team": cli_text("the team summary"),
    }
    return names.get(kind, kind)


def _covisit(args: argparse.Namespace, db: Any) -> bytes:
    from fieldvisit.services.reporting import render_covisit

    return render_covisit(db, args.id, _options(args))


def _record(args: argparse.Namespace, db: Any) -> bytes:
    from fieldvisit.services.reporting import render_record

    return render_record(db, args.id, _options(args))


def _account(args: argparse.Namespace, db: Any) -> bytes:
    from fieldvisit.services.reporting import render_account

    return render_account(db, args.id, _options(args), with_personal=args.with_personal)


def _plan(args: argparse.Namespace, db: Any) -> bytes:
    from fieldvisit.services.reporting import render_plan

    return render_plan(db, args.rep, args.month, _options(args))


def _summary(args: argparse.Namespace, db: Any) -> bytes:
    from fieldvisit.services.reporting import render_summary

    return render_summary(db, args.rep, args.period, args.date, _options(args))


def _team(args: argparse.Namespace, db: Any) -> bytes:
    from fieldvisit.services.reporting import render_team

    return render_team(db, args.manager, args.month, _options(args))


def _run(args: argparse.Namespace, render: Callable[[argparse.Namespace, Any], bytes]) -> int:
    from fieldvisit.storage.migrate import open_database

    target: Path = args.output.expanduser()
    check_output(target)
    db = open_database(getattr(args, "db", None))
    try:
        data = render(args, db)
    finally:
        db.close()
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise OutputError(
            message(
                "{path} could not be written: {reason}.",
                path=target,
                reason=exc.strerror,
            )
        ) from exc
    if getattr(args, "json", False):
        print(
            json.dumps(
                {"document": args.report_kind, "file": str(target), "bytes": len(data)},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(
            cli_text(
                "Wrote {kind} to {path} ({kb:.0f} KB).",
                kind=_document_name(args.report_kind),
                path=target,
                kb=len(data) / 1024,
            )
        )
    return 0


def check_output(target: Path) -> None:
    """Refuse a missing folder or a folder as the file, before any work is done."""
    if target.is_dir():
        raise ValidationError(
            "output",
            message(
                "{path} is a folder; give a file name, e.g. {example}.",
                path=target,
                example=target / "report.pdf",
            ),
        )
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(
            message(
                "The folder {folder} does not exist. Create it first or choose another.",
                folder=folder,
            )
        )
