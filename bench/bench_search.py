"""Search-as-you-type on a whole region: 50,000 accounts and 150,000 stakeholders.

    python bench/bench_search.py                       # copies bench/out/demo-50k.db to /tmp
    python bench/bench_search.py --source PATH --stakeholders 150000 --skip-memory

Copies the demo database (never writes to the source), tops its stakeholders up to
``--stakeholders``, marks every key stale and times the full rebuild (what the app
does after the upgrade to schema 0003). Then types 50 queries keystroke by keystroke
and times what the list runs per keystroke: the search over the index (count) plus
the first page of rows. Finally it opens the real main window offscreen in a child
process, scrolls the list to its end and reads the process's VmRSS. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import func, insert, select, update

from fieldvisit import clock
from fieldvisit.domain.enums import AccountStatus, AccountType, Tier
from fieldvisit.services.accounts.account_index import load_index
from fieldvisit.services.accounts.listing import AccountQuery, SortColumn
from fieldvisit.services.accounts.search_keys import rebuild_stale_keys
from fieldvisit.services.demo.names import GIVEN, SURNAMES
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, Stakeholder

ROOT = Path(__file__).resolve().parent
DEFAULT_SOURCE = ROOT / "out" / "demo-50k.db"
DEFAULT_COPY = Path("/tmp/search-bench-50k.db")
PAGE = 100

HOSPITALS = frozenset({AccountType.HOSPITAL})
TIER_A = frozenset({Tier.A})
ACTIVE = frozenset({AccountStatus.ACTIVE})

# (typed text, filters): Chinese substrings, full pinyin, initials, Latin names, phone
# digits, addresses, several words; some with filters or another order.
QUERIES: list[tuple[str, dict[str, object]]] = [
    ("协和", {}),
    ("北京协和医院", {}),
    ("xiehe", {}),
    ("xh", {}),
    ("xhyy", {}),
    ("bjxh", {}),
    ("beijingxiehe", {}),
    ("同济", {}),
    ("tongji", {}),
    ("湘雅", {}),
    ("xiangya", {}),
    ("zhongshan", {}),
    ("中山大学", {}),
    ("人民医院", {}),
    ("renmin", {}),
    ("rmyy", {}),
    ("大药房", {}),
    ("dayaofang", {}),
    ("老百姓", {}),
    ("laobaixing", {}),
    ("lbx", {}),
    ("长沙", {}),
    ("changsha", {}),
    ("cs", {}),
    ("wuhan", {}),
    ("深圳南山", {}),
    ("张伟", {}),
    ("zhangwei", {}),
    ("zw", {}),
    ("wangfang", {}),
    ("李娜", {}),
    ("liuyang", {}),
    ("Raffles", {}),
    ("raffles hospital", {}),
    ("guardian", {}),
    ("David Tan", {}),
    ("singapore", {}),
    ("138", {}),
    ("0731", {}),
    ("1391", {}),
    ("010-8", {}),
    ("中山路", {}),
    ("建国路7号", {}),
    ("帅府园", {}),
    ("xh", {"account_types": HOSPITALS}),
    ("yy", {"tiers": TIER_A}),
    ("changsha", {"statuses": ACTIVE, "account_types": HOSPITALS}),
    ("zhang", {"sort": SortColumn.TIER}),
    ("医院", {"sort": SortColumn.OWNER, "descending": True}),
    ("bj", {"overdue_only": True}),
]


def top_up_stakeholders(db: Database, wanted: int, seed: int = 7) -> int:
    """Add stakeholders (keys stale) until the database holds ``wanted``; returns added."""
    rng = random.Random(seed)
    with db.session_scope() as session:
        have = int(session.scalar(select(func.count()).select_from(Stakeholder)) or 0)
        if have >= wanted:
            return 0
        accounts = list(session.scalars(select(Account.id)))
        now = clock.now_utc()
        rows = []
        for _ in range(wanted - have):
            surname = rng.choice(SURNAMES)[0]
            given = "".join(rng.choice(GIVEN)[0] for _ in range(rng.randint(1, 2)))
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "account_id": rng.choice(accounts),
                    "name": surname + given,
                    "mobile": "1" + "".join(rng.choice("3456789") for _ in range(10)),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        session.execute(insert(Stakeholder), rows)
    return wanted - have


def mark_all_stale(db: Database) -> None:
    with db.session_scope() as session:
        session.execute(update(Account).values(search_key=None, updated_at=Account.updated_at))
        session.execute(
            update(Stakeholder).values(search_key=None, updated_at=Stakeholder.updated_at)
        )


def keystrokes(db: Database) -> tuple[list[float], list[float], dict[str, float]]:
    started = time.perf_counter()
    index = load_index(db)
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    index.ensure_activity(db)
    activity_seconds = time.perf_counter() - started
    latencies: list[float] = []
    changes: list[float] = []
    for text, filters in QUERIES:
        for n in range(len(text) + 1):  # from the empty box, one key at a time
            query = AccountQuery(text=text[:n], **filters)  # type: ignore[arg-type]
            started = time.perf_counter()
            result = index.search(query)
            total = len(result)
            rows = result.rows(db, 0, PAGE)
            # The empty box of a query with other filters or order is a filter change.
            (latencies if n else changes).append((time.perf_counter() - started) * 1000)
            assert len(rows) == min(total, PAGE)
    return latencies, changes, {"index": load_seconds, "activity": activity_seconds}


def sql_like_count(db: Database, term: str) -> float:
    """For comparison: the same count by LIKE on the account table (no index)."""
    best = float("inf")
    for _ in range(3):
        with db.session_scope() as session:
            started = time.perf_counter()
            session.scalar(
                select(func.count())
                .select_from(Account)
                .where(Account.deleted_at.is_(None), Account.search_key.like(f"%{term}%"))
            )
            best = min(best, time.perf_counter() - started)
    return best * 1000


CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import current_user, list_team, set_current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.app import create_application
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.main_window import MainWindow

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024

app = create_application(sys.argv[:1])
db = open_database(sys.argv[1])
user = current_user(db) or set_current_user(db, list_team(db)[0].name, MemberRole.REP)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(db, user, DataEvents(app), settings)
window.show()
page = window.accounts_page
start = time.time()
while time.time() - start < 120 and (page.list.index is None or page.list.is_loading()):
    app.processEvents(); time.sleep(0.01)
opened = rss()
table = page.list.table
bar = table.verticalScrollBar()
step = max(1, bar.pageStep())
while bar.value() < bar.maximum():
    bar.setValue(bar.value() + step); app.processEvents()
table.scrollToBottom(); app.processEvents()
print(json.dumps({"rows": page.list.model.rowCount(), "opened": opened, "scrolled": rss(),
                  "cached_rows": page.list.model.cached_rows()}))
page.stop()
"""


