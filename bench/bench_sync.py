"""Team sync figures on one machine: a real PostgreSQL, the service over a loopback socket.

    PYTHONPATH=. python bench/bench_sync.py [--accounts 4000] [--burst 600]

- first sync of a 400-account territory on a new laptop of that rep (goal < 3 s),
- a day's incremental sync after a day's work (goal < 1 s),
- a manager's first sync of ~10 reps,
- a burst of N laptops asking for their changes at once (goal p95 < 500 ms on 2 cores).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy import func, insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldvisit.domain.enums import ContactMethod, MemberRole  # noqa: E402
from fieldvisit.server import admin  # noqa: E402
from fieldvisit.server.models import Device  # noqa: E402
from fieldvisit.server.pg_cluster import Cluster, free_port  # noqa: E402
from fieldvisit.server.store import open_store  # noqa: E402
from fieldvisit.services.demo import generate_demo  # noqa: E402
from fieldvisit.storage.database import Database  # noqa: E402
from fieldvisit.storage.migrate import open_database  # noqa: E402
from fieldvisit.storage.models import Account, ContactRecord, TeamMember  # noqa: E402
from fieldvisit.sync.client import sync_now  # noqa: E402
from fieldvisit.sync.join import join  # noqa: E402


def _laptop(folder: Path, name: str, role: MemberRole, url: str, code: str) -> Database:
    from fieldvisit.services.team import set_current_user

    db = open_database(folder / f"{name}.db")
    set_current_user(db, name, role)
    join(db, url, code)
    return db


def _timed(label: str, action: object) -> float:
    started = time.perf_counter()
    result = action()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s  {result}")
    return seconds


def _serve(url: str, port: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "fieldvisit", "server", "serve", "--db", url,
         "--listen", f"127.0.0.1:{port}"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    print(process.stdout.readline().strip())
    return process


async def _burst(url: str, tokens: list[str], cursor: str) -> list[float]:
    """Each laptop opens its own connection and asks once (plain HTTP/1.1 on the event
    loop's sockets: 600 laptops are 600 machines, so neither one client's connection pool,
    whose bookkeeping grows with its connections, nor stream objects should be what the
    2 cores spend their time on)."""
    address = httpx.URL(url)
    path = f"/v1/pull?{urlencode({'after': cursor})}"
    loop = asyncio.get_running_loop()

    async def one(token: str) -> float:
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {address.host}\r\n"
            f"Authorization: Bearer {token}\r\nConnection: close\r\n\r\n"
        ).encode()
        started = time.perf_counter()
        with socket.socket() as sock:
            sock.setblocking(False)
            await loop.sock_connect(sock, (address.host, address.port))
            await loop.sock_sendall(sock, request)
            answer = b""
            while chunk := await loop.sock_recv(sock, 65536):
                answer += chunk
        status = answer.split(b"\r\n", 1)[0]
        if b" 200 " not in status:
            raise RuntimeError(status.decode(errors="replace"))
        return time.perf_counter() - started

    return list(await asyncio.gather(*(one(t) for t in tokens)))


async def _burst_one_pool(url: str, tokens: list[str], cursor: str) -> list[float]:
    """The same burst through one httpx client and its pool of N connections."""
    limits = httpx.Limits(max_connections=len(tokens))
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def one(token: str) -> float:
            started = time.perf_counter()
            answer = await client.get(
                "/v1/pull",
                params={"after": cursor},
                headers={"Authorization": f"Bearer {token}"},
            )
            answer.raise_for_status()
            return time.perf_counter() - started

        return list(await asyncio.gather(*(one(t) for t in tokens)))


def _run(burst: Coroutine[Any, Any, list[float]]) -> list[float]:
    """The load generator on uvloop where there is one (as the server): 600 laptops are
    600 machines, and the generator's own cost shares the cores with what it measures."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(burst)
    return uvloop.run(burst)


