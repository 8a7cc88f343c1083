"""``fieldvisit today``: what needs the user today, from the view the Today page shows.

Wired into :mod:`fieldvisit.cli` with ``add_today_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from fieldvisit.cli_text import cli_text


def add_today_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    today = commands.add_parser(
        "today",
        parents=[common],
        help=(
            "what needs doing today: visits, promises, drafts, co-visit reports, the plan; "
            "for a manager also plans to decide, day reports and the reps' late records"
        ),
    )
    today.add_argument(
        "--member",
        metavar="NAME",
        help="a team member's exact name (default: this laptop's user)",
    )
    today.set_defaults(handler=_cmd_today)


def _cmd_today(args: argparse.Namespace) -> int:
    from fieldvisit.services.team import current_user, list_team
    from fieldvisit.services.today import load_today
    from fieldvisit.storage.migrate import open_database

    db = open_database(getattr(args, "db", None))
    try:
        user = current_user(db)
        if args.member:
            from fieldvisit.services.reporting.lookup import find_member

            with db.session_scope() as session:
                member_id = find_member(session, args.member).id
            user = next(m for m in list_team(db) if m.id == member_id)
        view = load_today(db, user)
    finally:
        db.close()
    if getattr(args, "json", False):
        data = asdict(view)
        data["action_count"] = view.action_count
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return 0
    if view.user_id is None:
        print(
            cli_text(
                "Nobody is set as this laptop's user: choose who you are in the window's "
                "File › Settings, or give --member NAME.",
            )
        )
        return 0
    print(cli_text("Today, {day}: {name}", day=view.day, name=view.user_name))
    if view.is_empty:
        print(
            cli_text(
                "Nothing needs you today. A good day to plan ahead.",
            )
        )
        return 0
    for section in view.sections:
        if not section.items:
            continue
        print()
        print(_heading(section.key.value))
        for item in section.items:
            print("  " + _line(item))
        if section.more:
            print("  " + cli_text("… and {n} more", n=section.more))
    print()
    print(cli_text("Needing action: {n}.", n=view.action_count))
    return 0


def _heading(key: str) -> str:
    headings = {
        "visits": cli_text("Planned for today"),
        "promises": cli_text("Promises due"),
        "drafts": cli_text("Records to finish"),
        "covisit_reports": cli_text("Co-visit reports"),
        "covisit_actions": cli_text("Co-visit actions"),
        "next_plan": cli_text("Next month's plan"),
        "plans_to_decide": cli_text("Plans to decide"),
        "acknowledged": cli_text("Acknowledgements received"),
        "day_reports": cli_text("Day reports"),
        "late_records": cli_text("Late records"),
    }
    return headings.get(key, key)


def _line(item: Any) -> str:
    from fieldvisit.domain.labels import label
    from fieldvisit.i18n import current_language

    state = item.state.value
    day = item.day.isoformat() if item.day is not None else ""
    if state == "to_decide":
        text = cli_text(
            "{rep}'s plan for {month}: approve or return it",
            rep=item.subject,
            month=f"{item.day:%Y-%m}",
        )
    elif state == "not_sent":
        text = cli_text(
            "{rep} has not sent the day report of {day}",
            rep=item.subject,
            day=day,
        )
    elif state == "to_read":
        text = cli_text(
            "{rep}'s day report of {day}: read it and comment",
            rep=item.subject,
            day=day,
        )
    elif state == "late" and item.rep:
        text = cli_text(
            "{account}, visit of {day} by {rep}",
            account=item.subject,
            day=day,
            rep=item.rep,
        )
    elif state == "planned":
        kind = label(item.kind, current_language()) if item.kind is not None else ""
        text = f"{kind}: {item.subject}"
    elif state in ("overdue", "due_today") and item.target.kind.value != "covisit":
        text = f"{item.subject}: {item.note}"
    elif state in ("draft", "late"):
        text = cli_text("{account}, visit of {day}", account=item.subject, day=day)
    elif state == "to_acknowledge":
        text = cli_text(
            "Acknowledge the co-visit report of {day} ({name})",
            day=day,
            name=item.subject,
        )
    elif state == "to_sign":
        text = cli_text(
            "Sign the co-visit report of {day} with {name}",
            day=day,
            name=item.subject,
        )
    elif state == "to_finish":
        text = cli_text(
            "Finish the co-visit report of {day} with {name}",
            day=day,
            name=item.subject,
        )
    elif item.target.kind.value == "covisit":
        text = f"{item.note} ({item.subject})"
    elif state == "returned":
        text = cli_text(
            "The plan for {month} was returned: {comment}",
            month=item.subject,
            comment=item.note,
        )
    else:
        text = cli_text(
            "The plan for {month} is not submitted yet",
            month=item.subject,
        )
    marks = []
    if state in ("to_decide", "not_sent", "to_read"):
        pass  # the text says it
    elif state == "due_today":
        marks.append(cli_text("due today"))
    elif state == "late":
        marks.append(cli_text("late: visit {n} d ago", n=item.days))
    elif item.days and state == "overdue":
        marks.append(cli_text("{n} d late", n=item.days))
    elif item.late:
        marks.append(cli_text("late"))
    elif state == "draft":
        marks.append(cli_text("draft"))
    elif state == "open" and day:
        marks.append(cli_text("due {day}", day=day))
    return text + (f"  [{', '.join(marks)}]" if marks else "")
