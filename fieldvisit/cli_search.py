"""``fieldvisit search TEXT``: the accounts and stakeholders that match, headless.

Wired into :mod:`fieldvisit.cli` with ``add_search_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.i18n import message


def add_search_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    search = commands.add_parser(
        "search",
        parents=[common],
        help="find accounts and stakeholders by name, pinyin, initials, phone or address",
    )
    search.add_argument("text", metavar="TEXT", help="what to look for, e.g. 协和, xiehe or xh")
    search.add_argument(
        "--limit",
        type=int,
        default=20,
        metavar="N",
        help="show at most N accounts and N stakeholders (default 20)",
    )
    search.set_defaults(handler=_cmd_search)


def _matched(note: Any) -> dict[str, Any] | None:
    """Where a row matched (JSON): the name's matched parts, how, and through what else."""
    if note is None:
        return None
    return {
        "name_spans": [list(s) for s in note.spans],
        "by": note.by.value,
        "via": note.via.value if note.via else None,
        "stakeholder": note.person,
    }


def _cmd_search(args: argparse.Namespace) -> int:
    from fieldvisit.cli import EXIT_OK, _open, _print_json, _print_table
    from fieldvisit.domain.errors import ValidationError
    from fieldvisit.services.accounts.listing import AccountQuery, find_stakeholders, list_accounts
    from fieldvisit.services.accounts.search_keys import rebuild_stale_keys

    if args.limit < 1:
        raise ValidationError(
            "limit",
            message(
                "--limit must be 1 or more (you gave {limit}).",
                limit=args.limit,
            ),
        )
    db = _open(args)
    try:
        rebuilt = rebuild_stale_keys(db)
        if rebuilt and not args.json:
            print(
                cli_text(
                    "(prepared search keys for {n:,} cards and contacts)",
                    n=rebuilt,
                ),
                file=sys.stderr,
            )
        page = list_accounts(db, AccountQuery(text=args.text), limit=args.limit)
        people = find_stakeholders(db, args.text, limit=args.limit)
    finally:
        db.close()
    if args.json:
        _print_json(
            {
                "query": args.text,
                "accounts": {
                    "total": page.total,
                    "shown": [
                        {
                            "id": str(r.id),
                            "name": r.name,
                            "type": r.account_type.value,
                            "tier": r.sub_tier.value if r.sub_tier else r.tier,
                            "status": r.status.value,
                            "city": r.city,
                            "phone": r.phone,
                            "owner": r.owner_name,
                            "stakeholders": r.stakeholder_count,
                            "last_contact": r.last_contact,
                            "overdue": r.overdue,
                            "single_stakeholder_warning": r.single_stakeholder_warning,
                            "matched": _matched(r.match),
                        }
                        for r in page.rows
                    ],
                },
                "stakeholders": [
                    {
                        "id": str(p.id),
                        "name": p.name,
                        "title": p.title,
                        "department": p.department,
                        "account_id": str(p.account_id),
                        "account": p.account_name,
                        "ended_on": p.ended_on,
                    }
                    for p in people
                ],
            }
        )
        return EXIT_OK
    print(
        cli_text(
            "Accounts: {n:,} of {all:,} match '{text}'",
            n=page.total,
            all=page.all_accounts,
            text=args.text,
        )
    )
    if page.rows:
        _print_table(
            ["name", "type", "tier", "city", "owner", "people", "id"],
            [
                [
                    r.name + (" !" if r.single_stakeholder_warning else ""),
                    r.account_type.value,
                    str(r.sub_tier or r.tier or ""),
                    r.city or "",
                    r.owner_name or "",
                    str(r.stakeholder_count),
                    str(r.id),
                ]
                for r in page.rows
            ],
        )
        if page.total > len(page.rows):
            print(
                cli_text(
                    "… {n:,} more (use --limit)",
                    n=page.total - len(page.rows),
                )
            )
    print()
    count = f"{len(people)}{'+' if len(people) == args.limit else ''}"
    print(cli_text("Stakeholders: {n}", n=count))
    if people:
        _print_table(
            ["name", "title", "account", "account id"],
            [
                [
                    p.name + (cli_text(" (left)") if p.ended_on else ""),
                    " ".join(x for x in (p.department, p.title) if x),
                    p.account_name,
                    str(p.account_id),
                ]
                for p in people
            ],
        )
    if any(r.single_stakeholder_warning for r in page.rows):
        print()
        print(
            cli_text(
                "! key account worked through a single stakeholder",
            )
        )
    return EXIT_OK
