"""Open promises view and account timeline on the 50,000-account demo database.

Times, offscreen: opening the "Open promises" view for everyone (query + model
fill + show + first paint), the records list of the page, and the timeline of an
account given 300 contact records. The demo database is copied first (300 records
are added to one account), so the original is never written to.

    python bench/bench_promises.py                       # copies bench/out/demo-50k.db
    python bench/bench_promises.py --db PATH --runs 7    # a copy of PATH
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
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "demo-50k.db"
TIMELINE_RECORDS = 300


def measure(label: str, runs: int, work: Callable[[], object]) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"{label:<44} median {statistics.median(times):7.1f} ms   "
        f"worst {max(times):7.1f} ms   ({runs} runs)"
    )


def add_records(db: object, count: int) -> object:
    """Give the first account ``count`` contact records (with a promise every fifth)."""
    from sqlalchemy import select

    from fieldvisit import clock
    from fieldvisit.domain.enums import ContactMethod, PromiseStatus, RecordStatus
    from fieldvisit.storage.models import Account, ContactRecord, Promise, TeamMember

    with db.session_scope() as session:  # type: ignore[attr-defined]
        account_id = session.scalars(select(Account.id).order_by(Account.name).limit(1)).one()
        author = session.scalars(select(TeamMember.id).limit(1)).one()
        start = clock.now_utc() - timedelta(days=count * 2)
        for i in range(count):
            when = start + timedelta(days=i * 2)
            record = ContactRecord(
                account_id=account_id,
                author_id=author,
                occurred_at=when,
                method=ContactMethod.VISIT,
                content=f"Bench visit {i}: talked about stock and the new product.",
                status=RecordStatus.COMPLETE,
            )
            session.add(record)
            session.flush()
            if i % 5 == 0:
                session.add(
                    Promise(
                        account_id=account_id,
                        record_id=record.id,
                        owner_id=author,
                        description=f"Follow-up {i}",
                        agreed_on=when.date(),
                        due_on=(when + timedelta(days=7)).date(),
                        status=PromiseStatus.OPEN if i % 3 else PromiseStatus.KEPT,
                        closed_at=None if i % 3 else when + timedelta(days=5),
                    )
                )
        return account_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.is_file():
        print(f"{args.db} not found: build it with bench/bench_demo.py first.", file=sys.stderr)
        return 1

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from fieldvisit.services.records import account_timeline, open_promises
    from fieldvisit.storage.migrate import open_database
    from fieldvisit.ui.events import DataEvents
    from fieldvisit.ui.records.promises_view import SCOPE_ALL, PromisesView
    from fieldvisit.ui.records.records_list import RecordsList
    from fieldvisit.ui.records.timeline_widget import TimelineWidget

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-promises-") as folder:
        copy = Path(folder) / "bench.db"
        shutil.copyfile(args.db, copy)
        db = open_database(copy)
        events = DataEvents()
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        rows = open_promises(db, limit=None)
        print(f"{copy.stat().st_size / 1e6:,.0f} MB database; {len(rows):,} open promises")

        # The busiest rep uses this laptop: "My open promises" is what the view opens on.
        from collections import Counter

        from fieldvisit.services.team import set_current_user
        from fieldvisit.storage.models import TeamMember

        busiest = Counter(r.owner_id for r in rows).most_common(1)[0][0]
        with db.session_scope() as session:
            member = session.get(TeamMember, busiest)
            assert member is not None
            name, role = member.name, member.role
        set_current_user(db, name, role)

        def open_view(scope: str | None) -> Callable[[], None]:
            def run() -> None:
                view = PromisesView(db, events, settings)
                if scope is not None:
                    view.scope.setCurrentIndex(view.scope.findData(scope))
                view.resize(1000, 600)
                view.show()
                view.repaint()
                app.processEvents()
                assert view.model.rowCount() > 0
                view.close()
                view.deleteLater()

            return run

        measure(
            "open promises: query, everyone, all rows",
            args.runs,
            lambda: open_promises(db, limit=None),
        )
        measure(f"open promises view, mine ({name})", args.runs, open_view(None))
        measure("open promises view, everyone (first 1,000)", args.runs, open_view(SCOPE_ALL))

        def records_list() -> None:
            widget = RecordsList(db, events, settings)  # my records, my late drafts
            widget.resize(1000, 600)
            widget.show()
            widget.refresh()
            widget.repaint()
            widget.close()
            widget.deleteLater()

        measure("records list (mine, 500 newest) + show", args.runs, records_list)

        account_id = add_records(db, TIMELINE_RECORDS)
        entries = account_timeline(db, account_id)  # type: ignore[arg-type]
        print(f"timeline account: {len(entries)} entries ({TIMELINE_RECORDS} added records)")
        measure(
            f"timeline of {TIMELINE_RECORDS} records: service",
            args.runs,
            lambda: account_timeline(db, account_id),  # type: ignore[arg-type]
        )

        def timeline() -> None:
            widget = TimelineWidget(db, events, account_id, settings)  # type: ignore[arg-type]
            widget.resize(900, 600)
            widget.show()
            widget.repaint()
            widget.close()
            widget.deleteLater()

        measure(f"timeline of {TIMELINE_RECORDS} records: widget + show", args.runs, timeline)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
