"""Search-as-you-type on a whole region: 50,000 or 100,000 accounts and their people.

    python bench/bench_search.py                       # copies bench/out/demo-50k.db to /tmp
    python bench/bench_search.py --source PATH --stakeholders 150000 --skip-memory
    python bench/bench_demo.py --accounts 100000 --out /tmp/demo-100k.db   # a 100k source
    python bench/bench_search.py --source /tmp/demo-100k.db --stakeholders 300000
    python bench/bench_search.py --keep --skip-memory     # keeps /tmp/search-bench-50k.db
    python bench/bench_search.py --start-only 3           # then times just the start, 3 runs

Run from a worktree with ``PYTHONPATH=.``: as a script, ``fieldvisit`` is otherwise
imported from where the venv's editable install points (the main checkout), while the
start-up child runs the tree it is started in.

Copies the demo database (never writes to the source), tops its stakeholders up to
``--stakeholders``, marks its keys as built by an older version and times the full
rebuild (what the app does once after an upgrade that changes what keys hold). Then
types 60 queries keystroke by keystroke and times what the list runs per keystroke:
the search over the index (match and rank) plus the first page of rows with their
match notes, compared with the raw query (SQLite counting the same keys by LIKE).
It prints where the issue's examples rank (``xh`` → 北京协和医院, ``zhang`` → the
first account named 张…) and how long a picker takes per keystroke. Finally it starts
the real main window offscreen in a child process, asks for the accounts list at once
(Ctrl+F: the window starts on Today) and times the start to a usable list (its first
rows shown: read straight from SQL while the index is read; scrollable, and typing is
kept and answered once the index is in) and to search ready (the whole index read and
shown: what "usable" meant before the first page from SQL) against a bare Qt window
started the same way,
then scrolls the list to its end and reads the process's VmRSS. The child runs with
its modules' bytecode cached under the temporary folder, as an installed app has its
.pyc files (``--from-source``: compiled at every start where PYTHONDONTWRITEBYTECODE is
set, as the figures before 2026-12-03 were). Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import func, insert, select

from fieldvisit import clock
from fieldvisit.domain.enums import AccountStatus, AccountType, MemberRole, Tier
from fieldvisit.domain.search_text import query_terms
from fieldvisit.services.accounts.account_index import AccountIndex, load_index
from fieldvisit.services.accounts.listing import AccountQuery, SortColumn
from fieldvisit.services.accounts.picking import choose_accounts, remember_index
from fieldvisit.services.accounts.search_keys import VERSION_SETTING, rebuild_stale_keys
from fieldvisit.services.demo.names import GIVEN, SURNAMES
from fieldvisit.services.team import current_user, list_team, set_current_user
from fieldvisit.storage.database import Database
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, AppSetting, Stakeholder

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
    # The examples: heteronyms, surnames, one letter, the list's worst cases.
    ("chaoyang", {}),
    ("zhaoyang", {}),
    ("bjcy", {}),
    ("jie", {}),
    ("xie", {}),
    ("zhang", {}),
    ("a", {}),
    ("y", {}),
    ("yiyuan", {}),
    ("zengzhiwei", {}),
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


def mark_outdated(db: Database) -> None:
    """Make the keys look built by the version before heteronyms (the upgrade path)."""
    with db.session_scope() as session:
        setting = session.get(AppSetting, VERSION_SETTING)
        if setting is None:
            session.add(AppSetting(key=VERSION_SETTING, value="1"))
        else:
            setting.value = "1"


def keystrokes(
    db: Database,
) -> tuple[list[float], list[float], dict[str, float], AccountIndex]:
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
    return latencies, changes, {"index": load_seconds, "activity": activity_seconds}, index


def sql_like_count(db: Database, text: str) -> float:
    """The raw query: the same terms counted by LIKE on the account table (no index)."""
    terms = query_terms(text)
    best = float("inf")
    for _ in range(3):
        with db.session_scope() as session:
            started = time.perf_counter()
            session.scalar(
                select(func.count())
                .select_from(Account)
                .where(
                    Account.deleted_at.is_(None),
                    *(Account.search_key.contains(t, autoescape=True) for t in terms),
                )
            )
            best = min(best, time.perf_counter() - started)
    return best * 1000


def rank_of(index: AccountIndex, text: str, wanted: str, whole: bool = True) -> tuple[int, int]:
    """(1-based place of the first account named ``wanted`` — or holding it — , matches)."""
    result = index.search(AccountQuery(text=text))
    names = index.names
    for place, i in enumerate(result.positions, start=1):
        if (names[i] == wanted) if whole else (wanted in names[i]):
            return place, len(result)
    return 0, len(result)


def picker_keystrokes(db: Database, index: AccountIndex) -> list[float]:
    remember_index(db, index)
    times = []
    for text in ("xiehe", "bjxh", "zhang", "renmin", "138"):
        for n in range(1, len(text) + 1):
            started = time.perf_counter()
            choose_accounts(db, text[:n])
            times.append((time.perf_counter() - started) * 1000)
    return times


CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

# The real start: `fieldvisit` (translations, fonts, logging, the database opened and
# checked, the window on Today); Ctrl+F as soon as the window is first painted.
app = QApplication(sys.argv[:1])
marks = {}

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024

def main_window():
    return next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)

def when(check, then):
    def step():
        if check():
            then()
        elif time.time() - marks["shown"] > 120:
            app.exit(3)
        else:
            QTimer.singleShot(2, step)
    step()

def find():
    window = main_window()
    window.find_account()  # Ctrl+F at once: the window starts on Today
    page = window.accounts_page
    model = page.list.model
    loaded = lambda: page.list.index is not None and not page.list.is_loading()

    def usable():
        # Usable: the first rows shown (scrollable; typing is kept, the index answers it).
        model.index(0, 1).data()  # the first page of rows, as the table paints it
        app.processEvents()
        marks["usable"] = time.time()
        marks["from_sql"] = page.list.first_page is not None
        first = [model.account_id(r) for r in range(min(100, model.rowCount()))]
        when(loaded, lambda: ready(first))

    def ready(first):
        # Search ready: the whole index read and shown (what "usable" meant before).
        model.index(0, 1).data()
        app.processEvents()
        marks["ready"] = time.time()
        marks["same"] = first == [model.account_id(r) for r in range(len(first))]
        marks["opened"] = rss()
        table = page.list.table
        bar = table.verticalScrollBar()
        step = max(1, bar.pageStep())
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + step); app.processEvents()
        table.scrollToBottom(); app.processEvents()
        marks.update(rows=model.rowCount(), scrolled=rss(), cached_rows=model.cached_rows())
        page.stop()
        window.close()

    when(lambda: model.rowCount() > 0 or loaded(), usable)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "shown" not in marks and event.type() == QEvent.Type.Paint:
            if getattr(obj, "objectName", lambda: "")() == "mainWindow":
                marks["shown"] = time.time()
                QTimer.singleShot(0, find)
        return False

spy = FirstPaint()
app.installEventFilter(spy)
from fieldvisit.ui.app import run_gui
code = run_gui(sys.argv[1], sys.argv[:1])
print(json.dumps({"code": code, **marks}))
"""

