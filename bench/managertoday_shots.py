"""Screenshots of a manager's Today page at 1366×768 in English and Chinese.

PYTHONPATH=. python bench/managertoday_shots.py /work/shots/managertoday

The manager and two reps of the Today tests (``tests/services/today_data.py``) on their
pinned Monday, 2026-11-23: a plan to decide, a report acknowledged and waiting for the
signature, Friday's day reports (one not sent, one to read), a rep's late draft and the
reps' overdue co-visit actions. A fresh database in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from fieldvisit import clock
from fieldvisit.services.team import current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import (
    apply_locale,
    install_translations,
    register_bundled_fonts,
    remove_translations,
)
from fieldvisit.ui.main_window import MainWindow


def shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    from tests.services.today_data import make_manager_world

    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    clock.set_clock(clock.FixedClock.on(date(2026, 11, 23), time(10, 0), UTC))
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "manager.db")
        make_manager_world(db)
        user = current_user(db)
        assert user is not None
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        for lang in ("en", "zh_CN"):
            translators = install_translations(app, lang)
            apply_locale(lang)
            window = MainWindow(db, user, DataEvents(), settings)
            window.resize(1366, 768)
            window.show()
            window.show_page("today")
            window.today_page.refresh()
            shoot(window, out / f"today_manager_{lang}.png")
            # Where "day report not sent" leads: the Day report window on Friday.
            not_sent = next(
                i for i in window.today_page.lines() if i.text(2) in ("Not sent", "未发送")
            )
            window.today_page._on_chosen(not_sent)
            dialog = window.records_page.day_report
            assert dialog is not None
            shoot(dialog, out / f"day_report_from_today_{lang}.png")
            dialog.close()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            remove_translations(app, translators)
        db.close()


if __name__ == "__main__":
    main()
