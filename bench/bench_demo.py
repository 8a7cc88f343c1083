"""How fast `fieldvisit demo` fills a database.

    python bench/bench_demo.py --accounts 50000 --out bench/out/demo-50k.db

Prints figures; asserts nothing. Other benches import :func:`build_database` to get a
demo database of a given size, reusing the file when it already holds that demo.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from fieldvisit.services.demo import DemoSummary, generate_demo
from fieldvisit.services.stats import entity_counts
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account

DEFAULT_ACCOUNTS = 10_000
DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "demo.db"


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_database(
    path: Path, accounts: int, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """A demo database of ``accounts`` accounts at ``path``.

    An existing file holding exactly that many accounts is reused as it is (the summary
    then carries its row counts and zero seconds); any other file is replaced.
    """
    path = Path(path)
    if path.exists():
        db = open_database(path)
        try:
            with db.session_scope() as session:
                existing = session.scalar(select(func.count()).select_from(Account))
            if existing == accounts:
                return DemoSummary(counts=entity_counts(db), seconds=0.0)
        finally:
            db.close()
        _remove(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        return generate_demo(db, accounts=accounts, seed=seed, today=today)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=DEFAULT_ACCOUNTS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--counts", action="store_true", help="also print rows per table")
    args = parser.parse_args(argv)

    _remove(args.out)  # always a fresh file: this measures generation
    args.out.parent.mkdir(parents=True, exist_ok=True)
    opened = time.perf_counter()
    db = open_database(args.out)
    migrate_seconds = time.perf_counter() - opened
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 2 or done == total:
            last[0] = now
            print(f"\r  {done:,}/{total:,} accounts", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(db, accounts=args.accounts, seed=args.seed, progress=progress)
    finally:
        db.close()
        print(file=sys.stderr)
    total = summary.total_rows
    size = sum(
        Path(f"{args.out}{s}").stat().st_size
        for s in ("", "-wal")
        if Path(f"{args.out}{s}").exists()
    )
    print(f"accounts       {args.accounts:,}")
    print(f"rows           {total:,}")
    print(
        f"seconds        {summary.seconds:.1f}  (plus {migrate_seconds:.1f} s to create the schema)"
    )
    print(f"rows/second    {total / summary.seconds:,.0f}")
    print(f"database       {args.out}  {size / 1_048_576:,.1f} MiB")
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory    {peak:,.0f} MiB")
    except ImportError:  # not on Windows
        pass
    if args.counts:
        for table, count in sorted(summary.counts.items()):
            print(f"  {table:<26} {count:>10,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
