"""Cold start of the desktop window on an existing database.

Each run is a fresh Python process under the offscreen platform; the time counts
from just before the process is spawned to the main window's first paint
("shown"), and to the moment the start page shows its counts ("counts").

    python bench/bench_startup.py                      # builds a 50,000-account database first
    python bench/bench_startup.py --db PATH --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
marks = {}

def main_window():
    return next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)

def wait_for_counts():
    window = main_window()
    if window is not None and not window.current_page().is_stale():
        marks["counts"] = time.time()
        app.quit()
    else:
        QTimer.singleShot(1, wait_for_counts)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "shown" not in marks and event.type() == QEvent.Type.Paint:
            if getattr(obj, "objectName", lambda: "")() == "mainWindow":
                marks["shown"] = time.time()
                QTimer.singleShot(0, wait_for_counts)
        return False

spy = FirstPaint()
app.installEventFilter(spy)
from fieldvisit.ui.app import run_gui
code = run_gui(sys.argv[1], sys.argv[:1])
print(json.dumps({"code": code, **marks}))
"""


def build_database(path: Path, accounts: int) -> None:
    from fieldvisit.domain.enums import MemberRole
    from fieldvisit.services.demo import generate_demo
    from fieldvisit.services.team import current_user, set_current_user
    from fieldvisit.storage.migrate import open_database

    db = open_database(path)
    try:
        if not path.exists() or _is_empty(db):
            print(f"building {path} with {accounts:,} accounts…", flush=True)
            started = time.perf_counter()
            generate_demo(db, accounts=accounts, seed=1)
            print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
        if current_user(db) is None:
            set_current_user(db, "Bench Manager", MemberRole.MANAGER)
    finally:
        db.close()


def _is_empty(db: object) -> bool:
    from fieldvisit.services.stats import has_accounts

    return not has_accounts(db)  # type: ignore[arg-type]


def one_run(db_path: Path, config_home: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config_home))
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    line = next((x for x in reversed(result.stdout.splitlines()) if x.startswith("{")), None)
    if result.returncode != 0 or line is None:
        raise SystemExit(f"start-up failed ({result.returncode}):\n{result.stderr}")
    marks = json.loads(line)
    if marks.get("code") != 0 or "shown" not in marks:
        raise SystemExit(f"the window was not shown: {marks}\n{result.stderr}")
    return {key: (marks[key] - started) * 1000 for key in ("shown", "counts")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_db = Path(tempfile.gettempdir()) / "fieldvisit-bench-startup.db"
    parser.add_argument("--db", type=Path, default=default_db, help=f"default: {default_db}")
    parser.add_argument("--accounts", type=int, default=50_000, help="when building the database")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    build_database(args.db, args.accounts)
    print(f"database: {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB)")
    with tempfile.TemporaryDirectory() as config_home:
        runs = [one_run(args.db, Path(config_home)) for _ in range(args.runs)]
    for key in ("shown", "counts"):
        values = [run[key] for run in runs]
        print(
            f"{key:>6}: median {statistics.median(values):7.0f} ms   "
            f"worst {max(values):7.0f} ms   ({', '.join(f'{v:.0f}' for v in values)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