BARE = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print(json.dumps({"shown": time.time()}))
"""


PYCACHE = Path(tempfile.gettempdir()) / "fieldvisit-bench-pycache"


def child_env(config_home: str, compiled: bool) -> dict[str, str]:
    """The start-up child's environment: offscreen, fresh settings and, when ``compiled``,
    the modules' bytecode cached (an installed app has its .pyc; a checkout run with
    PYTHONDONTWRITEBYTECODE compiles some 120 modules from source at every start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config_home)
    if compiled:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)  # not into the tree
    return env


def measure_start(path: Path, compiled: bool = True) -> dict[str, float]:
    """Start to usable list (the app) and start to a shown window (bare Qt), in seconds."""
    db = open_database(path)
    try:  # a user, as after the first run (the child would otherwise ask who it is)
        if current_user(db) is None:
            set_current_user(db, list_team(db)[0].name, MemberRole.REP)
    finally:
        db.close()
    with tempfile.TemporaryDirectory() as config_home:  # fresh settings, as on a new laptop
        env = child_env(config_home, compiled)
        if compiled and not PYCACHE.exists():  # one start to write the bytecode, untimed
            subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env, check=True)
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
            env=env,
        )
    app = json.loads(done.stdout.strip().splitlines()[-1])
    if app.get("code") != 0 or "ready" not in app:
        raise SystemExit(f"the start-up child failed: {app}\n{done.stderr}")
    bare_times = []
    for _ in range(3):
        begun = time.time()
        bare = subprocess.run(
            [sys.executable, "-c", BARE], capture_output=True, text=True, check=True, timeout=120
        )
        bare_times.append(json.loads(bare.stdout.strip().splitlines()[-1])["shown"] - begun)
    app["to_window"] = app["shown"] - started
    app["to_usable"] = app["usable"] - started
    app["to_ready"] = app["ready"] - started
    app["bare"] = min(bare_times)
    return app  # type: ignore[no-any-return]


def print_start(start: dict[str, float]) -> None:
    print(
        f"start           window shown {start['to_window']:.2f} s, list usable "
        f"{start['to_usable']:.2f} s after launch (first rows "
        f"{'from SQL' if start['from_sql'] else 'from the index'}), search ready "
        f"{start['to_ready']:.2f} s (index read: the earlier 'usable'); bare Qt window "
        f"{start['bare']:.2f} s (ratio {start['to_usable'] / start['bare']:.1f}x)"
    )
    if not start["same"]:
        print("WARNING         the first rows shown differ from the index's first rows")