def _tree_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by ``root`` and its descendants (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # ended meanwhile
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks

    def under(pid: int) -> bool:
        while pid > 1:
            if pid == root:
                return True
            pid = parents.get(pid, 0)
        return False

    return sum(cpu for pid, cpu in used.items() if under(pid))


def _p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[int(len(ordered) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=4000)
    parser.add_argument("--burst", type=int, default=600)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fieldvisit-bench-"))
    folder.chmod(0o755)  # as root, PostgreSQL runs as postgres and must reach its folder
    cluster = Cluster(folder / "pg", free_port())
    cluster.init()
    cluster.start()
    server = None
    try:
        cluster.create_database()
        store = open_store(cluster.url())
        started = time.perf_counter()
        generate_demo(store, accounts=args.accounts, seed=5)
        print(f"server filled with a {args.accounts}-account demo in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        with store.read_scope() as session:
            rep_id, rep, count = session.execute(
                select(TeamMember.id, TeamMember.name, func.count(Account.id))
                .join(Account, Account.owner_id == TeamMember.id)
                .group_by(TeamMember.id, TeamMember.name)
                .order_by(func.count(Account.id).desc())
            ).first()  # type: ignore[misc]
            manager = session.scalars(
                select(TeamMember.name).where(
                    TeamMember.id
                    == select(TeamMember.manager_id)
                    .where(TeamMember.id == rep_id)
                    .scalar_subquery()
                )
            ).one()
            reps = session.scalar(
                select(func.count())
                .select_from(TeamMember)
                .where(
                    TeamMember.manager_id
                    == select(TeamMember.manager_id)
                    .where(TeamMember.id == rep_id)
                    .scalar_subquery()
                )
            )
        print(f"rep {rep}: {count} accounts; manager {manager}: {reps} reps")
        port = free_port()
        server = _serve(cluster.url(), port)
        url = f"http://127.0.0.1:{port}"
        laptops = folder / "laptops"
        laptops.mkdir()
        laptop = _laptop(laptops, rep, MemberRole.REP, url, admin.new_code_for(store, rep))
        first = _timed("first sync of the rep's territory (goal < 3 s)", lambda: sync_now(laptop))
        me = rep_id
        with laptop.session_scope() as session:
            accounts = session.scalars(select(Account).limit(10)).all()
            for n, account in enumerate(accounts):
                account.notes = f"今天拜访后更新 {n}"
                session.add(
                    ContactRecord(
                        account_id=account.id,
                        author_id=me,
                        occurred_at=datetime.now(UTC),  # noqa: TID251 - a bench, real time
                        method=ContactMethod.VISIT,
                        content="今天的拜访",
                    )
                )
        day = _timed("a day's incremental sync (goal < 1 s)", lambda: sync_now(laptop))
        boss = _laptop(
            laptops, manager, MemberRole.MANAGER, url, admin.new_code_for(store, manager)
        )
        team = _timed(f"manager's first sync of {reps} reps", lambda: sync_now(boss))
        # A burst: N laptops asking for what changed since their last sync. A laptop is a
        # person's: N more reps join the demo's managers, one laptop each (a person's "as of"
        # is read over their laptops, and 600 laptops are not 11 people's).
        with store.session_scope() as session:
            managers = session.scalars(
                select(TeamMember.id).where(TeamMember.role == MemberRole.MANAGER)
            ).all()
            people = [uuid.uuid4() for _ in range(args.burst)]
            session.execute(
                insert(TeamMember),
                [
                    {"id": person, "name": f"代表{i:03d}", "role": MemberRole.REP,
                     "manager_id": managers[i % len(managers)]}
                    for i, person in enumerate(people)
                ],
            )  # fmt: skip
            tokens = [secrets.token_urlsafe(24) for _ in range(args.burst)]
            session.execute(
                insert(Device),
                [
                    {"member_id": person, "name": f"bench{i}", "token_hash": admin.token_hash(t)}
                    for i, (person, t) in enumerate(zip(people, tokens, strict=True))
                ],
            )
        sync_now(laptop)  # the rep's laptop learns of them: its cursor is where all are
        from fieldvisit.sync.capture import get_state

        with laptop.read_scope() as session:
            cursor = get_state(session.connection(), "pull_cursor") or ""
        # The generator's own heap (the demo, two laptops' syncs) must not put collector
        # pauses into the laptops' figures.
        gc.collect()
        gc.freeze()
        postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
        before = (_tree_cpu(server.pid), _tree_cpu(postmaster), time.process_time())
        started = time.perf_counter()
        latencies = _run(_burst(url, tokens, cursor))
        wall = time.perf_counter() - started
        after = (_tree_cpu(server.pid), _tree_cpu(postmaster), time.process_time())
        service, database, generator = (b - a for a, b in zip(before, after, strict=True))
        p95 = _p95(latencies)
        print(
            f"burst of {len(tokens)} laptops: p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms (goal < 500 ms), all done in {wall:.2f} s"
        )
        print(
            f"CPU of the burst: service {service:.2f} s, PostgreSQL {database:.2f} s, "
            f"load generator {generator:.2f} s ({(service + database) / len(tokens) * 1000:.2f} ms "
            f"of server CPU per laptop; load average {os.getloadavg()[0]:.1f})"
        )
        pooled = _p95(_run(_burst_one_pool(url, tokens, cursor)))
        print(f"the same through one httpx client's pool: p95 {pooled * 1000:.0f} ms")
        print(
            f"summary: first {first:.2f} s ({first / 3:.2f}x goal), day {day:.2f} s "
            f"({day:.2f}x goal), manager {team:.2f} s, burst p95 {p95 * 1000:.0f} ms "
            f"({p95 / 0.5:.2f}x goal)"
        )
        laptop.close()
        boss.close()
        store.close()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
