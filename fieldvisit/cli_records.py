"""``fieldvisit promises``: open promises across accounts, soonest due first.
``fieldvisit record ID``: one contact record, from the same view the editor and the PDF read.

Wired into :mod:`fieldvisit.cli` with ``add_records_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from dataclasses import asdict
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.i18n import joined


def add_records_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    promises = commands.add_parser(
        "promises", parents=[common], help="list open promises by due date"
    )
    promises.add_argument(
        "--overdue", action="store_true", help="only promises past their due date"
    )
    promises.add_argument("--rep", metavar="NAME", help="only promises owned by this team member")
    promises.set_defaults(handler=_cmd_promises)
    record = commands.add_parser(
        "record", parents=[common], help="show one contact record (as the editor and PDF read it)"
    )
    record.add_argument("record_id", metavar="ID", help="the record's ID")
    record.add_argument("--lang", choices=("zh", "en"), default="en", help="language (default en)")
    record.set_defaults(handler=_cmd_record)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cmd_promises(args: argparse.Namespace) -> int:
    from fieldvisit.services.records import open_promises
    from fieldvisit.services.reporting.lookup import find_member
    from fieldvisit.storage.migrate import open_database

    db = open_database(getattr(args, "db", None))
    try:
        owner_id = None
        if args.rep:
            with db.session_scope() as session:
                owner_id = find_member(session, args.rep).id
        rows = open_promises(db, owner_id=owner_id, overdue_only=args.overdue, limit=None)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(
            json.dumps(
                [
                    {
                        "id": str(r.id),
                        "account": r.account_name,
                        "description": r.description,
                        "owner": r.owner_name,
                        "due": r.due_on.isoformat(),
                        "days_overdue": r.days_overdue,
                        "status": r.status.value,
                        "record_id": str(r.record_id) if r.record_id else None,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        if args.overdue:
            print(cli_text("No overdue promises."))
        else:
            print(cli_text("No open promises."))
        return 0
    headers = ["account", "description", "owner", "due", "overdue", "status"]
    table = [
        [
            r.account_name,
            r.description if len(r.description) <= 60 else r.description[:59] + "…",
            r.owner_name or "",
            r.due_on.isoformat(),
            f"{r.days_overdue} d" if r.days_overdue else "",
            r.status.value,
        ]
        for r in rows
    ]
    widths = [max([_width(h)] + [_width(t[i]) for t in table]) for i, h in enumerate(headers)]
    for line in [headers, ["-" * w for w in widths], *table]:
        cells = [c + " " * (w - _width(c)) for c, w in zip(line, widths, strict=True)]
        print("  ".join(cells).rstrip())
    overdue = sum(1 for r in rows if r.days_overdue)
    print()
    print(cli_text("{n} open, {overdue} overdue.", n=len(rows), overdue=overdue))
    return 0


def _cmd_record(args: argparse.Namespace) -> int:
    from fieldvisit.domain.labels import label
    from fieldvisit.reports.strings import format_date, format_datetime, text
    from fieldvisit.services.records.view import load_record_view
    from fieldvisit.services.reporting.lookup import parse_id
    from fieldvisit.storage.migrate import open_database

    record_id = parse_id(args.record_id, "record")
    db = open_database(getattr(args, "db", None))
    try:
        view = load_record_view(db, record_id)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(json.dumps(asdict(view), ensure_ascii=False, indent=2, default=str))
        return 0
    lang = args.lang
    next_visit = format_date(view.next_visit_on, lang) if view.next_visit_on else None
    lines = [
        (text("record.title", lang), view.account),
        (text("record.when", lang), format_datetime(view.occurred_at, lang)),
        (text("record.method", lang), label(view.method, lang)),
        (text("record.place", lang), view.place),
        (text("record.stakeholders", lang), joined(view.stakeholders_met, lang)),
        (text("record.participants", lang), joined(view.participants, lang)),
        (text("record.author", lang), view.author),
        (text("record.objectives", lang), view.objective_notes),
        (text("record.content", lang), view.content),
        (text("record.successes", lang), view.successes),
        (text("record.shortcomings", lang), view.shortcomings),
        (text("record.lessons", lang), view.lessons),
        (text("record.agreements", lang), view.new_agreements),
        *(
            (f"  · {format_date(p.due_on, lang)}", f"{p.description} ({label(p.status, lang)})")
            for p in view.promises
        ),
        (text("record.next_steps", lang), view.next_steps),
        (text("record.next_visit", lang), next_visit),
        (text("record.special_notes", lang), view.special_notes),
        (text("record.other_notes", lang), view.other_notes),
        (text("col.status", lang), label(view.status, lang)),
    ]
    for name, value in lines:
        if value:
            print(f"{name}: {value}")
    if view.comments:
        print(f"{cli_text('Comments')}:")
        for c in view.comments:
            print(f"  · {c.author or ''} {format_datetime(c.written_at, lang)}: {c.text}")
    return 0
