"""The Today page's read on a demo database: ``load_today`` for the busiest rep and a
manager, and the page's whole refresh (read + lines filled), offscreen.

The page reads on the GUI thread when shown and after each data change (debounced), so
its time is what a click or a keystroke in another window can cost.

    python bench/bench_today.py                      # a new 5,000-account demo in a temp folder
    python bench/bench_today.py --accounts 20000 --runs 9
    python bench/bench_today.py --db PATH            # a copy of an existing demo database
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def measure(label: str, runs: int, work: Callable[[], object]) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"{label:<52} median {statistics.median(times):7.1f} ms   "
        f"worst {max(times):7.1f} ms   ({runs} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database to copy")
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from fieldvisit.domain.enums import MemberRole
    from fieldvisit.services.demo import generate_demo
    from fieldvisit.services.team import list_team
    from fieldvisit.services.today import load_today
    from fieldvisit.storage.migrate import open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-today-"))
    path = folder / "demo.db"
    if args.db is not None:
        shutil.copy(args.db, path)
        db = open_database(path)
    else:
        db = open_database(path)
        started = time.perf_counter()
        generate_demo(db, accounts=args.accounts, seed=1)
        print(
            f"demo of {args.accounts:,} accounts written in {time.perf_counter() - started:.1f} s"
        )
    try:
        team = list_team(db)
        reps = [m for m in team if m.role is MemberRole.REP]
        managers = [m for m in team if m.role is MemberRole.MANAGER]
        busiest = max(reps, key=lambda m: load_today(db, m).action_count)
        view = load_today(db, busiest)
        sizes = ", ".join(f"{s.key.value} {len(s.items) + s.more}" for s in view.sections)
        print(f"busiest rep: {view.action_count} items needing action ({sizes})")
        measure("load_today, busiest rep", args.runs, lambda: load_today(db, busiest))
        if managers:
            manager = managers[0]
            mview = load_today(db, manager)
            msizes = ", ".join(f"{s.key.value} {len(s.items) + s.more}" for s in mview.sections)
            print(f"manager: {mview.action_count} items needing action ({msizes})")
            measure("load_today, a manager", args.runs, lambda: load_today(db, manager))

        app = QApplication.instance() or QApplication([])
        from fieldvisit.services.team import set_current_user
        from fieldvisit.ui.events import DataEvents
        from fieldvisit.ui.pages.today import TodayPage

        set_current_user(db, busiest.name, MemberRole.REP)
        page = TodayPage(db, DataEvents())
        page.resize(1100, 700)
        page.show()
        app.processEvents()
        measure("TodayPage.refresh (read + fill), busiest rep", args.runs, page.refresh)
        page.close()
        if managers:
            set_current_user(db, managers[0].name, MemberRole.MANAGER)
            page = TodayPage(db, DataEvents())
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            measure("TodayPage.refresh (read + fill), a manager", args.runs, page.refresh)
            page.close()
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