def start_only(path: Path, runs: int, compiled: bool = True) -> int:
    """Time the start-up ``runs`` times; print each run and the medians."""
    if not path.exists():
        print(f"{path} does not exist: run once with --keep first")
        return 1
    starts = []
    for _ in range(runs):
        starts.append(measure_start(path, compiled))
        print_start(starts[-1])
    load = os.getloadavg()
    print(
        f"median of {runs}    window shown "
        f"{statistics.median(s['to_window'] for s in starts):.2f} s, list usable "
        f"{statistics.median(s['to_usable'] for s in starts):.2f} s, search ready "
        f"{statistics.median(s['to_ready'] for s in starts):.2f} s "
        f"(load average {load[0]:.1f} {load[1]:.1f})"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--copy", type=Path, default=DEFAULT_COPY)
    parser.add_argument("--stakeholders", type=int, default=150_000)
    parser.add_argument(
        "--skip-memory", action="store_true", help="skip the start-up child (start and memory)"
    )
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="start the child without bytecode caches when PYTHONDONTWRITEBYTECODE is set "
        "(every module compiled at each start: the figures before 2026-12-03)",
    )
    parser.add_argument(
        "--start-only",
        type=int,
        metavar="RUNS",
        default=0,
        help="only time the start-up RUNS times on the copy (kept from an earlier --keep run)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the copy afterwards")
    parser.add_argument(
        "--no-rebuild",
        action="store_true",
        help="keep the source's keys (a copy kept from an earlier run with --keep)",
    )
    args = parser.parse_args(argv)

    if args.start_only:
        return start_only(args.copy, args.start_only, not args.from_source)
    if args.source.resolve() != args.copy.resolve():
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
        if not args.no_rebuild:
            mark_outdated(db)
        started = time.perf_counter()
        written = rebuild_stale_keys(db)
        print(
            f"key rebuild     {written:,} keys in {time.perf_counter() - started:.1f} s "
            f"(once, after an upgrade that changes what keys hold; off the GUI thread)"
        )
        with db.session_scope() as session:
            lengths = session.execute(
                select(
                    func.avg(func.length(Account.search_key)),
                    func.max(func.length(Account.search_key)),
                )
            ).one()
        print(f"account keys    {lengths[0]:,.0f} characters on average, longest {lengths[1]:,}")

        latencies, changes, loads, index = keystrokes(db)
        print(f"index load      {loads['index'] * 1000:,.0f} ms (off the GUI thread)")
        print(f"activity load   {loads['activity'] * 1000:,.0f} ms (for overdue / activity sorts)")
        median = statistics.median(latencies)
        print(
            f"per keystroke   {len(latencies)} keystrokes, {len(QUERIES)} queries: "
            f"median {median:.1f} ms, "
            f"p95 {statistics.quantiles(latencies, n=20)[-1]:.1f} ms, "
            f"worst {max(latencies):.1f} ms  (match + rank + first {PAGE} rows with notes)"
        )
        print(
            f"filter change   {len(changes)} changes of filters or order: "
            f"median {statistics.median(changes):.1f} ms, worst {max(changes):.1f} ms"
        )
        raw = {t: sql_like_count(db, t) for t in ("xh", "协和", "zhang", "a", "bjcy")}
        raw_median = statistics.median(raw.values())
        print(
            "raw query       SQLite LIKE count over the keys: "
            + ", ".join(f"'{t}' {ms:.1f} ms" for t, ms in raw.items())
        )
        print(
            f"ratio           per-keystroke median / raw query median = {median / raw_median:.2f}"
        )
        for text, wanted, whole in (
            ("xh", "北京协和医院", True),
            ("xiehe", "北京协和医院", True),
            ("zhang", "张", False),
            ("chaoyang", "朝阳", False),
        ):
            place, total = rank_of(index, text, wanted, whole)
            label = wanted if whole else f"the first holding {wanted}"
            print(f"rank            '{text}': {label} at {place:,} of {total:,}")
        picks = picker_keystrokes(db, index)
        print(
            f"picker          {len(picks)} keystrokes: median {statistics.median(picks):.1f} ms, "
            f"worst {max(picks):.1f} ms (choose_accounts: 30 choices with notes)"
        )
    finally:
        db.close()
    if not args.skip_memory:
        start = measure_start(args.copy, not args.from_source)
        print_start(start)
        print(
            f"app memory      {start['opened']:.0f} MiB with the list open, "
            f"{start['scrolled']:.0f} MiB after scrolling to row {start['rows']:,} "
            f"({start['cached_rows']:,} rows cached)"
        )
    if not args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.copy}{suffix}").unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
