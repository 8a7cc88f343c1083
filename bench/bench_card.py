"""Opening a customer card: load + build + show the window (offscreen), median and worst of 20.

The account has a full card, 8 stakeholders and 300 contact records, in a fresh
database of 2,000 demo accounts. Budget: < 150 ms.

    PYTHONPATH=. python bench/bench_card.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from fieldvisit.domain.enums import ContactMethod
from fieldvisit.services.demo import generate_demo
from fieldvisit.storage.migrate import open_database
from fieldvisit.storage.models import Account, ContactRecord, Stakeholder
from fieldvisit.ui.accounts.card_editor import CardWindow
from fieldvisit.ui.events import DataEvents

RUNS = 20
RECORDS = 300
BUDGET_MS = 150


def main() -> None:
    app = QApplication([])
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        generate_demo(db, accounts=2000)
        with db.session_scope() as s:
            account_id = s.scalars(
                select(Stakeholder.account_id)
                .group_by(Stakeholder.account_id)
                .order_by(func.count().desc())
            ).first()
            have = s.scalar(select(func.count()).where(ContactRecord.account_id == account_id)) or 0
            start = datetime(2024, 1, 1, 9, tzinfo=UTC)
            for i in range(RECORDS - have):
                s.add(
                    ContactRecord(
                        account_id=account_id,
                        occurred_at=start + timedelta(days=i),
                        method=ContactMethod.VISIT,
                        content="拜访药剂科，沟通新品进院与库存情况。",
                    )
                )
            name = s.get(Account, account_id).name  # type: ignore[union-attr]
            records = s.scalar(select(func.count()).where(ContactRecord.account_id == account_id))
            people = s.scalar(select(func.count()).where(Stakeholder.account_id == account_id))
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        events = DataEvents()
        times: list[float] = []
        for _ in range(RUNS + 1):
            began = time.perf_counter()
            window = CardWindow(db, events, settings, account_id)
            window.show()
            app.processEvents()
            times.append((time.perf_counter() - began) * 1000)
            window.discard_changes()
            window.close()
            app.processEvents()
        times = times[1:]  # the first run also imports and warms Qt's caches
        db.close()
    median, worst = statistics.median(times), max(times)
    print(f"card of {name}: {people} stakeholders, {records} contact records")
    print(
        f"open card (load + build + show), {RUNS} runs: median {median:.1f} ms, "
        f"worst {worst:.1f} ms (budget {BUDGET_MS} ms)"
    )


if __name__ == "__main__":
    main()
