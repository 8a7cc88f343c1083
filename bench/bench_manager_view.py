"""Time the manager's view (co-visits, field days, trends) for one manager and month,
and pre-filling a summary for one of the manager's reps.

    PYTHONPATH=. python bench/bench_manager_view.py [DB] [--manager NAME] [--month YYYY-MM]

Opens the database read-only (the demo file is never written) and prints figures.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, make_url

from fieldvisit import clock
from fieldvisit.services.covisits.listing import list_covisits
from fieldvisit.services.covisits.manager_view import list_managers, manager_month, manager_reps
from fieldvisit.services.reporting.lookup import parse_month
from fieldvisit.services.summaries import prefill_summary
from fieldvisit.storage.database import Database

DEFAULT_DB = Path("/work/main/bench/out/demo-50k.db")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB)
    parser.add_argument("--manager", help="manager name (default: the first by name)")
    parser.add_argument("--month", help="YYYY-MM (default: last month)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = _open_read_only(args.db)
    try:
        managers = list_managers(db)
        manager = next((m for m in managers if m.name == args.manager), managers[0])
        today = clock.today()
        month = parse_month(args.month) if args.month else _last_month(today)
        reps = manager_reps(db, manager.id)
        timings: dict[str, list[float]] = {"all reps": [], "one rep": [], "covisits list": []}
        view = None
        for _ in range(args.runs):
            started = time.perf_counter()
            view = manager_month(db, manager.id, month)
            timings["all reps"].append(time.perf_counter() - started)
            started = time.perf_counter()
            manager_month(db, manager.id, month, reps[0].id if reps else None)
            timings["one rep"].append(time.perf_counter() - started)
            started = time.perf_counter()
            rows = list_covisits(db, manager_name=manager.name, month=month)
            timings["covisits list"].append(time.perf_counter() - started)
        assert view is not None
        print(f"database: {args.db}")
        base = manager.work_base.value
        print(f"manager:  {manager.name} ({base}), {len(reps)} reps, {month:%Y-%m}")
        share = view.field.share
        print(
            f"field days {view.field.field_days} of {view.field.working_days} = "
            f"{share * 100 if share is not None else 0:.0f} % (target {view.field.target_pct} %); "
            f"{view.covisits} co-visits, {view.calls.total} calls, "
            f"{len(view.open_actions)} open actions, {len(rows)} listed"
        )
        if reps:
            for kind in ("month", "year"):
                started = time.perf_counter()
                draft = prefill_summary(db, reps[0].id, kind, month, "zh")
                timings[f"prefill {kind}"] = [time.perf_counter() - started]
                print(f"summary pre-fill ({kind}) for {reps[0].name}: {len(draft.items)} items")
        for name, values in timings.items():
            print(
                f"{name:14s} median {statistics.median(values) * 1000:7.1f} ms   "
                f"max {max(values) * 1000:7.1f} ms   ({len(values)} runs)"
            )
    finally:
        db.close()


def _open_read_only(path: Path) -> Database:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    return Database(make_url("sqlite://"), engine)


def _last_month(today: date) -> date:
    first = today.replace(day=1)
    return date(first.year - 1, 12, 1) if first.month == 1 else first.replace(month=first.month - 1)


if __name__ == "__main__":
    main()
