"""``fieldvisit day-report …``: the day report (日报) a rep sends at the end of a field day,
and the manager's list of who has sent one.

Wired into :mod:`fieldvisit.cli` with ``add_day_report_commands(commands, common)``.

``day-report list --json`` prints one object: ``date``, ``sent`` and ``missing`` (how many
reps), and ``reps``: per rep ``rep_id``, ``rep``, ``sent`` (true/false), ``sent_at``
(ISO 8601 UTC or null), ``report_id`` (or null), ``records``, ``records_completed``,
``promises_made``, ``promises_kept``, ``visits_missed`` (from the report sent; 0 when
none), ``comments`` (on the report) and ``late_records`` (the rep's drafts past the
two-day rule now).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
import uuid
from datetime import datetime
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.errors import ValidationError

COUNT_KEYS = ("records", "records_completed", "promises_made", "promises_kept", "visits_missed")


def add_day_report_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "day-report", help="send the day report (rep), see who sent one (manager)"
    )
    actions = group.add_subparsers(dest="day_report_action", metavar="ACTION", required=True)
    send = actions.add_parser(
        "send",
        parents=[common],
        help="send this laptop's rep's report of a day: records, promises, missed visits",
    )
    send.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the field day")
    send.add_argument(
        "--reason",
        action="append",
        default=[],
        metavar="ACCOUNT_ID=TEXT",
        help="why a planned visit to that account was not made (repeat for each)",
    )
    send.set_defaults(handler=_cmd_send)
    listing = actions.add_parser(
        "list", parents=[common], help="each rep of this manager: report sent or missing"
    )
    listing.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    listing.set_defaults(handler=_cmd_list)
    show = actions.add_parser("show", parents=[common], help="show a rep's report of a day")
    show.add_argument("--rep", metavar="NAME", help="the rep's exact name (default: you)")
    show.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    show.set_defaults(handler=_cmd_show)
    comment = actions.add_parser(
        "comment", parents=[common], help="comment on a rep's report of a day"
    )
    comment.add_argument("--rep", required=True, metavar="NAME", help="the rep's exact name")
    comment.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day")
    comment.add_argument("text", metavar="TEXT", help="the comment")
    comment.set_defaults(handler=_cmd_comment)


def _open(args: argparse.Namespace) -> Any:
    from fieldvisit.storage.migrate import open_database

    return open_database(getattr(args, "db", None))


def _day(raw: str | None) -> Any:
    from fieldvisit import clock
    from fieldvisit.services.reporting.lookup import parse_day

    return clock.today() if raw is None else parse_day(raw)


def _reasons(raw: list[str]) -> dict[uuid.UUID, str]:
    from fieldvisit.services.reporting.lookup import parse_id

    out: dict[uuid.UUID, str] = {}
    for item in raw:
        key, sep, text = item.partition("=")
        if not sep or not text.strip():
            raise ValidationError(
                "reason",
                cli_text("Write each reason as ACCOUNT_ID=TEXT."),
            )
        out[parse_id(key, "reason")] = text.strip()
    return out


def _cmd_send(args: argparse.Namespace) -> int:
    from fieldvisit.services.reviews.day_report import send_day_report

    day = _day(args.date)
    reasons = _reasons(args.reason)
    db = _open(args)
    try:
        view = send_day_report(db, day, reasons)
    finally:
        db.close()
    counts = view.body.counts()
    if getattr(args, "json", False):
        print(
            json.dumps(
                {
                    "report_id": str(view.id),
                    "date": view.day.isoformat(),
                    "sent_at": view.sent_at.isoformat(),
                    **counts,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        cli_text(
            "Day report of {day} sent: {records} records ({completed} completed), "
            "{made} promises made, {kept} kept, {missed} planned visits not made. "
            "It reaches your manager at the next sync.",
            day=view.day.isoformat(),
            records=counts["records"],
            completed=counts["records_completed"],
            made=counts["promises_made"],
            kept=counts["promises_kept"],
            missed=counts["visits_missed"],
        )
    )
    return 0


def _local(moment: datetime) -> str:
    """A stored moment on the local clock, to the minute."""
    from fieldvisit import clock

    return moment.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cmd_list(args: argparse.Namespace) -> int:
    from fieldvisit.services.reviews.day_report import team_days

    day = _day(args.date)
    db = _open(args)
    try:
        rows = team_days(db, day)
    finally:
        db.close()
    sent = sum(1 for r in rows if r.sent)
    if getattr(args, "json", False):
        reps = [
            {
                "rep_id": str(r.rep_id),
                "rep": r.rep,
                "sent": r.sent,
                "sent_at": r.sent_at.isoformat() if r.sent_at else None,
                "report_id": str(r.report_id) if r.report_id else None,
                **{k: int(r.counts.get(k, 0)) for k in COUNT_KEYS},
                "comments": r.comments,
                "late_records": r.late_records,
            }
            for r in rows
        ]
        out = {"date": day.isoformat(), "sent": sent, "missing": len(rows) - sent, "reps": reps}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(cli_text("No reps report to you."))
        return 0
    headers = ["rep", "sent", "records", "promises", "missed", "comments", "late"]
    table = [
        [
            r.rep,
            _local(r.sent_at) if r.sent_at else "-",
            str(r.counts.get("records", 0)) if r.sent else "",
            str(r.counts.get("promises_made", 0)) if r.sent else "",
            str(r.counts.get("visits_missed", 0)) if r.sent else "",
            str(r.comments) if r.sent else "",
            str(r.late_records),
        ]
        for r in rows
    ]
    widths = [max([_width(h)] + [_width(t[i]) for t in table]) for i, h in enumerate(headers)]
    for line in [headers, ["-" * w for w in widths], *table]:
        cells = [c + " " * (w - _width(c)) for c, w in zip(line, widths, strict=True)]
        print("  ".join(cells).rstrip())
    print()
    print(
        cli_text(
            "{day}: {sent} sent, {missing} not sent.",
            day=day.isoformat(),
            sent=sent,
            missing=len(rows) - sent,
        )
    )
    return 0


def _rep_id(db: Any, name: str | None) -> uuid.UUID:
    from fieldvisit.domain.enums import MemberRole
    from fieldvisit.services.reporting.lookup import find_member
    from fieldvisit.services.reviews.comments import me_in

    with db.read_scope() as session:
        member = find_member(session, name, MemberRole.REP) if name else me_in(session)
        return member.id


def _cmd_show(args: argparse.Namespace) -> int:
    from fieldvisit.services.reviews.day_report import find_day_report

    day = _day(args.date)
    db = _open(args)
    try:
        view = find_day_report(db, _rep_id(db, args.rep), day)
    finally:
        db.close()
    if view is None:
        print(cli_text("No day report was sent for {day}.", day=day))
        return 1
    if getattr(args, "json", False):
        from dataclasses import asdict

        print(json.dumps(asdict(view), ensure_ascii=False, indent=2, default=str))
        return 0
    body = view.body
    print(f"{body.rep} · {view.day.isoformat()} · {_local(view.sent_at)}")
    for r in body.records:
        print(f"  {r.occurred_at[11:16]}  {r.account}  [{r.status}]  {r.summary}")
    for p in body.promises_made:
        print(f"  + {p.account}: {p.description} ({p.due_on})")
    for p in body.promises_kept:
        print(f"  ✓ {p.account}: {p.description}")
    for m in body.missed_visits:
        print(f"  ✗ {m.account}: {m.reason}")
    for c in view.comments:
        print(f"  » {c.author or ''} {_local(c.written_at)}: {c.text}")
    return 0


def _cmd_comment(args: argparse.Namespace) -> int:
    from fieldvisit.services.reviews.comments import add_day_report_comment
    from fieldvisit.services.reviews.day_report import find_day_report

    day = _day(args.date)
    db = _open(args)
    try:
        view = find_day_report(db, _rep_id(db, args.rep), day)
        if view is None:
            print(cli_text("No day report was sent for {day}.", day=day))
            return 1
        add_day_report_comment(db, view.id, args.text)
    finally:
        db.close()
    print(
        cli_text(
            "Comment saved; it reaches the rep at the next sync.",
        )
    )
    return 0
