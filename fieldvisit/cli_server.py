"""``fieldvisit server …`` (run and administer the team server) and ``fieldvisit sync …``.

Wired into :mod:`fieldvisit.cli` with ``add_server_commands(commands, common)``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fieldvisit.cli_text import cli_text
from fieldvisit.domain.enums import MemberRole
from fieldvisit.domain.labels import label
from fieldvisit.i18n import current_language


def add_server_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", help="run or administer the team server")
    sub = server.add_subparsers(dest="server_command", metavar="COMMAND", required=True)

    quick = sub.add_parser(
        "quickstart",
        help="a team server on this machine: PostgreSQL in DIR, served on 127.0.0.1",
    )
    quick.add_argument("dir", type=Path, metavar="DIR", help="folder for the server's data")
    quick.add_argument("--port", type=int, default=8765, help="port to serve on (default 8765)")
    quick.set_defaults(handler=_cmd_quickstart)

    serve = sub.add_parser("serve", help="serve the team server (a real deployment)")
    serve.add_argument("--db", required=True, metavar="URL", help="postgresql+psycopg://…")
    serve.add_argument("--listen", default="127.0.0.1:8765", metavar="HOST:PORT")
    serve.add_argument("--tls-cert", type=Path, metavar="FILE", help="TLS certificate (PEM)")
    serve.add_argument("--tls-key", type=Path, metavar="FILE", help="TLS private key (PEM)")
    serve.add_argument(
        "--workers", type=int, metavar="N", help="processes (default: one per core, at most 4)"
    )
    serve.set_defaults(handler=_cmd_serve)

    where = argparse.ArgumentParser(add_help=False)
    target = where.add_mutually_exclusive_group(required=True)
    target.add_argument("--dir", type=Path, metavar="DIR", help="a quickstart folder")
    target.add_argument("--db", metavar="URL", help="the server's PostgreSQL URL")
    where.add_argument("--json", action="store_true", help="print JSON instead of text")

    member = sub.add_parser("member", help="people in the team").add_subparsers(
        dest="member_command", metavar="COMMAND", required=True
    )
    add = member.add_parser("add", parents=[where], help="add a person; prints their code")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in MemberRole])
    add.add_argument("--manager", metavar="NAME", help="their manager (reps)")
    add.set_defaults(handler=_cmd_member_add)
    code = member.add_parser("code", parents=[where], help="a new enrolment code for NAME")
    code.add_argument("name", metavar="NAME")
    code.set_defaults(handler=_cmd_member_code)
    listing = member.add_parser("list", parents=[where], help="list the team")
    listing.set_defaults(handler=_cmd_member_list)
    move = member.add_parser("move", parents=[where], help="give a rep a new manager")
    move.add_argument("name", metavar="NAME")
    move.add_argument("--manager", required=True, metavar="NAME")
    move.set_defaults(handler=_cmd_member_move)
    role = member.add_parser("role", parents=[where], help="change a person's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=[r.value for r in MemberRole])
    role.add_argument("--manager", metavar="NAME", help="their manager (when becoming a rep)")
    role.set_defaults(handler=_cmd_member_role)

    territory = sub.add_parser("territory", help="who holds which accounts").add_subparsers(
        dest="territory_command", metavar="COMMAND", required=True
    )
    assign = territory.add_parser("assign", parents=[where], help="hand an account to a rep")
    assign.add_argument("account", metavar="ACCOUNT", help="account name or id")
    assign.add_argument("--to", required=True, metavar="NAME")
    assign.set_defaults(handler=_cmd_territory_assign)

    device = sub.add_parser("device", help="enrolled laptops").add_subparsers(
        dest="device_command", metavar="COMMAND", required=True
    )
    devices = device.add_parser("list", parents=[where], help="list enrolled laptops")
    devices.set_defaults(handler=_cmd_device_list)
    revoke = device.add_parser("revoke", parents=[where], help="stop a laptop from syncing")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    revoke.set_defaults(handler=_cmd_device_revoke)

    trail = sub.add_parser(
        "audit", parents=[where], help="who enrolled, what changed, who received profiles"
    )
    trail.add_argument("--member", metavar="NAME", help="only this person's events")
    trail.add_argument("--action", metavar="ACTION", help="only this action, e.g. profile_read")
    trail.add_argument("--limit", type=int, default=200, metavar="N", help="newest N (200)")
    trail.set_defaults(handler=_cmd_audit)

    pruning = sub.add_parser(
        "prune", parents=[where], help="drop change-log entries older than the retention"
    )
    pruning.add_argument(
        "--days", type=int, default=180, metavar="N", help="keep N days (180, the least)"
    )
    pruning.set_defaults(handler=_cmd_prune)


def add_sync_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync", parents=[common], help="send this laptop's changes and receive the team's"
    )
    sync.set_defaults(handler=_cmd_sync)
    sub = sync.add_subparsers(dest="sync_command", metavar="COMMAND")
    join = sub.add_parser("join", parents=[common], help="join a team with an enrolment code")
    join.add_argument("url", metavar="URL", help="the team server, e.g. https://team.example.com")
    join.add_argument("code", metavar="CODE", help="the one-time code from your administrator")
    join.add_argument(
        "--ca", type=Path, metavar="FILE", help="trust this certificate (a private TLS authority)"
    )
    join.set_defaults(handler=_cmd_sync_join)
    status = sub.add_parser("status", parents=[common], help="whether and how this laptop syncs")
    status.set_defaults(handler=_cmd_sync_status)


def _print(args: argparse.Namespace, value: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(value, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Any]:
    from fieldvisit.server.run import quickstart_cluster
    from fieldvisit.server.store import open_store

    if args.dir is not None:
        with quickstart_cluster(args.dir) as cluster:
            db = open_store(cluster.url())
            try:
                yield db
            finally:
                db.close()
    else:
        db = open_store(args.db)
        try:
            yield db
        finally:
            db.close()


def _stop_on_sigterm() -> None:
    # uvicorn handles SIGINT and SIGTERM itself while serving; before and after, a
    # SIGTERM ends us through the same clean path as Ctrl+C.
    def raise_interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, raise_interrupt)


def _stopped() -> None:
    print(
        cli_text("FieldVisit team server stopped."),
        file=sys.stderr,
    )


def _ready(line: str) -> None:
    print(line, flush=True)


def _cmd_quickstart(args: argparse.Namespace) -> int:
    from fieldvisit.server.run import quickstart

    _stop_on_sigterm()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C or SIGTERM: the way to stop it
        quickstart(args.dir, args.port, on_ready=_ready)
    print(
        cli_text("FieldVisit team server stopped."),
        file=sys.stderr,
    )
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from fieldvisit.server.run import default_workers, parse_listen, serve
    from fieldvisit.server.store import open_store

    host, port = parse_listen(args.listen)
    _stop_on_sigterm()
    db = open_store(args.db)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            serve(
                db,
                host,
                port,
                tls_cert=args.tls_cert,
                tls_key=args.tls_key,
                on_ready=_ready,
                workers=args.workers or default_workers(),
            )
    finally:
        db.close()
    print(
        cli_text("FieldVisit team server stopped."),
        file=sys.stderr,
    )
    return 0


def _cmd_member_add(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import add_member

    with _store(args) as db:
        code = add_member(db, args.name, MemberRole(args.role), args.manager)
    _print(
        args,
        {"code": code},
        cli_text(
            "Added {name}. Enrolment code (shown once):\n{code}",
            name=args.name,
            code=code,
        ),
    )
    return 0


def _cmd_member_code(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import new_code_for

    with _store(args) as db:
        code = new_code_for(db, args.name)
    _print(
        args,
        {"code": code},
        cli_text(
            "New enrolment code for {name} (shown once):\n{code}",
            name=args.name,
            code=code,
        ),
    )
    return 0


def _cmd_member_list(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import list_members

    with _store(args) as db:
        rows = list_members(db)
    lines = [
        cli_text(
            "{name}  {role}  manager: {manager}  accounts: {accounts}  laptops: {laptops}",
            name=m.name,
            role=label(m.role, current_language()),
            manager=m.manager_name or "-",
            accounts=m.accounts,
            laptops=m.devices,
        )
        for m in rows
    ]
    _print(
        args,
        [
            {
                "id": str(m.id),
                "name": m.name,
                "role": m.role.value,
                "manager": m.manager_name,
                "accounts": m.accounts,
                "devices": m.devices,
            }
            for m in rows
        ],
        "\n".join(lines) or cli_text("Nobody is in the team yet."),
    )
    return 0


def _cmd_member_move(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import move_member

    with _store(args) as db:
        move_member(db, args.name, args.manager)
    _print(
        args,
        {"moved": args.name},
        cli_text(
            "{name} now reports to {manager}.",
            name=args.name,
            manager=args.manager,
        ),
    )
    return 0


def _cmd_member_role(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import set_role

    role = MemberRole(args.role)
    with _store(args) as db:
        set_role(db, args.name, role, args.manager)
    _print(
        args,
        {"name": args.name, "role": role.value},
        cli_text(
            "{name} is now {role}.",
            name=args.name,
            role=label(role, current_language()),
        ),
    )
    return 0


def _cmd_territory_assign(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import assign_territory

    with _store(args) as db:
        moved = assign_territory(db, args.account, args.to)
    _print(
        args,
        {"accounts": moved},
        cli_text("Accounts now with {rep}: {n}.", rep=args.to, n=moved),
    )
    return 0


def _cmd_device_list(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import list_devices

    with _store(args) as db:
        rows = list_devices(db)
    _print(
        args,
        [
            {
                "id": str(d.id),
                "member": d.member_name,
                "name": d.name,
                "created_at": d.created_at.isoformat(),
                "last_seen_at": d.last_seen_at.isoformat() if d.last_seen_at else None,
                "revoked": d.revoked_at is not None,
            }
            for d in rows
        ],
        "\n".join(
            f"{d.id}  {d.member_name}  {d.name}" + (cli_text("  (revoked)") if d.revoked_at else "")
            for d in rows
        )
        or cli_text("No laptop has joined yet."),
    )
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from fieldvisit.server.audit import audit_trail

    with _store(args) as db:
        rows = audit_trail(db, args.member, args.action, args.limit)
    _print(
        args,
        [
            {
                "at": r.at.isoformat(),
                "action": r.action,
                "member": r.member_name,
                "device_id": str(r.device_id) if r.device_id else None,
                "subject_id": str(r.subject_id) if r.subject_id else None,
            }
            for r in rows
        ],
        "\n".join(
            f"{r.at:%Y-%m-%d %H:%M:%S}  {r.action}  {r.member_name or '-'}  {r.subject_id or ''}"
            for r in rows
        )
        or cli_text("Nothing has been audited yet."),
    )
    return 0


def _cmd_prune(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from fieldvisit.server.retention import RETENTION, prune

    days = max(args.days, RETENTION.days)  # tombstones are kept at least 180 days
    with _store(args) as db:
        gone = prune(db, timedelta(days=days))
    _print(
        args,
        {"pruned": gone, "days": days},
        cli_text(
            "{count} change-log entries older than {days} days removed.",
            count=gone,
            days=days,
        ),
    )
    return 0


def _cmd_device_revoke(args: argparse.Namespace) -> int:
    from fieldvisit.server.admin import revoke_device

    with _store(args) as db:
        revoke_device(db, args.device_id)
    _print(
        args,
        {"revoked": args.device_id},
        cli_text("Device {id} can no longer sync.", id=args.device_id),
    )
    return 0


def _cmd_sync_join(args: argparse.Namespace) -> int:
    import ssl

    from fieldvisit.storage.migrate import open_database
    from fieldvisit.sync.join import join

    verify: Any = ssl.create_default_context(cafile=str(args.ca)) if args.ca else True
    db = open_database(getattr(args, "db", None))
    try:
        result = join(db, args.url, args.code, verify=verify)
    finally:
        db.close()
    _print(
        args,
        {"member": result.member_name, "role": result.role, "server": result.server_url},
        cli_text(
            "This laptop joined the team at {server} as {member} ({role}).",
            server=result.server_url,
            member=result.member_name,
            role=label(MemberRole(result.role), current_language()),
        ),
    )
    return 0


def _cmd_sync_status(args: argparse.Namespace) -> int:
    from fieldvisit.storage.migrate import open_database
    from fieldvisit.sync.client import status

    db = open_database(getattr(args, "db", None))
    try:
        state = status(db)
    finally:
        db.close()
    if not state["joined"]:
        _print(
            args,
            state,
            cli_text("This laptop is used alone (not in a team)."),
        )
        return 0
    _print(
        args,
        state,
        cli_text(
            "In the team at {server} as {member} ({role}). Changes waiting: {waiting}; "
            "conflicts: {conflicts}; last sync: {last}.",
            server=state["server"],
            member=state["member"],
            role=label(MemberRole(state["role"]), current_language()),
            waiting=state["waiting"],
            conflicts=state["conflicts"],
            last=state["last_sync"] or cli_text("never"),
        ),
    )
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    from fieldvisit.storage.migrate import open_database
    from fieldvisit.sync.client import sync_now

    db = open_database(getattr(args, "db", None))
    try:
        result = sync_now(db)
    finally:
        db.close()
    _print(
        args,
        {"pushed": result.pushed, "pulled": result.pulled, "conflicts": result.conflicts},
        cli_text(
            "Sent {pushed}, received {pulled}, conflicts {conflicts}.",
            pushed=result.pushed,
            pulled=result.pulled,
            conflicts=result.conflicts,
        ),
    )
    return 0
