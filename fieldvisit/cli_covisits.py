"""``fieldvisit covisits``: list co-visits by rep, manager and month, headless.

Wired into :mod:`fieldvisit.cli` with ``add_covisit_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
from typing import Any


def add_covisit_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    covisits = commands.add_parser(
        "covisits",
        parents=[common],
        help="list co-visits with calls by type, status, late flag and average rating",
    )
    covisits.add_argument("--rep", metavar="NAME", help="only this rep's co-visits")
    covisits.add_argument("--manager", metavar="NAME", help="only this manager's co-visits")
    covisits.add_argument(
        "--month", metavar="YYYY-MM", help="only co-visits on a day of this month"
    )
    covisits.set_defaults(handler=_cmd_covisits)


def _cmd_covisits(args: argparse.Namespace) -> int:
    from fieldvisit.cli import EXIT_OK, _open, _print_json, _print_table
    from fieldvisit.cli_text import cli_text
    from fieldvisit.domain.labels import label
    from fieldvisit.i18n import current_language
    from fieldvisit.services.covisits.listing import list_covisits
    from fieldvisit.services.reporting.lookup import parse_month

    month = parse_month(args.month) if args.month else None
    db = _open(args)
    try:
        rows = list_covisits(db, rep_name=args.rep, manager_name=args.manager, month=month)
    finally:
        db.close()
    if args.json:
        _print_json(
            [
                {
                    "id": str(r.id),
                    "rep": r.rep,
                    "rep_id": str(r.rep_id),
                    "manager": r.manager,
                    "manager_id": str(r.manager_id),
                    "first_day": r.first_day.isoformat(),
                    "last_day": r.last_day.isoformat(),
                    "calls": {
                        "joint": r.joint_calls,
                        "demonstration": r.demonstration_calls,
                        "coaching": r.coaching_calls,
                    },
                    "status": r.status.value,
                    "late": r.late,
                    "average_rating": round(r.average_rating, 2)
                    if r.average_rating is not None
                    else None,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(cli_text("No co-visits match."))
        return EXIT_OK
    _print_table(
        ["dates", "rep", "manager", "joint", "demo", "coaching", "status", "late", "avg", "id"],
        [
            [
                r.first_day.isoformat()
                + (f"–{r.last_day:%m-%d}" if r.last_day != r.first_day else ""),
                r.rep,
                r.manager,
                str(r.joint_calls),
                str(r.demonstration_calls),
                str(r.coaching_calls),
                label(r.status, current_language()),
                cli_text("late") if r.late else "",
                f"{r.average_rating:.1f}" if r.average_rating is not None else "—",
                str(r.id),
            ]
            for r in rows
        ],
    )
    if len(rows) == 1:
        print(cli_text("1 co-visit"))
    else:
        print(cli_text("{n} co-visits", n=len(rows)))
    return EXIT_OK
