"""Report figures: one co-visit handout, 500 handouts in a batch, size of a one-day handout.

Budgets (issue 6): one handout < 300 ms, 500 handouts < 60 s, a one-day handout < 200 KB.
Prints figures, never asserts. Snapshots come from a demo database when the demo
generator is available, else from synthetic data.

    python bench/bench_reports.py [--accounts N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from fieldvisit import clock
from fieldvisit.reports.covisit_handout import CoVisitHandout
from fieldvisit.reports.snapshots import CoVisitSnapshot

BATCH = 500
REPEAT = 20


def demo_snapshots(accounts: int, folder: Path) -> list[CoVisitSnapshot] | None:
    try:
        from fieldvisit.services.demo import generate_demo
    except ImportError:
        return None
    from sqlalchemy import select

    from fieldvisit.services.reporting import covisit_snapshot
    from fieldvisit.storage.migrate import open_database
    from fieldvisit.storage.models import CoVisit

    db = open_database(folder / "demo.db")
    try:
        generate_demo(db, accounts=accounts, seed=7)
        with db.session_scope() as session:
            ids = list(session.scalars(select(CoVisit.id).where(CoVisit.deleted_at.is_(None))))
        return [covisit_snapshot(db, i) for i in ids]
    finally:
        db.close()


def synthetic_snapshots(count: int = 60) -> list[CoVisitSnapshot]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.reports.conftest import make_covisit

    return [make_covisit(calls=1 + i % 4, days=1 + i % 2) for i in range(count)]


def one_day(snapshots: list[CoVisitSnapshot]) -> CoVisitSnapshot:
    """The richest one-day co-visit with three calls or fewer (the common case)."""
    candidates = [
        s for s in snapshots if s.view.first_day == s.view.last_day and len(s.view.calls) <= 3
    ]
    return max(candidates or snapshots, key=lambda s: (len(s.view.calls), len(s.view.actions)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="also write the one-day handout here")
    args = parser.parse_args()
    renderer = CoVisitHandout()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        snapshots = demo_snapshots(args.accounts, Path(tmp))
        source = f"demo database ({args.accounts} accounts)"
        if not snapshots:
            snapshots, source = synthetic_snapshots(), "synthetic snapshots"
        print(
            f"snapshots: {len(snapshots)} co-visits from {source} "
            f"in {time.perf_counter() - started:.1f} s"
        )

    sample = one_day(snapshots)
    renderer.render(sample)  # warm-up: font registration, first subset
    timings = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        pdf = renderer.render(sample, lang="zh")
        timings.append(time.perf_counter() - t0)
    print(
        f"one handout ({len(sample.view.calls)} calls, one day), median of {REPEAT}: "
        f"{statistics.median(timings) * 1000:.0f} ms  (budget < 300 ms)"
    )
    print(f"one-day handout size: {len(pdf) / 1024:.0f} KB  (budget < 200 KB)")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        (args.keep / "handout.pdf").write_bytes(pdf)

    t0 = time.perf_counter()
    total_bytes = 0
    for i, snap in zip(range(BATCH), itertools.cycle(snapshots), strict=False):
        total_bytes += len(
            renderer.render(
                snap, lang=("zh", "en")[i % 2], printed_on=clock.today() - timedelta(days=i % 3)
            )
        )
    batch = time.perf_counter() - t0
    print(
        f"{BATCH} handouts in a batch: {batch:.1f} s, {batch / BATCH * 1000:.0f} ms each, "
        f"{total_bytes / 1e6:.1f} MB  (budget < 60 s)"
    )


if __name__ == "__main__":
    main()
