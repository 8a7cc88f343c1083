"""``fieldvisit calendar …``: the working-day calendar's overrides, headless.

``calendar set YYYY-MM-DD workday|holiday [--name NAME]`` marks a day (for a year the
official calendar does not know yet, or to correct one); ``calendar unset`` removes the
mark; ``calendar list --year YYYY`` shows the year's holidays and worked weekend days.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.errors import ValidationError


def add_calendar_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    cal = commands.add_parser(
        "calendar", help="holidays and make-up working days used by plans and figures"
    )
    actions = cal.add_subparsers(dest="calendar_action", metavar="ACTION", required=True)
    put = actions.add_parser(
        "set", parents=[common], help="mark a day as a working day or a holiday"
    )
    put.add_argument("day", metavar="YYYY-MM-DD")
    put.add_argument("kind", choices=("workday", "holiday"))
    put.add_argument("--name", metavar="NAME", help="what the day is, e.g. 春节")
    put.set_defaults(handler=_cmd_set)
    unset = actions.add_parser(
        "unset", parents=[common], help="remove a day's mark (the official calendar applies)"
    )
    unset.add_argument("day", metavar="YYYY-MM-DD")
    unset.set_defaults(handler=_cmd_unset)
    show = actions.add_parser(
        "list", parents=[common], help="a year's holidays on weekdays and worked weekend days"
    )
    show.add_argument("--year", type=int, required=True, metavar="YYYY")
    show.set_defaults(handler=_cmd_list)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("day", f"{text!r} is not a date; write it as YYYY-MM-DD.") from None


def _open(args: argparse.Namespace) -> Any:
    from fieldvisit.storage.migrate import open_database

    return open_database(getattr(args, "db", None))


def _cmd_set(args: argparse.Namespace) -> int:
    from fieldvisit.domain.workdays import DayKind
    from fieldvisit.services.planning.calendar import set_day

    day = _day(args.day)
    db = _open(args)
    try:
        mark = set_day(db, day, DayKind(args.kind), args.name)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(json.dumps({"day": day.isoformat(), "kind": mark.kind.value, "name": mark.name}))
    elif mark.kind is DayKind.WORKDAY:
        print(cli_text("{day} is a working day.", day=day.isoformat()))
    else:
        print(cli_text("{day} is a holiday.", day=day.isoformat()))
    return 0


def _cmd_unset(args: argparse.Namespace) -> int:
    from fieldvisit.services.planning.calendar import unset_day

    day = _day(args.day)
    db = _open(args)
    try:
        removed = unset_day(db, day)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(json.dumps({"day": day.isoformat(), "removed": removed}))
    elif removed:
        print(
            cli_text(
                "{day}: the official calendar applies again.",
                day=day.isoformat(),
            )
        )
    else:
        print(cli_text("{day} had no mark.", day=day.isoformat()))
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from fieldvisit.domain.workdays import official_name
    from fieldvisit.i18n import current_language, short_language
    from fieldvisit.services.planning.calendar import year_calendar

    db = _open(args)
    try:
        year = year_calendar(db, args.year)
    finally:
        db.close()
    if getattr(args, "json", False):
        print(
            json.dumps(
                {
                    "year": year.year,
                    "source": year.source.value,
                    "days": [
                        {
                            "day": d.day.isoformat(),
                            "kind": d.kind.value,
                            "name": d.name,
                            "name_zh": official_name(d.name, chinese=True)
                            if d.name and d.source.value == "official"
                            else d.name,
                            "source": d.source.value,
                        }
                        for d in year.days
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    chinese = short_language(current_language()) == "zh"
    for d in year.days:
        name = d.name or ""
        if name and d.source.value == "official":
            name = official_name(name, chinese)
        print(f"{d.day:%Y-%m-%d %a}  {d.kind.value:<8} {d.source.value:<9} {name}".rstrip())
    if year.source.value == "official":
        print(cli_text("{year}: the official calendar.", year=year.year))
    elif year.source.value == "overrides":
        print(
            cli_text(
                "{year}: not in the official calendar; the days above were entered by hand, "
                "the rest is Monday to Friday.",
                year=year.year,
            )
        )
    else:
        print(
            cli_text(
                "{year}: not in the official calendar and nothing entered: Monday to Friday. "
                "Add holidays with `fieldvisit calendar set`.",
                year=year.year,
            )
        )
    return 0
