"""``fieldvisit manager-view``: the figures of the Manager's view, headless.

Prints the same read model the window and the printed team summary show
(:func:`fieldvisit.services.covisits.manager_view.manager_month`), so the three agree
figure for figure. Wired into :mod:`fieldvisit.cli` with
``add_manager_view_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.labels import label
from fieldvisit.i18n import current_language, joined, short_language
from fieldvisit.reports.strings import format_datetime
from fieldvisit.services.covisits.manager_month import CallCounts, ManagerMonth, RepMonth


def add_manager_view_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    view = commands.add_parser(
        "manager-view",
        parents=[common],
        help="a manager's month: field time, co-visit days, calls by type, late reports, "
        "open actions, per rep and for the team (the figures of the Manager's view)",
    )
    view.add_argument("--manager", required=True, metavar="NAME", help="the manager")
    view.add_argument("--month", metavar="YYYY-MM", help="the month (default: the current month)")
    view.add_argument("--rep", metavar="NAME", help="the headline figures for this rep only")
    view.set_defaults(handler=_cmd_manager_view)


def _cmd_manager_view(args: argparse.Namespace) -> int:
    from fieldvisit.cli import EXIT_OK, _open, _print_json
    from fieldvisit.clock import today
    from fieldvisit.domain.enums import MemberRole
    from fieldvisit.services.covisits.manager_view import manager_month
    from fieldvisit.services.reporting.lookup import find_member, parse_month

    month = parse_month(args.month) if args.month else today().replace(day=1)
    db = _open(args)
    try:
        with db.session_scope() as session:
            manager_id = find_member(session, args.manager, MemberRole.MANAGER).id
            rep_id = find_member(session, args.rep, MemberRole.REP).id if args.rep else None
        view = manager_month(db, manager_id, month, rep_id)
    finally:
        db.close()
    if args.json:
        _print_json(as_json(view))
    else:
        _print_text(view)
    return EXIT_OK


def as_json(v: ManagerMonth) -> dict[str, Any]:
    """Every figure of the view, under the names the window and the PDF give them."""
    f = v.field
    return {
        "manager": v.manager,
        "manager_id": str(v.manager_id),
        "month": f"{v.month:%Y-%m}",
        "today": v.today.isoformat(),
        "rep_id": str(v.rep_id) if v.rep_id else None,
        "field": {
            "field_days": f.field_days,
            "working_days": f.working_days,
            "share_pct": f.share_pct,
            "target_pct": f.target_pct,
            "meets_target": f.meets_target,
            "work_base": f.work_base.value,
            "through": f.through.isoformat() if f.through else None,
            "partial": f.partial,
        },
        "covisits": v.covisits,
        "covisit_days": v.covisit_days,
        "calls": _calls(v.calls),
        "late_reports": v.late_reports,
        "open_actions": len(v.open_actions),
        "overdue_actions": v.overdue_actions,
        "average_rating_12_months": v.average_rating,
        "reps": [_rep(r) for r in v.reps],
        "team": _rep(v.team),
        "covisit_list": [
            {
                "id": str(c.id),
                "first_day": c.first_day.isoformat(),
                "last_day": c.last_day.isoformat(),
                "rep": c.rep,
                "calls": c.calls,
                "average_rating": c.average_rating,
                "status": c.status.value,
                "late": c.late,
            }
            for c in v.lines
        ],
        "open_action_items": [
            {
                "rep": a.rep,
                "action": a.description,
                "owner": a.owner,
                "due_on": a.due_on.isoformat() if a.due_on else None,
                "overdue": a.overdue,
            }
            for a in v.open_actions
        ],
    }


def _calls(c: CallCounts) -> dict[str, int]:
    return {
        "joint": c.joint,
        "demonstration": c.demonstration,
        "coaching": c.coaching,
        "total": c.total,
    }


def _rep(r: RepMonth) -> dict[str, Any]:
    return {
        "rep": r.rep if r.rep_id else None,
        "rep_id": str(r.rep_id) if r.rep_id else None,
        "covisits": r.covisits,
        "covisit_days": r.covisit_days,
        "calls": _calls(r.calls),
        "average_rating": r.average_rating,
        "open_actions": r.open_actions,
        "overdue_actions": r.overdue_actions,
        "late_reports": r.late_reports,
        "as_of": r.as_of.isoformat() if r.as_of else None,
    }


def _rating(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "—"


def _print_text(v: ManagerMonth) -> None:
    from fieldvisit.cli import _print_table

    f = v.field
    who = (
        next((r.rep for r in v.reps if r.rep_id == v.rep_id), "")
        if v.rep_id
        else cli_text("all reps")
    )
    base = label(f.work_base, current_language())
    print(
        cli_text(
            "{manager} with {who} · {month} ({base})",
            manager=v.manager,
            who=who,
            month=f"{v.month:%Y-%m}",
            base=base,
        )
    )
    if f.through is None:
        print(cli_text("This month has not begun: no working days yet."))
    elif f.partial:
        print(
            cli_text(
                "Current month: working days are counted up to today, {date}.",
                date=f.through.isoformat(),
            )
        )
    share = "—" if f.share_pct is None else f"{f.share_pct} %"
    verdict = {
        True: cli_text("on target"),
        False: cli_text("below target"),
        None: cli_text("no working days"),
    }[f.meets_target]
    print(
        cli_text(
            "Days in the field: {days} of {working} = {share} (target ≥ {target} %, {verdict})",
            days=f.field_days,
            working=f.working_days,
            share=share,
            target=f.target_pct,
            verdict=verdict,
        )
    )
    c = v.calls
    print(
        cli_text(
            "Co-visits: {covisits} · co-visit days: {days} · calls: {calls} "
            "(joint {joint}, demonstration {demo}, coaching {coaching})",
            covisits=v.covisits,
            days=v.covisit_days,
            calls=c.total,
            joint=c.joint,
            demo=c.demonstration,
            coaching=c.coaching,
        )
    )
    print(
        cli_text(
            "Late reports: {late} · open actions: {open} ({overdue} overdue) · "
            "average rating, last 12 months: {rating}",
            late=v.late_reports,
            open=len(v.open_actions),
            overdue=v.overdue_actions,
            rating=_rating(v.average_rating),
        )
    )
    print()
    rows = [*v.reps, v.team]
    _print_table(
        ["rep", "co-visits", "days", "joint", "demo", "coaching", "avg", "open actions", "late"],
        [
            [
                r.rep if r.rep_id else cli_text("Team"),
                str(r.covisits),
                str(r.covisit_days),
                str(r.calls.joint),
                str(r.calls.demonstration),
                str(r.calls.coaching),
                _rating(r.average_rating),
                cli_text(
                    "{open} ({overdue} overdue)",
                    open=r.open_actions,
                    overdue=r.overdue_actions,
                )
                if r.overdue_actions
                else str(r.open_actions),
                str(r.late_reports),
            ]
            for r in rows
        ],
    )
    synced = [(r.rep, r.as_of) for r in v.reps if r.as_of is not None]
    if synced:
        print(
            cli_text(
                "Each rep's data as of their last sync: {reps}.",
                reps=joined(
                    f"{rep} {format_datetime(when, short_language(current_language()))}"
                    for rep, when in synced
                ),
            )
        )
