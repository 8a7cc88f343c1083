"""``fieldvisit promises``: open promises across accounts, soonest due first.

Wired into :mod:`fieldvisit.cli` with ``add_records_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from typing import Any

from fieldvisit.cli_text import cli_text


def add_records_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    promises = commands.add_parser(
        "promises", parents=[common], help="list open promises by due date"
    )
    promises.add_argument(
        "--overdue", action="store_true", help="only promises past their due date"
    )
    promises.add_argument("--rep", metavar="NAME", help="only promises owned by this team member")
    promises.set_defaults(handler=_cmd_promises)


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
