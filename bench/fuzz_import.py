"""A longer fuzz run of the importers than the suite's: damaged CSV, xlsx and vCard files.

    python bench/fuzz_import.py [--seed 1] [--count 3000] [--show 5]

Each file is imported through the service into a fresh seeded database; prints how many
were imported, refused with a clear message, and the bugs: tracebacks, hangs (over 10 s),
and database changes although the import reported failure. Exit status 1 on any bug.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldvisit.storage.migrate import open_database
from tests.services.import_export.conftest import seed
from tests.services.import_export.fuzzing import Tally, cases, run_case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--show", type=int, default=5, help="bugs to print in full")
    args = parser.parse_args()
    tally = Tally()
    kinds: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "fuzz.db")
        try:
            ids = seed(db)
            for number, case in enumerate(cases(args.seed, args.count)):
                kinds[Path(case.name).suffix] += 1
                run_case(db, Path(folder), number, case, ids["xiehe"], tally)
        finally:
            db.close()
    seconds = time.perf_counter() - started
    total = tally.imported + tally.refused + len(tally.bugs)
    print(f"seed {args.seed}: {total} files ({dict(kinds)}) in {seconds:.1f} s")
    print(f"  imported {tally.imported}, refused with a message {tally.refused}")
    print(
        f"  tracebacks {len(tally.crashed)}, hangs {len(tally.hung)}, "
        f"database changed on failure {len(tally.changed_on_failure)}"
    )
    for bug in tally.bugs[: args.show]:
        print("-" * 70)
        print(bug)
    return 1 if tally.bugs else 0


if __name__ == "__main__":
    raise SystemExit(main())