def measure_memory(path: Path) -> dict[str, float]:
    settings = path.with_suffix(".ini")
    settings.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(settings)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--copy", type=Path, default=DEFAULT_COPY)
    parser.add_argument("--stakeholders", type=int, default=150_000)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the copy afterwards")
    args = parser.parse_args(argv)

    shutil.copyfile(args.source, args.copy)
    for suffix in ("-wal", "-shm"):
        Path(f"{args.copy}{suffix}").unlink(missing_ok=True)
    db = open_database(args.copy)
    try:
        added = top_up_stakeholders(db, args.stakeholders)
        with db.session_scope() as session:
            accounts = session.scalar(select(func.count()).select_from(Account))
            people = session.scalar(select(func.count()).select_from(Stakeholder))
        print(f"database        {accounts:,} accounts, {people:,} stakeholders (+{added:,})")
        mark_all_stale(db)
        started = time.perf_counter()
        written = rebuild_stale_keys(db)
        print(f"key rebuild     {written:,} keys in {time.perf_counter() - started:.1f} s")

        latencies, changes, loads = keystrokes(db)
        print(f"index load      {loads['index'] * 1000:,.0f} ms (off the GUI thread)")
        print(f"activity load   {loads['activity'] * 1000:,.0f} ms (for overdue / activity sorts)")
        print(
            f"per keystroke   {len(latencies)} keystrokes, {len(QUERIES)} queries: "
            f"median {statistics.median(latencies):.1f} ms, "
            f"p95 {statistics.quantiles(latencies, n=20)[-1]:.1f} ms, "
            f"worst {max(latencies):.1f} ms  (count + first {PAGE} rows)"
        )
        print(
            f"filter change   {len(changes)} changes of filters or order: "
            f"median {statistics.median(changes):.1f} ms, worst {max(changes):.1f} ms"
        )
        for term in ("xh", "协和"):
            print(f"SQL LIKE count  '{term}': {sql_like_count(db, term):.1f} ms (for comparison)")
    finally:
        db.close()
    if not args.skip_memory:
        memory = measure_memory(args.copy)
        print(
            f"app memory      {memory['opened']:.0f} MiB with the list open, "
            f"{memory['scrolled']:.0f} MiB after scrolling to row {memory['rows']:,} "
            f"({memory['cached_rows']:,} rows cached)"
        )
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.copy}{suffix}").unlink(missing_ok=True)
        args.copy.with_suffix(".ini").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
