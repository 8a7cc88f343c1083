"""Screenshots of the Plan page in the main window at 1366×768, English and Chinese.

PYTHONPATH=. python bench/plan_shots.py /tmp/plan-demo.db /work/shots/capacity

Uses the first rep of a demo database (``fieldvisit demo``); suggests October 2026 for
them if the month has no plan yet (the database is written).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldvisit.domain.enums import MemberRole
from fieldvisit.services.team import list_team, set_current_user
from fieldvisit.storage.migrate import open_database
from fieldvisit.ui.events import DataEvents
from fieldvisit.ui.i18n import apply_locale, install_translations, register_bundled_fonts
from fieldvisit.ui.main_window import MainWindow

MONTH = date(2026, 12, 1)


def shoot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    month = date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else MONTH
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    register_bundled_fonts(app)
    for name in ("information", "warning"):
        setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    db = open_database(db_path)
    rep = next(m for m in list_team(db) if m.role is MemberRole.REP and m.active)
    user = set_current_user(db, rep.name, MemberRole.REP)
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    for lang in ("en", "zh_CN"):
        install_translations(app, lang)
        apply_locale(lang)
        tag = "zh" if lang.startswith("zh") else "en"
        window = MainWindow(db, user, DataEvents(), settings)
        window.resize(1366, 768)
        window.show()
        window.show_page("plan")
        page = window.page("plan")
        page.set_month(month)  # type: ignore[attr-defined]
        if not page.plan.contacts:  # type: ignore[attr-defined]
            page.suggest()  # type: ignore[attr-defined]
        shoot(window, out / f"{tag}-plan-{month:%Y-%m}.png")
        window.close()


if __name__ == "__main__":
    main()
